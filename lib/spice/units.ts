// Numbers as datasheets print them, in SI units: "10 mA" → 0.01, "−0.5 V" → -0.5, and a row's
// conditions ("IC = −150 mA, IB = −15 mA; VCE = 10 V") as a map of symbol → value.

const PREFIX: Record<string, number> = { p: 1e-12, n: 1e-9, µ: 1e-6, μ: 1e-6, u: 1e-6, m: 1e-3, k: 1e3, K: 1e3, M: 1e6, G: 1e9 };

/** The factor a unit's prefix gives ("mA" → 1e-3, "MHz" → 1e6, "V" → 1, "mΩ" → 1e-3); null for no unit. */
export function unitScale(unit: string | null | undefined): number {
  if (!unit) return 1;
  const u = unit.trim().replace(/^[\s(]+|[\s)]+$/g, '');
  const m = /^(p|n|µ|μ|u|m|k|K|M|G)(A|V|Ω|Ohm|ohm|F|Hz|s|S|W|mho)(?:dc|DC)?$/.exec(u);
  return m ? PREFIX[m[1]] : 1;
}

/** The base unit of a printed unit ("mA" → "A", "MHz" → "Hz", "kΩ" → "Ω"). */
export function baseUnit(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const u = unit.trim().replace(/^[\s(]+|[\s)]+$/g, '').replace(/(?<=^(?:p|n|µ|μ|u|m|k|K|M|G)?(?:A|V))(?:dc|DC)$/, '').replace(/^(p|n|µ|μ|u|m|k|K|M|G)(?=A$|V$|Ω$|F$|Hz$|s$|S$|W$)/, '');
  return u === 'Ohm' || u === 'ohm' ? 'Ω' : u;
}

/** Normalises a symbol for matching: no spaces, stars or primes, upper case ("VCE (sat)∗" → "VCE(SAT)"). */
export function normaliseSymbol(symbol: string): string {
  return symbol.replace(/[\s*∗’']/g, '').toUpperCase();
}

const ASSIGN =
  /\b([A-Za-z][A-Za-z0-9]{0,6}(?:\((?:on|off|sat|th|br|BR|ON|OFF|SAT|TH)\))?)\s*=\s*([−–-]?\s*\d+(?:[.,]\d+)?)\s*(p|n|µ|μ|u|m|k|K|M|G)?\s*(A|V|Ω|Hz|ohm|Ohm|W|F|s|°C|oC|C)?(?:dc|DC)?(?![A-Za-z0-9])/g;

/**
 * The numeric assignments in a conditions text, keyed by normalised symbol ("VCE", "IC", "TJ"); units
 * are made SI from the prefix ("mAdc" is mA), or from the symbol's first letter when the page
 * leaves the unit out ("VCE = 5.0" is volts); a forced gain "IC/IB = 10" gives IB. Temperatures (TJ, Ta, Tamb, Tcase, or any value in °C) are kept in °C under `T`. "VDS = VGS" gives no number (see `linked`).
 */
export function parseConditions(text: string | null | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!text) return out;
  // A symbol the page set with its subscript apart ("V CE = -10 V") is one symbol.
  let joined = text.replace(/\b([VI])\s+([A-Z]{1,3})(?=\s*=)/g, '$1$2');
  // A forced gain ("IC/IB = 10", "IC = 10 IB") names the base current through the collector current.
  const ratio = /\bIC\s*\/\s*IB\s*=\s*(\d+(?:\.\d+)?)|\bIC\s*=\s*(\d+(?:\.\d+)?)\s*[·*x×]?\s*IB\b/i.exec(joined);
  if (ratio) joined = joined.replace(ratio[0], ' ');
  for (const m of joined.matchAll(ASSIGN)) {
    const name = normaliseSymbol(m[1]).replace(/\(OFF\)$/, '');
    const raw = Number(m[2].replace(/[−–]/, '-').replace(/\s/g, '').replace(',', '.'));
    if (!Number.isFinite(raw)) continue;
    const temperature = /^T(J|A|AMB|C|CASE|EMP)?$/.test(name) || /°C|oC/.test(m[4] ?? '');
    const key = temperature ? 'T' : name;
    const scale = temperature ? 1 : m[3] ? PREFIX[m[3]] : 1;
    if (!(key in out)) out[key] = Number((raw * scale).toPrecision(12));
  }
  if (ratio && out.IC != null && out.IB == null) out.IB = Number((out.IC / Number(ratio[1] ?? ratio[2])).toPrecision(12));
  return out;
}

/** Whether a conditions text ties two terminals' voltages ("VDS = VGS", "VGS = VDS"). */
export function linked(text: string | null | undefined, a: string, b: string): boolean {
  if (!text) return false;
  const t = normaliseSymbol(text);
  return t.includes(`${a}=${b}`) || t.includes(`${b}=${a}`);
}

/** The temperature the conditions name (TJ, TA, Tamb, Tcase...), or null. */
export function temperatureOf(conditions: Record<string, number>): number | null {
  return conditions.T ?? null;
}

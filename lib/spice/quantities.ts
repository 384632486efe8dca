// Which characteristics rows carry a quantity a model can be fitted to or checked against (VF at IF,
// hFE at IC and VCE, RDS(on) at VGS and ID...), by the symbol the row prints or, failing that, by its
// parameter name; each with its limits and conditions made SI magnitudes (a PNP's "−150 mA" is 0.15).
import type { ElectricalCharacteristic } from '../pipeline/types';
import type { SourceRow } from './types';
import { baseUnit, linked, normaliseSymbol, parseConditions, unitScale } from './units';

export type Quantity =
  | 'VF' | 'IR' | 'CJ' | 'TRR' | 'BV' | 'VZ'
  | 'HFE' | 'VBE_ON' | 'VBE_SAT' | 'VCE_SAT' | 'COB' | 'CIB' | 'FT'
  | 'VTH' | 'RDSON' | 'GFS' | 'CISS' | 'COSS' | 'CRSS' | 'VSD';

/** How each quantity is named in checks and in the document view. */
export const QUANTITY_LABEL: Record<Quantity, string> = {
  VF: 'VF', IR: 'IR', CJ: 'CJ', TRR: 'trr', BV: 'V(BR)', VZ: 'VZ',
  HFE: 'hFE', VBE_ON: 'VBE(on)', VBE_SAT: 'VBE(sat)', VCE_SAT: 'VCE(sat)', COB: 'Cobo', CIB: 'Cibo', FT: 'fT',
  VTH: 'VGS(th)', RDSON: 'RDS(on)', GFS: 'gfs', CISS: 'Ciss', COSS: 'Coss', CRSS: 'Crss', VSD: 'VSD',
};

/** The SI unit of each quantity, and the prefix scale to assume when the page prints none or a wrong one. */
const UNIT: Record<Quantity, [unit: string | null, fallback: number]> = {
  VF: ['V', 1], IR: ['A', 1e-9], CJ: ['F', 1e-12], TRR: ['s', 1e-9], BV: ['V', 1], VZ: ['V', 1],
  HFE: [null, 1], VBE_ON: ['V', 1], VBE_SAT: ['V', 1], VCE_SAT: ['V', 1], COB: ['F', 1e-12], CIB: ['F', 1e-12], FT: ['Hz', 1e6],
  VTH: ['V', 1], RDSON: ['Ω', 1], GFS: ['S', 1], CISS: ['F', 1e-12], COSS: ['F', 1e-12], CRSS: ['F', 1e-12], VSD: ['V', 1],
};

export type Measurement = {
  quantity: Quantity;
  /** Test conditions, SI magnitudes; temperatures in °C under T. */
  conditions: Record<string, number>;
  /** True when the conditions tie VDS to VGS (threshold measured with gate and drain together). */
  gateToDrain: boolean;
  min: number | null;
  typ: number | null;
  max: number | null;
  /** True when the page printed the values negative (a PNP or P-channel part). */
  negative: boolean;
  variant: string | null;
  row: SourceRow;
};

type Rule = { q: Quantity; symbol?: RegExp; name?: RegExp; notName?: RegExp };

// Symbols first (normalised: upper case, no spaces or stars); names for rows without a usable symbol.
const RULES: Rule[] = [
  { q: 'VBE_SAT', symbol: /^VBE\(?SAT\)?$/, name: /base.emitter saturation/i },
  { q: 'VCE_SAT', symbol: /^VCE\(?SAT\)?$/, name: /collector.emitter saturation/i },
  { q: 'VBE_ON', symbol: /^VBE(\(ON\))?$/, name: /base.emitter (on )?voltage/i, notName: /saturation|breakdown/i },
  { q: 'HFE', symbol: /^HFE\d?$/, name: /d\.?c\.? current gain/i },
  { q: 'FT', symbol: /^FT$/, name: /transition frequency|current.gain.bandwidth/i },
  { q: 'COB', symbol: /^(COBO?|CC|CCBO?|CCB|COB\(O\))$/, name: /output capacitance|collector(.base)? capacitance/i },
  { q: 'CIB', symbol: /^(CIBO?|CE|CEBO?|CEB)$/, name: /input capacitance|emitter(.base)? capacitance/i, notName: /common.source/i },
  { q: 'VTH', symbol: /^(VGS\(TH\)|VTH|VGS\(TO\)|VT)$/, name: /gate.(source )?threshold/i },
  { q: 'RDSON', symbol: /^(RDS\(ON\)|RDSON|RON)$/, name: /drain.source on.(state )?resistance|static drain.source on/i },
  { q: 'GFS', symbol: /^(GFS|GM|YFS)$/, name: /forward transconductance/i },
  { q: 'CISS', symbol: /^CISS$/, name: /^input capacitance$/i },
  { q: 'COSS', symbol: /^COSS$/, name: /^output capacitance$/i },
  { q: 'CRSS', symbol: /^CRSS$/, name: /reverse transfer capacitance/i },
  { q: 'VSD', symbol: /^(VSD|VF\(?S?D\)?)$/, name: /(body.)?diode forward voltage|source.drain (diode )?(forward )?voltage/i },
  { q: 'VZ', symbol: /^VZ(T)?$/, name: /zener voltage/i },
  { q: 'VF', symbol: /^VFM?$/, name: /^(instantaneous |maximum )?forward voltage/i, notName: /recovery|diode forward voltage/i },
  { q: 'IR', symbol: /^IRM?$/, name: /^(maximum )?reverse (leakage )?current/i },
  { q: 'CJ', symbol: /^(CJ|CT|CD|CTOT)$/, name: /(junction|diode|total) capacitance/i },
  { q: 'TRR', symbol: /^TRR$/, name: /reverse recovery time/i },
  { q: 'BV', symbol: /^(V\(BR\)R?|VBR|BVR?|VRBR)$/, name: /^reverse breakdown voltage|^breakdown voltage/i },
];

/** Tables whose rows are limits of use, not characteristics (maximum ratings, recommended conditions). */
const NOT_CHARACTERISTICS = /maximum|limiting|ratings?\b|recommended|thermal|ordering/i;

function classify(row: ElectricalCharacteristic): Quantity | null {
  const symbol = row.symbol ? normaliseSymbol(row.symbol) : '';
  for (const rule of RULES) {
    if (rule.notName?.test(row.parameter)) continue;
    if (symbol && rule.symbol?.test(symbol)) return rule.q;
  }
  for (const rule of RULES) {
    if (rule.notName?.test(row.parameter)) continue;
    if (rule.name?.test(row.parameter.trim())) return rule.q;
  }
  return null;
}

function scaled(q: Quantity, value: number | null, unit: string | null): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  const [si, fallback] = UNIT[q];
  const base = baseUnit(unit);
  const scale = si == null ? 1 : base === si ? unitScale(unit) : fallback;
  return Number((Math.abs(value) * scale).toPrecision(12));
}

/** The rows of a datasheet that carry a quantity, at 25 °C, with at least one number. */
export function measurementsOf(rows: ElectricalCharacteristic[]): Measurement[] {
  const out: Measurement[] = [];
  for (const row of rows) {
    if (NOT_CHARACTERISTICS.test(row.table) && !/characteristic/i.test(row.table)) continue;
    const q = classify(row);
    if (!q) continue;
    const conditions = Object.fromEntries(Object.entries(parseConditions(`${row.conditions ?? ''}; ${row.parameter}`)).map(([k, v]) => [k, k === 'T' ? v : Math.abs(v)]));
    const tableT = parseConditions(row.table_conditions).T;
    const t = conditions.T ?? tableT;
    if (t != null && Math.abs(t - 25) > 5) continue;
    let min = scaled(q, row.min, row.unit);
    let typ = scaled(q, row.typ, row.unit);
    let max = scaled(q, row.max, row.unit);
    if (min == null && typ == null && max == null) continue;
    if (min != null && max != null && min > max) [min, max] = [max, min];
    const negative = [row.min, row.typ, row.max].some((v) => v != null && v < 0) || Object.values(parseConditions(row.conditions)).some((v) => v < 0);
    out.push({
      quantity: q,
      conditions,
      gateToDrain: linked(row.conditions, 'VDS', 'VGS'),
      min, typ, max,
      negative,
      variant: row.variant,
      row: { page: row.page, symbol: row.symbol, parameter: row.parameter, conditions: row.conditions },
    });
  }
  return out;
}

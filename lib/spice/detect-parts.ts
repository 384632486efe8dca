// Which discrete parts a datasheet describes and what kind each is: a diode (with Zener or Schottky
// flavour), an NPN or PNP bipolar transistor (Darlington or not), or an N- or P-channel MOSFET. The
// kind comes from what the characteristics measure (VF, hFE, VGS(th)) and what the text says (NPN,
// P-channel); parts the text names only as complements ("Complement to BC556 ... BC560") are left out,
// and so are integrated and optoelectronic parts (optocouplers, regulators, amplifiers...).
import type { Measurement, Quantity } from './quantities';
import type { SpiceKind } from './types';

export type Flavour = 'zener' | 'schottky' | 'darlington' | null;
export type DetectedPart = { part: string; kind: SpiceKind; flavour: Flavour };

const DIODE_Q: Quantity[] = ['VF', 'VZ', 'TRR'];
const BJT_Q: Quantity[] = ['HFE', 'VCE_SAT', 'VBE_SAT', 'VBE_ON'];
const MOS_Q: Quantity[] = ['VTH', 'RDSON'];

/** Parts that carry diode or transistor rows but are not discrete diodes, BJTs or MOSFETs. */
const NOT_DISCRETE = /opto.?(coupler|isolator)|photo.?(transistor|diode|darlington|coupler|voltaic)|phototransistor|\btriacs?\b|thyristor|\bSCRs?\b|\bIGBTs?\b|\bJFETs?\b|junction field|microcontroller|EEPROM/i;
/** Integrated parts: excluded only when the title does not name a discrete (a "Zener voltage regulator" is a diode). */
const INTEGRATED = /regulator|operational amplifier|op.?amps?\b|instrumentation amplifier|comparator|converter|light.emitting|\bLEDs?\b|infrared emitting|logic gate|driver IC/i;
const DISCRETE_TITLE = /diode|rectifier|zener|schottky|transistor|MOSFET|\bNPN\b|\bPNP\b/i;

/** "BC546/547/548" → BC546, BC547, BC548; "2N2905/2N2907" → both. */
export function expandPartNumber(name: string): string[] {
  const pieces = name.split(/\s*\/\s*/);
  if (pieces.length < 2) return [name];
  const first = pieces[0];
  return pieces.map((p) => (/^[A-Z]/i.test(p) ? p : first.slice(0, Math.max(0, first.length - p.length)) + p));
}

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

/** The kind of device the rows and the text point to, or null when it is not a discrete diode, BJT or MOSFET. */
export function kindOf(text: string, measurements: Measurement[]): { kind: SpiceKind; flavour: Flavour } | null {
  const head = text.slice(0, 2500);
  const title = text.slice(0, 400);
  if (NOT_DISCRETE.test(text.slice(0, 1500))) return null;
  if (INTEGRATED.test(title) && !DISCRETE_TITLE.test(title)) return null;
  const has = (qs: Quantity[]) => measurements.filter((m) => qs.includes(m.quantity)).length;
  const mos = has(MOS_Q) + (/\bMOSFET\b|[NP]-channel/i.test(head) ? 2 : 0);
  const bjt = has(BJT_Q) + (/\b(NPN|PNP)\b|bipolar|transistor/i.test(head) && !/MOSFET/i.test(head) ? 2 : 0);
  const diode = has(DIODE_Q) + (/\bdiodes?\b|rectifier|zener|schottky/i.test(head) && !/transistor|MOSFET/i.test(head) ? 2 : 0);
  const best = Math.max(mos, bjt, diode);
  if (best < 3) return null;
  const negative = (qs: Quantity[]) => measurements.filter((m) => qs.includes(m.quantity) && m.negative).length > measurements.filter((m) => qs.includes(m.quantity) && !m.negative).length;
  if (mos === best) {
    const p = count(head, /P-channel/gi), n = count(head, /N-channel/gi);
    return { kind: p > n || (p === n && negative(MOS_Q)) ? 'PMOS' : 'NMOS', flavour: null };
  }
  if (bjt === best) {
    const lines = text.split('\n').filter((l) => !/complement/i.test(l)).join('\n');
    const p = count(lines, /\bPNP\b/g), n = count(lines, /\bNPN\b/g);
    const kind: SpiceKind = p > n || (p === n && negative(BJT_Q)) ? 'PNP' : 'NPN';
    return { kind, flavour: /darlington/i.test(head) ? 'darlington' : null };
  }
  const flavour: Flavour = /zener/i.test(head) || measurements.some((m) => m.quantity === 'VZ') ? 'zener' : /schottky/i.test(head) ? 'schottky' : null;
  return { kind: 'D', flavour };
}

/** Part numbers named only in a "complement to ..." sentence. */
function complements(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) if (/complement/i.test(line)) for (const m of line.matchAll(/\b[A-Z0-9]{2,}[A-Z0-9-]*\b/g)) out.add(m[0].toUpperCase());
  return out;
}

/** One entry per part number the datasheet covers, each with its kind. */
export function detectParts(partNumbers: string[], text: string, measurements: Measurement[]): DetectedPart[] {
  const kind = kindOf(text, measurements);
  if (!kind) return [];
  const skip = complements(text);
  const parts: string[] = [];
  for (const name of partNumbers) for (const p of expandPartNumber(name)) if (!skip.has(p.toUpperCase()) && !parts.includes(p)) parts.push(p);
  if (!parts.length) parts.push(guessName(text));
  return parts.map((part) => ({ part, ...kind }));
}

function guessName(text: string): string {
  return /\b(\d?[A-Z]{1,4}\d{2,5}[A-Z]{0,3})\b/.exec(text)?.[1] ?? 'PART';
}

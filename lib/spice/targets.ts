// What a datasheet value asks of a model: the band a model value should fall in and the value to aim
// at, from whichever of min / typ / max the page prints, and the tolerance the issue sets for each
// quantity (VF, VBE, VGS(th) 10 %; hFE, VCE(sat) 25 %; RDS(on) 15 %). A limit printed alone must be
// met and not undercut by half: a max-only value wants [max/2, max], a min-only one [min, 2·min].
import type { Measurement, Quantity } from './quantities';
import type { LimitKind } from './types';

export const TOLERANCE: Partial<Record<Quantity, number>> = {
  VF: 0.1, VBE_ON: 0.1, VBE_SAT: 0.1, VTH: 0.1, VSD: 0.1, VZ: 0.1,
  HFE: 0.25, VCE_SAT: 0.25,
  RDSON: 0.15,
};

/** Quantities the issue holds the model to (the measured test points); the others are fitted and reported. */
export const TOLERANCED = Object.keys(TOLERANCE) as Quantity[];

export const toleranceOf = (q: Quantity) => TOLERANCE[q] ?? 0.25;

export type Target = { lo: number; hi: number; centre: number };

export type Limits = { min: number | null; typ: number | null; max: number | null };

/** The band and aim of one datasheet value. */
export function targetOf(q: Quantity, m: Limits): Target | null {
  const tol = toleranceOf(q);
  if (m.typ != null) {
    const lo = Math.max(m.typ * (1 - tol), m.min ?? 0);
    const hi = Math.min(m.typ * (1 + tol), m.max ?? Infinity);
    return { lo, hi, centre: m.typ };
  }
  if (m.min != null && m.max != null) return { lo: m.min, hi: m.max, centre: Math.sqrt(m.min * m.max) };
  if (m.max != null) return { lo: m.max / 2, hi: m.max, centre: m.max * 0.75 };
  if (m.min != null) return { lo: m.min, hi: m.min * 2, centre: m.min * 1.4 };
  return null;
}

/** Whether a model value meets a datasheet value under the rule. */
export function withinTolerance(q: Quantity, m: Limits, value: number): boolean {
  const t = targetOf(q, m);
  if (!t) return false;
  const slack = 1e-9 * Math.abs(t.centre);
  return value >= t.lo - slack && value <= t.hi + slack;
}

/** The datasheet values a check is reported against: typ where printed, else each printed limit. */
export function reportedLimits(m: Measurement): { value: number; kind: LimitKind }[] {
  if (m.typ != null) return [{ value: m.typ, kind: 'typ' }];
  const out: { value: number; kind: LimitKind }[] = [];
  if (m.min != null) out.push({ value: m.min, kind: 'min' });
  if (m.max != null) out.push({ value: m.max, kind: 'max' });
  return out;
}

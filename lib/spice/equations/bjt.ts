// The Gummel-Poon bipolar transistor as SPICE (ngspice's bjt) evaluates it at DC, with the terminal
// resistances RB, RC and RE, solved for the two ways datasheets test a transistor: at a collector
// current and collector-emitter voltage (hFE, VBE(on)), and at a collector and base current
// (VCE(sat), VBE(sat)). Magnitudes throughout: a PNP is the same equations with every sign flipped.
//
// The fitters solve these points hundreds of thousands of times per datasheet, so the solver is
// allocation-free: the currents come with their closed-form slopes (no numerical Jacobian), written
// into module scratch, and the two residuals are plain functions rather than closures per call.
import { VT } from './constants';
import { junctionCapacitance } from './junction';

export type BjtParams = {
  IS: number; BF: number; NF: number; VAF: number; IKF: number; ISE: number; NE: number;
  BR: number; NR: number; VAR: number; IKR: number; ISC: number; NC: number;
  RB: number; RC: number; RE: number;
  CJE: number; VJE: number; MJE: number; CJC: number; VJC: number; MJC: number; TF: number; TR: number;
};

const EXP_LIMIT = 80;
/**
 * The slope of SPICE's limited exponential, which is exp(x) continued above 80 as a straight line
 * (so that a wild Newton step cannot overflow). The value follows from it by expFromSlope: one
 * Math.exp per junction for both.
 */
const expSlope = (x: number) => Math.exp(Math.min(x, EXP_LIMIT));
const expFromSlope = (x: number, slope: number) => (x > EXP_LIMIT ? slope * (1 + x - EXP_LIMIT) : slope);

/** Terminal currents and their partial derivatives with respect to the internal junction voltages. */
export type GummelPoonSlopes = { ic: number; ib: number; dIcDvbe: number; dIcDvbc: number; dIbDvbe: number; dIbDvbc: number };

export const newSlopes = (): GummelPoonSlopes => ({ ic: 0, ib: 0, dIcDvbe: 0, dIcDvbc: 0, dIbDvbe: 0, dIbDvbc: 0 });

/** Collector and base currents at internal junction voltages vbe, vbc, with their slopes, into `out`. */
export function gummelPoonSlopes(p: BjtParams, vbe: number, vbc: number, out: GummelPoonSlopes): GummelPoonSlopes {
  const xbe = vbe / (p.NF * VT), xbc = vbc / (p.NR * VT), xben = vbe / (p.NE * VT), xbcn = vbc / (p.NC * VT);
  const sbe = expSlope(xbe), sbc = expSlope(xbc), sben = expSlope(xben);
  const cbe = p.IS * (expFromSlope(xbe, sbe) - 1), gbe = (p.IS * sbe) / (p.NF * VT);
  const cbc = p.IS * (expFromSlope(xbc, sbc) - 1), gbc = (p.IS * sbc) / (p.NR * VT);
  const cben = p.ISE * (expFromSlope(xben, sben) - 1), gben = (p.ISE * sben) / (p.NE * VT);
  // The fitters hold ISC at zero: its exponential is skipped then (its product with 0 is 0 anyway).
  const sbcn = p.ISC === 0 ? 0 : expSlope(xbcn);
  const cbcn = p.ISC === 0 ? 0 : p.ISC * (expFromSlope(xbcn, sbcn) - 1), gbcn = (p.ISC * sbcn) / (p.NC * VT);
  // Base charge: q1 the Early effects, q2 high injection; qb = q1·(1 + √(1 + 4·q2))/2.
  const invVaf = p.VAF > 0 ? 1 / p.VAF : 0, invVar = p.VAR > 0 ? 1 / p.VAR : 0;
  const invIkf = p.IKF > 0 ? 1 / p.IKF : 0, invIkr = p.IKR > 0 ? 1 / p.IKR : 0;
  const q1 = 1 / (1 - vbc * invVaf - vbe * invVar);
  const q2 = cbe * invIkf + cbc * invIkr;
  const root = Math.sqrt(Math.max(0, 1 + 4 * q2));
  const qb = (q1 * (1 + root)) / 2;
  // d√(1 + 4·q2) = 2·dq2/√(…), and nothing where the square root is clamped at zero.
  const dRootDq2 = root > 0 ? 2 / root : 0;
  const dQbDvbe = (q1 * q1 * invVar * (1 + root)) / 2 + (q1 * dRootDq2 * gbe * invIkf) / 2;
  const dQbDvbc = (q1 * q1 * invVaf * (1 + root)) / 2 + (q1 * dRootDq2 * gbc * invIkr) / 2;
  const transport = cbe - cbc;
  out.ic = transport / qb - cbc / p.BR - cbcn;
  out.ib = cbe / p.BF + cben + cbc / p.BR + cbcn;
  out.dIcDvbe = gbe / qb - (transport * dQbDvbe) / (qb * qb);
  out.dIcDvbc = -gbc / qb - (transport * dQbDvbc) / (qb * qb) - gbc / p.BR - gbcn;
  out.dIbDvbe = gbe / p.BF + gben;
  out.dIbDvbc = gbc / p.BR + gbcn;
  return out;
}

/** Collector and base currents at internal junction voltages vbe, vbc. */
export function gummelPoon(p: BjtParams, vbe: number, vbc: number): { ic: number; ib: number } {
  const { ic, ib } = gummelPoonSlopes(p, vbe, vbc, newSlopes());
  return { ic, ib };
}

export type BjtPoint = { vbe: number; vce: number; ic: number; ib: number };

/**
 * Internal junction voltages a solve may start from: a fitter keeps one per test point and passes it
 * back, so that a parameter set close to the last one starts from the last solution. `known` is false
 * until a solve has succeeded; each success writes its solution back.
 */
export type WarmStart = { vbe: number; vbc: number; known: boolean };

export const newWarmStart = (): WarmStart => ({ vbe: 0, vbc: 0, known: false });

/** The residuals (f1, f2) and their Jacobian at one iterate, written by a Residual. */
type Newton = { f1: number; f2: number; j11: number; j12: number; j21: number; j22: number };

/** The two equations a test point imposes, with their derivatives; `a`, `b` are the point's drive. */
type Residual = (p: BjtParams, a: number, b: number, vbe: number, vbc: number, out: Newton) => void;

const slopes = newSlopes();
const newton: Newton = { f1: 0, f2: 0, j11: 0, j12: 0, j21: 0, j22: 0 };
/**
 * The last solution of `solve`, valid when it returns true; `slopes` then holds the currents there
 * (the residual's last evaluation was at the solution), so they need no evaluation of their own.
 */
const solved = { vbe: 0, vbc: 0 };

/** Held at collector current `ic` and collector-emitter voltage `vce` (terminal values). */
const collectorResidual: Residual = (p, ic, vce, vbe, vbc, out) => {
  const c = gummelPoonSlopes(p, vbe, vbc, slopes);
  const scale = Math.max(vce, 0.1), rce = p.RC + p.RE;
  out.f1 = (c.ic - ic) / ic;
  out.f2 = (vbe - vbc + c.ic * p.RC + (c.ic + c.ib) * p.RE - vce) / scale;
  out.j11 = c.dIcDvbe / ic;
  out.j12 = c.dIcDvbc / ic;
  out.j21 = (1 + c.dIcDvbe * rce + c.dIbDvbe * p.RE) / scale;
  out.j22 = (-1 + c.dIcDvbc * rce + c.dIbDvbc * p.RE) / scale;
};

/** Driven by collector current `ic` and base current `ib`. */
const baseResidual: Residual = (p, ic, ib, vbe, vbc, out) => {
  const c = gummelPoonSlopes(p, vbe, vbc, slopes);
  out.f1 = (c.ic - ic) / ic;
  out.f2 = (c.ib - ib) / ib;
  out.j11 = c.dIcDvbe / ic;
  out.j12 = c.dIcDvbc / ic;
  out.j21 = c.dIbDvbe / ib;
  out.j22 = c.dIbDvbc / ib;
};

/** Damped Newton on the internal voltages (vbe, vbc); the answer in `solved` (and `slopes`) when it returns true. */
function solve(f: Residual, p: BjtParams, a: number, b: number, vbe0: number, vbc0: number): boolean {
  let x = vbe0, y = vbc0;
  const r = newton;
  for (let it = 0; it < 60; it++) {
    f(p, a, b, x, y, r);
    if (!Number.isFinite(r.f1) || !Number.isFinite(r.f2)) return false;
    if (Math.abs(r.f1) < 1e-9 && Math.abs(r.f2) < 1e-9) return done(x, y);
    const det = r.j11 * r.j22 - r.j12 * r.j21;
    if (!Number.isFinite(det) || det === 0) return false;
    let dx = -(r.f1 * r.j22 - r.f2 * r.j12) / det, dy = -(r.j11 * r.f2 - r.j21 * r.f1) / det;
    // At most 0.1 V a step: the exponentials make a full step from far away overshoot wildly.
    const big = Math.max(Math.abs(dx), Math.abs(dy));
    if (big > 0.1) { dx *= 0.1 / big; dy *= 0.1 / big; }
    x += dx; y += dy;
  }
  f(p, a, b, x, y, r);
  return Math.abs(r.f1) < 1e-5 && Math.abs(r.f2) < 1e-5 && done(x, y);
}

function done(vbe: number, vbc: number): true {
  solved.vbe = vbe;
  solved.vbc = vbc;
  return true;
}

/** From the warm start when there is one, which on success takes the new solution. */
function solveWarm(f: Residual, p: BjtParams, a: number, b: number, warm: WarmStart | undefined): boolean {
  return !!warm?.known && solve(f, p, a, b, warm.vbe, warm.vbc);
}

function remember(warm: WarmStart | undefined): void {
  if (!warm) return;
  warm.vbe = solved.vbe;
  warm.vbc = solved.vbc;
  warm.known = true;
}

/**
 * The transistor held at collector current `ic` and collector-emitter voltage `vce` (terminal values).
 * `warm`, when given, is tried first (then the usual cold start) and takes the solution.
 */
export function atCollectorCurrent(p: BjtParams, ic: number, vce: number, warm?: WarmStart): BjtPoint | null {
  const vbe0 = p.NF * VT * Math.log(ic / p.IS + 1);
  const ok = solveWarm(collectorResidual, p, ic, vce, warm) || solve(collectorResidual, p, ic, vce, vbe0, vbe0 - vce + ic * (p.RC + p.RE));
  if (!ok) return null;
  remember(warm);
  const c = slopes;
  return { vbe: solved.vbe + c.ib * p.RB + (c.ic + c.ib) * p.RE, vce, ic: c.ic, ib: c.ib };
}

/**
 * The transistor driven by collector current `ic` and base current `ib` (saturation when ib·hFE > ic).
 * `warm` as for atCollectorCurrent.
 */
export function atBaseCurrent(p: BjtParams, ic: number, ib: number, warm?: WarmStart): BjtPoint | null {
  const vbe0 = p.NF * VT * Math.log(ic / p.IS + 1);
  const ok = solveWarm(baseResidual, p, ic, ib, warm)
    || solve(baseResidual, p, ic, ib, vbe0, vbe0 - 0.1) || solve(baseResidual, p, ic, ib, vbe0, vbe0 - 1) || solve(baseResidual, p, ic, ib, vbe0 + 0.1, vbe0 - 0.05);
  if (!ok) return null;
  remember(warm);
  const c = slopes;
  const ie = c.ic + c.ib;
  return { vbe: solved.vbe + c.ib * p.RB + ie * p.RE, vce: solved.vbe - solved.vbc + c.ic * p.RC + ie * p.RE, ic: c.ic, ib: c.ib };
}
/** DC current gain IC/IB at `ic`, `vce`. */
export function hfe(p: BjtParams, ic: number, vce: number): number | null {
  const pt = atCollectorCurrent(p, ic, vce);
  return pt ? pt.ic / pt.ib : null;
}

/** Collector-base capacitance at reverse voltage `vcb` (Cobo), emitter-base at reverse `veb` (Cibo). */
export const cobo = (p: BjtParams, vcb: number) => junctionCapacitance(p.CJC, p.VJC, p.MJC, -vcb);
export const cibo = (p: BjtParams, veb: number) => junctionCapacitance(p.CJE, p.VJE, p.MJE, -veb);

/**
 * Transition frequency at `ic`, `vce` by charge control: 1/(2π·fT) = TF + (Cje + Cjc)·NF·Vt/IC +
 * Cjc·(RC + RE), with Cje at the forward bias and Cjc at the reverse bias of that point.
 */
export function transitionFrequency(p: BjtParams, ic: number, vce: number): number | null {
  const pt = atCollectorCurrent(p, ic, vce);
  if (!pt) return null;
  const cje = junctionCapacitance(p.CJE, p.VJE, p.MJE, pt.vbe);
  const cjc = junctionCapacitance(p.CJC, p.VJC, p.MJC, -(vce - pt.vbe));
  const tau = p.TF + ((cje + cjc) * p.NF * VT) / ic + cjc * (p.RC + p.RE);
  return 1 / (2 * Math.PI * tau);
}

// The Gummel-Poon bipolar transistor as SPICE (ngspice's bjt) evaluates it at DC, with the terminal
// resistances RB, RC and RE, solved for the two ways datasheets test a transistor: at a collector
// current and collector-emitter voltage (hFE, VBE(on)), and at a collector and base current
// (VCE(sat), VBE(sat)). Magnitudes throughout: a PNP is the same equations with every sign flipped.
import { VT } from './constants';
import { junctionCapacitance } from './junction';

export type BjtParams = {
  IS: number; BF: number; NF: number; VAF: number; IKF: number; ISE: number; NE: number;
  BR: number; NR: number; VAR: number; IKR: number; ISC: number; NC: number;
  RB: number; RC: number; RE: number;
  CJE: number; VJE: number; MJE: number; CJC: number; VJC: number; MJC: number; TF: number; TR: number;
};

const expLimited = (x: number) => (x > 80 ? Math.exp(80) * (1 + x - 80) : Math.exp(x));

/** Collector and base currents at internal junction voltages vbe, vbc. */
export function gummelPoon(p: BjtParams, vbe: number, vbc: number): { ic: number; ib: number } {
  const cbe = p.IS * (expLimited(vbe / (p.NF * VT)) - 1);
  const cbc = p.IS * (expLimited(vbc / (p.NR * VT)) - 1);
  const cben = p.ISE * (expLimited(vbe / (p.NE * VT)) - 1);
  const cbcn = p.ISC * (expLimited(vbc / (p.NC * VT)) - 1);
  const q1 = 1 / (1 - (p.VAF > 0 ? vbc / p.VAF : 0) - (p.VAR > 0 ? vbe / p.VAR : 0));
  const q2 = (p.IKF > 0 ? cbe / p.IKF : 0) + (p.IKR > 0 ? cbc / p.IKR : 0);
  const qb = (q1 * (1 + Math.sqrt(Math.max(0, 1 + 4 * q2)))) / 2;
  return { ic: (cbe - cbc) / qb - cbc / p.BR - cbcn, ib: cbe / p.BF + cben + cbc / p.BR + cbcn };
}

export type BjtPoint = { vbe: number; vce: number; ic: number; ib: number };

type Residual = (vbe: number, vbc: number) => [number, number];

/** Damped Newton on the internal voltages (vbe, vbc) with a numerical Jacobian. */
function solve(f: Residual, vbe0: number, vbc0: number): [number, number] | null {
  let x = vbe0, y = vbc0;
  for (let it = 0; it < 60; it++) {
    const [f1, f2] = f(x, y);
    if (!Number.isFinite(f1) || !Number.isFinite(f2)) return null;
    if (Math.abs(f1) < 1e-9 && Math.abs(f2) < 1e-9) return [x, y];
    const h = 1e-6;
    const [a1, a2] = f(x + h, y), [b1, b2] = f(x, y + h);
    const j11 = (a1 - f1) / h, j21 = (a2 - f2) / h, j12 = (b1 - f1) / h, j22 = (b2 - f2) / h;
    const det = j11 * j22 - j12 * j21;
    if (!Number.isFinite(det) || det === 0) return null;
    let dx = -(f1 * j22 - f2 * j12) / det, dy = -(j11 * f2 - j21 * f1) / det;
    const big = Math.max(Math.abs(dx), Math.abs(dy));
    if (big > 0.1) { dx *= 0.1 / big; dy *= 0.1 / big; }
    x += dx; y += dy;
  }
  const [f1, f2] = f(x, y);
  return Math.abs(f1) < 1e-5 && Math.abs(f2) < 1e-5 ? [x, y] : null;
}

/** The transistor held at collector current `ic` and collector-emitter voltage `vce` (terminal values). */
export function atCollectorCurrent(p: BjtParams, ic: number, vce: number): BjtPoint | null {
  const f: Residual = (vbe, vbc) => {
    const c = gummelPoon(p, vbe, vbc);
    return [(c.ic - ic) / ic, (vbe - vbc + c.ic * p.RC + (c.ic + c.ib) * p.RE - vce) / Math.max(vce, 0.1)];
  };
  const vbe0 = p.NF * VT * Math.log(ic / p.IS + 1);
  const r = solve(f, vbe0, vbe0 - vce + ic * (p.RC + p.RE));
  if (!r) return null;
  const c = gummelPoon(p, r[0], r[1]);
  return { vbe: r[0] + c.ib * p.RB + (c.ic + c.ib) * p.RE, vce, ic: c.ic, ib: c.ib };
}

/** The transistor driven by collector current `ic` and base current `ib` (saturation when ib·hFE > ic). */
export function atBaseCurrent(p: BjtParams, ic: number, ib: number): BjtPoint | null {
  const f: Residual = (vbe, vbc) => {
    const c = gummelPoon(p, vbe, vbc);
    return [(c.ic - ic) / ic, (c.ib - ib) / ib];
  };
  const vbe0 = p.NF * VT * Math.log(ic / p.IS + 1);
  const r = solve(f, vbe0, vbe0 - 0.1) ?? solve(f, vbe0, vbe0 - 1) ?? solve(f, vbe0 + 0.1, vbe0 - 0.05);
  if (!r) return null;
  const c = gummelPoon(p, r[0], r[1]);
  const ie = c.ic + c.ib;
  return { vbe: r[0] + c.ib * p.RB + ie * p.RE, vce: r[0] - r[1] + c.ic * p.RC + ie * p.RE, ic: c.ic, ib: c.ib };
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

// The SPICE diode (ngspice level 1) at DC: I = IS·(exp(Vj/(N·Vt)) − 1) through the series resistance
// RS, and the reverse-recovery estimate of charge control.
import { VT } from './constants';

export type DiodeParams = { IS: number; N: number; RS: number; BV?: number; IBV?: number; CJO?: number; VJ?: number; M?: number; TT?: number };

/** Forward voltage at forward current `i` (amperes): N·Vt·ln(1 + I/IS) + I·RS. */
export function diodeForwardVoltage(p: DiodeParams, i: number): number {
  return p.N * VT * Math.log1p(i / p.IS) + i * p.RS;
}

/** Reverse current at reverse voltage `vr` (a magnitude): the saturation current, and breakdown when near BV. */
export function diodeReverseCurrent(p: DiodeParams, vr: number): number {
  const leak = p.IS * (1 - Math.exp(-vr / (p.N * VT)));
  const breakdown = p.BV != null && p.IBV != null ? p.IBV * Math.exp(-(p.BV - vr) / VT) : 0;
  return leak + breakdown;
}

/**
 * Reverse-recovery time by charge control, switching from IF to a reverse current IR: the stored
 * charge IF·TT is drawn out, ts = TT·ln(1 + IF/IR). Without the currents, the JEDEC IF = IR case.
 */
export function recoveryTime(tt: number, iForward?: number, iReverse?: number): number {
  return tt * Math.log(1 + (iForward && iReverse ? iForward / iReverse : 1));
}

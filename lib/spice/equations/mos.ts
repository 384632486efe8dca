// The level-1 (Shichman-Hodges) MOSFET SPICE evaluates, with the series resistances RD and RS and
// the body diode a power MOSFET carries from source to drain. Magnitudes: a P-channel part uses the
// same equations with every sign flipped. Channel geometry is fixed (W = L), so KP is the device's
// transconductance parameter in A/V².
import { VT } from './constants';

export type MosParams = { VTO: number; KP: number; LAMBDA: number; RD: number; RS: number; CGS: number; CGD: number; CDS: number; IS: number; N: number; RB: number };

/** Channel current at internal gate-source and drain-source voltages. */
export function channelCurrent(p: MosParams, vgs: number, vds: number): number {
  const vov = vgs - p.VTO;
  if (vov <= 0) return 0;
  const clm = 1 + p.LAMBDA * vds;
  return vds < vov ? p.KP * (vov - vds / 2) * vds * clm : (p.KP / 2) * vov * vov * clm;
}

function bisect(f: (x: number) => number, lo: number, hi: number): number {
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) hi = mid; else lo = mid;
  }
  return (lo + hi) / 2;
}

/** Gate voltage at which drain current `id` flows with the gate tied to the drain (the usual VGS(th) test). */
export function thresholdVoltage(p: MosParams, id: number): number {
  return bisect((v) => channelCurrent(p, v - id * p.RS, v - id * (p.RS + p.RD)) - id, 0, p.VTO + 100);
}

/** Gate voltage at drain current `id` with drain-source voltage `vds` (a VGS(th) test at fixed VDS). */
export function gateVoltageAt(p: MosParams, id: number, vds: number): number {
  return bisect((v) => channelCurrent(p, v - id * p.RS, Math.max(0, vds - id * (p.RS + p.RD))) - id, 0, p.VTO + 100);
}

/** On-resistance VDS/ID at gate voltage `vgs` and drain current `id`; Infinity when the channel cannot carry it. */
export function onResistance(p: MosParams, vgs: number, id: number): number {
  const vgsi = vgs - id * p.RS;
  if (channelCurrent(p, vgsi, 1e6) < id) return Infinity;
  const vdsi = bisect((v) => channelCurrent(p, vgsi, v) - id, 0, Math.max(vgsi - p.VTO, 1e-9));
  return (vdsi + id * (p.RD + p.RS)) / id;
}

/** Forward transconductance at drain current `id` in saturation, degraded by RS. */
export function transconductance(p: MosParams, id: number, vds: number): number {
  const gm = Math.sqrt(2 * p.KP * id * (1 + p.LAMBDA * vds));
  return gm / (1 + gm * p.RS);
}

/** Body-diode forward voltage at source-drain current `is`. */
export function bodyDiodeVoltage(p: MosParams, is: number): number {
  return p.N * VT * Math.log1p(is / p.IS) + is * p.RB;
}

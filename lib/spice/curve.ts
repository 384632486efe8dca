// The curve the document view plots for a model, with the datasheet's points on it: forward I-V for
// a diode (VF against IF), hFE against IC for a transistor, and the transfer curve (ID against VGS)
// for a MOSFET.
import { hfe, type BjtParams } from './equations/bjt';
import { diodeForwardVoltage } from './equations/diode';
import { channelCurrent } from './equations/mos';
import type { FittedModel } from './evaluate';
import type { Measurement } from './quantities';
import { reportedLimits } from './targets';
import type { SpiceCurve } from './types';

const logSpace = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => a * Math.pow(b / a, i / (n - 1)));
const r = (v: number) => Number(v.toPrecision(4));

function points(ms: Measurement[], x: (m: Measurement) => number | undefined) {
  return ms.flatMap((m) => {
    const xv = x(m);
    return xv ? reportedLimits(m).map((l) => ({ x: r(xv), y: r(l.value), kind: l.kind })) : [];
  });
}

export function curveOf(model: FittedModel, ms: Measurement[]): SpiceCurve | undefined {
  if (model.family === 'diode') {
    const vf = ms.filter((m) => m.quantity === 'VF' && (m.conditions.IF ?? m.conditions.I));
    const is = vf.map((m) => m.conditions.IF ?? m.conditions.I);
    const [lo, hi] = is.length ? [Math.min(...is) / 10, Math.max(...is) * 3] : [1e-4, 1];
    return { quantity: 'VF', x: 'IF (A)', y: 'VF (V)', model: logSpace(lo, hi, 40).map((i) => [r(i), r(diodeForwardVoltage(model.p, i))]), datasheet: points(vf, (m) => m.conditions.IF ?? m.conditions.I) };
  }
  if (model.family === 'bjt') {
    const h = ms.filter((m) => m.quantity === 'HFE' && m.conditions.IC);
    const ics = h.map((m) => m.conditions.IC);
    const [lo, hi] = ics.length ? [Math.min(...ics) / 3, Math.max(...ics) * 2] : [1e-4, 0.5];
    const vce = h[0]?.conditions.VCE ?? 5;
    const p: BjtParams = model.p;
    const line = logSpace(lo, hi, 40).flatMap((ic) => { const v = hfe(p, ic, vce); return v ? [[r(ic), r(v)] as [number, number]] : []; });
    return { quantity: 'hFE', x: 'IC (A)', y: 'hFE', model: line, datasheet: points(h, (m) => m.conditions.IC) };
  }
  // Transfer curve in saturation at VDS = 10 V, sampled by current so the threshold point lies on it.
  const vth = ms.filter((m) => m.quantity === 'VTH');
  const p = model.p;
  const ids = vth.map((m) => m.conditions.ID ?? 250e-6);
  const lo = Math.min(1e-4, ...ids) / 3;
  const hi = Math.max(lo * 100, channelCurrent(p, p.VTO + 6, 10));
  const line = logSpace(lo, hi, 40).map((id) => [r(p.VTO + Math.sqrt((2 * id) / (p.KP * (1 + p.LAMBDA * 10)))), r(id)] as [number, number]);
  const datasheet = vth.flatMap((m) => reportedLimits(m).map((l) => ({ x: r(l.value), y: r(m.conditions.ID ?? 250e-6), kind: l.kind })));
  return { quantity: 'ID', x: 'VGS (V)', y: 'ID (A) at VDS = 10 V', model: line, datasheet };
}

// A fitted model's value for each datasheet quantity, by the model's own equations (no simulator):
// what `checks` reports and the plot draws.
import { bjtDcValue } from './fit/fit-bjt';
import { cibo, cobo, transitionFrequency, type BjtParams } from './equations/bjt';
import { VT } from './equations/constants';
import { diodeForwardVoltage, diodeReverseCurrent, recoveryTime, type DiodeParams } from './equations/diode';
import { junctionCapacitance } from './equations/junction';
import { bodyDiodeVoltage, gateVoltageAt, onResistance, thresholdVoltage, transconductance, type MosParams } from './equations/mos';
import type { Measurement } from './quantities';

export type DiodeModel = { family: 'diode'; p: DiodeParams };
export type BjtModel = { family: 'bjt'; p: BjtParams };
export type MosModel = { family: 'mos'; p: MosParams; vj: number; m: number };
export type FittedModel = DiodeModel | BjtModel | MosModel;

const c = (m: Measurement, ...keys: string[]) => keys.map((k) => m.conditions[k]).find((v) => v != null && v > 0);

export function modelValue(model: FittedModel, m: Measurement): number | null {
  if (model.family === 'diode') {
    const p = model.p;
    switch (m.quantity) {
      case 'VF': { const i = c(m, 'IF', 'I'); return i ? diodeForwardVoltage(p, i) : null; }
      case 'IR': { const v = c(m, 'VR', 'V'); return v ? diodeReverseCurrent(p, v) : null; }
      case 'CJ': return p.CJO != null ? junctionCapacitance(p.CJO, p.VJ ?? 0.7, p.M ?? 0.4, -(c(m, 'VR', 'V') ?? 0)) : null;
      case 'TRR': return p.TT ? recoveryTime(p.TT, c(m, 'IF'), c(m, 'IR')) : null;
      case 'VZ': { const i = c(m, 'IZ', 'IZT', 'IR') ?? p.IBV; return p.BV != null && p.IBV && i ? p.BV + VT * Math.log(i / p.IBV) : null; }
      case 'BV': return p.BV ?? null;
      default: return null;
    }
  }
  if (model.family === 'bjt') {
    const p = model.p;
    switch (m.quantity) {
      case 'HFE': case 'VBE_ON': case 'VBE_SAT': case 'VCE_SAT': return bjtDcValue(p, m);
      case 'COB': return cobo(p, c(m, 'VCB', 'VCE') ?? 10);
      case 'CIB': return cibo(p, c(m, 'VEB', 'VBE') ?? 0.5);
      case 'FT': { const ic = c(m, 'IC'); return ic ? transitionFrequency(p, ic, c(m, 'VCE') ?? 10) : null; }
      default: return null;
    }
  }
  const p = model.p;
  switch (m.quantity) {
    case 'VTH': { const id = c(m, 'ID') ?? 250e-6; const vds = c(m, 'VDS'); return m.gateToDrain || !vds ? thresholdVoltage(p, id) : gateVoltageAt(p, id, vds); }
    case 'RDSON': { const vgs = c(m, 'VGS'), id = c(m, 'ID'); if (!vgs || !id) return null; const r = onResistance(p, vgs, id); return Number.isFinite(r) ? r : null; }
    case 'GFS': { const id = c(m, 'ID'); return id ? transconductance(p, id, c(m, 'VDS') ?? 10) : null; }
    case 'CRSS': return p.CGD;
    case 'CISS': return p.CGS + p.CGD;
    case 'COSS': return junctionCapacitance(p.CDS, model.vj, model.m, -(c(m, 'VDS') ?? 25)) + p.CGD;
    case 'VSD': { const i = c(m, 'IS', 'ISD', 'IF'); return i ? bodyDiodeVoltage(p, i) : null; }
    default: return null;
  }
}

// Fits a diode to its datasheet: IS, N and RS to the forward voltages (N and RS only when there are
// forward voltages at two or more currents), CJO and M to the capacitances at reverse voltage, TT to
// the reverse-recovery time, BV and IBV to the breakdown (Zener voltage at its test current, a
// breakdown-voltage row, or else the reverse voltage rating with the datasheet's reverse current).
import { diodeDefaults } from '../defaults';
import type { Flavour } from '../detect-parts';
import { diodeForwardVoltage, type DiodeParams } from '../equations/diode';
import { zeroBiasCapacitance } from '../equations/junction';
import { ParameterTable } from '../parameters';
import type { Measurement } from '../quantities';
import { targetOf, toleranceOf } from '../targets';
import type { SourceRow } from '../types';
import { minimise } from './nelder-mead';
import { bandPenalty, prior } from './penalty';

export type Rating = { value: number; row: SourceRow };

export function fitDiode(ms: Measurement[], flavour: Flavour, reverseRating: Rating | null): ParameterTable {
  const defaults = diodeDefaults(flavour);
  const table = new ParameterTable(defaults);
  const vf = ms.filter((m) => m.quantity === 'VF' && (m.conditions.IF ?? m.conditions.I) > 0);
  const currents = vf.map((m) => m.conditions.IF ?? m.conditions.I);
  const spread = currents.length ? Math.max(...currents) / Math.min(...currents) : 1;
  const shape = vf.length >= 2 && spread >= 3;

  // Forward: IS always; N and RS when the points span a range of currents.
  const d = { IS: defaults.IS.value, N: defaults.N.value, RS: defaults.RS.value };
  if (vf.length) {
    const iMax = Math.max(...currents);
    const rsPrior = Math.log(Math.min(defaults.RS.value, 0.05 / iMax));
    if (!shape) d.RS = Math.exp(rsPrior);
    const unpack = (x: number[]): DiodeParams => ({ IS: Math.exp(x[0]), N: shape ? x[1] : d.N, RS: shape ? Math.exp(x[2]) : d.RS });
    const cost = (x: number[]) => {
      const p = unpack(x);
      let c = 0;
      for (const m of vf) c += bandPenalty(diodeForwardVoltage(p, m.conditions.IF ?? m.conditions.I), targetOf('VF', m)!, toleranceOf('VF'));
      c += 0.2 * prior(p.N, defaults.N.value, 0.3) + 0.05 * prior(Math.log(p.RS), rsPrior, 1.5);
      if (p.N < 0.9 || p.N > 3) c += 1e3;
      return c;
    };
    // Start IS from the first point's aim with the default N.
    const first = vf[0];
    const aim = targetOf('VF', first)!.centre;
    const is0 = (first.conditions.IF ?? first.conditions.I) / Math.expm1(aim / (d.N * 0.0257));
    const x = minimise(cost, shape ? [Math.log(is0), d.N, rsPrior] : [Math.log(is0)], shape ? [1, 0.2, 1] : [1]);
    const p = unpack(x);
    table.set('IS', p.IS, 'fitted', vf);
    if (shape) {
      table.set('N', p.N, 'fitted', vf);
      table.set('RS', p.RS, 'fitted', vf);
    } else {
      table.setDefault('N');
      table.set('RS', d.RS, 'default');
    }
  } else {
    for (const k of ['IS', 'N', 'RS']) table.setDefault(k);
  }

  // Capacitance: CJO from each point; M from the slope when two reverse voltages are printed.
  const cj = ms.filter((m) => m.quantity === 'CJ');
  const vj = defaults.VJ.value;
  table.setDefault('VJ');
  const vr = (m: Measurement) => m.conditions.VR ?? m.conditions.V ?? 0;
  const distinct = [...new Set(cj.map(vr))];
  if (cj.length >= 2 && distinct.length >= 2) {
    const xs = cj.map((m) => Math.log(1 + vr(m) / vj)), ys = cj.map((m) => Math.log(targetOf('CJ', m)!.centre));
    const mx = xs.reduce((a, b) => a + b) / xs.length, my = ys.reduce((a, b) => a + b) / ys.length;
    const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const m = Math.min(0.9, Math.max(0.1, -slope));
    table.set('M', m, 'fitted', cj);
    table.set('CJO', Math.exp(my + m * mx), 'fitted', cj);
  } else if (cj.length) {
    table.setDefault('M');
    table.set('CJO', zeroBiasCapacitance(targetOf('CJ', cj[0])!.centre, vr(cj[0]), vj, defaults.M.value), 'fitted', cj);
  } else {
    table.setDefault('M');
    table.setDefault('CJO');
  }

  // Reverse recovery: charge control, ts = TT·ln(1 + IF/IR).
  const trr = ms.find((m) => m.quantity === 'TRR');
  if (trr) {
    const ratio = trr.conditions.IF && trr.conditions.IR ? trr.conditions.IF / trr.conditions.IR : 1;
    table.set('TT', targetOf('TRR', trr)!.centre / Math.log(1 + ratio), 'fitted', [trr]);
  } else table.setDefault('TT');

  // Breakdown.
  const vz = ms.find((m) => m.quantity === 'VZ');
  const bv = ms.find((m) => m.quantity === 'BV');
  if (vz) {
    const iz = vz.conditions.IZ ?? vz.conditions.IZT ?? vz.conditions.IR ?? 5e-3;
    table.set('BV', targetOf('VZ', vz)!.centre, 'datasheet', [vz], 'V');
    table.set('IBV', iz, 'datasheet', [vz], 'A');
  } else if (bv) {
    table.set('BV', bv.min ?? bv.typ ?? bv.max!, 'datasheet', [bv], 'V');
    table.set('IBV', bv.conditions.IR ?? bv.conditions.I ?? 100e-6, bv.conditions.IR ?? bv.conditions.I ? 'datasheet' : 'default', [bv], 'A');
  } else if (reverseRating) {
    // The rated reverse voltage is where the part still only leaks: the current there is the
    // reverse current the datasheet gives at its highest test voltage (else 1 µA).
    table.set('BV', reverseRating.value, 'datasheet', [reverseRating.row], 'V');
    const ir = ms.filter((m) => m.quantity === 'IR' && (m.conditions.VR ?? m.conditions.V) > 0 && targetOf('IR', m)).sort((a, b) => (b.conditions.VR ?? b.conditions.V) - (a.conditions.VR ?? a.conditions.V))[0];
    if (ir) table.set('IBV', targetOf('IR', ir)!.centre, 'fitted', [ir], 'A');
    else table.set('IBV', 1e-6, 'default', [], 'A');
  }
  table.setDefault('EG');
  table.setDefault('XTI');
  return table;
}

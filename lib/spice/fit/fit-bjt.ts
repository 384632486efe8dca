// Fits a Gummel-Poon transistor to its datasheet. The DC parameters are fitted together, each only
// when the datasheet has the data that moves it: BF from hFE; ISE/NE from hFE falling at low
// current, IKF from hFE falling at high current; VAF from hFE at one current and two VCE; IS from
// VBE, NF from VBE at two currents; RC, RE and BR from VCE(sat); RB from VBE(sat). Then CJC and CJE
// from the output and input capacitances, and TF from fT.
import { bjtDefaults } from '../defaults';
import type { Flavour } from '../detect-parts';
import { atBaseCurrent, atCollectorCurrent, newWarmStart, type BjtParams, type WarmStart } from '../equations/bjt';
import { VT } from '../equations/constants';
import { junctionCapacitance, zeroBiasCapacitance } from '../equations/junction';
import { ParameterTable } from '../parameters';
import type { Measurement, Quantity } from '../quantities';
import { targetOf, toleranceOf } from '../targets';
import { minimise } from './nelder-mead';
import { bandPenalty, prior } from './penalty';

const DC: Quantity[] = ['HFE', 'VBE_ON', 'VBE_SAT', 'VCE_SAT'];
const MAX_DC_POINTS = 24;

/**
 * The DC value of one measurement under a parameter set, or null when the point cannot be solved.
 * `warm`: the point's last solution, for a fitter that solves it over and over (see WarmStart).
 */
export function bjtDcValue(p: BjtParams, m: Measurement, warm?: WarmStart): number | null {
  const ic = m.conditions.IC;
  if (!(ic > 0)) return null;
  if (m.quantity === 'HFE' || m.quantity === 'VBE_ON') {
    const pt = atCollectorCurrent(p, ic, m.conditions.VCE ?? 5, warm);
    if (!pt) return null;
    return m.quantity === 'HFE' ? pt.ic / pt.ib : pt.vbe;
  }
  const ib = m.conditions.IB ?? ic / 10;
  const pt = atBaseCurrent(p, ic, ib, warm);
  if (!pt) return null;
  return m.quantity === 'VCE_SAT' ? pt.vce : pt.vbe;
}

/** A DC measurement this fitter can use: one with the currents (and voltages) it needs. */
export const usableDc = (m: Measurement) => DC.includes(m.quantity) && m.conditions.IC > 0 && (m.quantity === 'HFE' || m.quantity === 'VBE_ON' || m.conditions.IB > 0);

export function fitBjt(ms: Measurement[], flavour: Flavour): ParameterTable {
  const defaults = bjtDefaults(flavour);
  const table = new ParameterTable(defaults);
  // Bounded so that a hostile or huge table cannot make the fit run for minutes.
  const dc = ms.filter(usableDc).slice(0, MAX_DC_POINTS);
  const of = (q: Quantity) => dc.filter((m) => m.quantity === q);
  const hfe = of('HFE'), vbeOn = of('VBE_ON'), vbeSat = of('VBE_SAT'), vceSat = of('VCE_SAT');
  const ics = (list: Measurement[]) => list.map((m) => m.conditions.IC);
  const hfeAim = (m: Measurement) => targetOf('HFE', m)!.centre;
  const byCurrent = [...hfe].sort((a, b) => a.conditions.IC - b.conditions.IC);
  const peak = byCurrent.reduce<Measurement | null>((best, m) => (!best || hfeAim(m) > hfeAim(best) ? m : best), null);
  const lowFall = peak ? byCurrent.filter((m) => m.conditions.IC < peak.conditions.IC && hfeAim(m) < 0.9 * hfeAim(peak)) : [];
  const highFall = peak ? byCurrent.filter((m) => m.conditions.IC > peak.conditions.IC && hfeAim(m) < 0.9 * hfeAim(peak)) : [];
  const early = hfe.filter((m) => hfe.some((o) => o !== m && o.conditions.IC === m.conditions.IC && Math.abs((o.conditions.VCE ?? 0) - (m.conditions.VCE ?? 0)) >= 1));
  const vbe = [...vbeOn, ...vbeSat];
  const vbeCurrents = new Set(ics(vbe));

  // Which parameters the data moves, with the rows that move them.
  const support: Record<string, Measurement[]> = {
    BF: hfe,
    ISE: lowFall, NE: lowFall,
    IKF: highFall.length ? highFall : vbeOn.filter((m) => m.conditions.IC >= 0.1),
    VAF: early,
    IS: vbe,
    NF: vbeCurrents.size >= 2 ? vbe : [],
    RC: vceSat, BR: vceSat, RE: vceSat.length && vbeSat.length ? [...vceSat, ...vbeSat] : [],
    RB: vbeSat,
  };
  const free = Object.keys(support).filter((k) => support[k].length > 0);
  const LOG = new Set(['BF', 'ISE', 'IKF', 'VAF', 'IS', 'RC', 'BR', 'RE', 'RB']);
  const base: BjtParams = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, v.value])) as unknown as BjtParams;
  Object.assign(base, { VAR: 0, IKR: 0, ISC: 0, NC: 2 });
  if (peak) base.BF = hfeAim(peak) * 1.1;
  const iMax = Math.max(0.01, ...ics(dc));
  base.IKF = Math.max(base.IKF, iMax);
  if (vbe.length) {
    // The start for IS: from the VBE at the lowest current (an on-voltage before a saturation one),
    // where RB and RE drop least; kept within what silicon junctions have.
    const m = [...vbe].sort((a, b) => Number(a.quantity !== 'VBE_ON') - Number(b.quantity !== 'VBE_ON') || a.conditions.IC - b.conditions.IC)[0];
    const is = m.conditions.IC / Math.exp(targetOf(m.quantity, m)!.centre / (base.NF * VT));
    base.IS = Math.min(1e-11, Math.max(1e-17, is));
    base.ISE = base.IS;
  }
  const priorOf: Record<string, [number, number]> = {
    BF: [Math.log(base.BF), 1.5], ISE: [Math.log(base.IS), 4], NE: [base.NF + 0.5, 0.3], IKF: [Math.log(base.IKF), 2], VAF: [Math.log(100), 1],
    IS: [Math.log(base.IS), 4], NF: [base.NF, 0.15], RC: [Math.log(base.RC), 2.5], BR: [Math.log(base.BR), 1.5], RE: [Math.log(base.RE), 2], RB: [Math.log(base.RB), 2],
  };
  // NF of one junction is near 1; a Darlington's two junctions in series give near 2.
  const nfRange = flavour === 'darlington' ? [1.6, 3] : [0.98, 1.4];
  // Each point's Newton solve starts from its solution for the previous parameter set, which the
  // simplex moves only a little: several times fewer iterations. Kept within this call, so the
  // fit stays deterministic.
  const warmStarts = new Map(dc.map((m) => [m, newWarmStart()]));
  /** Fits `keys` (of the free parameters) to `points`, from `start`; the rest stay as in `start`. */
  const optimise = (keys: string[], points: Measurement[], start: BjtParams): { p: BjtParams; cost: number } => {
    const toX = (p: BjtParams) => keys.map((k) => (LOG.has(k) ? Math.log(p[k as keyof BjtParams]) : p[k as keyof BjtParams]));
    // One parameter set written over for every evaluation (the cost runs thousands of times); the
    // answer is a copy of it.
    const scratch: Record<string, number> = { ...start };
    const logScale = keys.map((k) => LOG.has(k));
    const unpack = (x: number[]): BjtParams => {
      for (let i = 0; i < keys.length; i++) scratch[keys[i]] = logScale[i] ? Math.exp(x[i]) : x[i];
      return scratch as BjtParams;
    };
    // What the cost needs of each point, looked up once rather than per evaluation.
    const aims = points.map((m) => ({ m, target: targetOf(m.quantity, m)!, tolerance: toleranceOf(m.quantity), warm: warmStarts.get(m) }));
    const priors = keys.map((k) => priorOf[k]);
    const cost = (x: number[]) => {
      const p = unpack(x);
      if (p.NF < nfRange[0] || p.NF > nfRange[1] || p.NE < p.NF + 0.1 || p.NE > 2 * p.NF + 2) return 1e6;
      let c = 0;
      for (const a of aims) c += bandPenalty(bjtDcValue(p, a.m, a.warm), a.target, a.tolerance);
      for (let i = 0; i < priors.length; i++) c += 0.05 * prior(x[i], priors[i][0], priors[i][1]);
      return c;
    };
    if (!keys.length) return { p: start, cost: cost([]) };
    const x = minimise(cost, toX(start), keys.map((k) => (LOG.has(k) ? 0.7 : 0.1)), 4, 3000);
    return { p: { ...unpack(x) }, cost: cost(x) };
  };
  // First the gain curve alone (BF, its low- and high-current fall, the Early voltage) to the hFE
  // points, then everything to every point from there; and everything from the defaults, the better kept.
  const gainKeys = free.filter((k) => ['BF', 'ISE', 'NE', 'IKF', 'VAF'].includes(k));
  const staged = optimise(free, dc, optimise(gainKeys, hfe, base).p);
  const direct = optimise(free, dc, base);
  const fittedParams = (staged.cost <= direct.cost ? staged : direct).p;
  for (const k of ['IS', 'BF', 'NF', 'VAF', 'IKF', 'ISE', 'NE', 'BR', 'RB', 'RC', 'RE']) table.fittedOr(k, fittedParams[k as keyof BjtParams], support[k] ?? []);
  table.setDefault('NR');

  // Capacitances: one point each, at its reverse voltage, with the default grading.
  const cob = ms.find((m) => m.quantity === 'COB' && targetOf('COB', m));
  const cib = ms.find((m) => m.quantity === 'CIB' && targetOf('CIB', m));
  for (const k of ['VJE', 'MJE', 'VJC', 'MJC']) table.setDefault(k);
  if (cob) table.set('CJC', zeroBiasCapacitance(targetOf('COB', cob)!.centre, cob.conditions.VCB ?? cob.conditions.VCE ?? 10, defaults.VJC.value, defaults.MJC.value), 'fitted', [cob]);
  else table.setDefault('CJC');
  if (cib) table.set('CJE', zeroBiasCapacitance(targetOf('CIB', cib)!.centre, cib.conditions.VEB ?? cib.conditions.VBE ?? 0.5, defaults.VJE.value, defaults.MJE.value), 'fitted', [cib]);
  else table.setDefault('CJE');

  // Forward transit time from fT: 1/(2π·fT) less the junction charging time at that current.
  const ft = ms.find((m) => m.quantity === 'FT' && m.conditions.IC > 0 && targetOf('FT', m));
  if (ft) {
    const p: BjtParams = { ...fittedParams, CJE: table.value('CJE'), CJC: table.value('CJC'), VJE: table.value('VJE'), MJE: table.value('MJE'), VJC: table.value('VJC'), MJC: table.value('MJC'), TF: 0 };
    const vce = ft.conditions.VCE ?? 10;
    const pt = atCollectorCurrent(p, ft.conditions.IC, vce);
    const cje = junctionCapacitance(p.CJE, p.VJE, p.MJE, pt?.vbe ?? 0.7);
    const cjc = junctionCapacitance(p.CJC, p.VJC, p.MJC, -(vce - (pt?.vbe ?? 0.7)));
    const tau = 1 / (2 * Math.PI * targetOf('FT', ft)!.centre) - ((cje + cjc) * p.NF * VT) / ft.conditions.IC - cjc * (p.RC + p.RE);
    table.set('TF', Math.max(tau, 1e-12), 'fitted', [ft]);
  } else table.setDefault('TF');
  table.setDefault('TR');
  return table;
}

/** The parameter table as the equations' parameter set. */
export function bjtParamsOf(table: ParameterTable): BjtParams {
  const v = (k: string) => table.value(k);
  return {
    IS: v('IS'), BF: v('BF'), NF: v('NF'), VAF: v('VAF'), IKF: v('IKF'), ISE: v('ISE'), NE: v('NE'), BR: v('BR'), NR: v('NR'),
    VAR: 0, IKR: 0, ISC: 0, NC: 2, RB: v('RB'), RC: v('RC'), RE: v('RE'),
    CJE: v('CJE'), VJE: v('VJE'), MJE: v('MJE'), CJC: v('CJC'), VJC: v('VJC'), MJC: v('MJC'), TF: v('TF'), TR: v('TR'),
  };
}

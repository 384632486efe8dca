// Fits a level-1 MOSFET with its body diode to a datasheet: KP from the forward transconductance (or
// from the on-resistance at two gate voltages), VTO from the threshold at its drain current, RD from
// what the channel does not explain of RDS(on), CGD from Crss, CGS from Ciss − Crss, the drain-source
// junction from Coss − Crss, the body diode's IS from VSD.
import { mosDefaults } from '../defaults';
import { VT } from '../equations/constants';
import { zeroBiasCapacitance } from '../equations/junction';
import { onResistance, type MosParams } from '../equations/mos';
import { ParameterTable } from '../parameters';
import type { Measurement, Quantity } from '../quantities';
import { targetOf } from '../targets';

const aim = (m: Measurement) => targetOf(m.quantity, m)!.centre;
const thresholdCurrent = (m: Measurement) => m.conditions.ID ?? 250e-6;

export function fitMos(ms: Measurement[]): ParameterTable {
  const defaults = mosDefaults();
  const table = new ParameterTable(defaults);
  const first = (q: Quantity) => ms.find((m) => m.quantity === q && targetOf(q, m));
  const vth = first('VTH');
  const gfs = ms.find((m) => m.quantity === 'GFS' && m.conditions.ID > 0 && targetOf('GFS', m));
  const rds = ms.filter((m) => m.quantity === 'RDSON' && m.conditions.VGS > 0 && m.conditions.ID > 0 && targetOf('RDSON', m)).sort((a, b) => b.conditions.VGS - a.conditions.VGS);
  const vt0 = vth ? aim(vth) : defaults.VTO.value;

  // KP: from gfs = sqrt(2·KP·ID); else from two on-resistances, RDS = RD + 1/(KP·(VGS − VTO)).
  let kp = defaults.KP.value;
  let kpRows: Measurement[] = [];
  let rd: number | null = null;
  const twoGates = rds.length >= 2 && rds[0].conditions.VGS - rds[rds.length - 1].conditions.VGS >= 1;
  if (twoGates) {
    const [a, b] = [rds[0], rds[rds.length - 1]];
    const xa = 1 / (a.conditions.VGS - vt0), xb = 1 / (b.conditions.VGS - vt0);
    const invKp = (aim(b) - aim(a)) / (xb - xa);
    const r = aim(a) - invKp * xa;
    if (invKp > 0 && r >= 0) { kp = 1 / invKp; rd = r; kpRows = [a, b]; }
  }
  if (!kpRows.length && gfs) {
    kp = aim(gfs) ** 2 / (2 * gfs.conditions.ID);
    kpRows = [gfs];
  }
  if (!kpRows.length && rds.length) {
    // Without gfs, the channel is taken to carry half of RDS(on) at the test gate voltage.
    kp = 2 / (aim(rds[0]) * Math.max(0.5, rds[0].conditions.VGS - vt0));
  }
  // The channel must leave room for RDS(on): raise KP until it explains at most 90 % of it.
  if (rds.length && rd == null) {
    const m = rds[0];
    const channel = 1 / (kp * Math.max(0.1, m.conditions.VGS - vt0));
    if (channel > 0.9 * aim(m)) kp = 1 / (0.9 * aim(m) * Math.max(0.1, m.conditions.VGS - vt0));
  }

  // VTO: the threshold current flows at the threshold voltage: VTH = VTO + sqrt(2·ID/KP).
  const vto = vth ? Math.max(0.05, aim(vth) - Math.sqrt((2 * thresholdCurrent(vth)) / kp)) : defaults.VTO.value;

  // RD: what the channel leaves of RDS(on) at the first test point (solved with the full equations).
  if (rds.length && rd == null) {
    const m = rds[0];
    const p: MosParams = { ...paramsOf(table, defaults), VTO: vto, KP: kp, RD: 0, RS: 0 };
    rd = Math.max(0, aim(m) - onResistance(p, m.conditions.VGS, m.conditions.ID));
  }
  if (vth) table.set('VTO', vto, 'fitted', [vth]); else table.setDefault('VTO');
  if (kpRows.length || rds.length) table.set('KP', kp, 'fitted', kpRows.length ? kpRows : rds, 'A/V²'); else table.setDefault('KP');
  table.setDefault('LAMBDA');
  if (rd != null) table.set('RD', rd, 'fitted', rds); else table.setDefault('RD');
  table.setDefault('RS');

  // Capacitances at their test VDS: Crss = CGD, Ciss = CGS + CGD, Coss = Cds(VDS) + CGD.
  const ciss = first('CISS'), coss = first('COSS'), crss = first('CRSS');
  if (crss) table.set('CGD', aim(crss), 'fitted', [crss]); else table.setDefault('CGD');
  const cgd = table.value('CGD');
  if (ciss) table.set('CGS', Math.max(aim(ciss) - cgd, aim(ciss) * 0.05), 'fitted', crss ? [ciss, crss] : [ciss]); else table.setDefault('CGS');
  table.setDefault('VJ');
  table.setDefault('M');
  if (coss) {
    const cds = Math.max(aim(coss) - cgd, aim(coss) * 0.05);
    table.set('CJO', zeroBiasCapacitance(cds, coss.conditions.VDS ?? 25, defaults.VJ.value, defaults.M.value), 'fitted', crss ? [coss, crss] : [coss]);
  } else table.setDefault('CJO');

  // Body diode: IS so that VSD is met at its source current, N and RB by default.
  const vsd = ms.find((m) => m.quantity === 'VSD' && (m.conditions.IS ?? m.conditions.ISD ?? m.conditions.IF) > 0 && targetOf('VSD', m));
  table.setDefault('N');
  table.setDefault('RB');
  if (vsd) {
    const i = vsd.conditions.IS ?? vsd.conditions.ISD ?? vsd.conditions.IF;
    const rb = Math.min(table.value('RB'), (0.2 * aim(vsd)) / i);
    table.set('RB', rb, 'default');
    table.set('IS', i / Math.expm1((aim(vsd) - i * rb) / (table.value('N') * VT)), 'fitted', [vsd]);
  } else table.setDefault('IS');
  return table;
}

export function paramsOf(table: ParameterTable, defaults = mosDefaults()): MosParams {
  const v = (k: string) => table.values[k]?.value ?? defaults[k].value;
  return { VTO: v('VTO'), KP: v('KP'), LAMBDA: v('LAMBDA'), RD: v('RD'), RS: v('RS'), CGS: v('CGS'), CGD: v('CGD'), CDS: v('CJO'), IS: v('IS'), N: v('N'), RB: v('RB') };
}

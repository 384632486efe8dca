import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atBaseCurrent, atCollectorCurrent, gummelPoon, gummelPoonSlopes, hfe, newSlopes, newWarmStart, type BjtParams } from './bjt';
import { VT } from './constants';
import { diodeForwardVoltage, recoveryTime } from './diode';
import { junctionCapacitance, zeroBiasCapacitance } from './junction';
import { channelCurrent, onResistance, thresholdVoltage, type MosParams } from './mos';

const close = (a: number, b: number, rel = 1e-6) => assert.ok(Math.abs(a - b) <= rel * Math.abs(b), `${a} is not ${b}`);

const BJT: BjtParams = {
  IS: 1e-14, BF: 200, NF: 1, VAF: 0, IKF: 0, ISE: 0, NE: 1.5, BR: 5, NR: 1, VAR: 0, IKR: 0, ISC: 0, NC: 2,
  RB: 0, RC: 0, RE: 0, CJE: 1e-11, VJE: 0.75, MJE: 0.33, CJC: 4e-12, VJC: 0.75, MJC: 0.33, TF: 4e-10, TR: 5e-8,
};

test('diode: the forward voltage is N·Vt·ln(1 + I/IS) plus the drop on RS', () => {
  close(diodeForwardVoltage({ IS: 1e-9, N: 2, RS: 0 }, 1e-3), 2 * VT * Math.log1p(1e6));
  close(diodeForwardVoltage({ IS: 1e-9, N: 2, RS: 1 }, 0.1) - diodeForwardVoltage({ IS: 1e-9, N: 2, RS: 0 }, 0.1), 0.1);
  close(recoveryTime(10e-9), 10e-9 * Math.log(2));
});

test('junction capacitance follows CJ/(1 + VR/VJ)^M and inverts', () => {
  close(junctionCapacitance(4e-12, 0.7, 0.5, -2.1), 2e-12);
  close(zeroBiasCapacitance(2e-12, 2.1, 0.7, 0.5), 4e-12);
});

test('Gummel-Poon: ideal transistor has hFE = BF and VBE = Vt·ln(IC/IS)', () => {
  const { ic, ib } = gummelPoon(BJT, 0.65, -5);
  close(ic / ib, 200, 1e-3);
  close(hfe(BJT, 1e-3, 5)!, 200, 1e-3);
  close(atCollectorCurrent(BJT, 1e-3, 5)!.vbe, VT * Math.log(1e-3 / 1e-14), 1e-3);
});

test('Gummel-Poon: the Early voltage raises hFE with VCE, IKF lowers it at high current, ISE at low current', () => {
  const early = { ...BJT, VAF: 50 };
  assert.ok(hfe(early, 1e-3, 20)! > hfe(early, 1e-3, 2)! * 1.2);
  const knee = { ...BJT, IKF: 0.05 };
  assert.ok(hfe(knee, 0.2, 5)! < 0.6 * hfe(knee, 1e-3, 5)!);
  const leak = { ...BJT, ISE: 1e-12, NE: 1.8 };
  assert.ok(hfe(leak, 1e-5, 5)! < 0.7 * hfe(leak, 1e-2, 5)!);
});

test('Gummel-Poon: overdriven base saturates the transistor (small VCE, VBE above the on-voltage)', () => {
  const p = { ...BJT, RC: 1, RB: 10 };
  const sat = atBaseCurrent(p, 0.1, 0.01)!;
  assert.ok(sat.vce > 0.05 && sat.vce < 0.4, `VCE(sat) ${sat.vce}`);
  close(sat.ic, 0.1, 1e-6);
  assert.ok(sat.vbe > atCollectorCurrent(p, 0.1, 5)!.vbe - 0.05);
});

test('Gummel-Poon: the closed-form slopes match central differences (Early, knee and leakage terms all on)', () => {
  const p = { ...BJT, VAF: 60, VAR: 8, IKF: 0.2, IKR: 0.05, ISE: 3e-14, NE: 1.6, ISC: 1e-13, NC: 1.8, BR: 4, NR: 1.05 };
  const h = 1e-7;
  for (const [vbe, vbc] of [[0.6, -5], [0.75, 0.55], [0.85, -0.2], [0.45, 0.6], [0.95, 0.8]]) {
    const s = gummelPoonSlopes(p, vbe, vbc, newSlopes());
    const dVbe = [gummelPoon(p, vbe + h, vbc), gummelPoon(p, vbe - h, vbc)];
    const dVbc = [gummelPoon(p, vbe, vbc + h), gummelPoon(p, vbe, vbc - h)];
    const { ic, ib } = gummelPoon(p, vbe, vbc);
    // The differences lose about ε·|I|/h to rounding: a slope near zero is only known to that.
    const rounding = 1e-8 * (Math.abs(ic) + Math.abs(ib));
    const near = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-5 * Math.abs(b) + rounding, `${what} at vbe ${vbe}, vbc ${vbc}: ${a} vs ${b}`);
    near(s.dIcDvbe, (dVbe[0].ic - dVbe[1].ic) / (2 * h), 'dIc/dvbe');
    near(s.dIbDvbe, (dVbe[0].ib - dVbe[1].ib) / (2 * h), 'dIb/dvbe');
    near(s.dIcDvbc, (dVbc[0].ic - dVbc[1].ic) / (2 * h), 'dIc/dvbc');
    near(s.dIbDvbc, (dVbc[0].ib - dVbc[1].ib) / (2 * h), 'dIb/dvbc');
    assert.equal(s.ic, ic);
    assert.equal(s.ib, ib);
  }
});

test('Gummel-Poon: a warm start from a nearby parameter set gives the cold answer, and a useless one falls back to it', () => {
  const p = { ...BJT, VAF: 80, IKF: 0.3, ISE: 5e-14, NE: 1.4, RB: 10, RC: 0.8, RE: 0.3 };
  const near = { ...p, IS: 1.3e-14, BF: 180 };
  // One warm start per test point, as a fitter keeps them; the second pair starts from nonsense.
  for (const [onPoint, satPoint] of [[newWarmStart(), newWarmStart()], [{ vbe: 5, vbc: -40, known: true }, { vbe: -3, vbc: 9, known: true }]]) {
    atCollectorCurrent(p, 0.01, 10, onPoint);
    atBaseCurrent(p, 0.15, 0.015, satPoint);
    assert.ok(onPoint.known && satPoint.known);
    const cold = [atCollectorCurrent(near, 0.01, 10)!, atBaseCurrent(near, 0.15, 0.015)!];
    const warm = [atCollectorCurrent(near, 0.01, 10, onPoint)!, atBaseCurrent(near, 0.15, 0.015, satPoint)!];
    for (const [i, c] of cold.entries()) for (const k of ['vbe', 'vce', 'ic', 'ib'] as const) close(warm[i][k], c[k], 1e-7);
  }
  // The warm start of a point that cannot be solved is left as it was.
  const warm = { vbe: 0.7, vbc: -4, known: true };
  assert.equal(atCollectorCurrent({ ...p, BF: 1e-9, IS: 1e-300 }, 10, 1, warm), null);
  assert.deepEqual(warm, { vbe: 0.7, vbc: -4, known: true });
});

test('MOSFET level 1: square law in saturation, threshold at its current, on-resistance with RD', () => {
  const p: MosParams = { VTO: 2, KP: 10, LAMBDA: 0, RD: 0.02, RS: 0, CGS: 1e-9, CGD: 1e-10, CDS: 2e-10, IS: 1e-12, N: 1, RB: 0.01 };
  close(channelCurrent(p, 4, 10), 20);
  close(thresholdVoltage(p, 250e-6), 2 + Math.sqrt((2 * 250e-6) / 10), 1e-6);
  // Deep triode: 1/(KP·(VGS − VTO)) plus RD, a little more at 1 A.
  const r = onResistance(p, 10, 1);
  assert.ok(r > 0.02 + 1 / 80 && r < 0.02 + 1.1 / 80, String(r));
  assert.equal(onResistance(p, 2.5, 10), Infinity);
});

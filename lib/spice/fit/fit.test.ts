// The fitters recover models from datasheet-like points made by a known model, and stay within the
// bands the points ask for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diodeForwardVoltage } from '../equations/diode';
import { hfe, atBaseCurrent, atCollectorCurrent, type BjtParams } from '../equations/bjt';
import type { Measurement, Quantity } from '../quantities';
import { withinTolerance } from '../targets';
import { bjtDcValue, bjtParamsOf, fitBjt } from './fit-bjt';
import { fitDiode } from './fit-diode';
import { fitMos, paramsOf } from './fit-mos';
import { onResistance, thresholdVoltage, bodyDiodeVoltage } from '../equations/mos';

function m(quantity: Quantity, conditions: Record<string, number>, limits: { min?: number; typ?: number; max?: number }, extra: Partial<Measurement> = {}): Measurement {
  return { quantity, conditions, gateToDrain: false, min: limits.min ?? null, typ: limits.typ ?? null, max: limits.max ?? null, negative: false, variant: null, row: { page: 1, symbol: quantity, parameter: quantity, conditions: null }, ...extra };
}

test('diode: IS, N and RS from forward voltages at three currents reproduce them', () => {
  const truth = { IS: 4e-9, N: 1.85, RS: 0.6 };
  const points = [1e-3, 1e-2, 0.1].map((i) => m('VF', { IF: i }, { typ: diodeForwardVoltage(truth, i) }));
  const t = fitDiode(points, null, null);
  assert.equal(t.values.N.from, 'fitted');
  for (const p of points) assert.ok(withinTolerance('VF', p, diodeForwardVoltage({ IS: t.value('IS'), N: t.value('N'), RS: t.value('RS') }, p.conditions.IF)));
  for (const p of points) assert.ok(Math.abs(diodeForwardVoltage({ IS: t.value('IS'), N: t.value('N'), RS: t.value('RS') }, p.conditions.IF) / p.typ! - 1) < 0.02);
});

test('diode: one max-only forward voltage fits IS only, N and RS are defaults; capacitance, recovery and breakdown are read', () => {
  const t = fitDiode([
    m('VF', { IF: 0.01 }, { max: 1 }),
    m('CJ', { VR: 0 }, { max: 4e-12 }),
    m('TRR', { IF: 0.01, IR: 0.01 }, { max: 4e-9 }),
    m('VZ', { IZ: 5e-3 }, { min: 4.85, typ: 5.1, max: 5.36 }),
  ], 'zener', null);
  assert.equal(t.values.IS.from, 'fitted');
  assert.equal(t.values.N.from, 'default');
  const vf = diodeForwardVoltage({ IS: t.value('IS'), N: t.value('N'), RS: t.value('RS') }, 0.01);
  assert.ok(vf > 0.5 && vf <= 1, String(vf));
  assert.equal(t.value('CJO'), 3e-12);
  assert.ok(Math.abs(t.value('TT') - 3e-9 / Math.log(2)) < 1e-15);
  assert.equal(t.value('BV'), 5.1);
  assert.equal(t.values.BV.from, 'datasheet');
  assert.equal(t.value('IBV'), 5e-3);
});

test('BJT: a model fitted to a known transistor\'s datasheet points meets them all', () => {
  const truth: BjtParams = {
    IS: 2e-14, BF: 250, NF: 1, VAF: 80, IKF: 0.25, ISE: 5e-14, NE: 1.4, BR: 6, NR: 1, VAR: 0, IKR: 0, ISC: 0, NC: 2,
    RB: 10, RC: 0.8, RE: 0.3, CJE: 2e-11, VJE: 0.75, MJE: 0.33, CJC: 8e-12, VJC: 0.75, MJC: 0.33, TF: 4e-10, TR: 5e-8,
  };
  const points = [
    ...[1e-4, 1e-3, 1e-2, 0.15, 0.5].map((ic) => m('HFE', { IC: ic, VCE: 10 }, { typ: hfe(truth, ic, 10)! })),
    m('VBE_ON', { IC: 2e-3, VCE: 5 }, { typ: atCollectorCurrent(truth, 2e-3, 5)!.vbe }),
    ...[[0.15, 0.015], [0.5, 0.05]].flatMap(([ic, ib]) => [m('VCE_SAT', { IC: ic, IB: ib }, { typ: atBaseCurrent(truth, ic, ib)!.vce }), m('VBE_SAT', { IC: ic, IB: ib }, { typ: atBaseCurrent(truth, ic, ib)!.vbe })]),
  ];
  const table = fitBjt(points, null);
  const p = bjtParamsOf(table);
  for (const pt of points) {
    const v = bjtDcValue(p, pt)!;
    assert.ok(withinTolerance(pt.quantity, pt, v), `${pt.quantity} ${JSON.stringify(pt.conditions)}: ${v} for ${pt.typ}`);
  }
  assert.equal(table.values.IKF.from, 'fitted');
  assert.equal(table.values.VAF.from, 'default', 'no two VCE at one current: the Early voltage is not in the data');
  assert.equal(table.values.CJC.from, 'default');
});

test('MOSFET: threshold, on-resistance at two gate voltages and body diode are reproduced', () => {
  const ms = [
    m('VTH', { ID: 250e-6 }, { min: 1, typ: 1.6, max: 2.5 }, { gateToDrain: true }),
    m('RDSON', { VGS: 10, ID: 6 }, { typ: 0.045, max: 0.06 }),
    m('RDSON', { VGS: 4.5, ID: 5 }, { typ: 0.06, max: 0.08 }),
    m('VSD', { IS: 6 }, { typ: 0.85, max: 1.2 }),
    m('CRSS', { VDS: 25 }, { typ: 60e-12 }),
    m('CISS', { VDS: 25 }, { typ: 650e-12 }),
  ];
  const t = fitMos(ms);
  const p = paramsOf(t);
  assert.ok(Math.abs(thresholdVoltage(p, 250e-6) - 1.6) < 0.01);
  assert.ok(Math.abs(onResistance(p, 10, 6) / 0.045 - 1) < 0.02);
  assert.ok(Math.abs(onResistance(p, 4.5, 5) / 0.06 - 1) < 0.05);
  assert.ok(Math.abs(bodyDiodeVoltage(p, 6) - 0.85) < 0.01);
  assert.equal(t.value('CGD'), 60e-12);
  assert.equal(t.value('CGS'), 590e-12);
  assert.equal(t.values.LAMBDA.from, 'default');
});

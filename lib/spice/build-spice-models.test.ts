// From characteristics rows to models: one model per part of a family, rows of one variant kept to
// their part, parts with the same rows sharing one fit under their own names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ElectricalCharacteristic } from '../pipeline/types';
import { buildSpiceModels } from './build-spice-models';

function row(symbol: string, parameter: string, conditions: string, limits: { min?: number; typ?: number; max?: number }, unit: string | null, variant: string | null = null, table = 'Electrical Characteristics'): ElectricalCharacteristic {
  return {
    table, section: null, parameter, symbol, conditions, table_conditions: 'TA = 25 °C unless otherwise noted', variant,
    min: limits.min ?? null, typ: limits.typ ?? null, max: limits.max ?? null, printed: {}, unit, page: 2, bbox: [0, 0, 1, 1], footnotes: [],
  };
}

const TEXT = 'ZX100 / ZX200 General purpose NPN transistors';
const ROWS = [
  row('VCEO', 'Collector-emitter voltage', '', { max: 45 }, 'V', null, 'Absolute Maximum Ratings'),
  row('hFE', 'DC current gain', 'IC = 2 mA, VCE = 5 V', { min: 110, max: 220 }, null, 'ZX100'),
  row('hFE', 'DC current gain', 'IC = 2 mA, VCE = 5 V', { min: 200, max: 450 }, null, 'ZX200'),
  row('VCE(sat)', 'Collector-emitter saturation voltage', 'IC = 100 mA, IB = 5 mA', { typ: 200, max: 600 }, 'mV'),
  row('VBE(on)', 'Base-emitter on voltage', 'IC = 2 mA, VCE = 5 V', { min: 580, typ: 660, max: 700 }, 'mV'),
  row('hFE', 'DC current gain', 'IC = 2 mA, VCE = 5 V, TA = -55 °C', { min: 40 }, null),
];

test('a family gives one model per part, each fitted to its own gain group', () => {
  const models = buildSpiceModels(['ZX100/200'], ROWS, TEXT);
  assert.deepEqual(models.map((m) => [m.part, m.kind]), [['ZX100', 'NPN'], ['ZX200', 'NPN']]);
  const hfe = (i: number) => models[i].checks.find((c) => c.quantity === 'hFE' && c.datasheet.kind === 'min')!;
  assert.ok(hfe(0).model_value >= 110 && hfe(0).model_value <= 220, JSON.stringify(hfe(0)));
  assert.ok(hfe(1).model_value >= 200 && hfe(1).model_value <= 450, JSON.stringify(hfe(1)));
  assert.ok(!models[0].checks.some((c) => c.datasheet.value === 40), 'the −55 °C row is left out');
  assert.match(models[1].model, /^\.model ZX200 NPN\(/m);
  assert.deepEqual(models[0].parameters.BF.source_rows.map((r) => r.conditions), ['IC = 2 mA, VCE = 5 V']);
});

test('parts with the same rows share one fit under their own names', () => {
  const shared = [...ROWS.filter((r) => !r.variant), row('hFE', 'DC current gain', 'IC = 2 mA, VCE = 5 V', { min: 110, max: 450 }, null)];
  const models = buildSpiceModels(['ZX100', 'ZX100-T'], shared, TEXT);
  assert.equal(models.length, 2);
  assert.match(models[1].model, /^\* ZX100-T: /m);
  assert.match(models[1].model, /^\.model ZX100_T NPN\(/m);
  assert.deepEqual(models[1].parameters, models[0].parameters);
});

test('no model for a datasheet of anything else', () => {
  assert.deepEqual(buildSpiceModels(['LM358'], [row('VIO', 'Input offset voltage', 'VCM = 0 V', { typ: 2, max: 7 }, 'mV')], 'LM358 Dual operational amplifier'), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUnit, linked, parseConditions, unitScale } from './units';

test('conditions as printed become SI numbers keyed by symbol', () => {
  assert.deepEqual(parseConditions('IC = −150 mA, IB = −15 mA'), { IC: -0.15, IB: -0.015 });
  assert.deepEqual(parseConditions('VCE=5V, IC=2mA, f=100MHz'), { VCE: 5, IC: 0.002, F: 100e6 });
  assert.deepEqual(parseConditions('VCE = 5.0, IC = 100mA'), { VCE: 5, IC: 0.1 });
  assert.deepEqual(parseConditions('IC = 200 μA; VCE = 5 V; RS = 2 kΩ'), { IC: 200e-6, VCE: 5, RS: 2000 });
  assert.deepEqual(parseConditions('IC = -500 mA V CE = -10 V'), { IC: -0.5, VCE: -10 });
});

test('ON Semiconductor style units and forced gains', () => {
  assert.deepEqual(parseConditions('IC = 0.1 mAdc, VCE = 1.0 Vdc'), { IC: 1e-4, VCE: 1 });
  assert.deepEqual(parseConditions('IC = 500 mA, IC/IB = 10'), { IC: 0.5, IB: 0.05 });
  assert.deepEqual(parseConditions('IC = 10 IB, IC = 150 mA'), { IC: 0.15, IB: 0.015 });
  assert.equal(unitScale('mAdc'), 1e-3);
  assert.equal(baseUnit('Vdc'), 'V');
  assert.equal(baseUnit('nAdc'), 'A');
});

test('temperatures are kept in °C under T, whatever the symbol', () => {
  assert.equal(parseConditions('IE = 0; VCB = 50 V; Tamb = 150 °C').T, 150);
  assert.equal(parseConditions('VCB = -50 V Tc ase = 150 oC').T, 150);
  assert.equal(parseConditions('Tj = 25 °C unless otherwise specified.').T, 25);
});

test('unit prefixes and base units', () => {
  assert.equal(unitScale('mV'), 1e-3);
  assert.equal(unitScale('µA'), 1e-6);
  assert.equal(unitScale('MHz'), 1e6);
  assert.equal(unitScale('mΩ'), 1e-3);
  assert.equal(unitScale('V'), 1);
  assert.equal(baseUnit('pF'), 'F');
  assert.equal(baseUnit('kΩ'), 'Ω');
});

test('a threshold measured with gate and drain tied is recognised', () => {
  assert.ok(linked('VDS = VGS, ID = 250 µA', 'VDS', 'VGS'));
  assert.ok(!linked('VDS = 10 V, ID = 250 µA', 'VDS', 'VGS'));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectParts, expandPartNumber, kindOf } from './detect-parts';
import type { Measurement, Quantity } from './quantities';

const m = (quantity: Quantity, negative = false): Measurement => ({ quantity, conditions: {}, gateToDrain: false, min: null, typ: 1, max: null, negative, variant: null, row: { page: 1, symbol: null, parameter: '', conditions: null } });

test('family names expand to one part number each', () => {
  assert.deepEqual(expandPartNumber('BC546/547/548'), ['BC546', 'BC547', 'BC548']);
  assert.deepEqual(expandPartNumber('2N2905/2N2907'), ['2N2905', '2N2907']);
  assert.deepEqual(expandPartNumber('1N4148'), ['1N4148']);
});

test('the kind comes from what the rows measure and what the text says', () => {
  assert.deepEqual(kindOf('NPN Epitaxial Silicon Transistor', [m('HFE'), m('VCE_SAT')]), { kind: 'NPN', flavour: null });
  assert.deepEqual(kindOf('General purpose amplifiers and switches, PNP transistors', [m('HFE', true), m('VCE_SAT', true)]), { kind: 'PNP', flavour: null });
  assert.deepEqual(kindOf('NPN Darlington Transistor', [m('HFE')]), { kind: 'NPN', flavour: 'darlington' });
  assert.deepEqual(kindOf('High-speed diodes', [m('VF'), m('TRR')]), { kind: 'D', flavour: null });
  assert.deepEqual(kindOf('Zener diodes 500 mW', [m('VZ'), m('VF')]), { kind: 'D', flavour: 'zener' });
  assert.deepEqual(kindOf('3 A Schottky barrier rectifier', [m('VF')]), { kind: 'D', flavour: 'schottky' });
  assert.deepEqual(kindOf('P-Channel Enhancement Mode MOSFET', [m('VTH', true), m('RDSON')]), { kind: 'PMOS', flavour: null });
  assert.deepEqual(kindOf('N-channel 60 V logic level MOSFET', [m('VTH'), m('RDSON')]), { kind: 'NMOS', flavour: null });
});

test('optocouplers, regulators and op-amps get no model even with VF or hFE rows', () => {
  assert.equal(kindOf('Optocoupler, phototransistor output', [m('VF'), m('HFE'), m('VCE_SAT')]), null);
  assert.equal(kindOf('3-terminal adjustable regulator', [m('VF')]), null);
  assert.equal(kindOf('Low power dual operational amplifier', [m('VBE_ON')]), null);
  assert.equal(kindOf('N-Channel JFET for analog switches', [m('RDSON'), m('VTH')]), null);
});

test('a discrete whose title or applications name an integrated function is still a discrete', () => {
  assert.deepEqual(kindOf('1 Watt DO-41 Hermetically Sealed Glass Zener Voltage Regulators', [m('VZ'), m('VF')]), { kind: 'D', flavour: 'zener' });
  assert.deepEqual(kindOf('N-channel MOSFET\nApplications: LED lighting, DC-DC converters', [m('VTH'), m('RDSON')]), { kind: 'NMOS', flavour: null });
});

test('parts named only as complements are left out', () => {
  const parts = detectParts(['BC546/547/548/549/550', 'BC556', 'BC560'], 'BC546/547/548/549/550\n• Complement to BC556 ... BC560\nNPN Epitaxial Silicon Transistor', [m('HFE'), m('VCE_SAT')]);
  assert.deepEqual(parts.map((p) => p.part), ['BC546', 'BC547', 'BC548', 'BC549', 'BC550']);
});

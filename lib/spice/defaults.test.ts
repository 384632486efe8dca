// docs/spice-models.md documents every default the fitters fall back on: this keeps its table
// the code's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bjtDefaults, diodeDefaults, mosDefaults } from './defaults';

const doc = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/spice-models.md'), 'utf8');
const fmt = (v: number) => (v === 0 ? '0' : Math.abs(v) < 0.01 || Math.abs(v) >= 1e4 ? v.toExponential().replace(/\.?0+e/, 'e') : String(v));
const row = (name: string) => doc.split('\n').filter((l) => l.startsWith(`| ${name} |`));

test('every default is in the documented table with its value', () => {
  const tables: [string, Record<string, { value: number }>[]][] = [
    ['Diode', [diodeDefaults(null), diodeDefaults('schottky'), diodeDefaults('zener')]],
    ['Bipolar', [bjtDefaults(null), bjtDefaults('darlington')]],
    ['MOSFET', [mosDefaults()]],
  ];
  for (const [title, sets] of tables) {
    const section = doc.slice(doc.indexOf(`### ${title}`));
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| ---')));
    for (const name of Object.keys(sets[0])) {
      const line = table.split('\n').find((l) => l.startsWith(`| ${name} |`));
      assert.ok(line, `${title}: ${name} is documented`);
      const cells = line.split('|').map((c) => c.trim());
      sets.forEach((set, i) => assert.equal(cells[2 + i], fmt(set[name].value), `${title} ${name} column ${i + 1}`));
    }
  }
  assert.ok(row('IS').length >= 3);
});

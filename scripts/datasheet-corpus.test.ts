// The datasheet reader against the hand-checked truth of the 27 development datasheets (e2e/truth/datasheets
// without the HOLDOUT files, which tuning never sees), rows matched cell by cell: a guard that what it reads
// today it keeps reading. The floors sit just under today's figures (found 99.5 %, min/typ/max 99.1 %,
// unit 99.3 %, whole name 96.2 %), all over issue #21's bar (95 / 95 / 98 / 90): the measure script says
// where the rest falls short.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { characteristicsOf, EXTERNAL_DATASHEETS, EXTERNAL_TRUTH_DIR, figures, HOLDOUT, SHARED_DATASHEETS, truthFiles } from './measure-datasheets';
import { scoreDatasheet, type RowOutcome } from './support/datasheet-score';

const FLOOR = { found: 0.993, limits: 0.989, unit: 0.991, name: 0.96 };
const EXTERNAL_FLOOR = { found: 0.95, limits: 0.95, unit: 0.95, name: 0.95 };
type Floors = typeof FLOOR;

/** Each figure of the rows at its floor or above. */
function assertFloors(outcomes: RowOutcome[], floor: Floors): void {
  const f = figures(outcomes);
  for (const key of ['found', 'limits', 'unit', 'name'] as const) {
    assert.ok(f[key] / f.rows >= floor[key], `${key}: ${f[key]} of ${f.rows} truth rows (${((100 * f[key]) / f.rows).toFixed(1)} %) is under ${floor[key] * 100} %`);
  }
}

test('27 real development datasheets against their hand-checked truth: rows found, limits, units and names hold their level', { skip: !existsSync(SHARED_DATASHEETS), timeout: 240_000 }, async () => {
  const pdfs = await readdir(SHARED_DATASHEETS);
  const outcomes: RowOutcome[] = [];
  const untidy: string[] = [];
  const development = (await truthFiles()).filter(({ name }) => !HOLDOUT.includes(name));
  for (const { name, truth } of development) {
    const pdf = pdfs.find((f) => f.replace(/\.pdf$/i, '') === name) ?? truth.file;
    const rows = await characteristicsOf(path.join(SHARED_DATASHEETS, pdf));
    outcomes.push(...scoreDatasheet(truth, rows));
    // The scorer does not compare conditions; what joining their lines leaves is checked here.
    for (const row of rows) for (const text of [row.conditions, row.table_conditions]) if (text && /,\s*,|^[\s,]|[\s,]$/.test(text)) untidy.push(`${name} p${row.page}: ${text}`);
  }
  assert.deepEqual(untidy, [], 'conditions with a doubled or dangling comma');
  assertFloors(outcomes, FLOOR);
});

test('datasheets of other manufacturers (e2e/truth/datasheets-external, fetched from their Debian packages) hold their level', { timeout: 240_000 }, async (t) => {
  const external = await truthFiles(EXTERNAL_TRUTH_DIR);
  if (!external.every(({ name }) => existsSync(path.join(EXTERNAL_DATASHEETS, `${name}.pdf`)))) {
    const fetched = spawnSync('bash', [path.join(import.meta.dirname, 'fetch-external-datasheets.sh')], { encoding: 'utf8' });
    if (fetched.status !== 0) return t.skip(`the external datasheets could not be fetched: ${(fetched.stderr || fetched.stdout).trim().split('\n').at(-1)}`);
  }
  const outcomes: RowOutcome[] = [];
  for (const { name, truth } of external) outcomes.push(...scoreDatasheet(truth, await characteristicsOf(path.join(EXTERNAL_DATASHEETS, `${name}.pdf`))));
  assertFloors(outcomes, EXTERNAL_FLOOR);
});

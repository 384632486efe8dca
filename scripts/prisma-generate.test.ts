// `npm install` and `npx pdf-batch` (npm installs the project folder it names) both run
// prisma-generate.mjs: clients already generated from the same schemas must be left untouched, or
// the changed file dates under lib/ make the next start rebuild the production bundle.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const generated = path.join(root, 'lib', 'generated');

function fileDates(dir: string): Map<string, number> {
  const dates = new Map<string, number>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    dates.set(path.relative(dir, file), statSync(file).mtimeMs);
  }
  return dates;
}

test('generating the Prisma clients again, with nothing changed, rewrites no file', () => {
  const run = () => spawnSync(process.execPath, ['scripts/prisma-generate.mjs'], { cwd: root, encoding: 'utf8' });
  // The first run makes sure the clients and their stamps exist (as after `npm install`).
  assert.equal(run().status, 0);
  const before = fileDates(generated);
  assert.ok(before.size > 0, 'lib/generated holds the clients');
  const again = run();
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(fileDates(generated), before);
});

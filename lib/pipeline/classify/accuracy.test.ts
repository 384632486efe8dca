// The classifier over the labelled corpus (generated first if missing): at least 90% right and
// every category recognised at least once.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { makeTestPdfs } from '../../../scripts/make-test-pdfs';
import { CORPUS_DIR, corpusFiles, measure } from '../../../scripts/measure-classifier';
import { CATEGORIES } from '../types';

test('corpus accuracy is at least 0.9 and every category is hit', { timeout: 120_000 }, async () => {
  if (!existsSync(path.join(CORPUS_DIR, 'manifest.json'))) await makeTestPdfs(CORPUS_DIR);
  const outcomes = await measure(await corpusFiles());
  const misses = outcomes.filter((o) => o.result.final_category !== o.category);
  const accuracy = 1 - misses.length / outcomes.length;
  const report = misses.map((o) => `${path.basename(o.file)}: ${o.category} → ${o.result.final_category} (${o.result.signals.slice(0, 3).join('; ')})`);
  assert.ok(accuracy >= 0.9, `accuracy ${accuracy.toFixed(3)}\n${report.join('\n')}`);
  const hit = new Set(outcomes.filter((o) => o.result.final_category === o.category).map((o) => o.category));
  assert.deepEqual(CATEGORIES.filter((c) => !hit.has(c)), [], 'categories never recognised');
});

// RETENTION_DAYS: a finished batch older than the retention is deleted with its files when the
// server starts (and hourly); a newer one stays. The old batch is made old by moving its
// finished_at back in the real database file while the server is stopped.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { setBatchFinishedAt } from '../support/database';
import { makeTextPdf } from '../support/make-pdf';
import { makeDataDir, removeDataDir, startServer } from '../support/server';

let dataDir = '';
let templateDataDir = '';
after(async () => {
  if (dataDir) await removeDataDir(dataDir);
  if (templateDataDir) await removeDataDir(templateDataDir);
});

test('batches finished longer ago than RETENTION_DAYS are deleted at start, files and all; newer ones stay', async () => {
  dataDir = await makeDataDir();
  const first = await startServer({ dataDir });
  const ids: string[] = [];
  try {
    for (const name of ['old', 'recent']) {
      const { body } = await uploadBatch(first.url, [{ name: `${name}.pdf`, content: await makeTextPdf(1, name) }], { name });
      await waitForBatch(first.url, body.batch_id);
      ids.push(body.batch_id);
    }
  } finally {
    assert.equal(await first.stop(), 0);
  }
  const [oldId, recentId] = ids;
  assert.ok(existsSync(path.join(dataDir, 'uploads', oldId)));

  await setBatchFinishedAt(dataDir, oldId, new Date(Date.now() - 10 * 86_400_000));

  const second = await startServer({ dataDir, env: { RETENTION_DAYS: '7' } });
  try {
    const deadline = Date.now() + 20_000;
    // The row goes first, its folder right after: wait for both.
    while ((await getJson(second.url, `/api/batches/${oldId}`)).status !== 404 || existsSync(path.join(dataDir, 'uploads', oldId))) {
      assert.ok(Date.now() < deadline, 'the old batch and its files are deleted soon after the start');
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal((await getJson(second.url, `/api/batches/${recentId}`)).status, 200, 'the recent batch stays');
    assert.ok(existsSync(path.join(dataDir, 'uploads', recentId)));
  } finally {
    await second.stop();
  }
});

test("a template's retention_days replaces RETENTION_DAYS for its batches: shorter, or 0 for ever", async () => {
  templateDataDir = await makeDataDir();
  const first = await startServer({ dataDir: templateDataDir });
  const ids: Record<string, string> = {};
  try {
    for (const [name, retention_days] of [['Short', 2], ['Forever', 0]] as const) {
      const created = await fetch(`${first.url}/api/templates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, retention_days }) });
      assert.equal(created.status, 201);
    }
    for (const [name, template] of [['short-old', 'Short'], ['short-new', 'Short'], ['forever', 'Forever'], ['plain', '']]) {
      const { body } = await uploadBatch(first.url, [{ name: `${name}.pdf`, content: await makeTextPdf(1, name) }], template ? { name, template } : { name });
      await waitForBatch(first.url, body.batch_id);
      ids[name] = body.batch_id;
    }
  } finally {
    assert.equal(await first.stop(), 0);
  }
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  await setBatchFinishedAt(templateDataDir, ids['short-old'], daysAgo(3)); // past its template's 2 days
  await setBatchFinishedAt(templateDataDir, ids['short-new'], daysAgo(1)); // within them
  await setBatchFinishedAt(templateDataDir, ids.forever, daysAgo(30)); // past RETENTION_DAYS, but kept for ever
  await setBatchFinishedAt(templateDataDir, ids.plain, daysAgo(3)); // within RETENTION_DAYS

  const second = await startServer({ dataDir: templateDataDir, env: { RETENTION_DAYS: '7' } });
  try {
    const deadline = Date.now() + 20_000;
    while ((await getJson(second.url, `/api/batches/${ids['short-old']}`)).status !== 404) {
      assert.ok(Date.now() < deadline, "the batch past its template's retention is deleted soon after the start");
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const name of ['short-new', 'forever', 'plain']) assert.equal((await getJson(second.url, `/api/batches/${ids[name]}`)).status, 200, `${name} stays`);
  } finally {
    await second.stop();
  }
});

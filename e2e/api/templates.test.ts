// Templates: saved batch settings, kept in the database, managed at /api/templates, and used by an
// upload's `template` field (explicit fields win), the CLI's --template and the watched folder's
// WATCH_DIR/<template name>/. Errors are JSON with their status.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { BatchDetail, BatchListResponse } from '../../lib/schemas/batch';
import type { Template, TemplateList } from '../../lib/schemas/template';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { runCli } from '../support/cli';
import { makeTextPdf } from '../support/make-pdf';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };

const dataDir = await makeDataDir();
const watchDir = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-watch-templates-'));
let server: TestServer;
let pdf: Buffer;

before(async () => {
  pdf = await makeTextPdf(1, 'Template test');
  server = await startServer({ dataDir, env: { WATCH_DIR: watchDir, WATCH_POLL_S: '1' } });
});
after(async () => {
  await server?.stop();
  await removeDataDir(dataDir);
  await rm(watchDir, { recursive: true, force: true });
});

async function send<T>(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}${pathname}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

const invoices = { name: 'Invoices', name_pattern: 'Invoices {date} ({files} files)', workflow: 'text_only', priority: 7, ocr: 'off', retention_days: 30 };

test('templates are created, listed by name, read by id or name, changed and deleted; mistakes are JSON errors', async () => {
  const created = await send<Template>('POST', '/api/templates', invoices);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.match(created.body.template_id, /^[0-9a-f-]{36}$/);
  assert.deepEqual(
    { ...created.body, template_id: undefined, created_at: undefined, updated_at: undefined },
    { ...invoices, template_id: undefined, created_at: undefined, updated_at: undefined },
  );
  const minimal = await send<Template>('POST', '/api/templates', { name: 'Archive' });
  assert.equal(minimal.status, 201);
  assert.deepEqual([minimal.body.workflow, minimal.body.priority, minimal.body.ocr, minimal.body.name_pattern, minimal.body.retention_days], ['full_extraction', 0, null, null, null]);

  const list = await getJson<TemplateList>(server.url, '/api/templates');
  assert.deepEqual(list.body.templates.map((t) => t.name), ['Archive', 'Invoices'], 'by name');
  assert.equal((await getJson<Template>(server.url, `/api/templates/${created.body.template_id}`)).body.name, 'Invoices');
  assert.equal((await getJson<Template>(server.url, '/api/templates/Invoices')).body.template_id, created.body.template_id);

  const duplicate = await send<ErrorBody>('POST', '/api/templates', { name: 'Invoices' });
  assert.equal(duplicate.status, 409);
  assert.equal(duplicate.body.error.code, 'conflict');
  assert.match(duplicate.body.error.message, /"Invoices" already exists/);
  const badPattern = await send<ErrorBody>('POST', '/api/templates', { name: 'X', name_pattern: 'Scans {month}' });
  assert.equal(badPattern.status, 400);
  assert.match(badPattern.body.error.message, /name_pattern: unknown placeholder \{month\}/);
  for (const name of ['processed', 'a/b', '.hidden', '']) {
    const bad = await send<ErrorBody>('POST', '/api/templates', { name });
    assert.equal(bad.status, 400, `name ${JSON.stringify(name)}`);
    assert.equal(bad.body.error.code, 'bad_request');
  }
  const badWorkflow = await send<ErrorBody>('POST', '/api/templates', { name: 'Y', workflow: 'everything' });
  assert.equal(badWorkflow.status, 400);
  assert.match(badWorkflow.body.error.message, /workflow/);
  const unknownField = await send<ErrorBody>('POST', '/api/templates', { name: 'Z', colour: 'red' });
  assert.equal(unknownField.status, 400);

  const changed = await send<Template>('PATCH', '/api/templates/Archive', { priority: -5, ocr: 'force' });
  assert.equal(changed.status, 200);
  assert.equal(changed.body.priority, -5);
  assert.equal(changed.body.ocr, 'force');
  assert.equal(changed.body.workflow, 'full_extraction', 'fields not given are kept');
  const taken = await send<ErrorBody>('PATCH', '/api/templates/Archive', { name: 'Invoices' });
  assert.equal(taken.status, 409);
  const empty = await send<ErrorBody>('PATCH', '/api/templates/Archive', {});
  assert.equal(empty.status, 400);

  const missing = await getJson<ErrorBody>(server.url, '/api/templates/Nope');
  assert.equal(missing.status, 404);
  assert.deepEqual(missing.body, { error: { code: 'not_found', message: 'No template with id "Nope".' } });
  assert.equal((await send<ErrorBody>('PATCH', '/api/templates/Nope', { priority: 1 })).status, 404);

  assert.equal((await send('DELETE', '/api/templates/Archive')).status, 204);
  assert.equal((await send<ErrorBody>('DELETE', '/api/templates/Archive')).status, 404);
  assert.deepEqual((await getJson<TemplateList>(server.url, '/api/templates')).body.templates.map((t) => t.name), ['Invoices']);
});

test("an upload with a template takes its settings and name pattern; explicit fields win; an unknown template is a 422 and stores nothing", async () => {
  const files = [{ name: 'a.pdf', content: pdf }, { name: 'b.pdf', content: pdf }];
  const fromTemplate = await uploadBatch(server.url, files, { template: 'Invoices' });
  assert.equal(fromTemplate.status, 201, JSON.stringify(fromTemplate.body));
  const today = new Date().toISOString().slice(0, 10);
  assert.equal(fromTemplate.body.name, `Invoices ${today} (2 files)`);
  const batch = await waitForBatch(server.url, fromTemplate.body.batch_id);
  assert.equal(batch.status, 'completed');
  assert.deepEqual([batch.workflow, batch.priority, batch.ocr, batch.retention_days, batch.template], ['text_only', 7, 'off', 30, 'Invoices']);

  const overridden = await uploadBatch(server.url, files.slice(0, 1), { template: 'Invoices', name: 'Mine', workflow: 'classify', priority: '-3' });
  assert.equal(overridden.status, 201);
  const mine = (await getJson<BatchDetail>(server.url, `/api/batches/${overridden.body.batch_id}`)).body;
  assert.deepEqual([mine.name, mine.workflow, mine.priority, mine.ocr, mine.template], ['Mine', 'classify', -3, 'off', 'Invoices'], 'given fields win, the rest is the template');

  const before = (await getJson<BatchListResponse>(server.url, '/api/batches?limit=100')).body.total;
  const unknown = await uploadBatch(server.url, files, { template: 'Receipts' });
  assert.equal(unknown.status, 422);
  assert.equal((unknown.body as unknown as ErrorBody).error.code, 'unknown_template');
  assert.match((unknown.body as unknown as ErrorBody).error.message, /no template "Receipts"/);
  assert.equal((await getJson<BatchListResponse>(server.url, '/api/batches?limit=100')).body.total, before, 'no batch was created');
  const uploads = await readdir(path.join(dataDir, 'uploads')).catch(() => []);
  assert.equal(uploads.filter((d) => !d.startsWith('.')).length, before, 'no files were left behind');
});

test('the CLI submits with --template', async () => {
  const file = path.join(dataDir, 'cli-template.pdf');
  await writeFile(file, pdf);
  const run = await runCli(['submit', file, '--template', 'Invoices', '--json', '--server', server.url]);
  assert.equal(run.code, 0, run.stderr);
  const created = JSON.parse(run.stdout) as { batch_id: string; name: string };
  assert.match(created.name, /^Invoices \d{4}-\d\d-\d\d \(1 files\)$/);
  const batch = (await getJson<BatchDetail>(server.url, `/api/batches/${created.batch_id}`)).body;
  assert.deepEqual([batch.workflow, batch.priority, batch.template], ['text_only', 7, 'Invoices']);

  const unknown = await runCli(['submit', file, '--template', 'Receipts', '--server', server.url]);
  assert.equal(unknown.code, 3);
  assert.match(unknown.stderr, /no template "Receipts"/);
});

test("files put in WATCH_DIR/<template name>/ become a batch with that template; other folders keep the default", async () => {
  const staging = path.join(watchDir, '.staging');
  await mkdir(staging, { recursive: true });
  const drop = async (folder: string, name: string) => {
    await mkdir(path.join(watchDir, folder), { recursive: true });
    const temp = path.join(staging, randomUUID());
    await writeFile(temp, pdf);
    await rename(temp, path.join(watchDir, folder, name));
  };
  await drop('Invoices', 'watched-invoice.pdf');
  await drop('elsewhere', 'watched-other.pdf');

  const deadline = Date.now() + 60_000;
  let found: BatchDetail[] = [];
  while (found.length < 2) {
    if (Date.now() > deadline) throw new Error(`the watched batches did not appear\n${server.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { body } = await getJson<BatchListResponse>(server.url, '/api/batches?limit=100');
    const details = await Promise.all(body.batches.map(async (b) => (await getJson<BatchDetail>(server.url, `/api/batches/${b.batch_id}`)).body));
    found = details.filter((b) => b.jobs.some((j) => j.filename.includes('watched-')));
  }
  // A watched file's name is its path under WATCH_DIR.
  const templated = found.find((b) => b.jobs[0].filename.includes('watched-invoice.pdf'));
  const plain = found.find((b) => b.jobs[0].filename.includes('watched-other.pdf'));
  assert.ok(templated && plain, JSON.stringify(found.map((b) => b.jobs.map((j) => j.filename))));
  assert.notEqual(templated.batch_id, plain.batch_id, 'one batch per template folder');
  assert.deepEqual([templated.template, templated.workflow, templated.priority], ['Invoices', 'text_only', 7]);
  assert.match(templated.name, /^Invoices \d{4}-\d\d-\d\d \(1 files\)$/);
  assert.deepEqual([plain.template, plain.workflow, plain.priority], [null, 'full_extraction', 0]);
  assert.match(plain.name, /^Watched folder /);
  assert.equal((await waitForBatch(server.url, templated.batch_id)).status, 'completed');
});

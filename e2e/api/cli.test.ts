// The pdf-batch CLI run as a subprocess (server/cli.mjs, from another folder, as `npx pdf-batch`
// would) against the real server: submit with --wait, a failing document and the exit codes,
// folders, status, list, cancel/retry, export to a ZIP, and the errors a user can cause.
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BatchDetail, BatchListResponse, BatchSummary, CreateBatchResponse } from '../../lib/schemas/batch';
import { runCli, type CliRun } from '../support/cli';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

const fixture = (name: string) => path.join(generatedDir, name);

describe('pdf-batch CLI', () => {
  let server: TestServer;
  let workDir: string;

  /** Runs the CLI in a scratch folder with the server in the environment, as a user would. */
  const cli = (args: string[], env: Record<string, string> = {}): Promise<CliRun> =>
    runCli(args, { cwd: workDir, env: { PDF_BATCH_SERVER: server.url, ...env } });

  const parse = <T>(run: CliRun): T => {
    try {
      return JSON.parse(run.stdout) as T;
    } catch {
      return assert.fail(`not JSON on stdout (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
    }
  };

  before(async () => {
    await generatedCorpus();
    server = await startServer();
    workDir = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-cli-'));
  });

  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  let goodBatch: BatchDetail;
  let badBatch: BatchDetail;

  test('submit two PDFs with --wait --json: exit 0 and the finished batch as JSON', async () => {
    const run = await cli(['submit', fixture('invoice-1.pdf'), fixture('datasheet-1.pdf'), '--name', 'CLI batch', '--wait', '--json']);
    assert.equal(run.code, 0, run.stderr);
    goodBatch = parse<BatchDetail>(run);
    assert.equal(goodBatch.name, 'CLI batch');
    assert.equal(goodBatch.status, 'completed');
    assert.deepEqual(goodBatch.jobs.map((j) => [j.filename, j.status]), [
      ['invoice-1.pdf', 'completed'],
      ['datasheet-1.pdf', 'completed'],
    ]);
  });

  test('a broken PDF: exit 1 and the reason; exit 0 with --continue-on-failure', async () => {
    const run = await cli(['submit', fixture('truncated.pdf'), '--wait', '--json', '--workflow', 'text_only']);
    assert.equal(run.code, 1, run.stderr);
    badBatch = parse<BatchDetail>(run);
    assert.equal(badBatch.failed, 1);
    assert.equal(badBatch.workflow, 'text_only');
    assert.match(run.stderr, /failed    +truncated\.pdf  \w+_error: /);
    assert.match(run.stderr, /1 document failed/);

    const tolerant = await cli(['submit', fixture('truncated.pdf'), '--wait', '--json', '--continue-on-failure']);
    assert.equal(tolerant.code, 0, tolerant.stderr);
    assert.equal(parse<BatchDetail>(tolerant).status, 'failed');
  });

  test('without a terminal and without --json, one line per finished document on stdout', async () => {
    const run = await cli(['submit', fixture('invoice-2.pdf'), fixture('truncated.pdf'), '--wait']);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.ok(lines.some((l) => /^completed  invoice-2\.pdf  1 page  [\d.]+ s$/.test(l)), run.stdout);
    assert.ok(lines.some((l) => /^failed     truncated\.pdf  /.test(l)), run.stdout);
    assert.match(lines.at(-1) ?? '', /is completed with errors: 1 completed, 1 failed of 2\.$/);
    assert.ok(!run.stdout.includes('\r'), 'no progress bar without a terminal');
  });

  test('a folder adds every PDF under it, recursively', async () => {
    const folder = path.join(workDir, 'inbox');
    await mkdir(path.join(folder, 'nested'), { recursive: true });
    await copyFile(fixture('invoice-3.pdf'), path.join(folder, 'invoice-3.pdf'));
    await copyFile(fixture('report-1.pdf'), path.join(folder, 'nested', 'report-1.PDF'));
    await copyFile(fixture('manifest.json'), path.join(folder, 'manifest.json'));
    const run = await cli(['submit', 'inbox', '--json', '--priority=-3']);
    assert.equal(run.code, 0, run.stderr);
    const created = parse<CreateBatchResponse>(run);
    assert.equal(created.total_files, 2);
    assert.deepEqual(created.rejected, []);
  });

  test('a file that is not a PDF is left out with the reason, as on the page, and the rest goes', async () => {
    const notes = path.join(workDir, 'notes.txt');
    await writeFile(notes, 'just text\n');
    const run = await cli(['submit', notes, fixture('invoice-2.pdf'), '--wait', '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /left out +notes\.txt +This is not a PDF: the file is something starting with "just text"/);
    const batch = parse<BatchDetail>(run);
    assert.deepEqual(batch.jobs.map((j) => [j.filename, j.status]), [['invoice-2.pdf', 'completed']]);

    const none = await cli(['submit', notes]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /None of the files given is a PDF/);
  });

  test('status, list', async () => {
    const good = await cli(['status', goodBatch.batch_id]);
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /Batch "CLI batch" .* is completed: 2 completed of 2\./);
    assert.match(good.stdout, /Full extraction \(tables, fields, type\), priority 0, 100% done, created \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\./);

    const bad = await cli(['status', badBatch.batch_id, '--json']);
    assert.equal(bad.code, 1);
    assert.equal(parse<BatchDetail>(bad).jobs[0].status, 'failed');

    const list = await cli(['list', '--json', '--limit', '50']);
    assert.equal(list.code, 0, list.stderr);
    const ids = parse<BatchListResponse>(list).batches.map((b) => b.batch_id);
    assert.ok(ids.includes(goodBatch.batch_id) && ids.includes(badBatch.batch_id));

    const text = await cli(['list']);
    assert.match(text.stdout, new RegExp(`${goodBatch.batch_id}  completed +100%  +2/2  CLI batch`));
  });

  test('a batch may be named by the start of its id, as long as no other batch starts so; the server may come from PORT', async () => {
    const short = goodBatch.batch_id.slice(0, 8);
    const run = await cli(['status', short]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Batch "CLI batch" .* is completed: 2 completed of 2\./);
    // Without -o the ZIP is named after the batch, as the server names it.
    const exported = await cli(['export', short, '--json']);
    assert.equal(exported.code, 0, exported.stderr);
    const file = parse<{ file: string }>(exported).file;
    assert.match(file, /^CLI batch.*\.zip$/);
    assert.equal((await readFile(path.join(workDir, file))).subarray(0, 2).toString('latin1'), 'PK');
    const port = new URL(server.url).port;
    const byPort = await cli(['status', short], { PDF_BATCH_SERVER: '', PORT: port });
    assert.equal(byPort.code, 0, byPort.stderr);
  });

  test('export writes the ZIP', async () => {
    const run = await cli(['export', goodBatch.batch_id, '-o', 'out.zip', '--include-originals', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const zip = await readFile(path.join(workDir, 'out.zip'));
    assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK');
    assert.equal(parse<{ bytes: number }>(run).bytes, zip.length);
  });

  test('retry and cancel, by batch id or job id; a refused change exits 3 with the reason', async () => {
    const retried = await cli(['retry', badBatch.batch_id, '--json']);
    assert.equal(retried.code, 0, retried.stderr);
    assert.equal(parse<BatchSummary>(retried).batch_id, badBatch.batch_id);

    const cancelCompleted = await cli(['cancel', goodBatch.jobs[0].job_id]);
    assert.equal(cancelCompleted.code, 3);
    assert.match(cancelCompleted.stderr, /already ended/);

    const unknown = await cli(['status', 'no-such-batch', '--json']);
    assert.equal(unknown.code, 3);
    assert.equal(parse<{ error: { code: string } }>(unknown).error.code, 'not_found');
  });

  test('usage mistakes exit 2; an unreachable server exits 3', async () => {
    const usage = await cli(['submit']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage: pdf-batch submit/);

    const missing = await cli(['submit', 'nothing-here.pdf']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /"nothing-here.pdf" does not exist/);

    const help = await cli(['export', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--include-originals/);

    const down = await cli(['list', '--server', 'http://127.0.0.1:9'], { PDF_BATCH_TOKEN: 't' });
    assert.equal(down.code, 3);
    assert.match(down.stderr, /Could not reach the server at http:\/\/127\.0\.0\.1:9/);
  });
});

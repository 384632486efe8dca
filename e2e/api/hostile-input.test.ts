// Hostile and broken input against the real server: every file of scripts/fixtures/hostile.ts
// and every malformed request gets a clear 4xx or a failed job with its reason, a request over
// a limit (file size, file count, body size) is refused whole with 413 naming the limit and
// leaves nothing behind, hostile file names are stored safely, and the server stays healthy.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { BatchDetail, BatchListResponse } from '../../lib/schemas/batch';
import type { JobDetail } from '../../lib/jobs/get-job';
import type { HealthResponse } from '../../lib/schemas/health';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { hostileCorpus } from '../support/pdfs';
import { BOUNDARY, multipartBody, rawPost, storedFiles, type RawAnswer } from '../support/raw-upload';
import { removeDataDir, startServer, type TestServer } from '../support/server';

type ErrorBody = { error: { code: string; message: string } };

const MAX_FILE_MB = 3;
const MAX_FILES = 12;
const MAX_BATCH_MB = 8;
const multipart = `multipart/form-data; boundary=${BOUNDARY}`;

const errorOf = (answer: RawAnswer) => (JSON.parse(answer.body) as ErrorBody).error;

describe('hostile and broken input', () => {
  let server: TestServer;
  let corpus: Awaited<ReturnType<typeof hostileCorpus>>;
  let plain: Buffer;

  const batchCount = async () => (await getJson<BatchListResponse>(server.url, '/api/batches?limit=1')).body.total;

  /** The refusal left nothing: no new batch, no file in uploads/ beyond those of accepted batches. */
  async function assertNothingStored(before: { batches: number; files: string[] }) {
    assert.equal(await batchCount(), before.batches, 'no batch row was written');
    assert.deepEqual(await storedFiles(server.dataDir), before.files, 'no file was left in DATA_DIR/uploads');
  }
  const snapshot = async () => ({ batches: await batchCount(), files: await storedFiles(server.dataDir) });

  before(async () => {
    corpus = await hostileCorpus();
    plain = await readFile(corpus.find((c) => c.file === 'plain.pdf')!.path);
    server = await startServer({
      env: {
        MAX_FILE_MB: String(MAX_FILE_MB),
        MAX_FILES_PER_BATCH: String(MAX_FILES),
        MAX_BATCH_MB: String(MAX_BATCH_MB),
        // A small heap, so the zip bomb is stopped early (the limit is twice this, heap plus buffers).
        WORKER_MEMORY_MB: '128',
        JOB_TIMEOUT_S: '60',
      },
    });
  });
  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('each hostile file is refused at upload or fails (or completes) with its reason', async () => {
    const { status, body } = await uploadBatch(server.url, corpus.map((c) => ({ path: c.path })), { workflow: 'full_extraction' });
    assert.equal(status, 201, JSON.stringify(body));
    const batch = await waitForBatch(server.url, body.batch_id, 180_000);
    for (const entry of corpus) {
      const job = batch.jobs.find((j) => j.filename === entry.file);
      assert.ok(job, entry.file);
      const { expect } = entry;
      if ('upload' in expect) {
        const refused = body.rejected.find((r) => r.filename === entry.file);
        assert.ok(refused, `${entry.file} (${entry.what}) is refused at upload`);
        assert.match(refused.error, expect.reason);
        assert.equal(job.error_type, 'validation_error');
        continue;
      }
      assert.equal(job.status, expect.job, `${entry.file} (${entry.what}): ${job.error_type} ${job.error}`);
      if (expect.errorType) assert.equal(job.error_type, expect.errorType, `${entry.file}: ${job.error}`);
      if (expect.message) assert.match(job.error ?? '', expect.message);
      if (job.status === 'failed') assert.ok(job.error && !job.error.includes('    at '), 'a message for a person, not a stack');
    }
    const javascript = batch.jobs.find((j) => j.filename === 'javascript.pdf')!;
    const detail = await getJson<JobDetail>(server.url, `/api/jobs/${javascript.job_id}`);
    assert.match(detail.body.result?.text ?? '', /must never run/, 'the JavaScript PDF is read as a document, its script ignored');
    const health = await getJson<HealthResponse>(server.url, '/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.workers.concurrency, 2, 'the threads ended for the bomb were replaced');
  });

  test('malformed requests get a 4xx with a code and a message, and store nothing', async () => {
    const before = await snapshot();
    const url = `${server.url}/api/batches`;
    const cases: { what: string; answer: Promise<RawAnswer>; status: number; code: string; message?: RegExp }[] = [
      { what: 'not multipart', answer: rawPost(url, Buffer.from('{}'), { contentType: 'application/json' }), status: 415, code: 'unsupported_media_type' },
      { what: 'no boundary', answer: rawPost(url, multipartBody([{ field: 'files', filename: 'a.pdf', content: plain }]), { contentType: 'multipart/form-data' }), status: 400, code: 'invalid_multipart', message: /boundary/ },
      { what: 'an empty body', answer: rawPost(url, Buffer.alloc(0), { contentType: multipart }), status: 400, code: 'invalid_multipart' },
      {
        what: 'a body cut in the middle of a file',
        answer: rawPost(url, multipartBody([{ field: 'files', filename: 'a.pdf', content: plain }]).subarray(0, 300), { contentType: multipart }),
        status: 400,
        code: 'invalid_multipart',
      },
      { what: 'garbage framed as multipart', answer: rawPost(url, Buffer.from('\r\n--nope\r\n\x00\x01\x02garbage'), { contentType: multipart }), status: 400, code: 'invalid_multipart' },
      {
        what: 'a field instead of a file',
        answer: rawPost(url, multipartBody([{ field: 'files', content: 'hello' }]), { contentType: multipart }),
        status: 400,
        code: 'no_files',
        message: /text, not a file/,
      },
      {
        what: 'a 0-byte file alone',
        answer: rawPost(url, multipartBody([{ field: 'files', filename: 'empty.pdf', content: '' }]), { contentType: multipart }),
        status: 400,
        code: 'no_valid_files',
        message: /empty/,
      },
      {
        what: 'an HTML page named .pdf alone',
        answer: rawPost(url, multipartBody([{ field: 'files', filename: 'page.pdf', content: '<html><body>hi</body></html>' }]), { contentType: multipart }),
        status: 400,
        code: 'no_valid_files',
        message: /HTML/,
      },
    ];
    for (const c of cases) {
      const answer = await c.answer;
      assert.equal(answer.status, c.status, `${c.what}: ${answer.body}`);
      const error = errorOf(answer);
      assert.equal(error.code, c.code, c.what);
      assert.ok(error.message.length > 10, c.what);
      if (c.message) assert.match(error.message, c.message, c.what);
    }
    await assertNothingStored(before);
  });

  test('a file over MAX_FILE_MB refuses the whole request with 413, and the partial file is deleted', async () => {
    const before = await snapshot();
    const big = Buffer.concat([plain, Buffer.alloc((MAX_FILE_MB + 1) * 1024 * 1024, 0x20)]); // a PDF with trailing blanks
    for (const send of [{ chunked: false }, { chunked: true }]) {
      const body = multipartBody([
        { field: 'files', filename: 'first.pdf', content: plain },
        { field: 'files', filename: 'too-big.pdf', content: big },
        { field: 'files', filename: 'last.pdf', content: plain },
      ]);
      const answer = await rawPost(`${server.url}/api/batches`, body, { contentType: multipart, ...send });
      assert.equal(answer.status, 413, answer.body);
      const error = errorOf(answer);
      assert.equal(error.code, 'payload_too_large');
      assert.match(error.message, /"too-big\.pdf".*3 MB.*MAX_FILE_MB/);
      await assertNothingStored(before);
    }
    const single = new FormData();
    single.append('file', new Blob([new Uint8Array(big)]), 'too-big.pdf');
    const document = await fetch(`${server.url}/api/documents`, { method: 'POST', body: single });
    assert.equal(document.status, 413);
    assert.match(((await document.json()) as ErrorBody).error.message, /MAX_FILE_MB/);
    await assertNothingStored(before);
  });

  test('more than MAX_FILES_PER_BATCH files: 413 naming the limit, nothing stored', async () => {
    const before = await snapshot();
    const parts = Array.from({ length: MAX_FILES + 1 }, (_, i) => ({ field: 'files', filename: `f${i}.pdf`, content: plain }));
    const answer = await rawPost(`${server.url}/api/batches`, multipartBody(parts), { contentType: multipart });
    assert.equal(answer.status, 413, answer.body);
    assert.equal(errorOf(answer).code, 'payload_too_large');
    assert.match(errorOf(answer).message, new RegExp(`at most ${MAX_FILES} .*MAX_FILES_PER_BATCH`));
    await assertNothingStored(before);
  });

  test('a body over MAX_BATCH_MB: 413 before reading when declared, while streaming when not', async () => {
    const before = await snapshot();
    const file = Buffer.concat([plain, Buffer.alloc(Math.floor(2.5 * 1024 * 1024), 0x20)]); // under MAX_FILE_MB each
    const body = multipartBody(Array.from({ length: 4 }, (_, i) => ({ field: 'files', filename: `part-${i}.pdf`, content: file })));
    assert.ok(body.length > MAX_BATCH_MB * 1024 * 1024);

    const declared = await rawPost(`${server.url}/api/batches`, body.subarray(0, 1024), { contentType: multipart, declaredLength: body.length });
    assert.equal(declared.status, 413, declared.body);
    assert.match(errorOf(declared).message, /at most 8 MB.*MAX_BATCH_MB/);

    const streamed = await rawPost(`${server.url}/api/batches`, body, { contentType: multipart, chunked: true });
    assert.equal(streamed.status, 413, streamed.body);
    assert.equal(errorOf(streamed).code, 'payload_too_large');
    assert.match(errorOf(streamed).message, /8 MB.*MAX_BATCH_MB/);
    await assertNothingStored(before);
  });

  test('hostile file names are stored safely: no way out of the upload, no control characters, bounded, HTML kept as text', async () => {
    // Raw control characters are not allowed in a part's header (busboy refuses them: 400); the
    // RFC 5987 form (filename*=UTF-8''…) brings them through percent-encoded, to be cleaned.
    const names: { part: { filename?: string; encodedFilename?: string }; check: (stored: string) => void }[] = [
      { part: { filename: '../../../../tmp/escaped.pdf' }, check: (s) => assert.equal(s, 'tmp/escaped.pdf') },
      { part: { filename: '..\\..\\windows\\system.pdf' }, check: (s) => assert.equal(s, 'windows/system.pdf') },
      { part: { encodedFilename: 'nul%00byte.pdf' }, check: (s) => assert.equal(s, 'nulbyte.pdf') },
      { part: { encodedFilename: 'bell%07esc%1B%5B31mred%7F%0D%0Aline.pdf' }, check: (s) => assert.equal(s, 'bellesc[31mredline.pdf') },
      { part: { encodedFilename: '..%2F..%2F%00%2Fetc%2Fpasswd' }, check: (s) => assert.equal(s, 'etc/passwd') },
      { part: { filename: `${'n'.repeat(1000)}.pdf` }, check: (s) => (assert.equal(s.length, 255), assert.ok(s.endsWith('….pdf'))) },
      { part: { filename: '<img src=x onerror=alert(1)>.pdf' }, check: (s) => assert.equal(s, '<img src=x onerror=alert(1)>.pdf') },
    ];
    const raw = multipartBody([{ field: 'files', filename: Buffer.from('nul\x00byte.pdf', 'latin1'), content: plain }]);
    const refused = await rawPost(`${server.url}/api/batches`, raw, { contentType: multipart });
    assert.equal(refused.status, 400, refused.body);
    assert.equal(errorOf(refused).code, 'invalid_multipart');
    assert.match(errorOf(refused).message, /header/);

    const body = multipartBody(names.map((n) => ({ field: 'files', ...n.part, content: plain })));
    const answer = await rawPost(`${server.url}/api/batches`, body, { contentType: multipart });
    assert.equal(answer.status, 201, answer.body);
    const batchId = (JSON.parse(answer.body) as { batch_id: string }).batch_id;
    const batch: BatchDetail = await waitForBatch(server.url, batchId, 120_000);
    assert.equal(batch.jobs.length, names.length);
    batch.jobs.forEach((job, i) => {
      names[i].check(job.filename);
      assert.equal(job.status, 'completed', `${job.filename}: ${job.error}`);
    });
    const files = (await storedFiles(server.dataDir)).filter((f) => f.startsWith(batchId));
    assert.deepEqual(
      files,
      batch.jobs.map((j) => `${batchId}/${j.job_id}.pdf`).sort(),
      'files are stored under their job id, never under the name sent',
    );
  });

  test('the server is healthy after all of it, with nothing left half-received', async () => {
    const health = await getJson<HealthResponse>(server.url, '/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.status, 'ok');
    assert.deepEqual((await storedFiles(server.dataDir)).filter((f) => f.startsWith('.incoming')), []);
  });
});

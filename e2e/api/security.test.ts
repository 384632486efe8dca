// What a probe of the running server as an attacker found (issue 16), against the real server
// with AUTH_TOKEN behind one trusted proxy (TRUST_PROXY=1, so each test can be its own client by
// the X-Forwarded-For address the "proxy" appends): small JSON bodies refused before they are read,
// token guessing throttled on every route, the client taken from the right of X-Forwarded-For,
// names that cannot disguise themselves (U+202E), polyglot files refused; the smaller findings
// (denials close the connection, TRACE, a raw non-ASCII `next`, /metrics for scrapers, sign-out
// ending every session); then a server's connection limits and timeouts.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import type { BatchDetail, CreateBatchResponse } from '../../lib/schemas/batch';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { rawPost, type RawAnswer } from '../support/raw-upload';
import { removeDataDir, startServer, type TestServer } from '../support/server';

const TOKEN = 'security-probe-token-0123456789';
const JSON_TYPE = 'application/json';

type ErrorBody = { error: { code: string; message: string } };
const errorOf = (answer: RawAnswer) => (JSON.parse(answer.body) as ErrorBody).error;

/** Sends `request` as raw bytes and resolves with what came back once the server closes (or `ms` pass). */
function rawExchange(url: string, request: Buffer | string, ms = 5000): Promise<{ text: string; closed: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closed: false });
    }, ms);
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
  });
}

/** `promise`, or a failure saying what did not happen within `ms` (the server waited for a body). */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('with AUTH_TOKEN behind a trusted proxy', () => {
  let server: TestServer;
  /** Headers of a request the proxy passed on for `client` (it appends the address it saw). */
  const from = (client: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': client, ...extra });
  const bearer = (client: string, token = TOKEN) => from(client, { authorization: `Bearer ${token}` });

  before(async () => {
    await generatedCorpus();
    server = await startServer({ env: { AUTH_TOKEN: TOKEN, TRUST_PROXY: '1' } });
  });
  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('a JSON body over 16 KB by its Content-Length: 413 at once, before a byte of it is read', async () => {
    const targets = [
      { method: 'POST', path: '/api/auth/sign-in', headers: from('203.0.113.10') },
      { method: 'PATCH', path: '/api/batches/some-batch', headers: bearer('203.0.113.10') },
      { method: 'POST', path: '/api/batches/demo', headers: bearer('203.0.113.10') },
      { method: 'POST', path: '/api/queue/pause', headers: bearer('203.0.113.10') },
    ];
    for (const { method, path, headers } of targets) {
      // Claims 128 MB and sends 1 KB: the answer must come without the rest.
      const answer = await within(
        5000,
        rawPost(`${server.url}${path}`, Buffer.from(`{"token":"${'x'.repeat(1000)}`), { method, contentType: JSON_TYPE, declaredLength: 128 * 1024 * 1024, headers }),
        `${method} ${path}`,
      );
      assert.equal(answer.status, 413, `${method} ${path}: ${answer.body}`);
      assert.equal(errorOf(answer).code, 'payload_too_large');
      assert.match(errorOf(answer).message, /16 KB/);
      assert.equal(answer.headers.connection, 'close', 'the connection is closed rather than the body read');
    }
  });

  test('a JSON body sent without a Content-Length is cut off at 16 KB while it streams: 413', async () => {
    const big = Buffer.from(JSON.stringify({ token: 'x'.repeat(1024 * 1024), name: 'y' }));
    for (const { method, path, headers } of [
      { method: 'POST', path: '/api/auth/sign-in', headers: from('203.0.113.11') },
      { method: 'PATCH', path: '/api/batches/some-batch', headers: bearer('203.0.113.11') },
      { method: 'POST', path: '/api/batches/demo', headers: bearer('203.0.113.11') },
    ]) {
      // A server that waited for the whole body would never answer; 60 s leaves room for a CI
      // machine busy with OCR tests beside this one (20 s was once not enough on Postgres).
      const answer = await within(60_000, rawPost(`${server.url}${path}`, big, { method, contentType: JSON_TYPE, chunked: true, headers }), `${method} ${path}`);
      assert.equal(answer.status, 413, `${method} ${path}: ${answer.body}`);
      assert.equal(errorOf(answer).code, 'payload_too_large');
    }
    // A body under the cap still works.
    const small = await rawPost(`${server.url}/api/auth/sign-in`, Buffer.from(JSON.stringify({ token: TOKEN })), { contentType: JSON_TYPE, chunked: true, headers: from('203.0.113.11') });
    assert.equal(small.status, 200, small.body);
  });

  test('sign-in past its limit is refused before its body is read', async () => {
    const client = '203.0.113.12';
    let refused = false;
    for (let i = 0; i < 12 && !refused; i++) {
      const r = await rawPost(`${server.url}/api/auth/sign-in`, Buffer.from(JSON.stringify({ token: `guess-${i}` })), { contentType: JSON_TYPE, headers: from(client) });
      refused = r.status === 429;
    }
    assert.ok(refused, 'the sign-in limit is reached');
    // 10 KB announced (under the cap), 10 bytes sent: a throttled client does not get to make the server wait.
    const answer = await within(5000, rawPost(`${server.url}/api/auth/sign-in`, Buffer.from('{"token":"'), { contentType: JSON_TYPE, declaredLength: 10_000, headers: from(client) }), 'throttled sign-in');
    assert.equal(answer.status, 429);
    assert.ok(Number(answer.headers['retry-after']) > 0);
  });

  test('wrong bearer tokens on any route: 429 with Retry-After past the limit, even for the right token from that client', async () => {
    const client = '203.0.113.20';
    const get = (headers: Record<string, string>) => fetch(`${server.url}/api/batches`, { headers });
    let refused: Response | null = null;
    let wrong = 0;
    for (let i = 0; i < 30 && !refused; i++) {
      const r = await get(bearer(client, `guess-${i}-0123456789abcdef`));
      if (r.status === 429) refused = r;
      else {
        assert.equal(r.status, 401);
        wrong++;
        await r.arrayBuffer();
      }
    }
    assert.ok(refused, 'guessing is refused before 30 tries');
    assert.ok(wrong >= 5, `a few mistakes are allowed (${wrong})`);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    const body = (await refused.json()) as ErrorBody;
    assert.equal(body.error.code, 'rate_limited');
    const right = await get(bearer(client));
    assert.equal(right.status, 429, 'no oracle: the right token waits too');
    await right.arrayBuffer();
    const other = await get(bearer('203.0.113.21'));
    assert.equal(other.status, 200, 'another client is not affected');
    await other.arrayBuffer();
  });

  test('forged session cookies count as failed checks too', async () => {
    const client = '203.0.113.22';
    let status = 0;
    for (let i = 0; i < 30 && status !== 429; i++) {
      const r = await fetch(`${server.url}/api/queue`, { headers: from(client, { cookie: `pdf_batch_session=${Math.floor(Date.now() / 1000) + 3600}.${'A'.repeat(42)}${i % 10}` }) });
      status = r.status;
      await r.arrayBuffer();
      if (status !== 429) assert.equal(status, 401);
    }
    assert.equal(status, 429);
  });

  test('the client is the right-most X-Forwarded-For address: rotating the left part does not escape a limit', async () => {
    let refused = false;
    for (let i = 0; i < 14 && !refused; i++) {
      // What a client writes comes first; the proxy appends the address it saw.
      const r = await fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        body: JSON.stringify({ token: `nope-${i}` }),
        headers: { 'content-type': JSON_TYPE, 'x-forwarded-for': `10.9.${i}.1, 203.0.113.30` },
      });
      refused = r.status === 429;
      await r.arrayBuffer();
    }
    assert.ok(refused, 'the attempts were counted against the address the proxy saw');
  });

  test('behind the trusted proxy, X-Forwarded-Proto https makes the cookie Secure', async () => {
    const r = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      body: JSON.stringify({ token: TOKEN }),
      headers: { 'content-type': JSON_TYPE, 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.31' },
    });
    assert.equal(r.status, 200);
    assert.match(r.headers.getSetCookie()[0], /; Secure$/);
  });

  /** Uploads `files` as `client`, waits for the batch to end, returns it. */
  async function uploadAndWait(client: string, files: { name: string; bytes: Buffer }[], batchName?: string): Promise<{ created: CreateBatchResponse; batch: BatchDetail }> {
    const form = new FormData();
    if (batchName) form.append('name', batchName);
    for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)], { type: 'application/pdf' }), file.name);
    const response = await fetch(`${server.url}/api/batches`, { method: 'POST', body: form, headers: bearer(client) });
    assert.equal(response.status, 201, await response.clone().text());
    const created = (await response.json()) as CreateBatchResponse;
    for (;;) {
      const batch = (await (await fetch(`${server.url}/api/batches/${created.batch_id}`, { headers: bearer(client) })).json()) as BatchDetail;
      if (!['queued', 'processing'].includes(batch.status)) return { created, batch };
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  test('names: control and format characters (U+202E) are gone where names are stored, shown, downloaded and zipped; a PDF downloads as .pdf', async () => {
    const client = '203.0.113.40';
    const pdf = await readFile(path.join(generatedDir, 'invoice-1.pdf'));
    const { batch } = await uploadAndWait(
      client,
      [
        { name: 'invoice\u202Efdp.exe', bytes: pdf },
        { name: '\uFF0E\uFF0E\uFF0F\uFF0E\uFF0E\uFF0Fescape\u200B.pdf', bytes: pdf },
      ],
      'Q1\u202Etxt.exe',
    );
    assert.equal(batch.name, 'Q1txt.exe');
    const names = batch.jobs.map((j) => j.filename);
    assert.ok(names.includes('invoicefdp.exe'), JSON.stringify(names));
    for (const name of names) assert.doesNotMatch(name, /[\u202E\u200B]/);
    const invoice = batch.jobs.find((j) => j.filename === 'invoicefdp.exe')!;

    const file = await fetch(`${server.url}/api/jobs/${invoice.job_id}/file`, { headers: bearer(client) });
    assert.equal(file.status, 200);
    await file.arrayBuffer();
    const disposition = file.headers.get('content-disposition') ?? '';
    assert.equal(disposition, `attachment; filename="invoicefdp.exe.pdf"; filename*=UTF-8''invoicefdp.exe.pdf`);

    const page = await fetch(`${server.url}/batch/${batch.batch_id}/documents/${invoice.job_id}`, { headers: bearer(client) });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.ok(html.includes('invoicefdp.exe'));
    assert.doesNotMatch(html, /\u202E|&#x202e;|&#8238;/i);

    const exported = await fetch(`${server.url}/api/batches/${batch.batch_id}/export?include=originals`, { headers: bearer(client) });
    assert.equal(exported.status, 200);
    const zip = await JSZip.loadAsync(await exported.arrayBuffer());
    const entries = Object.keys(zip.files);
    assert.ok(entries.includes('originals/invoicefdp.exe.pdf'), entries.join(', '));
    assert.ok(entries.includes('originals/escape.pdf'), entries.join(', '));
    for (const entry of entries) {
      assert.doesNotMatch(entry, /[\u202E\u200B\uFF0E\uFF0F\uFF3C]/, entry);
      assert.ok(!entry.startsWith('/') && !entry.split('/').includes('..'), entry);
    }
  });

  test('a polyglot (something else in front of %PDF-) is refused at upload with the reason', async () => {
    const pdf = await readFile(path.join(generatedDir, 'invoice-1.pdf'));
    const polyglot = Buffer.concat([Buffer.from('<html><script>alert(document.domain)</script><!--\n'), pdf]);
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(polyglot)], { type: 'application/pdf' }), 'polyglot.pdf');
    form.append('files', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'fine.pdf');
    const response = await fetch(`${server.url}/api/batches`, { method: 'POST', body: form, headers: bearer('203.0.113.41') });
    assert.equal(response.status, 201);
    const created = (await response.json()) as CreateBatchResponse;
    assert.equal(created.rejected.length, 1, JSON.stringify(created));
    assert.equal(created.rejected[0].filename, 'polyglot.pdf');
    assert.match(created.rejected[0].error, /^This PDF has \d+ bytes of something else before its start \(%PDF-\);.*Remove the bytes before %PDF-/);
  });

  test('a PDF behind the MacBinary header of a classic Mac OS file is no polyglot: taken and read', async () => {
    const pdf = await readFile(path.join(generatedDir, 'invoice-1.pdf'));
    const header = Buffer.alloc(128);
    header[1] = 'invoice-1.pdf'.length;
    header.write('invoice-1.pdf', 2, 'latin1');
    header.write('PDF CARO', 65, 'latin1');
    header.writeUInt32BE(pdf.length, 83);
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(Buffer.concat([header, pdf]))], { type: 'application/pdf' }), 'from-a-mac.pdf');
    const response = await fetch(`${server.url}/api/batches`, { method: 'POST', body: form, headers: bearer('203.0.113.42') });
    assert.equal(response.status, 201);
    const created = (await response.json()) as CreateBatchResponse;
    assert.deepEqual(created.rejected, []);
    let batch: BatchDetail;
    for (const deadline = Date.now() + 60_000; ; ) {
      batch = (await (await fetch(`${server.url}/api/batches/${created.batch_id}`, { headers: bearer('203.0.113.42') })).json()) as BatchDetail;
      if (['completed', 'completed_with_errors', 'failed'].includes(batch.status) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(batch.jobs[0].status, 'completed', JSON.stringify(batch.jobs[0]));
    assert.equal(batch.jobs[0].pages, 1);
  });

  test('a refused request is answered without reading its body: the connection is closed', async () => {
    // 200 MB announced, 64 KB sent, no token.
    const answer = await within(
      5000,
      rawPost(`${server.url}/api/batches`, Buffer.alloc(64 * 1024, 0x41), { contentType: 'multipart/form-data; boundary=x', declaredLength: 200 * 1024 * 1024, headers: from('203.0.113.50') }),
      'a denied upload',
    );
    assert.equal(answer.status, 401);
    assert.equal(answer.headers.connection, 'close');
    // At the socket: the server answers and closes by itself while the body is still owed.
    const raw = await rawExchange(server.url, `POST /api/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 209715200\r\nContent-Type: application/pdf\r\n\r\n${'A'.repeat(1000)}`);
    assert.match(raw.text, /^HTTP\/1\.1 401 /);
    assert.ok(raw.closed, 'the server closed the connection');
  });

  test('TRACE is refused (405), a raw non-ASCII or badly encoded URL is no 500, and /metrics answers a scraper 401 JSON', async () => {
    const trace = await new Promise<http.IncomingMessage>((resolve, reject) => http.request(`${server.url}/api/batches`, { method: 'TRACE', headers: bearer('203.0.113.51') }, resolve).on('error', reject).end());
    assert.equal(trace.statusCode, 405);
    assert.equal(trace.headers['content-type'], 'application/json');
    trace.resume();

    // Raw UTF-8 in the request line (Node's parser refuses it: 400), encoded, and encoded wrongly
    // (a lone %E2 in a route parameter made Next's decoding throw: now 400 bad_path), signed in.
    for (const target of ['/sign-in?next=/\u00e2\u0082\u00ac', '/sign-in?next=/%E2%82%AC', '/sign-in?next=/%E2', '/batch?x=\u00ff', '/api/batches/%E2', '/api/jobs/%E2%82/file', '/batch/%FF/documents/x']) {
      const raw = await rawExchange(server.url, Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\nX-Forwarded-For: 203.0.113.51\r\nConnection: close\r\n\r\n`, 'latin1'));
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw.text)?.[1]);
      assert.ok(status > 0 && status < 500, `${target}: ${raw.text.slice(0, 200)}`);
      if (target.includes('%E2') && !target.includes('?')) assert.match(raw.text, /"code":"bad_path"/, target);
    }

    const metrics = await fetch(`${server.url}/metrics`, { headers: from('203.0.113.51'), redirect: 'manual' });
    assert.equal(metrics.status, 401);
    assert.match(metrics.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(((await metrics.json()) as ErrorBody).error.code, 'unauthorized');
    const scraped = await fetch(`${server.url}/metrics`, { headers: bearer('203.0.113.51') });
    assert.equal(scraped.status, 200);
    assert.match(await scraped.text(), /^# HELP /m);
  });

  test('sign-out ends every session, a copied (stolen) cookie included; signing in again works', async () => {
    const client = '203.0.113.52';
    const signIn = async () => {
      const r = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', body: JSON.stringify({ token: TOKEN }), headers: from(client, { 'content-type': JSON_TYPE }) });
      assert.equal(r.status, 200);
      return r.headers.getSetCookie()[0].split(';')[0];
    };
    const mine = await signIn();
    const stolen = await signIn();
    const status = async (cookie: string) => {
      const r = await fetch(`${server.url}/api/batches`, { headers: from(client, { cookie }) });
      await r.arrayBuffer();
      return r.status;
    };
    assert.equal(await status(stolen), 200);
    const out = await fetch(`${server.url}/api/auth/sign-out`, { method: 'POST', headers: from(client, { cookie: mine, origin: server.url, 'content-type': JSON_TYPE }) });
    assert.equal(out.status, 200);
    assert.equal(await status(mine), 401, 'the cookie signed out with');
    assert.equal(await status(stolen), 401, 'the copy made before sign-out');
    assert.equal(await status(await signIn()), 200, 'a new session');
  });
});

describe('connection limits and timeouts', () => {
  let server: TestServer;

  before(async () => {
    server = await startServer({ env: { HTTP_HEADERS_TIMEOUT_S: '2', HTTP_MAX_CONNECTIONS: '6', WORKER_CONCURRENCY: '0' } });
  });
  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('a client that never finishes its headers is dropped after HTTP_HEADERS_TIMEOUT_S', async () => {
    const started = Date.now();
    const raw = await rawExchange(server.url, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 10_000);
    assert.ok(raw.closed, 'closed by the server');
    assert.ok(Date.now() - started < 6000, `after ${Date.now() - started} ms`);
    assert.match(raw.text, /^(HTTP\/1\.1 408 |$)/);
  });

  test('past HTTP_MAX_CONNECTIONS open connections a new one is refused; the others go on', async () => {
    const { hostname, port } = new URL(server.url);
    const open = await Promise.all(
      Array.from({ length: 6 }, () => new Promise<net.Socket>((resolve, reject) => {
        const s = net.connect(Number(port), hostname, () => resolve(s));
        s.on('error', reject);
      })),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const extra = await rawExchange(server.url, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 3000).catch(() => ({ text: '', closed: true }));
    assert.ok(extra.closed && extra.text === '', `the 7th connection was served: ${extra.text.slice(0, 100)}`);
    for (const s of open) s.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = await fetch(`${server.url}/api/health`);
    assert.equal(health.status, 200);
    await health.arrayBuffer();
  });
});

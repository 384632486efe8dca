// Access control against the real server started with AUTH_TOKEN: 401 without a token on the API,
// the export, file downloads and the Socket.IO handshake; bearer tokens; the sign-in cookie and
// its origin check; the security headers; PDFs as attachments. Then a server without AUTH_TOKEN:
// open to this machine, but not to other sites' pages.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { io, type Socket } from 'socket.io-client';
import { ApiError } from '../../lib/client/api-error';
import { PdfBatchClient } from '../../lib/client/pdf-batch-client';
import type { SubscribeAck } from '../../lib/events';
import type { BatchDetail, CreateBatchResponse } from '../../lib/schemas/batch';
import { runCli } from '../support/cli';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

const TOKEN = 'test-token-0123456789abcdef';
const OTHER_TOKEN = 'second-token-fedcba9876543210';
const invoice = path.join(generatedDir, 'invoice-1.pdf');

async function pdfForm(field = 'files'): Promise<FormData> {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(await readFile(invoice))], { type: 'application/pdf' }), 'invoice-1.pdf');
  return form;
}

type Body = { error?: { code: string; message: string } } & Record<string, unknown>;
const body = async (r: Response) => (await r.json()) as Body;

/** Socket.IO as the CLI connects: resolves on connect, rejects with the connect_error. */
function connectSocket(url: string, options: { headers?: Record<string, string>; transports?: ('websocket' | 'polling')[] } = {}): Promise<Socket> {
  const socket = io(url, { transports: options.transports ?? ['polling', 'websocket'], extraHeaders: options.headers, reconnection: false, timeout: 20_000 });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.disconnect();
      reject(err);
    });
  });
}

describe('with AUTH_TOKEN', () => {
  let server: TestServer;
  let batch: BatchDetail;
  const bearer = { authorization: `Bearer ${TOKEN}` };
  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${server.url}${pathname}`, { headers, redirect: 'manual' });

  before(async () => {
    await generatedCorpus();
    server = await startServer({ env: { AUTH_TOKEN: `${TOKEN}, ${OTHER_TOKEN}` } });
    const created = await fetch(`${server.url}/api/batches`, { method: 'POST', body: await pdfForm(), headers: bearer });
    assert.equal(created.status, 201);
    const { batch_id } = (await created.json()) as CreateBatchResponse;
    const client = new PdfBatchClient({ baseUrl: server.url, token: TOKEN });
    for (;;) {
      batch = await client.getBatch(batch_id);
      if (batch.status === 'completed') break;
      assert.ok(['queued', 'processing'].includes(batch.status), batch.status);
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('says at start that authentication is on', () => {
    assert.match(server.output(), /Authentication is on \(AUTH_TOKEN, 2 tokens\)/);
    assert.ok(!server.output().includes(TOKEN), 'the token is never printed');
  });

  test('without a token: 401 JSON with WWW-Authenticate on the API, the export and file downloads', async () => {
    const job = batch.jobs[0].job_id;
    for (const pathname of ['/api/batches', `/api/batches/${batch.batch_id}`, `/api/batches/${batch.batch_id}/export`, `/api/jobs/${job}/file`, `/api/jobs/${job}/file?inline=1`, `/api/jobs/${job}/result`, '/api/queue', '/api/openapi.json']) {
      const r = await get(pathname);
      assert.equal(r.status, 401, pathname);
      assert.equal(r.headers.get('www-authenticate'), 'Bearer realm="pdf-batch"', pathname);
      assert.match(r.headers.get('content-type') ?? '', /application\/json/);
      const b = await body(r);
      assert.equal(b.error?.code, 'unauthorized', pathname);
      assert.match(b.error?.message ?? '', /Authorization: Bearer/);
    }
    const post = await fetch(`${server.url}/api/batches`, { method: 'POST', body: await pdfForm() });
    assert.equal(post.status, 401);
    assert.equal((await get('/api/batches', { authorization: 'Bearer not-the-token' })).headers.get('www-authenticate'), 'Bearer realm="pdf-batch", error="invalid_token"');
    assert.equal((await get('/api/batches', { authorization: 'Basic dXNlcjpwYXNz' })).status, 401);
  });

  test('with either token: the API, the export and the file answer', async () => {
    const job = batch.jobs[0].job_id;
    for (const token of [TOKEN, OTHER_TOKEN]) {
      const headers = { authorization: `Bearer ${token}` };
      assert.equal((await get('/api/batches', headers)).status, 200);
      const zip = await get(`/api/batches/${batch.batch_id}/export`, headers);
      assert.equal(zip.status, 200);
      assert.equal(zip.headers.get('content-type'), 'application/zip');
      assert.ok((await zip.arrayBuffer()).byteLength > 100);
      const file = await get(`/api/jobs/${job}/file`, headers);
      assert.equal(file.status, 200);
      assert.equal(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
    }
  });

  test('PDFs are attachments unless asked for inline, always with nosniff and a sandbox CSP', async () => {
    const job = batch.jobs[0].job_id;
    const download = await get(`/api/jobs/${job}/file`, bearer);
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment; filename="invoice-1\.pdf"/);
    const inline = await get(`/api/jobs/${job}/file?inline=1`, bearer);
    assert.match(inline.headers.get('content-disposition') ?? '', /^inline; filename="invoice-1\.pdf"/);
    for (const r of [download, inline]) {
      assert.equal(r.headers.get('content-type'), 'application/pdf');
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'.*frame-ancestors 'none'.*sandbox/);
      await r.arrayBuffer();
    }
    const result = await get(`/api/jobs/${job}/result`, bearer);
    assert.match(result.headers.get('content-disposition') ?? '', /^attachment;/);
    await result.arrayBuffer();
  });

  test('pages send the browser to /sign-in; /docs and the OpenAPI document need signing in too', async () => {
    for (const pathname of ['/batch', '/docs', `/batch/${batch.batch_id}/documents/${batch.jobs[0].job_id}`, '/']) {
      const r = await get(pathname);
      assert.equal(r.status, 303, pathname);
      assert.equal(r.headers.get('location'), `/sign-in?next=${encodeURIComponent(pathname)}`);
    }
    const signIn = await get('/sign-in?next=%2Fdocs');
    assert.equal(signIn.status, 200);
    const html = await signIn.text();
    assert.match(html, /Access token/);
    assert.match(html, /name="next" value="\/docs"/);
    assert.equal((await get('/docs', bearer)).status, 200);
    assert.equal((await get('/api/openapi.json', bearer)).status, 200);
  });

  test('health is open but says only its status without a token', async () => {
    const open = await get('/api/health');
    assert.equal(open.status, 200);
    assert.deepEqual(await open.json(), { status: 'ok' });
    const full = await body(await get('/api/health', bearer));
    assert.equal(full.status, 'ok');
    assert.ok(full.database && full.queue && full.workers && full.version);
  });

  test('sign-in: a wrong token goes back with the error, a right one sets an HttpOnly SameSite cookie that is not the token', async () => {
    const form = (token: string) => new URLSearchParams({ token, next: '/batch?batch=x' });
    const html = { accept: 'text/html', origin: server.url };
    const wrong = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', body: form('nope'), headers: html, redirect: 'manual' });
    assert.equal(wrong.status, 303);
    assert.equal(wrong.headers.get('location'), '/sign-in?error=invalid_token&next=%2Fbatch%3Fbatch%3Dx');
    assert.deepEqual(wrong.headers.getSetCookie(), []);
    const page = await (await get('/sign-in?error=invalid_token')).text();
    assert.match(page, /That token is not right/);

    const right = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', body: form(OTHER_TOKEN), headers: html, redirect: 'manual' });
    assert.equal(right.status, 303);
    assert.equal(right.headers.get('location'), '/batch?batch=x');
    const [cookie] = right.headers.getSetCookie();
    assert.match(cookie, /^pdf_batch_session=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    assert.ok(!cookie.includes(OTHER_TOKEN) && !cookie.includes(encodeURIComponent(OTHER_TOKEN)));

    const evil = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', body: form(TOKEN), headers: { accept: 'text/html', origin: 'https://evil.example' }, redirect: 'manual' });
    assert.equal(evil.status, 403);

    // Without TRUST_PROXY a client's own X-Forwarded-Proto is not believed (security.test.ts: with it, it is).
    const https = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', body: JSON.stringify({ token: TOKEN }), headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' } });
    assert.equal(https.status, 200);
    assert.doesNotMatch(https.headers.getSetCookie()[0], /Secure/);
    const signedIn = await body(https);
    assert.equal(signedIn.signed_in, true);
    const jsonWrong = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', body: JSON.stringify({ token: 'nope' }), headers: { 'content-type': 'application/json' } });
    assert.equal(jsonWrong.status, 401);
    assert.equal((await body(jsonWrong)).error?.code, 'unauthorized');
  });

  test('the cookie opens pages and the API; its POSTs need this site as Origin; sign-out ends it', async () => {
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', body: new URLSearchParams({ token: TOKEN }), headers: { accept: 'text/html', origin: server.url }, redirect: 'manual' });
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    const withCookie = { cookie };

    const page = await get('/batch', withCookie);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Sign out/);
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1];
    assert.ok(nonce, 'the page CSP has a nonce');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(scripts.length > 0);
    for (const tag of scripts) assert.ok(tag.includes(`nonce="${nonce}"`), `script without the nonce: ${tag}`);
    assert.equal((await get('/api/batches', withCookie)).status, 200);

    const foreign = await fetch(`${server.url}/api/batches`, { method: 'POST', body: await pdfForm(), headers: { ...withCookie, origin: 'https://evil.example' } });
    assert.equal(foreign.status, 403);
    const denied = await body(foreign);
    assert.equal(denied.error?.code, 'cross_origin');
    assert.match(denied.error?.message ?? '', /evil\.example/);
    // Nor does naming the foreign site as X-Forwarded-Host make it this site, without TRUST_PROXY.
    const forwarded = await fetch(`${server.url}/api/queue/resume`, { method: 'POST', headers: { ...withCookie, origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' } });
    assert.equal(forwarded.status, 403);
    assert.equal((await body(forwarded)).error?.code, 'cross_origin');
    const noOrigin = await fetch(`${server.url}/api/batches/${batch.batch_id}`, { method: 'DELETE', headers: withCookie });
    assert.equal(noOrigin.status, 403);
    assert.equal((await body(noOrigin)).error?.code, 'cross_origin');
    assert.equal((await get(`/api/batches/${batch.batch_id}`, bearer)).status, 200, 'nothing was deleted');

    const same = await fetch(`${server.url}/api/batches`, { method: 'POST', body: await pdfForm(), headers: { ...withCookie, origin: server.url } });
    assert.equal(same.status, 201);
    const sameReferer = await fetch(`${server.url}/api/queue/resume`, { method: 'POST', headers: { ...withCookie, referer: `${server.url}/batch` } });
    assert.equal(sameReferer.status, 200);
    const scripted = await fetch(`${server.url}/api/queue/resume`, { method: 'POST', headers: { ...bearer, origin: 'https://elsewhere.example' } });
    assert.equal(scripted.status, 200, 'bearer requests are not checked for origin');

    // Live updates opened with the session (two tabs) end with it; a script's token socket does not.
    const tabs = await Promise.all([0, 1].map(() => connectSocket(server.url, { headers: withCookie, transports: ['websocket'] })));
    const script = await connectSocket(server.url, { headers: bearer, transports: ['websocket'] });
    const closed = tabs.map(
      (tab) =>
        new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('the session socket is still open 10 s after sign-out')), 10_000);
          tab.once('disconnect', (reason) => {
            clearTimeout(timer);
            resolve(reason);
          });
        }),
    );

    const out = await fetch(`${server.url}/api/auth/sign-out`, { method: 'POST', headers: { ...withCookie, accept: 'text/html', origin: server.url }, redirect: 'manual' });
    assert.equal(out.status, 303);
    assert.equal(out.headers.get('location'), '/sign-in?signed_out=1');
    assert.match(out.headers.getSetCookie()[0], /^pdf_batch_session=; Path=\/; Max-Age=0/);
    assert.deepEqual(await Promise.all(closed), ['io server disconnect', 'io server disconnect']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(script.connected, true, 'the token socket stays');
    script.disconnect();
  });

  test('security headers on pages, API answers, redirects and refusals', async () => {
    const responses = [await get('/sign-in'), await get('/api/batches', bearer), await get('/api/batches'), await get('/batch'), await get('/api/health')];
    for (const r of responses) {
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /frame-ancestors 'none'/, r.url);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(r.headers.get('x-frame-options'), 'DENY');
      assert.equal(r.headers.get('referrer-policy'), 'same-origin');
      await r.arrayBuffer();
    }
    const pageCsp = responses[0].headers.get('content-security-policy') ?? '';
    assert.match(pageCsp, /script-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
    assert.doesNotMatch(pageCsp, /script-src[^;]*unsafe-inline/);
    assert.match(pageCsp, /object-src 'none'/);
  });

  test('Socket.IO: the handshake needs the token or the cookie', async () => {
    const polling = await get('/socket.io/?EIO=4&transport=polling');
    assert.equal(polling.status, 401);
    assert.equal((await body(polling)).error?.code, 'unauthorized');
    await assert.rejects(connectSocket(server.url), 'polling handshake without a token');
    await assert.rejects(connectSocket(server.url, { transports: ['websocket'] }), 'websocket handshake without a token');
    await assert.rejects(connectSocket(server.url, { transports: ['websocket'], headers: { authorization: 'Bearer wrong' } }));

    for (const transports of [['polling', 'websocket'], ['websocket']] as const) {
      const socket = await connectSocket(server.url, { transports: [...transports], headers: bearer });
      const ack = await new Promise<SubscribeAck>((resolve) => socket.emit('batch:subscribe', batch.batch_id, resolve));
      assert.ok(ack.ok && ack.batch.batch_id === batch.batch_id);
      socket.disconnect();
    }
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', body: new URLSearchParams({ token: TOKEN }), headers: { origin: server.url } });
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    const byCookie = await connectSocket(server.url, { transports: ['websocket'], headers: { cookie, origin: server.url } });
    byCookie.disconnect();
    await assert.rejects(connectSocket(server.url, { transports: ['websocket'], headers: { cookie, origin: 'https://evil.example' } }), 'another site cannot open the socket');
  });

  test('the typed client and the CLI send the token', async () => {
    const client = new PdfBatchClient({ baseUrl: server.url, token: TOKEN });
    assert.ok((await client.listBatches()).total >= 1);
    await assert.rejects(new PdfBatchClient({ baseUrl: server.url }).listBatches(), (err: unknown) => err instanceof ApiError && err.code === 'unauthorized' && err.status === 401);

    const env = { PDF_BATCH_SERVER: server.url };
    const denied = await runCli(['list', '--json'], { env });
    assert.equal(denied.code, 3, denied.stderr);
    assert.match(denied.stderr, /Authorization: Bearer|sign in/);
    const listed = await runCli(['list', '--json'], { env: { ...env, PDF_BATCH_TOKEN: TOKEN } });
    assert.equal(listed.code, 0, listed.stderr);
    assert.ok(listed.stdout.includes(batch.batch_id));
    const submitted = await runCli(['submit', invoice, '--wait', '--json', '--token', OTHER_TOKEN], { env });
    assert.equal(submitted.code, 0, submitted.stderr);
    assert.match(submitted.stdout, /"status": "completed"/);
  });

  // Last of this server's tests: it uses up this address's sign-in attempts.
  test('guessing at the sign-in: past ten attempts a minute from one address, 429 with Retry-After (the form is told in words)', async () => {
    const attempt = (headers: Record<string, string>, body: string | URLSearchParams) =>
      fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', body, headers, redirect: 'manual' });
    let refused: Response | null = null;
    for (let i = 0; i < 12 && !refused; i++) {
      const r = await attempt({ 'content-type': 'application/json' }, JSON.stringify({ token: `guess-${i}` }));
      if (r.status === 429) refused = r;
      else assert.equal(r.status, 401);
    }
    assert.ok(refused, 'the attempts are refused before the twelfth');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'rate_limited');
    assert.match(body.error.message, /Too many sign-in attempts/);
    // Even the right token waits now; the form goes back to the page, which says why.
    const form = await attempt({ accept: 'text/html' }, new URLSearchParams({ token: TOKEN, next: '/batch' }));
    assert.equal(form.status, 303);
    assert.match(form.headers.get('location') ?? '', /^\/sign-in\?error=too_many_attempts/);
    const page = await (await fetch(`${server.url}${form.headers.get('location')}`)).text();
    assert.match(page, /Too many attempts from your address/);
  });
});

describe('without AUTH_TOKEN', () => {
  let server: TestServer;

  before(async () => {
    await generatedCorpus();
    server = await startServer();
  });

  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('says it listens on this machine only', () => {
    assert.match(server.output(), /Authentication is off \(no AUTH_TOKEN\): listening on 127\.0\.0\.1 only/);
  });

  test('open to scripts, closed to other sites: a foreign Origin cannot upload, delete or open the socket', async () => {
    assert.equal((await fetch(`${server.url}/api/batches`)).status, 200);
    const created = await fetch(`${server.url}/api/batches`, { method: 'POST', body: await pdfForm() });
    assert.equal(created.status, 201, 'no Origin (curl, the CLI): allowed');
    const { batch_id } = (await created.json()) as CreateBatchResponse;

    const upload = await fetch(`${server.url}/api/batches`, { method: 'POST', body: await pdfForm(), headers: { origin: 'http://evil.example' } });
    assert.equal(upload.status, 403);
    assert.equal((await body(upload)).error?.code, 'cross_origin');
    const del = await fetch(`${server.url}/api/batches/${batch_id}`, { method: 'DELETE', headers: { origin: 'null' } });
    assert.equal(del.status, 403);
    assert.equal((await fetch(`${server.url}/api/batches/${batch_id}`)).status, 200, 'still there');
    await assert.rejects(connectSocket(server.url, { transports: ['websocket'], headers: { origin: 'http://evil.example' } }));

    const same = await fetch(`${server.url}/api/batches/${batch_id}`, { method: 'PATCH', body: JSON.stringify({ name: 'Renamed' }), headers: { 'content-type': 'application/json', origin: server.url } });
    assert.equal(same.status, 200);
    const socket = await connectSocket(server.url, { transports: ['websocket'], headers: { origin: server.url } });
    socket.disconnect();

    const health = (await (await fetch(`${server.url}/api/health`)).json()) as Body;
    assert.ok(health.database, 'health in full: nothing to hide from this machine');
    const page = await fetch(`${server.url}/batch`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /'nonce-/);
    assert.doesNotMatch(await page.text(), /Sign out/);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeSession } from '../auth/session';
import { decideAccess, type AccessDecision } from './access';
import { requestSource } from './same-origin';

const TOKENS = ['token-abcdefghijkl'];
const HOST = '127.0.0.1:3000';
const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers: { host: HOST, ...headers } });
const kind = (d: AccessDecision) => (d.kind === 'deny' ? `${d.denial.status} ${d.denial.code}` : d.kind === 'allow' ? `allow ${d.auth}` : `sign-in ${d.location}`);

test('same origin: Origin or Referer against Host (default ports filled in), X-Forwarded-Host behind a proxy', () => {
  assert.equal(requestSource({ host: HOST }).kind, 'none');
  assert.equal(requestSource({ host: HOST, origin: 'http://127.0.0.1:3000' }).kind, 'same');
  assert.equal(requestSource({ host: HOST, origin: 'http://127.0.0.1:3001' }).kind, 'foreign');
  assert.equal(requestSource({ host: HOST, origin: 'null' }).kind, 'foreign');
  assert.equal(requestSource({ host: 'pdf.example.com', origin: 'https://pdf.example.com' }).kind, 'same');
  assert.equal(requestSource({ host: 'pdf.example.com:443', origin: 'https://pdf.example.com' }).kind, 'same');
  assert.equal(requestSource({ host: HOST, referer: 'http://127.0.0.1:3000/batch?x=1' }).kind, 'same');
  assert.equal(requestSource({ host: HOST, referer: 'https://evil.example/page' }).kind, 'foreign');
  assert.equal(requestSource({ host: '127.0.0.1:3000', forwardedHost: 'pdf.example.com', origin: 'https://pdf.example.com' }).kind, 'same');
});

test('without AUTH_TOKEN: everything is open, but other sites cannot POST or open the socket', () => {
  assert.equal(kind(decideAccess(req('GET', '/api/batches'), [])), 'allow off');
  assert.equal(kind(decideAccess(req('POST', '/api/batches'), [])), 'allow off', 'curl sends no Origin');
  assert.equal(kind(decideAccess(req('POST', '/api/batches', { origin: 'http://127.0.0.1:3000' }), [])), 'allow off');
  assert.equal(kind(decideAccess(req('DELETE', '/api/batches/x', { origin: 'https://evil.example' }), [])), '403 cross_origin');
  assert.equal(kind(decideAccess(req('GET', '/socket.io/?EIO=4&transport=websocket', { origin: 'https://evil.example' }), [], { upgrade: true })), '403 cross_origin');
  assert.equal(kind(decideAccess(req('GET', '/api/batches', { origin: 'https://evil.example' }), [])), 'allow off', 'reads are left to CORS');
});

test('with AUTH_TOKEN: bearer, cookie, sign-in redirect for pages, 401 for the API', () => {
  const bearer = { authorization: `Bearer ${TOKENS[0]}` };
  const cookie = { cookie: `pdf_batch_session=${makeSession(TOKENS[0])}` };
  assert.equal(kind(decideAccess(req('GET', '/api/batches'), TOKENS)), '401 unauthorized');
  assert.equal(kind(decideAccess(req('GET', '/api/batches', { authorization: 'Bearer wrong' }), TOKENS)), '401 unauthorized');
  assert.equal(kind(decideAccess(req('GET', '/api/batches', bearer), TOKENS)), 'allow bearer');
  assert.equal(kind(decideAccess(req('POST', '/api/batches', { ...bearer, origin: 'https://evil.example' }), TOKENS)), 'allow bearer', 'scripts are not checked for origin');
  assert.equal(kind(decideAccess(req('GET', '/api/batches', cookie), TOKENS)), 'allow cookie');
  assert.equal(kind(decideAccess(req('POST', '/api/batches', { ...cookie, origin: 'http://127.0.0.1:3000' }), TOKENS)), 'allow cookie');
  assert.equal(kind(decideAccess(req('POST', '/api/batches', { ...cookie, origin: 'https://evil.example' }), TOKENS)), '403 cross_origin');
  assert.equal(kind(decideAccess(req('POST', '/api/batches', cookie), TOKENS)), '403 cross_origin', 'a cookie POST must say where it comes from');
  assert.equal(kind(decideAccess(req('GET', '/api/batches', { cookie: 'pdf_batch_session=1.abc' }), TOKENS)), '401 unauthorized');
  assert.equal(kind(decideAccess(req('GET', '/batch/x?y=1'), TOKENS)), 'sign-in /sign-in?next=%2Fbatch%2Fx%3Fy%3D1');
  assert.equal(kind(decideAccess(req('GET', '/docs'), TOKENS)), 'sign-in /sign-in?next=%2Fdocs');
  assert.equal(kind(decideAccess(req('GET', '/socket.io/?EIO=4&transport=polling'), TOKENS)), '401 unauthorized');
  for (const open of ['/sign-in?next=/batch', '/api/health', '/_next/static/chunks/a.js', '/icon.svg']) assert.equal(kind(decideAccess(req('GET', open), TOKENS)), 'allow none', open);
  assert.equal(kind(decideAccess(req('POST', '/api/auth/sign-in', { origin: 'http://127.0.0.1:3000' }), TOKENS)), 'allow none');
  assert.equal(kind(decideAccess(req('POST', '/api/auth/sign-in', { origin: 'https://evil.example' }), TOKENS)), '403 cross_origin');
});

test('a path that means something else once resolved is refused before any rule reads it', () => {
  for (const url of ['/_next/static/../../api/batches', '/_next/static/%2e%2e/%2e%2e/api/batches', '/_next/static/..%2f..%2fapi/batches', '/api/./batches', '/_next/static\\..\\api', '/api/batches/%E2', '/batch/%FF']) {
    assert.equal(kind(decideAccess(req('GET', url), TOKENS)), '400 bad_path', url);
    assert.equal(kind(decideAccess(req('POST', url), [])), '400 bad_path', url);
  }
  assert.equal(kind(decideAccess(req('GET', '/_next/static/chunks/app.js?v=1'), TOKENS)), 'allow none');
  assert.equal(kind(decideAccess(req('GET', '/sign-in?next=%E2'), TOKENS)), 'allow none', 'a query string is not a path');
});

test('without AUTH_TOKEN only an address or localhost is accepted as Host (no DNS rebinding)', () => {
  const rebound = { host: 'evil.example:3000', origin: 'http://evil.example:3000' };
  assert.equal(kind(decideAccess(req('POST', '/api/queue/pause', rebound), [])), '403 host_not_allowed');
  assert.equal(kind(decideAccess(req('GET', '/api/batches', { host: 'evil.example:3000' }), [])), '403 host_not_allowed');
  for (const host of ['127.0.0.1:3000', 'localhost:3000', '192.168.1.20:3000', '[::1]:3000', 'app.localhost']) {
    assert.equal(kind(decideAccess(req('GET', '/api/batches', { host }), [])), 'allow off', host);
  }
  assert.equal(kind(decideAccess(req('GET', '/api/batches', { host: 'pdf.example.com', authorization: `Bearer ${TOKENS[0]}` }), TOKENS)), 'allow bearer', 'with a token, any host name');
});

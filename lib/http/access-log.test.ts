import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import { accessLevel, logAccess } from './access-log';

test('API calls at info; pages, static assets and probes at debug', () => {
  assert.equal(accessLevel('/api/batches'), 'info');
  assert.equal(accessLevel('/api/jobs/abc/result'), 'info');
  assert.equal(accessLevel('/api/health'), 'debug');
  assert.equal(accessLevel('/metrics'), 'debug');
  assert.equal(accessLevel('/batch'), 'debug');
  assert.equal(accessLevel('/_next/static/chunks/app.js'), 'debug');
  assert.equal(accessLevel('/apiary'), 'debug');
});

test('one line per request, after the answer: method, path without the query, status, ms', async () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const server = createServer((req, res) => {
    logAccess(req, res, logger);
    res.statusCode = req.url?.startsWith('/api/missing') ? 404 : 200;
    res.end('ok');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await (await fetch(`${base}/api/missing?token=secret`)).text();
    await (await fetch(`${base}/_next/static/app.js`)).text();
    await (await fetch(`${base}/api/batches`, { method: 'POST' })).text();
    for (let i = 0; i < 50 && lines.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    server.close();
  }
  assert.equal(lines.length, 2, 'the static asset is not logged at info');
  assert.deepEqual([lines[0].method, lines[0].path, lines[0].status, lines[0].msg], ['GET', '/api/missing', 404, 'request']);
  assert.deepEqual([lines[1].method, lines[1].path, lines[1].status], ['POST', '/api/batches', 200]);
  assert.equal(typeof lines[0].ms, 'number');
  assert.ok(!JSON.stringify(lines).includes('secret'), 'the query string is not logged');
});

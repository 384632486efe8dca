import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessNotice, isLoopback } from './access-notice';

test('loopback addresses are this machine only', () => {
  for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) assert.ok(isLoopback(host), host);
  for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com', '128.0.0.1']) assert.ok(!isLoopback(host), host);
});

test('without a token: info on loopback, a loud warning elsewhere; with a token: info', () => {
  const local = accessNotice('127.0.0.1', 0);
  assert.equal(local.level, 'info');
  assert.match(local.lines.join(' '), /Authentication is off .* 127\.0\.0\.1 only/);
  const open = accessNotice('0.0.0.0', 0);
  assert.equal(open.level, 'warn');
  assert.match(open.lines.join('\n'), /WARNING: HOST=0\.0\.0\.0 without AUTH_TOKEN/);
  const on = accessNotice('0.0.0.0', 2);
  assert.equal(on.level, 'info');
  assert.match(on.lines[0], /Authentication is on \(AUTH_TOKEN, 2 tokens\)/);
});

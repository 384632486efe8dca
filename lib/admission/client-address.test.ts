import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientAddress, PEER_HEADER } from './client-address';

const request = (headers: Record<string, string>) => new Request('http://localhost/', { headers: { [PEER_HEADER]: '10.0.0.1', ...headers } });

test('without TRUST_PROXY the socket address is the client, whatever X-Forwarded-For says', () => {
  assert.equal(clientAddress(request({ 'x-forwarded-for': '1.2.3.4' }), 0), '10.0.0.1');
});

test('behind N trusted proxies the client is the Nth X-Forwarded-For address from the right', () => {
  // The client wrote "forged"; the first proxy appended 198.51.100.7, the second 192.0.2.1.
  const chain = request({ 'x-forwarded-for': 'forged, 198.51.100.7, 192.0.2.1' });
  assert.equal(clientAddress(chain, 1), '192.0.2.1');
  assert.equal(clientAddress(chain, 2), '198.51.100.7');
  assert.equal(clientAddress(request({ 'x-forwarded-for': ' 198.51.100.7 ,192.0.2.1 ' }), 2), '198.51.100.7');
  // Fewer addresses than proxies: the farthest one known; none: the socket's.
  assert.equal(clientAddress(request({ 'x-forwarded-for': '192.0.2.1' }), 3), '192.0.2.1');
  assert.equal(clientAddress(request({}), 1), '10.0.0.1');
});

// On Node 20 these test the polyfills; on Node >= 22 the built-ins they stand in for (same behaviour).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import './pdfjs-node20-polyfills.mjs';

// Not in the ES2023 lib the project compiles against.
type Resolvers<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void };
const withResolvers = <T>(): Resolvers<T> => (Promise as unknown as { withResolvers<U>(): Resolvers<U> }).withResolvers<T>();
const transfer = (buffer: ArrayBuffer, length?: number): ArrayBuffer =>
  (buffer as unknown as { transferToFixedLength(length?: number): ArrayBuffer }).transferToFixedLength(length);

test('Promise.withResolvers settles its promise from outside', async () => {
  const a = withResolvers<number>();
  a.resolve(7);
  assert.equal(await a.promise, 7);
  const b = withResolvers<number>();
  b.reject(new Error('no'));
  await assert.rejects(b.promise, /no/);
  assert.equal(Object.keys(Promise).includes('withResolvers'), false, 'not enumerable, like a built-in');
});

test('transferToFixedLength moves, shortens or lengthens the bytes and detaches the original', () => {
  const bytes = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)];
  const source = () => new Uint8Array([1, 2, 3, 4]).buffer;

  const same = source();
  assert.deepEqual(bytes(transfer(same)), [1, 2, 3, 4]);
  assert.equal(same.byteLength, 0);
  assert.throws(() => new Uint8Array(same), TypeError);

  const shorter = source();
  assert.deepEqual(bytes(transfer(shorter, 2)), [1, 2]);
  assert.equal(shorter.byteLength, 0);
  assert.deepEqual(bytes(transfer(source(), 6)), [1, 2, 3, 4, 0, 0]);

  const resizable = new (ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ArrayBuffer)(4, { maxByteLength: 8 });
  const fixed = transfer(resizable) as ArrayBuffer & { resizable: boolean };
  assert.equal(fixed.resizable, false);
  assert.equal(fixed.byteLength, 4);
});

test('transferToFixedLength refuses what the built-in refuses', () => {
  const detached = new ArrayBuffer(4);
  transfer(detached);
  assert.throws(() => transfer(detached), TypeError);
  assert.throws(() => transfer(new ArrayBuffer(4), -1), RangeError);
  const method = (ArrayBuffer.prototype as unknown as { transferToFixedLength: (this: unknown) => ArrayBuffer }).transferToFixedLength;
  assert.throws(() => method.call(new SharedArrayBuffer(4)), TypeError);
  assert.throws(() => method.call(new Uint8Array(4)), TypeError);
});

// pdf.js 6 targets Node >= 22.13: its legacy build still polyfills most newer built-ins (core-js),
// but not the two below, which Node 22 has and Node 20 lacks. Installed only when missing, before
// pdf.js loads (pdfjs.ts and preload-pdfjs.mjs import this first; thread-bundle.ts imports it ahead
// of the bundle). Delete this file and its imports once the project requires Node >= 22.
// Plain JavaScript: preload-pdfjs.mjs loads it before any TypeScript loader.

/** Defines `name` on `target` as the built-in would be (not enumerable), unless it exists. */
function install(target, name, value) {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

// Promise.withResolvers (ES2024; Node 22): used throughout pdf.js and its worker.
install(Promise, 'withResolvers', function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
});

// ArrayBuffer.prototype.transferToFixedLength (ES2024; Node 21): pdf.worker.mjs's compileFontInfo
// and compileSystemFontInfo hand a font's data over with it. Like the built-in, the result is a new
// fixed-length buffer holding the first `newLength` bytes (zeros past the old end) and `this` is
// detached; a detached buffer or a SharedArrayBuffer is a TypeError.
const byteLengthOf = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
install(ArrayBuffer.prototype, 'transferToFixedLength', function transferToFixedLength(newLength = undefined) {
  const oldLength = byteLengthOf.call(this); // a TypeError unless `this` is an ArrayBuffer
  const length = newLength === undefined ? oldLength : Math.trunc(Number(newLength)) || 0;
  if (length < 0 || length > Number.MAX_SAFE_INTEGER) throw new RangeError(`Invalid array buffer length: ${newLength}`);
  const bytes = new Uint8Array(this, 0, Math.min(length, oldLength)); // a TypeError if `this` is detached
  // Same length: move the memory, as the built-in does (structuredClone's transfer detaches `this`).
  if (length === oldLength && !this.resizable) return structuredClone(this, { transfer: [this] });
  const result = new ArrayBuffer(length);
  new Uint8Array(result).set(bytes);
  structuredClone(this, { transfer: [this] });
  return result;
});

// In a PDF thread: reports the memory the document holds outside the V8 heap (pdf.js's decoded
// streams are ArrayBuffers, which the thread's heap limit does not count) four times a second,
// so that the pool can end a document that inflates a "zip bomb" (thread-pool.ts decides).
export const REPORT_INTERVAL_MS = 250;

/** Starts reporting for one document; call the returned function when it ends. */
export function reportMemory(send: (bytes: number) => void): () => void {
  const tick = () => {
    const usage = process.memoryUsage();
    send(usage.arrayBuffers + usage.heapUsed);
  };
  tick();
  const timer = setInterval(tick, REPORT_INTERVAL_MS);
  return () => clearInterval(timer);
}

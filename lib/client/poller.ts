// Runs an async task now and then every `intervalMs` until stopped; one run at a time, and a
// run still in flight when stopped is told so through its AbortSignal.
export type Poller = { start: () => void; stop: () => void };

export function poller(task: (signal: AbortSignal) => Promise<void>, intervalMs: number): Poller {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let controller: AbortController | null = null;

  async function run() {
    controller = new AbortController();
    const { signal } = controller;
    try {
      await task(signal);
    } catch (error) {
      // Tasks handle the failures they expect; anything else is reported, and polling goes on.
      if (!signal.aborted) reportError(error);
    } finally {
      if (!signal.aborted) timer = setTimeout(run, intervalMs);
    }
  }

  return {
    start() {
      if (controller && !controller.signal.aborted) return;
      void run();
    },
    stop() {
      controller?.abort();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

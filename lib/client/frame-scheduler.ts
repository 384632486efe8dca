// Runs `flush` at most once per animation frame however often `schedule` is called: socket
// events are collected between frames and applied to React state in one go.
export type FrameScheduler = { schedule: () => void; cancel: () => void };

export function frameScheduler(flush: () => void): FrameScheduler {
  let handle: number | null = null;
  return {
    schedule() {
      if (handle !== null) return;
      handle = requestAnimationFrame(() => {
        handle = null;
        flush();
      });
    },
    cancel() {
      if (handle !== null) cancelAnimationFrame(handle);
      handle = null;
    },
  };
}

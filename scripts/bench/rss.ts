// Samples a process's resident memory from /proc (Linux) while a pass runs. Worker threads share
// their process's memory, so the process's figure covers them too.
import { readFileSync } from 'node:fs';

const KB_LINE = (field: string) => new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm');
const VM_RSS = KB_LINE('VmRSS');
const VM_HWM = KB_LINE('VmHWM');

/** A field of /proc/<pid>/status in MB, or null where it cannot be read (not Linux, process gone). */
function statusMb(pid: number, field: RegExp): number | null {
  try {
    const match = field.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export const rssMb = (pid: number) => statusMb(pid, VM_RSS);
/** The process's lifetime peak resident memory (VmHWM). */
export const peakRssMb = (pid: number) => statusMb(pid, VM_HWM);

export type RssSampler = { stop: () => number | null; /** seconds from the start to the highest sample */ peakAtS: () => number | null };

/** Polls VmRSS every `intervalMs`; `stop()` gives the highest value seen, in MB. */
export function sampleRss(pid: number, intervalMs = 100): RssSampler {
  const began = performance.now();
  let peak: number | null = null;
  let peakAt: number | null = null;
  const take = () => {
    const mb = rssMb(pid);
    if (mb !== null && (peak === null || mb > peak)) {
      peak = mb;
      peakAt = (performance.now() - began) / 1000;
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return peak;
    },
    peakAtS: () => peakAt,
  };
}

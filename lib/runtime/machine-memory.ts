// How much memory this process can have before the kernel ends it: the machine's physical memory,
// or less when a container's cgroup limits it (cgroup v2 memory.max, v1 memory.limit_in_bytes, and
// what Node itself reads, process.constrainedMemory()). The PDF threads' backstop is sized from it
// (lib/pipeline/thread-pool.ts), so that a zip bomb ends its own job, not the server.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export type MachineMemory = { physicalBytes: number; cgroupBytes: number | null };

const CGROUP_LIMIT_FILES = ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes'];
/** cgroup v1 says "no limit" with a number near 2^63; anything past this is no limit. */
const NO_LIMIT = 2 ** 60;

const asLimit = (n: number) => (Number.isFinite(n) && n > 0 && n < NO_LIMIT ? n : null);

/** The cgroup's memory limit in bytes, or null when there is none (or no cgroup file to read). */
export function cgroupLimitBytes(read: (file: string) => string = (file) => readFileSync(file, 'utf8')): number | null {
  for (const file of CGROUP_LIMIT_FILES) {
    let text: string;
    try {
      text = read(file).trim();
    } catch {
      continue;
    }
    return text === 'max' ? null : asLimit(Number(text));
  }
  return null;
}

export function machineMemory(): MachineMemory {
  const constrained = typeof process.constrainedMemory === 'function' ? asLimit(Number(process.constrainedMemory())) : null;
  const cgroup = cgroupLimitBytes();
  const limits = [constrained, cgroup].filter((n): n is number => n !== null);
  return { physicalBytes: os.totalmem(), cgroupBytes: limits.length ? Math.min(...limits) : null };
}

/** The memory the process can really use: the smaller of the machine's and the cgroup's. */
export const memoryBudgetBytes = (m: MachineMemory) => Math.min(m.physicalBytes, m.cgroupBytes ?? Number.POSITIVE_INFINITY);

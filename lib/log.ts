// Structured logs (JSON lines on stdout), level from LOG_LEVEL. Shared by server, workers and route
// handlers; every line carries this process's `worker_id`. Lines about a job or a batch come from
// the child loggers of log-context.ts, which add `batch_id` and `job_id`.
import pino from 'pino';
import { config, type LogLevel } from './config';
import { processShared } from './runtime/process-shared';

export type Logger = pino.Logger;

/** The fields on every line: the process id and the WORKER_ID that also marks the jobs it runs. */
export function baseBindings(workerId: string): { pid: number; worker_id: string } {
  return { pid: process.pid, worker_id: workerId };
}

function settings(): { level: LogLevel; workerId: string } {
  try {
    const cfg = config();
    return { level: cfg.logLevel, workerId: cfg.workerId };
  } catch {
    // An invalid configuration: the server reports it (through this logger) and stops at start.
    return { level: 'info', workerId: String(process.pid) };
  }
}

export const log = processShared('log', (): Logger => {
  const { level, workerId } = settings();
  return pino({ level, base: baseBindings(workerId), timestamp: pino.stdTimeFunctions.isoTime });
});

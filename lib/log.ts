// Structured logs (JSON lines on stdout), level from LOG_LEVEL. Shared by server, workers and route handlers.
import pino from 'pino';
import { processShared } from './runtime/process-shared';

export const log = processShared('log', () =>
  pino({
    level: process.env.LOG_LEVEL ?? 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  }),
);

// One line per HTTP request when its answer is done: method, path (no query string), status, ms.
// API calls are logged at info; pages, Next's static assets and the probes (/metrics,
// /api/health) at debug, so a normal log shows what clients asked of the API and little else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { log, type Logger } from '../log';

const PROBES = new Set(['/metrics', '/api/health']);

export function accessLevel(path: string): 'info' | 'debug' {
  return (path === '/api' || path.startsWith('/api/')) && !PROBES.has(path) ? 'info' : 'debug';
}

export function logAccess(req: IncomingMessage, res: ServerResponse, logger: Logger = log): void {
  const path = (req.url ?? '/').split('?')[0];
  const level = accessLevel(path);
  if (!logger.isLevelEnabled(level)) return;
  const started = process.hrtime.bigint();
  res.once('close', () => {
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
    const line = { method: req.method, path, status: res.statusCode, ms, ...(res.writableFinished ? {} : { aborted: true }) };
    logger[level](line, 'request');
  });
}

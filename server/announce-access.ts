// Says at start who can reach the server (lib/security/access-notice.ts): in the log, and on the
// console, where the warning for an open HOST without AUTH_TOKEN cannot be missed.
import type { Config } from '../lib/config';
import { log } from '../lib/log';
import { accessNotice } from '../lib/security/access-notice';

export function announceAccess(cfg: Config): void {
  const notice = accessNotice(cfg.host, cfg.authTokens.length);
  const text = notice.lines.join('\n');
  if (notice.level === 'warn') {
    log.warn({ host: cfg.host, auth: false }, 'listening beyond this machine without AUTH_TOKEN: anyone who can reach it has full access');
    console.error(text);
  } else {
    log.info({ host: cfg.host, auth: cfg.authTokens.length > 0 }, notice.lines[0]);
    console.log(text);
  }
}

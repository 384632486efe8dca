// The server side of sessions: a random "epoch" in DATA_DIR/session-epoch that every session cookie's
// MAC includes. Signing out writes a new one, which ends every session at once, a copied (stolen)
// cookie included, on every node sharing DATA_DIR and across restarts; changing AUTH_TOKEN ends them
// too (the MAC is keyed with the token). Read at most once a second per process; none yet: "".
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import { processShared } from '../runtime/process-shared';

const RECHECK_MS = 1000;

const state = () => processShared('session-epoch', () => ({ value: '', readAt: Number.NEGATIVE_INFINITY }));
const epochFile = () => path.join(config().dataDir, 'session-epoch');

/** The current epoch ("" before the first sign-out). */
export function sessionEpoch(now = Date.now()): string {
  const s = state();
  if (now - s.readAt < RECHECK_MS) return s.value;
  s.readAt = now;
  try {
    s.value = readFileSync(epochFile(), 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    s.value = '';
  }
  return s.value;
}

/** Ends every session: a new epoch, written whole (temporary file, then renamed over the old one). */
export function endAllSessions(): void {
  const file = epochFile();
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const value = randomBytes(16).toString('hex');
  writeFileSync(temporary, `${value}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  Object.assign(state(), { value, readAt: Date.now() });
}

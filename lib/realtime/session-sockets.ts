// Signing out ends the live updates of that session too: every socket opened with a session
// cookie joins a room named after it (a hash: the cookie itself stays out of the adapter's
// messages), and sign-out disconnects that room's sockets, on every node of a cluster (Socket.IO's
// adapter carries it). The browser no longer has the cookie, so they cannot come back.
import { createHash } from 'node:crypto';
import { processShared } from '../runtime/process-shared';

const closer = processShared('session-sockets', () => ({ close: (_room: string): void => {} }));

/** The room of the sockets opened with the session cookie `value`. */
export const sessionRoom = (value: string) => `session:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;

/** The Socket.IO server registers how a room's sockets are disconnected (route handlers cannot reach it otherwise). */
export function setSessionSocketCloser(close: (room: string) => void): void {
  closer.close = close;
}

/** Stands for every session cookie: its room holds every socket opened with one. */
export const ALL_SESSIONS = '*';

export function closeSessionSockets(value: string): void {
  closer.close(value === ALL_SESSIONS ? SESSIONS_ROOM : sessionRoom(value));
}

/** The room every socket opened with a session cookie joins too (sign-out ends every session). */
export const SESSIONS_ROOM = 'sessions';

'use client';
// The browser's one Socket.IO connection, typed with the shared event maps, and its status.
// Closed by the server, it connects again only while the session lasts.
// Created on first use (never during server rendering) and kept for the page's lifetime;
// hooks add and remove their own handlers on it.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/events';
import { fetchSignedIn } from './session-ended';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** `connecting` until the first answer; `offline` after a failed attempt or a lost connection. */
export type SocketStatus = 'connecting' | 'live' | 'offline';

let socket: ClientSocket | undefined;
let status: SocketStatus = 'connecting';
const statusListeners = new Set<() => void>();

function setStatus(next: SocketStatus) {
  if (next === status) return;
  status = next;
  for (const listener of statusListeners) listener();
}

export function getSocket(): ClientSocket {
  if (!socket) {
    socket = io({ transports: ['websocket', 'polling'] });
    socket.on('connect', () => setStatus('live'));
    socket.on('disconnect', (reason) => {
      setStatus('offline');
      // The server closed it (it does when this session signs out, in any tab): still signed in,
      // connect again; signed out, the check sends the page to sign in (session-ended.ts).
      if (reason === 'io server disconnect') void fetchSignedIn('/api/limits').then((r) => r.ok && socket?.connect(), () => undefined);
    });
    socket.on('connect_error', () => setStatus('offline'));
  }
  return socket;
}

export function subscribeSocketStatus(listener: () => void): () => void {
  getSocket();
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

export const socketStatus = (): SocketStatus => status;

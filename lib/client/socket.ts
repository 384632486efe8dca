'use client';
// The browser's one Socket.IO connection, typed with the shared event maps. Created on first
// use (never during server rendering) and kept for the page's lifetime; hooks add and remove
// their own handlers on it.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: ClientSocket | undefined;

export function getSocket(): ClientSocket {
  socket ??= io({ transports: ['websocket', 'polling'] });
  return socket;
}

'use client';
// Whether the shared socket is connected right now, as React state (false while server rendering).
import { useSyncExternalStore } from 'react';
import { getSocket } from './socket';

function subscribe(onChange: () => void): () => void {
  const socket = getSocket();
  socket.on('connect', onChange);
  socket.on('disconnect', onChange);
  return () => {
    socket.off('connect', onChange);
    socket.off('disconnect', onChange);
  };
}

const isConnected = () => getSocket().connected;
const onServer = () => false;

export function useSocketConnected(): boolean {
  return useSyncExternalStore(subscribe, isConnected, onServer);
}

'use client';
// The shared socket's status as React state ('connecting' while server rendering).
import { useSyncExternalStore } from 'react';
import { socketStatus, subscribeSocketStatus, type SocketStatus } from './socket';

const onServer = (): SocketStatus => 'connecting';

export function useSocketStatus(): SocketStatus {
  return useSyncExternalStore(subscribeSocketStatus, socketStatus, onServer);
}

// Sends one published event to its room through a Socket.IO server or a Socket.IO emitter (a
// worker process's way to reach the web nodes' clients); both have the same `to(room).emit` shape.
import { rooms, type OutboundEvent, type ServerToClientEvents } from '../events';

type Emit = <E extends keyof ServerToClientEvents>(name: E, ...args: Parameters<ServerToClientEvents[E]>) => unknown;
export type Broadcaster = { emit: Emit; to(room: string): { emit: Emit } };

export function broadcast(target: Broadcaster, event: OutboundEvent): void {
  const to = event.room === rooms.everyone ? target : target.to(event.room);
  // The union pairs each name with its payload type; emit's overloads cannot see that pairing.
  (to.emit as (name: OutboundEvent['name'], payload: OutboundEvent['payload']) => unknown)(event.name, event.payload);
}

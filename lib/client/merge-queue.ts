// What the Queue card shows when an overview arrives while it holds another: the counts read last
// (a snapshot and a push, or pushes from two processes, can cross on the way) and the pause state
// changed last (the answer to the user's own pause can arrive before a push read just earlier).
import type { QueueStatePayload } from '@/lib/events';
import type { QueueOverview } from '@/lib/schemas/queue';

export function mergeQueue(held: QueueOverview | null, incoming: QueueOverview): QueueOverview {
  if (!held) return incoming;
  const counts = incoming.read_at >= held.read_at ? incoming : held;
  return withState(counts, newerState(held, incoming));
}

export function withState(held: QueueOverview, state: QueueStatePayload): QueueOverview {
  const { paused, updated_at } = newerState(held, state);
  return { ...held, paused, updated_at };
}

function newerState(held: QueueStatePayload, incoming: QueueStatePayload): QueueStatePayload {
  return (incoming.updated_at ?? '') >= (held.updated_at ?? '') ? incoming : held;
}

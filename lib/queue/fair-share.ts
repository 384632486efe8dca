// Which batch gives the next job: the highest priority first; among equals, the batch with the
// fewest jobs running, then the one served longest ago (never served first), then the oldest.
// So batches of equal priority take turns, and a small batch is not starved behind a huge one.
// On Postgres, lib/queue/claim-job.ts makes the same choice in one SQL statement: change both together.
export type WaitingBatch = {
  id: string;
  priority: number;
  running: number;
  /** When a job of this batch was last claimed; null if never. */
  lastClaimedAt: Date | null;
  createdAt: Date;
};

const time = (d: Date | null) => d?.getTime() ?? -Infinity;

function compare(a: WaitingBatch, b: WaitingBatch): number {
  return (
    b.priority - a.priority ||
    a.running - b.running ||
    time(a.lastClaimedAt) - time(b.lastClaimedAt) ||
    a.createdAt.getTime() - b.createdAt.getTime()
  );
}

export function pickBatch(batches: WaitingBatch[]): WaitingBatch | null {
  let best: WaitingBatch | null = null;
  for (const b of batches) if (!best || compare(b, best) < 0) best = b;
  return best;
}

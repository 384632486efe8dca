// Which batch gives the next job: the highest priority first; among equals, the batch with the
// fewest jobs running (so a small batch is not starved behind a huge one), then the oldest.
export type WaitingBatch = { id: string; priority: number; running: number; createdAt: Date };

export function pickBatch(batches: WaitingBatch[]): WaitingBatch | null {
  let best: WaitingBatch | null = null;
  for (const b of batches) {
    if (
      !best ||
      b.priority > best.priority ||
      (b.priority === best.priority &&
        (b.running < best.running || (b.running === best.running && b.createdAt.getTime() < best.createdAt.getTime())))
    ) {
      best = b;
    }
  }
  return best;
}

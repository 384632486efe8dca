'use client';
// How fast the batch goes (pages/s over the last ~30 s) and about when it ends; redrawn each second
// while the batch runs. While the queue is paused there is no estimate, only that it waits.
import { useEffect, useState } from 'react';
import type { BatchSummary, JobSummary } from '@/lib/schemas/batch';
import { formatEta, throughput } from '@/lib/client/throughput';
import { isBatchFinished } from '@/lib/client/finish-message';

type Props = { batch: BatchSummary; jobs: ReadonlyMap<string, JobSummary>; paused?: boolean };

export function TrackerStats({ batch, jobs, paused = false }: Props) {
  const finished = isBatchFinished(batch.status);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [finished]);
  if (finished) return null;
  if (paused) {
    return (
      <p className="tracker__stats" data-testid="tracker-stats" data-paused="true">
        Queue paused: {batch.queued === 1 ? '1 file waits' : `${batch.queued} files wait`} until it is resumed
        {batch.processing > 0 ? `; ${batch.processing} running ${batch.processing === 1 ? 'finishes' : 'finish'}` : ''}.
      </p>
    );
  }
  if (batch.status === 'queued') return null;

  const { pagesPerSecond, etaSeconds } = throughput(jobs.values(), now, batch.started_at);
  return (
    <p className="tracker__stats" data-testid="tracker-stats">
      <span>{pagesPerSecond === null ? 'Measuring speed…' : `${pagesPerSecond.toFixed(pagesPerSecond < 10 ? 1 : 0)} pages/s`}</span>
      {etaSeconds !== null && <span> · {formatEta(etaSeconds)}</span>}
    </p>
  );
}

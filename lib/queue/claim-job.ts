// Takes the next queued job for a worker: higher batch priority first, then older batches, then
// upload order. The claim is one conditional update (status must still be `queued`), so two
// claimers can never both win; the loser simply tries the next candidate.
import { db } from '../db/client';
import { refreshBatch } from '../batches/refresh-batch';
import { notifyJob } from '../realtime/notify';
import { JOB_STAGES, type Workflow } from '../schemas/batch';

export type ClaimedJob = {
  id: string;
  batchId: string;
  filename: string;
  storagePath: string;
  workflow: Workflow;
  attempts: number;
  startedAt: Date;
};

const MAX_RACES = 5;

export async function claimNextJob(workerId: string, leaseMs: number, now = new Date()): Promise<ClaimedJob | null> {
  const client = await db();
  for (let race = 0; race < MAX_RACES; race++) {
    const candidate = await client.job.findFirst({
      where: { status: 'queued', runAt: { lte: now }, batch: { status: { not: 'cancelled' } } },
      orderBy: [{ batch: { priority: 'desc' } }, { batch: { createdAt: 'asc' } }, { position: 'asc' }],
      select: { id: true },
    });
    if (!candidate) return null;
    const claimed = await client.$transaction(async (tx) => {
      const { count } = await tx.job.updateMany({
        where: { id: candidate.id, status: 'queued' },
        data: {
          status: 'processing',
          stage: 'started',
          progress: JOB_STAGES.started,
          workerId,
          leaseExpiresAt: new Date(now.getTime() + leaseMs),
          attempts: { increment: 1 },
          startedAt: now,
          finishedAt: null,
          error: null,
          errorType: null,
          seq: { increment: 1 },
        },
      });
      if (count === 0) return null;
      const job = await tx.job.findUniqueOrThrow({ where: { id: candidate.id }, include: { batch: { select: { workflow: true } } } });
      await refreshBatch(tx, job.batchId, now);
      return job;
    });
    if (!claimed) continue;
    const { batch, ...job } = claimed;
    notifyJob(job);
    return {
      id: job.id,
      batchId: job.batchId,
      filename: job.filename,
      storagePath: job.storagePath,
      workflow: batch.workflow as Workflow,
      attempts: job.attempts,
      startedAt: now,
    };
  }
  return null;
}

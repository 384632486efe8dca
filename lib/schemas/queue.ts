// GET /api/queue and the `queue:counts` event: whether the queue is paused, and how many jobs of
// every batch are in each status.
import type { JobStatus } from './batch';

export type QueueOverview = {
  paused: boolean;
  updated_at: string | null;
  counts: Record<JobStatus, number>;
  /** Of the queued jobs, those whose batch is held or scheduled for later (not started before then). */
  scheduled?: number;
  /** The processes with PDF threads that reported within LEASE_S, anywhere in the cluster, and their threads. */
  workers: { processes: number; threads: number };
  /** When the counts were read: of two overviews, the one read later is the true one. */
  read_at: string;
};

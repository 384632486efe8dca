// GET /api/queue: whether the queue is paused, and how many jobs of every batch are in each status.
import type { JobStatus } from './batch';

export type QueueOverview = {
  paused: boolean;
  updated_at: string | null;
  counts: Record<JobStatus, number>;
};

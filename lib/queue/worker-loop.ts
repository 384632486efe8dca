// The worker loop: keeps every idle PDF thread busy with a claimed job, reports stages, settles
// outcomes, heartbeats its leases and takes back jobs whose worker vanished. It wakes on a nudge
// (new batch) and otherwise polls. Each job's lines carry its batch_id and job_id.
import { absoluteStoragePath } from '../storage/files';
import { log, type Logger } from '../log';
import { jobLog } from '../log-context';
import { metrics } from '../metrics/instruments';
import type { ThreadPool, Outcome } from '../pipeline/thread-pool';
import type { EngineCounts } from '../pipeline/ocr/reading';
import type { OcrMode } from '../pipeline/types';
import { claimNextJob, type ClaimedJob } from './claim-job';
import { heartbeat, recoverExpiredJobs, releaseJobsOf } from './recover-jobs';
import { isStampedStage, type StageTimes } from './job-attempts';
import { reportStage, type ProgressStage } from './report-stage';
import { completeJob, failJob } from './settle-job';
import { onAbortRequest, onWake } from './signals';

/**
 * Stages are written from this long after the claim on: a short document goes from started to
 * saved in two writes instead of five (its bar would have nothing to show in between).
 */
const STAGE_REPORT_AFTER_MS = 300;

export type WorkerLoopOptions = {
  pool: ThreadPool;
  workerId: string;
  leaseMs: number;
  maxPages: number;
  /** OCR_LANGUAGES, and OCR: the mode of batches that do not choose one. */
  ocr: { mode: OcrMode; languages: string[] };
  retry: { maxAttempts: number; backoffMs: number };
  pollMs?: number;
  /** Runs last in stop(), once the jobs are handed back (the process leaves the worker registry). */
  onStopped?: () => Promise<void>;
};

export type WorkerLoop = {
  readonly busy: number;
  /** Threads that have loaded pdf.js. */
  readonly ready: number;
  /** The process's OCR engines: made, and reading a page now. */
  readonly ocrEngines: EngineCounts;
  /** Stops claiming, lets running jobs finish for up to `graceMs`, hands the rest back to the queue. */
  stop(graceMs: number): Promise<void>;
};

export function startWorkerLoop(options: WorkerLoopOptions): WorkerLoop {
  const { pool, workerId, leaseMs } = options;
  const running = new Map<string, Promise<void>>();
  /**
   * Jobs claimed for threads about to free: a document that reaches its last stage ('analysed')
   * has the next job claimed while its result is still being made and sent, so its thread starts
   * the next one at once instead of waiting for a claim (a transaction on the main thread, queued
   * behind whatever else it is doing). At most one per thread; they are this worker's jobs like
   * the running ones (heartbeats extend their leases; stop() hands them back).
   */
  const ahead: ClaimedJob[] = [];
  /**
   * The one claim in flight; its job goes to `ahead`. One at a time, so each claim sees the one
   * before it: two at once would both pick the batch fair share favours and take two of its jobs
   * where the second should have gone to another batch.
   */
  let claiming: Promise<boolean> | null = null;
  let stopping = false;
  let filling = false;
  let refill = false;

  const start = (job: ClaimedJob) => running.set(job.id, execute(job).finally(() => running.delete(job.id)));

  /** Claims the next job into `ahead`, or joins the claim already in flight; false: the queue had none. */
  function claim(): Promise<boolean> {
    claiming ??= claimNextJob(workerId, leaseMs)
      .then((job) => {
        if (job) ahead.push(job);
        return job !== null;
      })
      .finally(() => (claiming = null));
    return claiming;
  }

  async function fill(): Promise<void> {
    if (filling) {
      refill = true;
      return;
    }
    filling = true;
    try {
      while (!stopping && pool.idle > 0) {
        if (!ahead.length && !(await claim())) break;
        const job = ahead.shift();
        if (job && !stopping && pool.idle > 0) start(job);
        else if (job) ahead.unshift(job);
      }
    } catch (err) {
      log.error({ err }, 'claiming jobs failed');
    } finally {
      filling = false;
      if (refill && !stopping) {
        refill = false;
        void fill();
      }
    }
  }

  async function claimAhead(): Promise<void> {
    if (stopping || ahead.length >= pool.size) return;
    try {
      await claim();
      // A thread may have freed while the claim ran (if the loop stopped, stop() waits for the claim and hands its job back).
      if (!stopping && pool.idle > 0) void fill();
    } catch (err) {
      log.error({ err }, 'claiming jobs failed');
    }
  }

  async function execute(job: ClaimedJob): Promise<void> {
    const jlog = jobLog(job);
    jlog.debug({ attempt: job.attempts, workflow: job.workflow, file: job.filename }, 'job started');
    // Stage writes wait until the job has run STAGE_REPORT_AFTER_MS, then write the latest stage
    // reached; each is written once, in order, one at a time.
    let reports = Promise.resolve();
    let latest: ProgressStage | null = null;
    let written: ProgressStage | null = null;
    let ended = false;
    // Every main stage's time, for the run's history (written when the run is settled).
    const stages: StageTimes = {};
    const flush = () => {
      if (ended || !latest || latest === written) return;
      const stage = latest;
      written = stage;
      reports = reports.then(async () => {
        const owned = await reportStage(job.id, workerId, stage, leaseMs);
        if (!owned) {
          jlog.info({ stage }, 'job cancelled or taken over while running; stopping its thread');
          pool.abort(job.id, 'The job was cancelled or taken over.');
        }
      });
    };
    const firstReport = setTimeout(flush, STAGE_REPORT_AFTER_MS);
    const onStage = (stage: string) => {
      if (stage === 'queued' || stage === 'saved' || stage === 'failed' || stage === 'cancelled') return;
      if (isStampedStage(stage)) stages[stage] ??= new Date();
      if (stage === 'analysed') void claimAhead();
      latest = stage as ProgressStage;
      if (Date.now() - job.startedAt.getTime() >= STAGE_REPORT_AFTER_MS) flush();
    };
    try {
      const outcome: Outcome = await pool.run(
        {
          type: 'run',
          jobId: job.id,
          file: absoluteStoragePath(job.storagePath),
          workflow: job.workflow,
          maxPages: options.maxPages,
          ocr: { mode: job.ocr ?? options.ocr.mode, languages: options.ocr.languages },
        },
        onStage,
        jlog,
      );
      ended = true;
      clearTimeout(firstReport);
      // The thread is free: give it the next job (claimed ahead, if one was) while this one's outcome is written.
      if (!stopping && ahead.length && pool.idle > 0) start(ahead.shift() as ClaimedJob);
      else if (!stopping) void fill();
      await reports;
      await settle({ ...job, stages }, outcome, jlog);
    } catch (err) {
      jlog.error({ err }, 'settling a job failed; its lease will expire and it will run again');
    } finally {
      ended = true;
      clearTimeout(firstReport);
    }
    if (!stopping) void fill();
  }

  async function settle(job: ClaimedJob & { stages: StageTimes }, outcome: Outcome, jlog: Logger): Promise<void> {
    const ms = Date.now() - job.startedAt.getTime();
    const { processingSeconds, pagesProcessed } = metrics();
    if (outcome.ok) {
      const settled = await completeJob(job, workerId, outcome);
      const pages = outcome.pages;
      if (settled) {
        processingSeconds.observe({ workflow: job.workflow, outcome: 'completed' }, ms / 1000);
        pagesProcessed.inc({ workflow: job.workflow }, pages);
      }
      jlog.info({ ms, pages }, settled ? 'job completed' : 'job completed, but it was no longer ours (cancelled or taken over)');
    } else if (outcome.errorType !== 'cancelled') {
      const { settled, retrying } = await failJob(job, workerId, { errorType: outcome.errorType, message: outcome.message, partialJson: outcome.partialJson }, options.retry);
      if (settled) processingSeconds.observe({ workflow: job.workflow, outcome: retrying ? 'retrying' : 'failed' }, ms / 1000);
      const level = outcome.errorType === 'unexpected_error' ? 'error' : 'info';
      const what = retrying ? 'job failed, will retry' : 'job failed';
      jlog[level]({ ms, attempt: job.attempts, errorType: outcome.errorType, detail: outcome.detail }, `${what}: ${outcome.message}`);
    } else {
      jlog.info({ ms, reason: outcome.message }, 'job stopped');
    }
  }

  const timers = [
    setInterval(() => void fill(), options.pollMs ?? 1000),
    setInterval(() => heartbeat(workerId, leaseMs).catch((err) => log.error({ err }, 'heartbeat failed')), leaseMs / 3),
    setInterval(() => recoverExpiredJobs().catch((err) => log.error({ err }, 'lease recovery failed')), leaseMs / 2),
  ];
  const stopWaking = onWake(() => void fill());
  const stopAborting = onAbortRequest((jobIds) => {
    for (const id of jobIds) {
      // A job claimed ahead and not started yet is dropped: its cancel has already been written.
      const waiting = ahead.findIndex((job) => job.id === id);
      if (waiting !== -1) ahead.splice(waiting, 1);
      pool.abort(id, 'Cancelled.');
    }
  });
  void fill();

  return {
    get busy() {
      return running.size;
    },
    get ready() {
      return pool.ready;
    },
    get ocrEngines() {
      return pool.ocrEngineCounts;
    },
    async stop(graceMs: number) {
      stopping = true;
      stopWaking();
      stopAborting();
      timers.forEach(clearInterval);
      const all = Promise.allSettled([...running.values(), claiming]);
      const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([all, grace]);
      await pool.close();
      await all;
      try {
        const released = await releaseJobsOf(workerId);
        if (released) log.info({ released }, 'handed unfinished jobs back to the queue');
      } finally {
        await options.onStopped?.();
      }
    },
  };
}

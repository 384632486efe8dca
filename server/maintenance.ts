// Periodic upkeep of this process: deleting batches past their retention (RETENTION_DAYS, or a
// template's retention_days), at start, then hourly.
import { expireBatches } from '../lib/batches/expire-batches';
import type { Config } from '../lib/config';
import { log } from '../lib/log';

const HOUR_MS = 3_600_000;

export function startMaintenance(cfg: Config): () => void {
  const run = () =>
    expireBatches(cfg.retentionDays).then(
      (deleted) => deleted && log.info({ deleted, retentionDays: cfg.retentionDays }, 'deleted batches past their retention'),
      (err) => log.error({ err }, 'retention clean-up failed'),
    );
  void run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}

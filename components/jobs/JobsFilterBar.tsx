'use client';
// The /jobs filter: status, error, document type, worker, batch, period (of creation or of the end), sort.
import { ERROR_TYPE_LABELS } from '@/components/document/format';
import { PERIODS, type JobsView, type Period } from '@/lib/client/jobs-filter';
import { useHydrated } from '@/lib/client/use-hydrated';
import { categoryLabel } from '@/lib/jobs/result-summary';
import { CATEGORIES } from '@/lib/pipeline/types';
import { ERROR_TYPES, JOB_STATUSES } from '@/lib/schemas/batch';

/** `onChange` gets only what changed: two changes in quick succession must not undo each other. */
type Props = { view: JobsView; onChange: (change: Partial<JobsView>) => void };

const STATUS_LABELS: Record<string, string> = { queued: 'Queued', processing: 'Processing', completed: 'Completed', failed: 'Failed', cancelled: 'Cancelled' };

export function JobsFilterBar({ view, onChange }: Props) {
  const set = <K extends keyof JobsView>(key: K, value: JobsView[K]) => onChange({ [key]: value } as Partial<JobsView>);
  // Disabled until the script runs: a choice made before would show but filter nothing.
  const off = !useHydrated();
  return (
    <form className="jobs-filter card" aria-label="Filter the jobs" onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        <span className="field__label">Status</span>
        <select className="input" disabled={off} value={view.status} onChange={(e) => set('status', e.target.value)} data-testid="filter-status">
          <option value="">Any</option>
          {JOB_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Error</span>
        <select className="input" disabled={off} value={view.error_type} onChange={(e) => set('error_type', e.target.value)} data-testid="filter-error">
          <option value="">Any</option>
          {ERROR_TYPES.map((t) => (
            <option key={t} value={t}>
              {ERROR_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Document type</span>
        <select className="input" disabled={off} value={view.document_type} onChange={(e) => set('document_type', e.target.value)} data-testid="filter-type">
          <option value="">Any</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Worker</span>
        <input className="input" disabled={off} value={view.worker} placeholder="worker id" onChange={(e) => set('worker', e.target.value)} data-testid="filter-worker" />
      </label>
      <label className="field">
        <span className="field__label">Batch</span>
        <input className="input" disabled={off} value={view.batch_id} placeholder="batch id" onChange={(e) => set('batch_id', e.target.value)} data-testid="filter-batch" />
      </label>
      <label className="field">
        <span className="field__label">Period</span>
        <select className="input" disabled={off} value={view.period} onChange={(e) => set('period', e.target.value as Period)} data-testid="filter-period">
          {Object.entries(PERIODS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Period of</span>
        <select className="input" disabled={off} value={view.time_field} onChange={(e) => set('time_field', e.target.value as JobsView['time_field'])} data-testid="filter-time-field">
          <option value="created_at">upload</option>
          <option value="finished_at">end</option>
        </select>
      </label>
      <label className="field">
        <span className="field__label">Sort by</span>
        <select
          className="input"
          disabled={off}
          value={`${view.sort}:${view.order}`}
          data-testid="sort"
          onChange={(e) => {
            const [sort, order] = e.target.value.split(':') as [JobsView['sort'], JobsView['order']];
            onChange({ sort, order });
          }}
        >
          <option value="created_at:desc">Newest first</option>
          <option value="created_at:asc">Oldest first</option>
          <option value="finished_at:desc">Ended most recently</option>
          <option value="processing_ms:desc">Slowest first</option>
          <option value="processing_ms:asc">Fastest first</option>
        </select>
      </label>
    </form>
  );
}

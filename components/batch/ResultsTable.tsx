'use client';
// The batch results table: one row per file with its status (and error), pages, category, key
// fields and time; sortable by column, filtered by status and category, searched by name. Long lists
// show their first rows and more on request. It fits its card; on narrow screens each row is a card
// whose cells carry their column's name (data-label). A category is said with a word (high, medium,
// low) and its number on hover; a document without text is flagged instead of classified.
import Link from 'next/link';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { categoryLabel, confidenceLevel, confidencePercent, type JobResultRow } from '@/lib/jobs/result-summary';
import { JOB_STATUSES, type JobStatus } from '@/lib/schemas/batch';
import { formatDuration } from '@/components/document/format';
import { ALL_ROWS, filterRows, nextSort, sortRows, UNCLASSIFIED, type ResultFilter, type Sort, type SortKey } from './results-table';

const FIRST = 100;
const MORE = 200;

const STATUS_LABELS: Record<JobStatus, string> = {
  queued: 'Queued',
  processing: 'Processing',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

const COLUMNS: { key: SortKey | null; label: string; className?: string }[] = [
  { key: 'name', label: 'File' },
  { key: 'status', label: 'Status' },
  { key: 'pages', label: 'Pages', className: 'results-table__num' },
  { key: 'category', label: 'Category' },
  { key: null, label: 'Key fields' },
  { key: 'time', label: 'Time', className: 'results-table__num' },
];

const documentHref = (batchId: string, jobId: string) => `/batch/${encodeURIComponent(batchId)}/documents/${encodeURIComponent(jobId)}`;

function Row({ batchId, row }: { batchId: string; row: JobResultRow }) {
  return (
    <tr data-testid="result-row" data-status={row.status} data-category={row.category ?? undefined}>
      <th scope="row" className="results-table__name">
        {row.status === 'queued' || row.status === 'processing' ? (
          <span title={row.filename}>{row.filename}</span>
        ) : (
          <Link href={documentHref(batchId, row.job_id)} title={row.filename}>
            {row.filename}
          </Link>
        )}
      </th>
      <td data-label="Status">
        <span className="results-status" data-status={row.status}>
          {STATUS_LABELS[row.status]}
        </span>
        {row.partial && <span className="results-table__hint"> · partial</span>}
        {row.error && (
          <span className="results-table__error" data-testid="result-error">
            {row.error}
          </span>
        )}
      </td>
      <td className="results-table__num" data-label="Pages">
        {row.pages ?? '—'}
      </td>
      <td data-label="Category">
        {row.no_text ? (
          <span className="results-flag" data-testid="result-no-text" title="No text could be read: a scan or pictures only. The category says nothing.">
            No text (scan?)
          </span>
        ) : row.category ? (
          <>
            {categoryLabel(row.category)}
            {row.confidence !== null && (
              <span
                className="results-confidence"
                data-level={confidenceLevel(row.confidence)}
                data-testid="result-confidence"
                title={`Confidence ${confidencePercent(row.confidence)}: how far this type leads the next one`}
              >
                {' '}
                {confidenceLevel(row.confidence)}
              </span>
            )}
          </>
        ) : (
          <span className="results-table__hint">—</span>
        )}
      </td>
      <td data-label="Key fields">
        {row.key_fields.length ? (
          <ul className="results-keys">
            {row.key_fields.map((f) => (
              <li key={f.label}>
                <span className="results-table__hint">{f.label}:</span> {f.value}
              </li>
            ))}
          </ul>
        ) : (
          <span className="results-table__hint">—</span>
        )}
      </td>
      <td className="results-table__num" data-label="Time">
        {row.processing_ms === null ? '—' : formatDuration(row.processing_ms)}
      </td>
    </tr>
  );
}

export function ResultsTable({ batchId, rows }: { batchId: string; rows: readonly JobResultRow[] }) {
  const [filter, setFilter] = useState<ResultFilter>(ALL_ROWS);
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 'asc' });
  const [shown, setShown] = useState(FIRST);
  const search = useDeferredValue(filter.search);
  const id = useId();

  const categories = useMemo(() => [...new Set(rows.map((r) => r.category).filter((c): c is string => c !== null))].sort(), [rows]);
  const hasUnclassified = useMemo(() => rows.some((r) => r.category === null), [rows]);
  const visible = useMemo(() => sortRows(filterRows(rows, { ...filter, search }), sort), [rows, filter, search, sort]);
  const page = visible.slice(0, shown);
  const change = (patch: Partial<ResultFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setShown(FIRST);
  };

  return (
    <div className="results-table-block">
      <div className="results-filters" role="search" aria-label="Filter the files">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-search`}>
            Search by name
          </label>
          <input id={`${id}-search`} className="input" type="search" value={filter.search} onChange={(e) => change({ search: e.target.value })} placeholder="File name" />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            Status
          </label>
          <select id={`${id}-status`} className="input" value={filter.status} onChange={(e) => change({ status: e.target.value as ResultFilter['status'] })}>
            <option value="all">All statuses</option>
            {JOB_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-category`}>
            Category
          </label>
          <select id={`${id}-category`} className="input" value={filter.category} onChange={(e) => change({ category: e.target.value })}>
            <option value="all">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
            {hasUnclassified && <option value={UNCLASSIFIED}>Not classified</option>}
          </select>
        </div>
      </div>
      <p className="muted results-count" aria-live="polite">
        {visible.length === rows.length ? `${rows.length.toLocaleString('en')} files` : `${visible.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')} files`}
      </p>
      <div className="results-table-wrap" role="region" aria-label="Files and their results" tabIndex={0}>
        <table className="results-table" data-testid="results-table">
          <thead>
            <tr>
              {COLUMNS.map((col) => {
                const active = col.key !== null && sort.key === col.key;
                return (
                  <th
                    key={col.label}
                    scope="col"
                    className={col.className}
                    aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {col.key ? (
                      <button type="button" className="results-sort" onClick={() => setSort((s) => nextSort(s, col.key as SortKey))}>
                        {col.label}
                        <span className="results-sort__arrow" aria-hidden="true">
                          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      col.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {page.map((row) => (
              <Row key={row.job_id} batchId={batchId} row={row} />
            ))}
          </tbody>
        </table>
        {visible.length === 0 && <p className="muted results-empty">No file matches these filters.</p>}
      </div>
      {visible.length > page.length && (
        <div className="job-list__more">
          <button type="button" className="button" data-variant="secondary" onClick={() => setShown((n) => n + MORE)}>
            Show more ({(visible.length - page.length).toLocaleString('en')} not shown)
          </button>
        </div>
      )}
    </div>
  );
}

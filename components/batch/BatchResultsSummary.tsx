'use client';
// What a batch produced, once files have finished: totals as cards (files, pages, time taken,
// categories found) and a table of every file that can be sorted, filtered and searched; the ZIP
// with or without the original PDFs.
import { useState } from 'react';
import { categoryLabel } from '@/lib/jobs/result-summary';
import type { BatchResultStats } from '@/lib/jobs/result-summary';
import { formatDuration } from '@/components/document/format';
import { ResultsTable } from './ResultsTable';
import { useBatchResults } from './use-batch-results';
import './results-summary.css';

function Cards({ stats }: { stats: BatchResultStats }) {
  const cards = [
    { key: 'total', label: 'Files', value: stats.total.toLocaleString('en') },
    { key: 'completed', label: 'Completed', value: stats.completed.toLocaleString('en') },
    { key: 'failed', label: 'Failed', value: stats.failed.toLocaleString('en') },
    { key: 'cancelled', label: 'Cancelled', value: stats.cancelled.toLocaleString('en') },
    { key: 'pages', label: 'Pages', value: stats.pages.toLocaleString('en') },
    { key: 'time', label: 'Time taken', value: stats.duration_ms === null ? '—' : formatDuration(stats.duration_ms) },
  ];
  return (
    <dl className="results-cards">
      {cards.map((card) => (
        <div key={card.key} className="results-cards__item" data-kind={card.key} data-nonzero={card.value !== '0' || undefined}>
          <dt>{card.label}</dt>
          <dd data-testid={`summary-${card.key}`}>{card.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Categories({ stats }: { stats: BatchResultStats }) {
  return (
    <div className="results-categories">
      <h3 className="results-categories__title">Categories found</h3>
      {stats.categories.length ? (
        <ul className="results-categories__list" data-testid="summary-categories">
          {stats.categories.map((c) => (
            <li key={c.category} className="results-chip" data-category={c.category}>
              {categoryLabel(c.category)} <span className="results-chip__count">{c.count.toLocaleString('en')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No file has been classified yet (the workflow may not classify).</p>
      )}
    </div>
  );
}

export function BatchResultsSummary({ batchId }: { batchId: string }) {
  const { stats, rows, error } = useBatchResults(batchId);
  const [originals, setOriginals] = useState(false);
  const finished = stats ? stats.completed + stats.failed + stats.cancelled : 0;
  if (!stats || finished === 0) {
    return error ? (
      <p className="notice" data-tone="danger">
        The results could not be loaded: {error}
      </p>
    ) : null;
  }
  const running = stats.queued + stats.processing;
  return (
    <section className="card results" aria-labelledby="results-title" data-testid="results-summary">
      <header className="results__header">
        <h2 id="results-title" className="card__title">
          Results
        </h2>
        {running > 0 && (
          <p className="muted results__note" role="status">
            {running.toLocaleString('en')} {running === 1 ? 'file is' : 'files are'} still running; this fills in as they finish.
          </p>
        )}
        <div className="results__export">
          <label className="results__originals">
            <input type="checkbox" checked={originals} onChange={(e) => setOriginals(e.target.checked)} /> with the original PDFs
          </label>
          <a
            className="button"
            href={`/api/batches/${encodeURIComponent(batchId)}/export${originals ? '?include=originals' : ''}`}
            download
            data-testid="download-zip"
          >
            Download ZIP
          </a>
        </div>
      </header>
      {error && (
        <p className="notice" data-tone="warning">
          The latest results could not be loaded ({error}); showing the ones loaded before.
        </p>
      )}
      <Cards stats={stats} />
      <Categories stats={stats} />
      <ResultsTable batchId={batchId} rows={rows} />
    </section>
  );
}

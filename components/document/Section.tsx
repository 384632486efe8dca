// One titled part of the document view: a heading people and screen readers can jump to, an
// optional count, and a sentence instead of the content when there is nothing to show.
import type { ReactNode } from 'react';

type Props = { id: string; title: string; count?: number; empty?: string | null; children?: ReactNode };

export function Section({ id, title, count, empty, children }: Props) {
  return (
    <section className="card doc-section" id={id} aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 className="card__title doc-section__title" id={`${id}-title`}>
        {title}
        {count !== undefined && <span className="doc-section__count"> ({count.toLocaleString('en')})</span>}
      </h2>
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

/** "Only the first 200 of 1,234 are shown" under a capped list. */
export function Capped({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (shown >= total) return null;
  return (
    <p className="muted doc-capped">
      Only the first {shown.toLocaleString('en')} of {total.toLocaleString('en')} {what} are shown here; the result JSON has them all.
    </p>
  );
}

// Why the document got its category: the signals that counted, and how each category scored.
import { categoryLabel, confidencePercent } from '@/lib/jobs/result-summary';
import type { Classification } from '@/lib/pipeline/types';
import { Section } from './Section';

const TOP_SCORES = 5;

export function ClassificationSection({ classification }: { classification: Classification | undefined }) {
  if (!classification) {
    return <Section id="classification" title="Classification" empty="This document was not classified (the workflow does not classify, or the result is from before classification existed)." />;
  }
  const scores = Object.entries(classification.scores)
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_SCORES);
  const best = scores[0]?.[1] ?? 0;
  return (
    <Section id="classification" title="Classification">
      <p>
        Classified as <strong data-testid="doc-category-text">{categoryLabel(classification.final_category)}</strong> with{' '}
        {confidencePercent(classification.confidence)} confidence (how far ahead of the next category it is).
      </p>
      <div className="doc-split">
        <div>
          <h3 className="doc-sub">Why</h3>
          {classification.signals.length ? (
            <ul className="doc-list">
              {classification.signals.map((signal, i) => (
                <li key={i}>{signal}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">No particular signals were recorded.</p>
          )}
        </div>
        {scores.length > 0 && (
          <div>
            <h3 className="doc-sub">Scores</h3>
            <dl className="doc-scores">
              {scores.map(([category, score]) => (
                <div key={category} className="doc-scores__row">
                  <dt>{categoryLabel(category)}</dt>
                  <dd>
                    <span className="doc-scores__bar" style={{ inlineSize: `${best > 0 ? Math.max(2, (score / best) * 100) : 0}%` }} aria-hidden="true" />
                    <span className="doc-scores__value">{Number.isInteger(score) ? score : score.toFixed(2)}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </div>
    </Section>
  );
}

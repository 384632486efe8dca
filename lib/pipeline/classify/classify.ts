// Document category by explainable weighted evidence: keyword rules (title > heading > body rate)
// plus structural signals, summed per category, squashed to 0..1; `other` wins when nothing is
// strong. `signals` lists the evidence that counted, strongest first.
import type { PageLayout } from '../layout/types';
import { CATEGORIES, type Category, type Classification, type DocumentMetadata } from '../types';
import { ruleEvidence, type Evidence } from './evidence';
import { structuralEvidence } from './structure';
import { buildZones } from './zones';

export type ClassifyInput = {
  text: string;
  pages: PageLayout[];
  metadata: DocumentMetadata;
  tableCount: number;
  fieldKeys: string[];
  formFieldCount: number;
};

/** Raw evidence at which a category's score reaches 0.5, and `other` is beaten. */
const HALF = 3.5;
const MAX_SIGNALS = 8;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A single page built from plain text, for callers that have no layout (and for tests). */
function textOnlyPages(text: string): PageLayout[] {
  const lines = text.split('\n').map((t, i) => {
    const trimmed = t.trim();
    const segment = { text: trimmed, x0: 0, x1: trimmed.length * 5, y: i * 12, size: 10 };
    return { text: trimmed, segments: [segment], x0: 0, x1: segment.x1, y: segment.y, size: 10, block: 0 };
  });
  return [{ number: 1, width: 612, height: 792, lines: lines.filter((l) => l.text), text }];
}

export function classify(input: ClassifyInput): Classification {
  const pages = input.pages.some((p) => p.lines.length > 0) ? input.pages : input.text.trim() ? textOnlyPages(input.text) : [];
  const zones = buildZones(pages, input.metadata);
  const evidence: Evidence[] = [...ruleEvidence(zones), ...structuralEvidence(zones, input)];

  const raw = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const e of evidence) raw[e.category] += e.weight;

  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  let best = 0;
  for (const c of CATEGORIES) {
    if (c === 'other') continue;
    scores[c] = raw[c] / (raw[c] + HALF);
    best = Math.max(best, scores[c]);
  }
  scores.other = 1 - best;

  const ranked = [...CATEGORIES].sort((a, b) => scores[b] - scores[a]);
  const [first, second] = ranked;
  // "other" for want of any evidence is a default, not a finding: no confidence (it read 1.0, "high").
  const noEvidence = evidence.length === 0;
  const confidence = scores[first] > 0 && !noEvidence ? (scores[first] - scores[second]) / scores[first] : 0;

  const signals = evidence
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_SIGNALS)
    .map((e) => `${e.reason} (+${e.weight.toFixed(1)} ${e.category})`);
  if (first === 'other') {
    const runnerUp = ranked[1];
    signals.unshift(scores[runnerUp] > 0 ? `no category has strong evidence (best: ${runnerUp} at ${round2(scores[runnerUp])})` : 'no evidence for any category');
  }

  for (const c of CATEGORIES) scores[c] = round2(scores[c]);
  return { final_category: first, confidence: round2(confidence), scores, signals: signals.slice(0, MAX_SIGNALS) };
}

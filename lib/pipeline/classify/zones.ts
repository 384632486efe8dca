// The parts of a document the classifier reads: the title area (metadata title and the first,
// largest lines of the first page with text), heading-like lines, and a bounded body sample, so a
// 500-page document costs about as much as a 40-page one.
import type { Line, PageLayout } from '../layout/types';
import type { DocumentMetadata } from '../types';

/** Pages read in full from the start, then this many more spread over the rest. */
const HEAD_PAGES = 30;
const SPREAD_PAGES = 20;
const BODY_CHARS = 80_000;
const TITLE_LINES = 8;
const TITLE_MAX_WORDS = 12;
const PROSE_END = /\p{Ll}[.,;]$/u;
const HEADING_MAX_WORDS = 10;

export type Zones = {
  /** Metadata title/subject and the first page's title lines. */
  title: string[];
  /** Lines that may be headings (short), numbering removed: "6. Troubleshooting" → "Troubleshooting". */
  headings: string[];
  /** Text of the sampled pages, capped. */
  body: string;
  words: number;
  /** The sampled pages, for the structural signals. */
  pages: PageLayout[];
};

const WORDS = /\S+/g;
const countWords = (text: string) => text.match(WORDS)?.length ?? 0;
const TOC_LEADER = /\s*(?:\.\s?){4,}\s*\d*\s*$/;
const NUMBERING = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-H])[.)]?\s+|chapter\s+\d+[.:]?\s*|§\s*\d+\s*)/i;

export function samplePages(pages: PageLayout[]): PageLayout[] {
  if (pages.length <= HEAD_PAGES + SPREAD_PAGES) return pages;
  const rest = pages.length - HEAD_PAGES;
  const picked = pages.slice(0, HEAD_PAGES);
  for (let i = 0; i < SPREAD_PAGES; i++) picked.push(pages[HEAD_PAGES + Math.floor((i * rest) / SPREAD_PAGES)]);
  return picked;
}

function titleLines(pages: PageLayout[]): string[] {
  const first = pages.slice(0, 3).find((p) => p.lines.length > 0);
  if (!first) return [];
  const lines = first.lines;
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] || 10;
  // The opening lines in reading order, plus the few largest lines anywhere on the page.
  const picked = new Set<Line>(lines.slice(0, TITLE_LINES));
  lines
    .filter((l) => l.size >= median * 1.25)
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .forEach((l) => picked.add(l));
  // A line that ends a sentence is prose under the title, not part of it.
  return [...picked].map((l) => l.text.trim()).filter((t) => t && countWords(t) <= TITLE_MAX_WORDS && !PROSE_END.test(t));
}

export function buildZones(pages: PageLayout[], metadata: DocumentMetadata | null | undefined): Zones {
  const sampled = samplePages(pages);
  const meta = [metadata?.title, metadata?.subject, metadata?.xmp?.title].filter((t): t is string => Boolean(t && t.trim()));
  const title = [...meta, ...titleLines(sampled)];

  const headings: string[] = [];
  let body = '';
  for (const page of sampled) {
    if (body.length >= BODY_CHARS) break;
    body += page.text.slice(0, BODY_CHARS - body.length) + '\n\n';
    for (const line of page.lines) {
      const text = line.text.trim();
      if (text && countWords(text) <= HEADING_MAX_WORDS) headings.push(text.replace(NUMBERING, '').replace(TOC_LEADER, ''));
    }
  }
  return { title, headings, body, words: countWords(body), pages: sampled };
}

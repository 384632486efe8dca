// Finds key-value pairs in page layouts: "Invoice No.: 4711" within a phrase, a label segment and a
// value segment on one line ("Loan amount   $250,000.00"), and a lone "Label:" line with its value
// right below it. Prose with a colon and table rows are not fields. One pass over the lines.
// Fields on a line that repeats on most pages (running headers and footers: "All Rights Reserved.:
// FTP | 1") are kept but marked `repeated`, so summaries leave them out.
import type { Line, PageLayout } from '../layout/types';
import type { Field } from '../types';
import { normalizeValue, type DateOrder } from './normalize';

const MAX_FIELDS = 300;
const MAX_KEY = 60;
const MAX_VALUE = 200;

type Pair = { key: string; value: string };

const BULLET = /^[\s•·▪►◦‣*\-–—]+/;
// Keys that end like the lead-in to a sentence or a list ("as follows:", "the parties agree that:").
const PROSE_END = /\b(?:follows|following|below|above|is|are|was|were|be|include|includes|including|as|the|a|an|of|to|and|or|for|that|which|with|by|in|on|from|e\.g\.|i\.e\.|for example|for instance|such as|namely)$/i;
// "Bill To", "Ship to", "Remit to": labels despite ending in "to".
const ADDRESSEE = /\b(?:bill|billed|ship|shipped|sold|invoice|invoiced|pay|remit|deliver|delivered|send|attention)\s+to$/i;
const ABBREVIATION = /\b(?:no|nr|inc|ltd|co|corp|dr|mr|mrs|ms|st|str|approx|e\.g|i\.e|etc|fig|vs|ca|bzw|z\.b|tel|ref|dept)$/i;
const COLON = /\s?:(?=\s|$)/g;
const BOUNDARY = /[.;!?](\s+)(?=[\p{Lu}\p{N}])|;\s+/gu;
const UPPER_START = /^[\p{Lu}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const BLANK = /^[\s_.…\-–]*$/;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const cleanKey = (s: string) => clean(s.replace(BULLET, '')).replace(/\s*[:*]+$/, '').trim();
/** Drops blanks to fill in ("______") around a value. */
const cleanValue = (s: string) => clean(s.replace(/_{2,}/g, ' ')).replace(/^[,;]\s*/, '');

/** Starts of the sentences or clauses in a phrase, skipping "No. 5", "Inc. Foo" and the like. */
function boundaries(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (text[at] === '.') {
      const before = text.slice(Math.max(0, at - 6), at);
      if (ABBREVIATION.test(before) || /(?:^|\s)\p{L}$/u.test(before)) continue;
    }
    out.push(at + m[0].length);
  }
  return out;
}

function keyOk(key: string, labelLike: boolean): boolean {
  if (!key || key.length > MAX_KEY || !HAS_LETTER.test(key)) return false;
  if (PROSE_END.test(key) && !ADDRESSEE.test(key)) return false;
  if (normalizeValue(key) !== null) return false;
  const w = words(key);
  const upper = UPPER_START.test(key);
  const titleish = w.length <= (labelLike ? 4 : 3) || w.filter((x) => UPPER_START.test(x) || /^\(/.test(x)).length * 2 >= w.length;
  if (w.length > 3 && key.includes(',')) return false;
  if (labelLike) return w.length <= 8 && (upper || w.length <= 2) && titleish;
  return w.length <= 5 && upper && titleish;
}

/** A value worth keeping: not blank, not too long, and not a clause of prose unless it reads as a value. */
function valueOk(value: string, inline: boolean): boolean {
  if (!value || value.length > MAX_VALUE || BLANK.test(value)) return false;
  if (!inline) return true;
  const w = words(value);
  if (w.length <= 8) return true;
  // A longer value is a list, codes or a name, not a clause of prose ("Follow the on-screen instructions ...").
  return w.length <= 16 && w.filter((x) => UPPER_START.test(x)).length * 2 >= w.length;
}

/**
 * "Key: value" pairs within one phrase, several per phrase ("Name: Jane Doe Title: Director"), and the
 * key left open when the phrase ends with a label and nothing after it ("Invoice No.:").
 */
export function inlinePairs(text: string, labelLike: boolean): { pairs: Pair[]; openKey: string | null } {
  const pairs: Pair[] = [];
  const colons = [...text.matchAll(COLON)];
  if (colons.length === 0) return { pairs, openKey: null };
  const cuts = boundaries(text);
  // Index of the first cut after `at` (cuts are sorted): a binary search keeps long phrases linear-ish.
  const firstAfter = (at: number) => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const lastCutBefore = (from: number, to: number) => {
    const c = cuts[firstAfter(to) - 1];
    return c !== undefined && c > from ? c : from;
  };
  const firstCutAfter = (from: number, to: number) => {
    const c = cuts[firstAfter(from)];
    return c !== undefined && c <= to ? c : to;
  };
  let pending: { key: string; valueStart: number } | null = null;
  let previousEnd = 0;
  const close = (end: number) => {
    if (!pending) return;
    const value = cleanValue(text.slice(pending.valueStart, firstCutAfter(pending.valueStart, end)).replace(/[.;,]\s*$/, ''));
    if (valueOk(value, true)) pairs.push({ key: pending.key, value });
  };
  for (const c of colons) {
    const at = c.index ?? 0;
    let keyStart = lastCutBefore(previousEnd, at);
    if (pending && keyStart === previousEnd) {
      // No clause boundary since the last value: the key is the shortest capitalised run before the colon.
      const region = text.slice(previousEnd, at);
      const tail = shortestCapitalisedTail(words(region).slice(-3));
      const found = tail === null ? -1 : region.lastIndexOf(tail);
      keyStart = found < 0 ? at : previousEnd + found;
    }
    close(keyStart);
    const key = cleanKey(text.slice(keyStart, at));
    pending = keyOk(key, labelLike && keyStart === 0) ? { key, valueStart: at + c[0].length } : null;
    previousEnd = at + c[0].length;
  }
  const openKey = pending && text.slice(pending.valueStart).trim() === '' ? pending.key : null;
  close(text.length);
  return { pairs, openKey };
}

/** Of "Jane Doe Title", the shortest tail starting with a capital: "Title"; of "Checked by": "Checked by". */
function shortestCapitalisedTail(w: string[]): string | null {
  for (let i = w.length - 1; i >= 0; i--) if (UPPER_START.test(w[i])) return w.slice(i).join(' ');
  return null;
}

const isLabel = (text: string) => /\S\s?:$/.test(text.trim());

/** A row of a table: three or more cells and no label among them. */
const isTableRow = (line: Line | undefined) => !!line && line.segments.length >= 3 && !line.segments.some((s) => isLabel(s.text));

/** The pairs on one line, and whether it is a lone label whose value may be on the next line. */
function linePairs(line: Line, previous: Line | undefined, next: Line | undefined): { pairs: Pair[]; loneLabel: string | null } {
  const segs = line.segments;
  const pairs: Pair[] = [];
  if (isTableRow(line)) return { pairs, loneLabel: null };
  const labelLike = line.text.length <= 80;
  for (let j = 0; j < segs.length; j++) {
    const text = segs[j].text.trim();
    const { pairs: inner, openKey } = inlinePairs(text, (labelLike && j === 0) || isLabel(text));
    pairs.push(...inner);
    if (openKey) {
      const value = j + 1 < segs.length && !isLabel(segs[j + 1].text) ? cleanValue(segs[j + 1].text) : '';
      if (valueOk(value, false)) {
        pairs.push({ key: openKey, value });
        j++;
      } else if (segs.length === 1 && inner.length === 0 && cleanKey(text) === openKey) return { pairs, loneLabel: openKey };
      continue;
    }
    if (inner.length) continue;
    // "Loan amount   $250,000.00": two cells, no colon, a value that reads as one, not inside a table.
    if (segs.length === 2 && j === 0 && !isTableRow(previous) && !isTableRow(next)) {
      const key = cleanKey(text);
      const value = cleanValue(segs[1].text);
      if (/[.,]$/.test(text) || !keyOk(key, false) || !valueOk(value, false)) break;
      if (normalizeValue(value) !== null || (/\d/.test(value) && words(value).length <= 5 && !/\s:/.test(value))) pairs.push({ key, value });
      break;
    }
  }
  return { pairs, loneLabel: null };
}

/** The line right below a lone label, at its left edge, when it reads as the label's value. */
function valueBelow(label: Line, next: Line | undefined): string | null {
  if (!next || next.segments.length !== 1) return null;
  const gap = next.y - label.y;
  if (gap <= 0 || gap > label.size * 2.2 || Math.abs(next.x0 - label.x0) > 4 || next.size > label.size * 1.3) return null;
  const value = cleanValue(next.text);
  if (isLabel(value) || /\S:\s/.test(value) || !valueOk(value, true) || words(value).length > 8) return null;
  return value;
}

/** A line's text with its numbers blanked ("Page 3 of 9" and "Page 4 of 9" are one line). */
const lineShape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Lines (by shape) on at least half the pages of a document of three pages or more. */
export function repeatedLines(pages: readonly PageLayout[]): Set<string> {
  const repeated = new Set<string>();
  if (pages.length < 3) return repeated;
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const shape of new Set(page.lines.map((l) => lineShape(l.text)))) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  for (const [shape, count] of counts) if (shape && count * 2 >= pages.length) repeated.add(shape);
  return repeated;
}

/** `order`: the document's day/month order (detect/date-order.ts), for values like 05/12/2017. */
export function detectFields(pages: PageLayout[], order: DateOrder = null): Field[] {
  const fields: Field[] = [];
  const seen = new Set<string>();
  const repeated = repeatedLines(pages);
  let onRepeated = false;
  const add = (page: number, { key, value }: Pair) => {
    const id = `${page}\u0000${key}\u0000${value}`;
    if (seen.has(id)) return;
    seen.add(id);
    fields.push({ key, value, page, normalized: normalizeValue(value, order), ...(onRepeated ? { repeated: true as const } : {}) });
  };
  for (const page of pages) {
    const lines = page.lines;
    for (let i = 0; i < lines.length && fields.length < MAX_FIELDS; i++) {
      const { pairs, loneLabel } = linePairs(lines[i], lines[i - 1], lines[i + 1]);
      onRepeated = repeated.has(lineShape(lines[i].text));
      for (const pair of pairs) add(page.number, pair);
      if (loneLabel) {
        const value = valueBelow(lines[i], lines[i + 1]);
        if (value) {
          add(page.number, { key: loneLabel, value });
          i++;
        }
      }
    }
  }
  return fields.slice(0, MAX_FIELDS);
}

/** A key reduced for matching: lower case, without parentheticals, percentages and end punctuation. */
export function matchKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[-+]?\d+(?:[.,]\d+)?\s?%/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:]+$/, '')
    .trim();
}

/**
 * The field whose key matches the earliest pattern that any field matches, and that `accept` takes;
 * of several, the first in the document, or the last with `last`.
 */
export function findField(fields: Field[], patterns: RegExp[], accept: (f: Field) => boolean = () => true, last = false): Field | null {
  const keys = fields.map((f) => matchKey(f.key));
  for (const pattern of patterns) {
    let found: Field | null = null;
    for (let i = 0; i < fields.length; i++) {
      if (!pattern.test(keys[i]) || !accept(fields[i])) continue;
      found = fields[i];
      if (!last) break;
    }
    if (found) return found;
  }
  return null;
}

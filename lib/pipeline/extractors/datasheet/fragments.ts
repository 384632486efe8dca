// The pieces of text a table is read from: every segment of a page, with its box, split further
// where a segment holds several numbers that stand under different columns ("- 0.01 0.04" set
// closer than the segment gap), each word's position estimated from its share of the segment.
import type { PageLayout } from '../../layout/types';

export type Fragment = { text: string; x0: number; x1: number; y: number; size: number };

/** Words of a segment with estimated boxes (characters share the width evenly). */
export function splitWords(f: Fragment): Fragment[] {
  const words = f.text.split(' ');
  if (words.length === 1) return [f];
  const per = (f.x1 - f.x0) / Math.max(1, f.text.length);
  const out: Fragment[] = [];
  let offset = 0;
  for (const w of words) {
    out.push({ text: w, x0: f.x0 + per * offset, x1: f.x0 + per * (offset + w.length), y: f.y, size: f.size });
    offset += w.length + 1;
  }
  return out;
}

// Every word a number, a dash or "±x": a run of limits set too close together to be split by gaps.
const LIMIT_WORD = /^(?:[-–—−]|[-+±–−]?\d+(?:[.,]\d+)?[*]?|[-+±–−]?[.,]\d+)$/;

const MAX_FRAGMENT_CHARS = 400;

/**
 * A glyph the PDF maps to no character (a control code) between a temperature's number and its "C"
 * ("–55\u0001C to +125\u0001C", "\u0001C" alone in a unit cell): the degree sign, the one glyph set there.
 */
export const withDegreeGlyphs = (text: string) => text.replace(/(^|[\d\s(/])[\u0001-\u001f](?=C(?![a-z]))/g, '$1°');

/** A page's fragments, top to bottom, left to right. */
export function pageFragments(page: PageLayout): Fragment[] {
  const out: Fragment[] = [];
  for (const line of page.lines) {
    for (const s of line.segments) {
      // A table cell is short: longer text is prose, and its start is all the reader needs (and
      // bounds every pattern's work on a hostile page).
      const text = withDegreeGlyphs(s.text.slice(0, MAX_FRAGMENT_CHARS));
      const f = { text, x0: s.x0, x1: s.x1, y: s.y, size: s.size };
      const words = text.split(' ');
      if (words.length > 1 && words.every((w) => LIMIT_WORD.test(w))) out.push(...splitWords(f));
      else out.push(f);
    }
  }
  return withNoteMarks(withDegreeMarks(out)).sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

/**
 * Degree signs set as small raised "o"s over a text that reads "-55 C to 125 C": as many raised "o"s
 * within the text's span as it has temperatures in "C" make each "°C".
 */
function withDegreeMarks(fragments: Fragment[]): Fragment[] {
  const marks = new Set<Fragment>();
  const raised = fragments.filter((f) => f.text.trim() === 'o');
  if (!raised.length) return fragments;
  for (const host of fragments) {
    const temperatures = host.text.match(/\d\s?C\b/g)?.length ?? 0;
    if (!temperatures || marks.has(host)) continue;
    const over = raised.filter((o) => !marks.has(o) && o.size < host.size && o.x0 >= host.x0 && o.x1 <= host.x1 && host.y - o.y > 0.2 * host.size && host.y - o.y < 0.9 * host.size);
    if (over.length !== temperatures) continue;
    host.text = host.text.replace(/(\d)\s?C\b/g, '$1°C');
    for (const o of over) marks.add(o);
  }
  return marks.size ? fragments.filter((f) => !marks.has(f)) : fragments;
}

/**
 * A note mark set small and raised right after a name ("Input Voltage" with a superscript "1") may
 * come as a line of its own between two lines: it goes back onto the end of its name.
 */
function withNoteMarks(fragments: Fragment[]): Fragment[] {
  const marks = new Set<Fragment>();
  for (const f of fragments) {
    if (!/^(?:\d{1,2}|[*†‡])$/.test(f.text.trim())) continue;
    const host = fragments.find(
      (g) => g !== f && !marks.has(g) && f.size < 0.75 * g.size && Math.abs(g.x1 - f.x0) <= 1.5 && g.y - f.y > 0.15 * g.size && g.y - f.y < 0.8 * g.size && /^\p{L}.*\p{L}$/u.test(g.text.trim()),
    );
    if (!host) continue;
    host.text = `${host.text}${f.text.trim()}`;
    host.x1 = f.x1;
    marks.add(f);
  }
  return marks.size ? fragments.filter((f) => !marks.has(f)) : fragments;
}

/** Fragments grouped in rows by baseline (a third of the text height apart at most). */
export function rowsOf(fragments: Fragment[]): Fragment[][] {
  const rows: Fragment[][] = [];
  for (const f of fragments) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(last[0].y - f.y) <= 0.35 * Math.max(last[0].size, f.size)) last.push(f);
    else rows.push([f]);
  }
  for (const r of rows) r.sort((a, b) => a.x0 - b.x0);
  return rows;
}

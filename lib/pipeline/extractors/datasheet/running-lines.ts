// A document's running headers and footers: lines at the top or foot of a page ("1997 May 29   5",
// "Philips Semiconductors   Product specification") that come back on other pages, their numbers
// aside. They are no table's text: a footer under a table's last line is no row of it, nor of a list.
// Only the lines between a page's edge and its first other line go, so a table row or title that
// happens to repeat near the edge of several pages stays, and a table header repeated at the top of
// each page it continues on is never one.
import type { Line, PageLayout } from '../../layout/types';
import { roleOfText } from './header-words';

/** The top and foot of a page where running lines stand, as shares of its height. */
const MARGIN = 0.08;
/** Lines this close in height are one band (a footer's left and right parts). */
const SAME_BAND = 1;

const inMargin = (y: number, page: PageLayout) => y < MARGIN * page.height || y > (1 - MARGIN) * page.height;
/** The line's text with each token that is only a number ("12", "1/5", "–3–", "11/2/04") as "#"; "LM7805" stays. */
const keyOf = (text: string) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => (/^[\d/.,:–—\-|()]+$/.test(token) && /\d/.test(token) ? '#' : token))
    .join(' ');
/** A table header row (two cells or more naming columns: Parameter, Min, Max, Unit, ...). */
const isHeaderRow = (line: Line) => line.segments.filter((s) => roleOfText(s.text) !== null).length >= 2;

/** A running line stands apart from the page's text: at least this many times its size from the next line in. */
const SET_APART = 1.5;

/** The page's lines in bands of one height, in the order given. */
function bandsOf(lines: Line[]): Line[][] {
  const bands: Line[][] = [];
  for (const line of lines) {
    const last = bands.at(-1);
    if (last && Math.abs(last[0].y - line.y) < SAME_BAND) last.push(line);
    else bands.push([line]);
  }
  return bands;
}

/**
 * From one edge of the page inward, the running lines up to the first band holding another line,
 * each set apart from the text further in (a table's last row by the foot is as close to the row
 * above it as any row, and is kept).
 */
function outermost(lines: Line[], running: (line: Line) => boolean, drop: Set<Line>): void {
  const bands = bandsOf(lines);
  for (const [i, band] of bands.entries()) {
    const runningOnes = band.filter(running);
    const next = bands[i + 1];
    const size = Math.max(...band.map((l) => l.size));
    const setApart = !next || next.some(running) || Math.abs(next[0].y - band[0].y) >= SET_APART * size;
    if (runningOnes.length === 0 || !setApart) return;
    for (const line of runningOnes) drop.add(line);
    if (runningOnes.length < band.length) return;
  }
}

/** The pages without their running lines (in a page's margin, outermost, their text numbers aside in the margins of 3 pages or of all when fewer). */
export function withoutRunningLines(pages: PageLayout[]): PageLayout[] {
  if (pages.length < 2) return pages;
  const needed = Math.min(3, pages.length);
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.lines.filter((l) => inMargin(l.y, page)).map((l) => keyOf(l.text)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  return pages.map((page) => {
    const running = (line: Line) => inMargin(line.y, page) && (pagesWith.get(keyOf(line.text)) ?? 0) >= needed && !isHeaderRow(line);
    const byY = [...page.lines].sort((a, b) => a.y - b.y);
    const drop = new Set<Line>();
    outermost(byY, running, drop);
    outermost(byY.reverse(), running, drop);
    return drop.size === 0 ? page : { ...page, lines: page.lines.filter((l) => !drop.has(l)) };
  });
}

// A document's running headers and footers: lines at the top or foot of a page ("1997 May 29   5",
// "Philips Semiconductors   Product specification") that come back on other pages, their numbers
// aside. They are no table's text: a footer under a table's last line is no row of it, nor of a list.
import type { PageLayout } from '../../layout/types';

/** The top and foot of a page where running lines stand, as shares of its height. */
const MARGIN = 0.08;

const inMargin = (y: number, page: PageLayout) => y < MARGIN * page.height || y > (1 - MARGIN) * page.height;
const keyOf = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** The pages without their running lines (a line in a page's margin whose text, numbers aside, is in another page's margin too). */
export function withoutRunningLines(pages: PageLayout[]): PageLayout[] {
  if (pages.length < 2) return pages;
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.lines.filter((l) => inMargin(l.y, page)).map((l) => keyOf(l.text)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  return pages.map((page) => {
    const lines = page.lines.filter((l) => !inMargin(l.y, page) || (pagesWith.get(keyOf(l.text)) ?? 0) < 2);
    return lines.length === page.lines.length ? page : { ...page, lines };
  });
}

// A page's text from pdf.js text items: lines rebuilt from glyph positions, a space where a
// horizontal gap separates two runs, a line break where the baseline moves.
export type TextRun = {
  str: string;
  /** [a, b, c, d, e, f]: e and f are the run's origin on the page. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
};

const isRun = (item: object): item is TextRun => 'str' in item;

export function pageText(items: object[]): string {
  let out = '';
  let lastEndX = 0;
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    if (!isRun(item)) continue;
    const x = item.transform[4];
    const y = item.transform[5];
    const size = Math.abs(item.height) || Math.hypot(item.transform[2], item.transform[3]) || 10;
    if (item.str) {
      if (lastY !== null) {
        const newLine = Math.abs(y - lastY) > Math.max(size, lastHeight) * 0.5;
        if (newLine && !out.endsWith('\n')) out += '\n';
        else if (!newLine && x - lastEndX > size * 0.2 && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
      }
      out += item.str;
      lastEndX = x + item.width;
      lastY = y;
      lastHeight = size;
    }
    if (item.hasEOL && !out.endsWith('\n')) {
      out += '\n';
    }
  }
  return out.replace(/[ \t]+\n/g, '\n').trim();
}

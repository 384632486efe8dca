// The lines a page draws (table rules, cell borders, shaded rows' edges), from pdf.js's operator
// list: every stroked or filled path is followed through the transformation matrices in force
// (save / restore / transform / form XObjects) into the page's top-left coordinates; thin filled
// rectangles become one rule, other rectangles their four edges; curves are left out of the rules,
// but small curved shapes are kept as marks (a glyph drawn as a path, not as text). Reading the
// operator list costs about as much as reading the page's text again, so it is done only for the
// pages that need it (a datasheet's characteristics tables).
import { OPS, type PdfPage } from '../pdfjs';
import { apply, multiply, type Matrix } from './matrix';
import type { Box, Rule } from './types';


const MAX_RULES = 4000;
const MAX_MARKS = 2000;
/** A mark is a shape with curves no larger than a glyph. */
const MARK_SIZE = 12;
const THIN = 2.5;
const MIN_LENGTH = 4;


const PAINT = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Horizontal and vertical rules of a page, in the page's top-left coordinates (points). */
export async function readRules(page: PdfPage, viewportTransform: number[]): Promise<Rule[]> {
  return (await readDrawing(page, viewportTransform)).rules;
}

/** The page's rules, and the glyph-sized curved shapes drawn on it (marks). */
export async function readDrawing(page: PdfPage, viewportTransform: number[]): Promise<{ rules: Rule[]; marks: Box[] }> {
  const list = await page.getOperatorList({ intent: 'display' });
  const rules: Rule[] = [];
  const marks: Box[] = [];
  let ctm: Matrix = viewportTransform.slice(0, 6) as Matrix;
  const stack: Matrix[] = [];
  const add = (a: [number, number], b: [number, number]) => {
    if (rules.length >= MAX_RULES) return;
    const [x0, x1] = a[0] <= b[0] ? [a[0], b[0]] : [b[0], a[0]];
    const [y0, y1] = a[1] <= b[1] ? [a[1], b[1]] : [b[1], a[1]];
    if (y1 - y0 < THIN && x1 - x0 >= MIN_LENGTH) rules.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
    else if (x1 - x0 < THIN && y1 - y0 >= MIN_LENGTH) rules.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args[0] as Matrix | null;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && PAINT.has(args[0] as number)) {
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) {
        tracePath(data, ctm, add);
        if (marks.length < MAX_MARKS) {
          const mark = glyphMark(data, ctm);
          if (mark) marks.push(mark);
        }
      }
    }
  }
  return { rules, marks };
}

/** The box of a path with curves no larger than a glyph ("°C" drawn as outlines), or null. */
function glyphMark(data: ArrayLike<number>, ctm: Matrix): Box | null {
  let curves = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const take = (x: number, y: number) => {
    const [px, py] = apply(ctm, x, y);
    x0 = Math.min(x0, px);
    x1 = Math.max(x1, px);
    y0 = Math.min(y0, py);
    y1 = Math.max(y1, py);
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i];
    if (op === 0 || op === 1) {
      take(data[i + 1], data[i + 2]);
      i += 3;
    } else if (op === 2) {
      curves++;
      take(data[i + 5], data[i + 6]);
      i += 7;
    } else if (op === 3) {
      curves++;
      take(data[i + 3], data[i + 4]);
      i += 5;
    } else if (op === 4) i += 1;
    else break;
  }
  const w = x1 - x0;
  const h = y1 - y0;
  return curves >= 2 && w > 0.5 && h > 0.5 && w < MARK_SIZE && h < MARK_SIZE ? { x0, y0, x1, y1 } : null;
}

/** The straight segments of one path; a rectangle's as four edges, a thin one as its middle line. */
function tracePath(data: ArrayLike<number>, ctm: Matrix, add: (a: [number, number], b: [number, number]) => void): void {
  let start: [number, number] | null = null;
  let last: [number, number] | null = null;
  const points: [number, number][] = [];
  const flush = () => {
    // A closed four-point path that is a thin rectangle: one rule along it.
    if (points.length === 4 || points.length === 5) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const w = Math.max(...xs) - Math.min(...xs);
      const h = Math.max(...ys) - Math.min(...ys);
      if (w < THIN || h < THIN) {
        add([Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]);
        points.length = 0;
        return;
      }
    }
    for (let k = 1; k < points.length; k++) add(points[k - 1], points[k]);
    points.length = 0;
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i];
    if (op === 0) {
      flush();
      start = last = apply(ctm, data[i + 1], data[i + 2]);
      points.push(start);
      i += 3;
    } else if (op === 1) {
      last = apply(ctm, data[i + 1], data[i + 2]);
      points.push(last);
      i += 3;
    } else if (op === 2) {
      flush();
      last = apply(ctm, data[i + 5], data[i + 6]);
      points.push(last);
      i += 7;
    } else if (op === 3) {
      flush();
      last = apply(ctm, data[i + 3], data[i + 4]);
      points.push(last);
      i += 5;
    } else if (op === 4) {
      if (start && last && (start[0] !== last[0] || start[1] !== last[1])) points.push(start);
      flush();
      i += 1;
    } else break;
  }
  flush();
}

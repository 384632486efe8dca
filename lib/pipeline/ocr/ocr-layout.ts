// Tesseract's words and lines → the page layout born-digital text uses (lib/pipeline/layout), so
// tables, fields, classification and the domain extractors read a scan as they read any page.
// Reading order is Tesseract's own (its blocks and lines); positions become PDF points.
import { SEGMENT_GAP_EM } from '../layout/segments';
import type { Line, PageLayout, Segment } from '../layout/types';
import type { OcrLine, OcrPage } from './engine';
import type { PixelToPage } from './page-image';

/** Tesseract's noise: a word this unsure with no letter or digit in it is left out. */
const NOISE_CONFIDENCE = 20;

const round = (n: number) => Math.round(n * 100) / 100;

function toLine(line: OcrLine, map: PixelToPage): Line | null {
  const words = line.words.filter((w) => w.confidence >= NOISE_CONFIDENCE || /[\p{L}\p{N}]/u.test(w.text));
  if (!words.length) return null;
  const px = (x: number) => round(map.left + x * map.sx);
  const py = (y: number) => round(map.top + y * map.sy);
  const { baseline, bbox } = line;
  // The baseline under the line's middle, in image pixels (Tesseract gives it as a sloped segment).
  const mid = (bbox.x0 + bbox.x1) / 2;
  const slope = baseline.x1 !== baseline.x0 ? (baseline.y1 - baseline.y0) / (baseline.x1 - baseline.x0) : 0;
  let base = baseline.y0 + slope * (mid - baseline.x0);
  if (!Number.isFinite(base) || base < bbox.y0 || base > bbox.y1 + 2) base = bbox.y1 - 0.2 * (bbox.y1 - bbox.y0);
  // Ascenders reach about three quarters of an em above the baseline.
  const size = round(Math.max(1, ((base - bbox.y0) * map.sy) / 0.75));
  const y = py(base);
  const segments: Segment[] = [];
  for (const word of words) {
    const x0 = px(word.bbox.x0);
    const x1 = px(word.bbox.x1);
    const last = segments[segments.length - 1];
    if (last && x0 - last.x1 <= SEGMENT_GAP_EM * size) {
      last.text += ` ${word.text}`;
      last.x1 = x1;
    } else segments.push({ text: word.text, x0, x1, y, size });
  }
  return { text: segments.map((s) => s.text).join(' '), segments, x0: segments[0].x0, x1: segments[segments.length - 1].x1, y, size, block: line.block };
}

export function ocrLayout(ocr: OcrPage, map: PixelToPage, page: { number: number; width: number; height: number }): PageLayout {
  const lines = ocr.lines.map((l) => toLine(l, map)).filter((l): l is Line => l !== null);
  // Blocks renumbered from 0 in reading order.
  let block = -1;
  let previous: number | null = null;
  for (const line of lines) {
    if (line.block !== previous) block++;
    previous = line.block;
    line.block = block;
  }
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0) text += line.block !== lines[i - 1].block ? '\n\n' : '\n';
    text += line.text;
  });
  return { number: page.number, width: page.width, height: page.height, lines, text };
}

/** Mean word confidence (0..100), weighted by length, of the words kept. */
export function meanConfidence(layoutWords: { text: string; confidence: number }[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const w of layoutWords) {
    sum += w.confidence * w.text.length;
    weight += w.text.length;
  }
  return weight ? Math.round((sum / weight) * 10) / 10 : null;
}

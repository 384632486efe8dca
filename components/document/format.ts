// Result values in words for the document view and the batch summary: durations, page sizes,
// normalised values, languages, error kinds.
import type { NormalizedValue } from '@/lib/pipeline/types';
import type { ErrorType } from '@/lib/schemas/batch';

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s - m * 60)} s`;
  const h = Math.floor(m / 60);
  return `${h} h ${m - h * 60} min`;
}

const PAPER: [string, number, number][] = [
  ['A4', 595, 842],
  ['Letter', 612, 792],
  ['Legal', 612, 1008],
  ['A3', 842, 1191],
  ['A5', 420, 595],
];

/** "612 × 792 pt (Letter)", with the paper name when it is a common size either way round. */
export function formatPageSize(width: number, height: number): string {
  const w = Math.round(width);
  const h = Math.round(height);
  const near = (a: number, b: number) => Math.abs(a - b) <= 2;
  const paper = PAPER.find(([, pw, ph]) => (near(w, pw) && near(h, ph)) || (near(w, ph) && near(h, pw)));
  const orientation = w > h ? ', landscape' : '';
  return `${w} × ${h} pt${paper ? ` (${paper[0]}${orientation})` : ''}`;
}

export function formatNormalized(value: NormalizedValue | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  switch (value.type) {
    case 'date':
      return value.value;
    case 'money': {
      const n = value.amount.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      return value.currency ? `${n} ${value.currency}` : n;
    }
    case 'percent':
      return `${value.value}%`;
    case 'number':
      return value.unit ? `${value.value} ${value.unit}` : String(value.value);
  }
}

/** "en" → "English"; an unknown code is shown as it is. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const ERROR_TYPE_LABELS: Record<ErrorType, string> = {
  validation_error: 'This file could not be processed',
  processing_error: 'The PDF could not be read',
  timeout: 'Processing took too long',
  unexpected_error: 'Something went wrong while processing',
};

const SI_PREFIXES: [number, string][] = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k'], [1, ''], [1e-3, 'm'], [1e-6, 'µ'], [1e-9, 'n'], [1e-12, 'p'], [1e-15, 'f']];

const SI_UNITS = new Set(['A', 'V', 'F', 's', 'Ω', 'Hz', 'S', 'W']);

/** A value in SI units with a prefix (only for units that take one; "A/V²" and "1/V" stay plain): 2.52e-9 A → "2.52 nA", 0.045 Ω → "45 mΩ", 255 → "255". */
export function formatSi(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (!SI_UNITS.has(unit) || value === 0) return `${Number(value.toPrecision(4))}${unit ? ` ${unit}` : ''}`;
  const abs = Math.abs(value);
  const [scale, prefix] = SI_PREFIXES.find(([s]) => abs >= s * 0.9995) ?? SI_PREFIXES[SI_PREFIXES.length - 1];
  return `${Number((value / scale).toPrecision(4))} ${prefix}${unit}`;
}

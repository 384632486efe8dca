// Numbers and dates in words for people.
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** A progress value as the integer 0-100 that a progress bar announces. */
export const percent = (value: number) => Math.min(100, Math.max(0, Math.floor(Number.isFinite(value) ? value : 0)));

export type DateLength = 'medium' | 'short';

const OPTIONS: Record<DateLength, Intl.DateTimeFormatOptions> = {
  medium: { dateStyle: 'medium', timeStyle: 'short' },
  short: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/** In the browser's time zone; `utc` for output that must not depend on where it is rendered. */
export function formatDateTime(iso: string, { utc = false, length = 'medium' }: { utc?: boolean; length?: DateLength } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (utc) return `${new Intl.DateTimeFormat('en', { ...OPTIONS[length], timeZone: 'UTC' }).format(date)} UTC`;
  return new Intl.DateTimeFormat(undefined, OPTIONS[length]).format(date);
}

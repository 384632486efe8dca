// The /jobs page's filter as the person sets it (a period like "last hour" rather than times),
// to and from the page's URL, and resolved into the API's filter at the moment it is used: the
// listing, and the bulk preview whose resolved filter the action then repeats exactly.
import type { JobFilterInput } from '@/lib/schemas/jobs';

export const PERIODS = { '': 'Any time', hour: 'Last hour', day: 'Last 24 hours', week: 'Last 7 days' } as const;
export type Period = keyof typeof PERIODS;
const PERIOD_MS: Record<Exclude<Period, ''>, number> = { hour: 3_600_000, day: 86_400_000, week: 604_800_000 };

export type JobsView = {
  status: string;
  error_type: string;
  document_type: string;
  worker: string;
  batch_id: string;
  period: Period;
  time_field: 'created_at' | 'finished_at';
  sort: 'created_at' | 'finished_at' | 'processing_ms';
  order: 'desc' | 'asc';
};

export const EMPTY_VIEW: JobsView = { status: '', error_type: '', document_type: '', worker: '', batch_id: '', period: '', time_field: 'created_at', sort: 'created_at', order: 'desc' };

const TEXT_KEYS = ['status', 'error_type', 'document_type', 'worker', 'batch_id'] as const;

export function viewFromSearch(params: URLSearchParams | Record<string, string | string[] | undefined>): JobsView {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return typeof value === 'string' ? value : '';
  };
  const view: JobsView = { ...EMPTY_VIEW };
  for (const key of TEXT_KEYS) view[key] = get(key);
  const period = get('period');
  if (period in PERIODS) view.period = period as Period;
  if (get('time_field') === 'finished_at') view.time_field = 'finished_at';
  const sort = get('sort');
  if (sort === 'finished_at' || sort === 'processing_ms') view.sort = sort;
  if (get('order') === 'asc') view.order = 'asc';
  return view;
}

/** The query string that gives this view back (only what differs from the defaults). */
export function searchFromView(view: JobsView): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(view)) if (value && value !== EMPTY_VIEW[key as keyof JobsView]) params.set(key, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The API's filter for this view, with the period turned into a start time as of `now`. */
export function filterOf(view: JobsView, now = Date.now()): JobFilterInput {
  const filter: JobFilterInput = { time_field: view.time_field };
  for (const key of TEXT_KEYS) if (view[key].trim()) filter[key] = view[key].trim();
  if (view.period) filter.from = new Date(now - PERIOD_MS[view.period]).toISOString();
  return filter;
}

/** The listing's query: the filter (lists comma-separated), the sort. */
export function listQueryOf(view: JobsView, now = Date.now()): Record<string, string> {
  const query: Record<string, string> = { sort: view.sort, order: view.order };
  for (const [key, value] of Object.entries(filterOf(view, now))) if (typeof value === 'string') query[key] = value;
  return query;
}

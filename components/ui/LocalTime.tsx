'use client';
// A date in the reader's time zone. The server (and hydration) render it in UTC, then the
// browser re-renders it locally, so server and client markup never disagree.
import { useSyncExternalStore } from 'react';
import { formatDateTime, type DateLength } from '@/lib/client/format';

const noSubscription = () => () => {};

export function LocalTime({ iso, length = 'medium' }: { iso: string; length?: DateLength }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  return <time dateTime={iso}>{formatDateTime(iso, { utc: !inBrowser, length })}</time>;
}

// /analytics - how the service did over the last hour, day or week, from the database. The server
// renders the first answer; the range picker and the refresh are in page-client.tsx.
import { headers } from 'next/headers';
import { getAnalytics } from '@/lib/analytics/get-analytics';
import { authStateOf } from '@/lib/auth/auth-state';
import type { AnalyticsRange } from '@/lib/schemas/analytics';
import { AnalyticsPageClient } from './page-client';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AnalyticsPage({ searchParams }: Props) {
  const [params, requestHeaders] = await Promise.all([searchParams, headers()]);
  const range: AnalyticsRange = params.range === 'day' || params.range === 'week' ? params.range : 'hour';
  const initial = await getAnalytics({ range });
  return <AnalyticsPageClient initialRange={range} initial={initial} signedIn={authStateOf(requestHeaders) === 'cookie'} />;
}

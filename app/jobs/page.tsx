// /jobs - every job across batches: filter, sort, page, details, bulk retry and cancel. The server
// renders the first page of the view in the URL; everything interactive is in page-client.tsx.
import { headers } from 'next/headers';
import { authStateOf } from '@/lib/auth/auth-state';
import { listQueryOf, viewFromSearch } from '@/lib/client/jobs-filter';
import { listJobs } from '@/lib/jobs/list-jobs';
import { listAllJobsQuerySchema, type JobPage } from '@/lib/schemas/jobs';
import { JobsPageClient } from './page-client';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JobsPage({ searchParams }: Props) {
  const [params, requestHeaders] = await Promise.all([searchParams, headers()]);
  const view = viewFromSearch(params);
  // A filter the API refuses (a typed-in value) renders empty; the page then says why.
  const query = listAllJobsQuerySchema.safeParse({ ...listQueryOf(view), limit: PAGE_SIZE });
  const initial: JobPage | null = query.success ? await listJobs(query.data) : null;
  return <JobsPageClient initialView={view} initialPage={initial} pageSize={PAGE_SIZE} signedIn={authStateOf(requestHeaders) === 'cookie'} />;
}

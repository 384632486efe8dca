// /batch - upload PDFs and follow batches live. The server renders the first page of batches;
// everything interactive is in page-client.tsx.
import { headers } from 'next/headers';
import { authStateOf } from '@/lib/auth/auth-state';
import { listBatches } from '@/lib/batches/list-batches';
import { BatchPageClient } from './page-client';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BatchPage({ searchParams }: Props) {
  const [initial, params, requestHeaders] = await Promise.all([listBatches({ limit: PAGE_SIZE }), searchParams, headers()]);
  const batch = typeof params.batch === 'string' && params.batch ? params.batch : null;
  const signedIn = authStateOf(requestHeaders) === 'cookie';
  return <BatchPageClient initialBatches={initial} initialBatchId={batch} pageSize={PAGE_SIZE} signedIn={signedIn} />;
}

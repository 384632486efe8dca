// /batch/:id/documents/:jobId - everything extracted from one file of a batch, rendered on the
// server from the stored result; refreshed by itself while the job is still running.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AppError } from '@/lib/errors';
import { getJob, type JobDetail } from '@/lib/jobs/get-job';
import { DocumentView } from '@/components/document/DocumentView';
import { RefreshWhileRunning } from '@/components/document/RefreshWhileRunning';
import '../../../batch-page.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string; jobId: string }> };

/** The job, or null when there is none with this id in this batch. */
async function findJob(batchId: string, jobId: string): Promise<JobDetail | null> {
  try {
    const job = await getJob(jobId);
    return job.batch_id === batchId ? job : null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, jobId } = await params;
  const job = await findJob(id, jobId);
  return { title: job ? `${job.filename} · pdf-batch` : 'Document not found · pdf-batch' };
}

export default async function DocumentPage({ params }: Props) {
  const { id, jobId } = await params;
  const job = await findJob(id, jobId);
  return (
    <div className="page">
      <header className="page__header">
        <p className="page__title">
          <span className="page__logo" aria-hidden="true" />
          <Link href="/batch" className="doc-home">
            pdf-batch
          </Link>
        </p>
      </header>
      <main>
        {job ? (
          <>
            <DocumentView job={job} />
            <RefreshWhileRunning running={job.status === 'queued' || job.status === 'processing'} />
          </>
        ) : (
          <section className="card" aria-labelledby="missing-title">
            <h1 id="missing-title" className="card__title">
              This document could not be found
            </h1>
            <p>There is no file with this id in this batch. It may have been deleted with its batch, or the link is incomplete.</p>
            <p>
              <Link href={`/batch?batch=${encodeURIComponent(id)}`}>Go to the batch</Link> · <Link href="/batch">All batches</Link>
            </p>
          </section>
        )}
      </main>
    </div>
  );
}

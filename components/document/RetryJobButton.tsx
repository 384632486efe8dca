'use client';
// Retry on a failed or cancelled document's own page: queues it again, then reloads the view
// (which then refreshes itself until the document is done). A refusal is shown in words.
import { useRouter } from 'next/navigation';
import { retryJob } from '@/lib/client/control';
import { useAction } from '@/lib/client/use-action';

export function RetryJobButton({ jobId }: { jobId: string }) {
  const router = useRouter();
  const action = useAction();
  const retry = () => {
    if (action.pending) return;
    void action.run('retry', async () => {
      await retryJob(jobId);
      router.refresh();
    });
  };
  return (
    <>
      <button type="button" className="button" onClick={retry} aria-disabled={action.pending !== null || undefined} data-testid="doc-retry">
        {action.pending ? 'Queuing again…' : 'Retry'}
      </button>
      {action.error && (
        <span className="notice" data-tone="danger" role="alert">
          {action.error}
        </span>
      )}
    </>
  );
}

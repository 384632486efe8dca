// GET /api/jobs/:id/result - the job and its result as a JSON file to download
import { route } from '@/lib/http/respond';
import { contentDisposition, withExtension } from '@/lib/jobs/content-disposition';
import { getJobResultDownload } from '@/lib/jobs/get-job-result';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request, { params }: Context) => {
  const download = await getJobResultDownload((await params).id);
  return new Response(download.body, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': contentDisposition('attachment', withExtension(download.filename, 'json')),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
});

// GET /api/jobs/:id/file - the original PDF, as a download (or shown in the browser with ?inline=1),
// named with a .pdf extension whatever name it was uploaded under
import { parseQuery, route } from '@/lib/http/respond';
import { contentDisposition, pdfDownloadName } from '@/lib/jobs/content-disposition';
import { openJobFile } from '@/lib/jobs/open-job-file';
import { jobFileQuerySchema } from '@/lib/schemas/batch';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request, { params }: Context) => {
  const { inline } = parseQuery(request, jobFileQuerySchema);
  const file = await openJobFile((await params).id);
  return new Response(file.body, {
    headers: {
      'content-type': 'application/pdf',
      'content-length': String(file.size),
      'content-disposition': contentDisposition(inline === '1' ? 'inline' : 'attachment', pdfDownloadName(file.filename)),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-cache',
    },
  });
});

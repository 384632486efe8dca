// POST /api/jobs/bulk/preview - how many jobs a bulk retry or cancel of a filter would change, and as of when
import { json, parseJsonBody, route } from '@/lib/http/respond';
import { previewBulk } from '@/lib/jobs/bulk-jobs';
import { bulkPreviewBodySchema } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

export const POST = route(async (request) => {
  const { action, filter } = await parseJsonBody(request, bulkPreviewBodySchema);
  return json(await previewBulk(action, filter));
});

// GET /api/templates/:id - one template, by id or name
// PATCH /api/templates/:id - change some of its settings
// DELETE /api/templates/:id - delete it (batches made from it keep their settings)
import { json, parseJsonBody, route } from '@/lib/http/respond';
import { updateTemplateBodySchema } from '@/lib/schemas/template';
import { deleteTemplate } from '@/lib/templates/delete-template';
import { getTemplateRow } from '@/lib/templates/find-template';
import { toTemplate } from '@/lib/templates/serialize';
import { updateTemplate } from '@/lib/templates/update-template';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request, { params }: Context) => json(toTemplate(await getTemplateRow((await params).id))));

export const PATCH = route(async (request, { params }: Context) =>
  json(await updateTemplate((await params).id, await parseJsonBody(request, updateTemplateBodySchema))),
);

export const DELETE = route(async (_request, { params }: Context) => {
  await deleteTemplate((await params).id);
  return new Response(null, { status: 204 });
});

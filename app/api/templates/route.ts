// GET /api/templates - every template, by name
// POST /api/templates - save a template ({ "name", "name_pattern", "workflow", "priority", "ocr", "retention_days" })
import { json, parseJsonBody, route } from '@/lib/http/respond';
import { createTemplateBodySchema } from '@/lib/schemas/template';
import { createTemplate } from '@/lib/templates/create-template';
import { listTemplates } from '@/lib/templates/list-templates';

export const dynamic = 'force-dynamic';

export const GET = route(async () => json(await listTemplates()));

export const POST = route(async (request) => json(await createTemplate(await parseJsonBody(request, createTemplateBodySchema)), 201));

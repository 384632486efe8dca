// GET /api/templates - every template, by name.
import { db } from '../db/client';
import type { TemplateList } from '../schemas/template';
import { toTemplate } from './serialize';

/** Templates are few (presets a person names), so they come in one answer, without pages. */
export async function listTemplates(): Promise<TemplateList> {
  const client = await db();
  const rows = await client.template.findMany({ orderBy: { name: 'asc' } });
  return { templates: rows.map(toTemplate) };
}

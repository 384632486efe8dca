// DELETE /api/templates/:id - forget a template; batches made from it keep their settings.
import { db } from '../db/client';
import { notFound } from '../errors';
import { getTemplateRow } from './find-template';

export async function deleteTemplate(idOrName: string): Promise<void> {
  const row = await getTemplateRow(idOrName);
  const client = await db();
  const { count } = await client.template.deleteMany({ where: { id: row.id } });
  if (count === 0) throw notFound('template', idOrName);
}

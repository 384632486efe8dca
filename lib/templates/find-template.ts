// One template by its id or its name (names are unique), as the API, the CLI and the watched folder
// refer to it.
import { db } from '../db/client';
import type { Template as TemplateRow } from '../generated/prisma/client';
import { notFound } from '../errors';

export async function findTemplate(idOrName: string): Promise<TemplateRow | null> {
  const client = await db();
  return client.template.findFirst({ where: { OR: [{ id: idOrName }, { name: idOrName }] } });
}

export async function getTemplateRow(idOrName: string): Promise<TemplateRow> {
  const row = await findTemplate(idOrName);
  if (!row) throw notFound('template', idOrName);
  return row;
}

// PATCH /api/templates/:id - change some of a template's settings; batches made from it keep theirs.
import { db } from '../db/client';
import type { Template, UpdateTemplateBody } from '../schemas/template';
import { getTemplateRow } from './find-template';
import { toTemplate } from './serialize';
import { isUniqueViolation, nameTaken } from './unique-name';

export async function updateTemplate(idOrName: string, body: UpdateTemplateBody): Promise<Template> {
  const current = await getTemplateRow(idOrName);
  const client = await db();
  if (body.name !== undefined && body.name !== current.name) {
    if (await client.template.findUnique({ where: { name: body.name }, select: { id: true } })) throw nameTaken(body.name);
  }
  try {
    const row = await client.template.update({
      where: { id: current.id },
      data: {
        name: body.name,
        namePattern: body.name_pattern,
        workflow: body.workflow,
        priority: body.priority,
        ocr: body.ocr,
        retentionDays: body.retention_days,
      },
    });
    return toTemplate(row);
  } catch (err) {
    if (isUniqueViolation(err) && body.name !== undefined) throw nameTaken(body.name);
    throw err;
  }
}

// POST /api/templates - save a preset of batch settings under a unique name.
import { randomUUID } from 'node:crypto';
import { db } from '../db/client';
import type { CreateTemplateBody, Template } from '../schemas/template';
import { toTemplate } from './serialize';
import { isUniqueViolation, nameTaken } from './unique-name';

export async function createTemplate(body: CreateTemplateBody): Promise<Template> {
  const client = await db();
  if (await client.template.findUnique({ where: { name: body.name }, select: { id: true } })) throw nameTaken(body.name);
  try {
    const row = await client.template.create({
      data: {
        id: randomUUID(),
        name: body.name,
        namePattern: body.name_pattern ?? null,
        workflow: body.workflow,
        priority: body.priority,
        ocr: body.ocr ?? null,
        retentionDays: body.retention_days ?? null,
      },
    });
    return toTemplate(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(body.name);
    throw err;
  }
}

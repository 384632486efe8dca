// Template rows to the API's snake_case shape (lib/schemas/template.ts).
import type { Template as TemplateRow } from '../generated/prisma/client';
import type { OcrMode, Workflow } from '../schemas/batch';
import type { Template } from '../schemas/template';

export function toTemplate(row: TemplateRow): Template {
  return {
    template_id: row.id,
    name: row.name,
    name_pattern: row.namePattern,
    workflow: row.workflow as Workflow,
    priority: row.priority,
    ocr: (row.ocr as OcrMode | null) ?? null,
    retention_days: row.retentionDays,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

// The API's shapes for templates (saved batch settings): zod schemas with their inferred types.
import { z } from 'zod';
import { stripInvisible } from '../text/invisible';
import { namePatternProblem } from '../templates/name-pattern';
import { ocrModeSchema, workflowSchema } from './batch';

/** Folder names the watched folder keeps for itself, and names a path cannot hold. */
const RESERVED_NAMES = new Set(['processed', 'failed', '.', '..']);

export const templateNameSchema = z
  .string()
  .overwrite(stripInvisible)
  .trim()
  .min(1)
  .max(100)
  .refine((n) => !/[/\\:*?"<>|\u0000-\u001f]/.test(n), { message: 'a template name is also a folder name (WATCH_DIR/<name>/): no / \\ : * ? " < > |' })
  .refine((n) => !n.startsWith('.') && !RESERVED_NAMES.has(n.toLowerCase()), { message: 'this name is kept for the watched folder (processed, failed) or starts with a dot' });

const namePatternSchema = z
  .string()
  .overwrite(stripInvisible)
  .trim()
  .min(1)
  .max(200)
  .superRefine((pattern, ctx) => {
    const problem = namePatternProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const retentionDaysSchema = z.number().int().min(0).max(36_500);

export const templateSchema = z.object({
  template_id: z.string(),
  name: z.string(),
  name_pattern: z.string().nullable().describe('the batch name, with {template}, {date}, {time} and {files} filled in; null: the default name'),
  workflow: workflowSchema,
  priority: z.number().int(),
  ocr: ocrModeSchema.nullable().describe("null: the server's default (OCR)"),
  retention_days: z.number().int().nullable().describe('days its batches are kept once finished; null: RETENTION_DAYS; 0: for ever'),
  created_at: z.string().describe('ISO 8601 date-time'),
  updated_at: z.string().describe('ISO 8601 date-time'),
});
export type Template = z.infer<typeof templateSchema>;

export const templateListSchema = z.object({ templates: z.array(templateSchema) });
export type TemplateList = z.infer<typeof templateListSchema>;

export const createTemplateBodySchema = z
  .object({
    name: templateNameSchema,
    name_pattern: namePatternSchema.nullable().optional(),
    workflow: workflowSchema.default('full_extraction'),
    priority: z.number().int().min(-100).max(100).default(0),
    ocr: ocrModeSchema.nullable().optional(),
    retention_days: retentionDaysSchema.nullable().optional(),
  })
  .strict();
export type CreateTemplateBody = z.infer<typeof createTemplateBodySchema>;

export const updateTemplateBodySchema = z
  .object({
    name: templateNameSchema.optional(),
    name_pattern: namePatternSchema.nullable().optional(),
    workflow: workflowSchema.optional(),
    priority: z.number().int().min(-100).max(100).optional(),
    ocr: ocrModeSchema.nullable().optional(),
    retention_days: retentionDaysSchema.nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Give at least one field to change.' });
export type UpdateTemplateBody = z.infer<typeof updateTemplateBodySchema>;

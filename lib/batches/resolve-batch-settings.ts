// The settings a new batch is created with, from the fields of its request (an upload's form
// fields, the sample batch's JSON): its template's settings for the fields not given, explicit
// fields winning; the name pattern filled in; the schedule and the e-mail address checked.
import { config } from '../config';
import { AppError } from '../errors';
import { parseInput } from '../http/validation-message';
import { createBatchFieldsSchema, type BatchSettings, type OcrMode, type Workflow } from '../schemas/batch';
import { findTemplate } from '../templates/find-template';
import { fillNamePattern } from '../templates/name-pattern';
import { parseStartAt } from './parse-start-at';

/** A field counts as given when the request holds it with a value ("" is not one). */
const given = (raw: Record<string, unknown>, key: string) => raw[key] !== undefined && raw[key] !== '';

export async function resolveBatchSettings(raw: Record<string, unknown>, files: number, now = new Date()): Promise<BatchSettings> {
  const fields = parseInput(createBatchFieldsSchema, raw);
  const template = fields.template ? await findTemplate(fields.template) : null;
  if (fields.template && !template) {
    throw new AppError('unknown_template', `There is no template "${fields.template}". GET /api/templates lists them; POST /api/templates saves one.`);
  }
  if (fields.notify_email && !config().smtpUrl) {
    throw new AppError('email_not_configured', 'This server sends no e-mail (SMTP_URL is not set): leave out notify_email, or ask the administrator to set SMTP_URL.');
  }
  const name = fields.name || (template?.namePattern ? fillNamePattern(template.namePattern, { template: template.name, now, files }) : undefined);
  return {
    name,
    workflow: given(raw, 'workflow') || !template ? fields.workflow : (template.workflow as Workflow),
    priority: given(raw, 'priority') || !template ? fields.priority : template.priority,
    ocr: given(raw, 'ocr') || !template ? fields.ocr : ((template.ocr as OcrMode | null) ?? undefined),
    template: template?.name ?? null,
    retentionDays: template?.retentionDays ?? null,
    startAt: fields.start_at ? parseStartAt(fields.start_at, now) : null,
    held: fields.hold ?? false,
    notifyEmail: fields.notify_email ?? null,
  };
}

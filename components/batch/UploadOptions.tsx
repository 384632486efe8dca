// What to call the batch, which template to start from, how to process it, how urgent it is and
// when it starts (now, at a time, or when released).
import { WORKFLOW_LABELS } from '@/lib/client/labels';
import { isoToLocalInput } from '@/lib/client/schedule';
import { WORKFLOWS, type OcrMode, type Workflow } from '@/lib/schemas/batch';
import type { Template } from '@/lib/schemas/template';

export type StartChoice = 'now' | 'at' | 'hold';

/**
 * `ocr` '': the server's default. `template` '': none. `startAt`: a datetime-local value (the
 * reader's time), used when `start` is 'at'.
 */
export type UploadChoices = {
  name: string;
  workflow: Workflow;
  priority: number;
  ocr: OcrMode | '';
  template: string;
  start: StartChoice;
  startAt: string;
};

export const INITIAL_CHOICES: UploadChoices = { name: '', workflow: 'full_extraction', priority: 0, ocr: '', template: '', start: 'now', startAt: '' };

/** Choosing a template fills in its settings (each can still be changed); none keeps the current ones. */
export function withTemplate(choices: UploadChoices, template: Template | undefined): UploadChoices {
  if (!template) return { ...choices, template: '' };
  return { ...choices, template: template.name, workflow: template.workflow, priority: template.priority, ocr: template.ocr ?? '' };
}

const OCR_CHOICES: { value: OcrMode | ''; label: string }[] = [
  { value: '', label: 'Scanned pages (server default)' },
  { value: 'auto', label: 'Scanned pages only' },
  { value: 'force', label: 'Every page' },
  { value: 'off', label: 'Off' },
];

/** Higher goes first; batches of equal priority take turns. */
export const PRIORITIES = [
  { value: -5, label: 'Low' },
  { value: 0, label: 'Normal' },
  { value: 5, label: 'High' },
] as const;

type Props = { value: UploadChoices; templates: Template[]; disabled: boolean; onChange: (value: UploadChoices) => void };

export function UploadOptions({ value, templates, disabled, onChange }: Props) {
  const template = templates.find((t) => t.name === value.template);
  const priorities = PRIORITIES.some((p) => p.value === value.priority) ? PRIORITIES : [...PRIORITIES, { value: value.priority, label: `Custom (${value.priority})` }];
  return (
    <div className="upload-options">
      {templates.length > 0 && (
        <label className="field upload-options__template">
          <span className="field__label">Template</span>
          <select
            className="input"
            name="template"
            value={value.template}
            disabled={disabled}
            onChange={(e) => onChange(withTemplate(value, templates.find((t) => t.name === e.target.value)))}
          >
            <option value="">None</option>
            {templates.map((t) => (
              <option key={t.template_id} value={t.name}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span className="field__label">Batch name (optional)</span>
        <input
          className="input"
          type="text"
          maxLength={200}
          placeholder={template?.name_pattern ? `from the template: ${template.name_pattern}` : 'e.g. Invoices March'}
          value={value.name}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, name: e.target.value })}
        />
      </label>
      <label className="field upload-options__workflow">
        <span className="field__label">Workflow</span>
        <select
          className="input"
          value={value.workflow}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, workflow: e.target.value as Workflow })}
        >
          {WORKFLOWS.map((w) => (
            <option key={w} value={w}>
              {WORKFLOW_LABELS[w]}
            </option>
          ))}
        </select>
      </label>
      <label className="field upload-options__ocr">
        <span className="field__label">OCR</span>
        <select
          className="input"
          name="ocr"
          value={value.ocr}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, ocr: e.target.value as OcrMode | '' })}
        >
          {OCR_CHOICES.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field upload-options__priority">
        <span className="field__label">Priority</span>
        <select
          className="input"
          value={value.priority}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, priority: Number(e.target.value) })}
        >
          {priorities.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field upload-options__start">
        <span className="field__label">Start</span>
        <select
          className="input"
          name="start"
          value={value.start}
          disabled={disabled}
          onChange={(e) => {
            const start = e.target.value as StartChoice;
            // A time an hour from now to begin with, so the field never starts out empty or past.
            onChange({ ...value, start, startAt: start === 'at' && !value.startAt ? isoToLocalInput(Date.now() + 3_600_000) : value.startAt });
          }}
        >
          <option value="now">Now</option>
          <option value="at">At a time…</option>
          <option value="hold">Hold until I start it</option>
        </select>
      </label>
      {value.start === 'at' && (
        <label className="field upload-options__start-at">
          <span className="field__label">Start at (your time)</span>
          <input
            className="input"
            type="datetime-local"
            name="start_at"
            required
            value={value.startAt}
            disabled={disabled}
            onChange={(e) => onChange({ ...value, startAt: e.target.value })}
          />
        </label>
      )}
    </div>
  );
}

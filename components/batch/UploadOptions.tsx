// What to call the batch, how to process it and how urgent it is.
import { WORKFLOW_LABELS } from '@/lib/client/labels';
import { WORKFLOWS, type OcrMode, type Workflow } from '@/lib/schemas/batch';

/** `ocr` '': the server's default. */
export type UploadChoices = { name: string; workflow: Workflow; priority: number; ocr: OcrMode | '' };

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

type Props = { value: UploadChoices; disabled: boolean; onChange: (value: UploadChoices) => void };

export function UploadOptions({ value, disabled, onChange }: Props) {
  return (
    <div className="upload-options">
      <label className="field">
        <span className="field__label">Batch name (optional)</span>
        <input
          className="input"
          type="text"
          maxLength={200}
          placeholder="e.g. Invoices March"
          value={value.name}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, name: e.target.value })}
        />
      </label>
      <label className="field">
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
          {PRIORITIES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

// What to call the batch and how to process it.
import { WORKFLOW_LABELS } from '@/lib/client/labels';
import { WORKFLOWS, type Workflow } from '@/lib/schemas/batch';

export type UploadChoices = { name: string; workflow: Workflow };

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
    </div>
  );
}

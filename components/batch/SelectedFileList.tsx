// The files chosen for the next upload, each removable until it is sent.
import { formatBytes } from '@/lib/client/format';
import type { SelectedFile } from '@/lib/client/check-files';

type Props = { files: readonly SelectedFile[]; disabled: boolean; onRemove: (key: string) => void };

export function SelectedFileList({ files, disabled, onRemove }: Props) {
  if (files.length === 0) return null;
  return (
    <ul className="file-list" aria-label="Files to upload">
      {files.map(({ key, file }) => (
        <li key={key} className="file-list__item" data-testid="selected-file">
          <span className="file-list__name truncate" title={file.name}>
            {file.name}
          </span>
          <span className="file-list__size">{formatBytes(file.size)}</span>
          <button
            type="button"
            className="icon-button"
            onClick={() => onRemove(key)}
            disabled={disabled}
            aria-label={`Remove ${file.name}`}
            title="Remove"
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

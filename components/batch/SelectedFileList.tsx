// The files chosen for the next upload, each removable until it is sent, with how much of it
// has been sent while uploading (in the tracker, that upload is then the first tenth of its bar). The first rows only, and the rest on request, so a selection of
// a thousand files stays quick; rows are memoised and redraw only when their own share changes.
import { memo, useState } from 'react';
import { formatBytes, percent, plural } from '@/lib/client/format';
import type { SelectedFile } from '@/lib/client/check-files';
import { ProgressBar } from '@/components/ui/ProgressBar';

const FIRST = 100;

type Props = {
  files: readonly SelectedFile[];
  disabled: boolean;
  onRemove: (key: string) => void;
  /** While uploading: the fraction (0..1) of each file sent, in the order of `files`. */
  sent?: readonly number[] | null;
};

export function SelectedFileList({ files, disabled, onRemove, sent = null }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (files.length === 0) return null;
  const totalBytes = files.reduce((sum, s) => sum + s.file.size, 0);
  const visible = showAll ? files : files.slice(0, FIRST);
  const hidden = files.length - visible.length;
  return (
    <div className="selection">
      <p className="selection__summary" data-testid="selection-summary">
        {plural(files.length, 'file')} · {formatBytes(totalBytes)}
      </p>
      <ul className="file-list" aria-label="Files to upload">
        {visible.map((s, i) => (
          <SelectedRow key={s.key} item={s} disabled={disabled} onRemove={onRemove} sentPercent={sent ? percent((sent[i] ?? 0) * 100) : null} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="button selection__more" data-variant="ghost" onClick={() => setShowAll(true)}>
          Show all ({plural(hidden, 'more file')})
        </button>
      )}
    </div>
  );
}

type RowProps = { item: SelectedFile; disabled: boolean; onRemove: (key: string) => void; sentPercent: number | null };

const SelectedRow = memo(function SelectedRow({ item: { key, name, file }, disabled, onRemove, sentPercent }: RowProps) {
  return (
    <li className="file-list__item" data-testid="selected-file">
      <span className="file-list__name truncate" title={name}>
        {name}
      </span>
      {sentPercent !== null && (
        <span className="file-list__upload">
          <ProgressBar value={sentPercent} label={`Upload of ${name}`} />
          <span className="file-list__percent">{sentPercent === 100 ? 'Sent' : `${sentPercent}%`}</span>
        </span>
      )}
      <span className="file-list__size">{formatBytes(file.size)}</span>
      <button
        type="button"
        className="icon-button"
        onClick={() => onRemove(key)}
        disabled={disabled}
        aria-label={`Remove ${name}`}
        title="Remove"
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
});

'use client';
// Drop or pick PDFs, check them, choose options, then send them all in one request with a
// progress bar for the bytes; the server's answer (and anything it refused) is shown in words.
import { useState } from 'react';
import { useDropzone, type FileRejection } from 'react-dropzone';
import { formatBytes, plural } from '@/lib/client/format';
import { useFileSelection } from '@/lib/client/use-file-selection';
import { useUpload } from '@/lib/client/use-upload';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { RefusedFileList } from './RefusedFileList';
import { SelectedFileList } from './SelectedFileList';
import { UploadOptions, type UploadChoices } from './UploadOptions';
import './upload-zone.css';

type Props = { onBatchCreated: (batchId: string) => void };

export function BatchUploadZone({ onBatchCreated }: Props) {
  const selection = useFileSelection();
  const upload = useUpload();
  const [choices, setChoices] = useState<UploadChoices>({ name: '', workflow: 'full_extraction' });
  const { state } = upload;
  const uploading = state.phase === 'uploading';

  function onDrop(accepted: File[], rejections: FileRejection[]) {
    // Every file goes through our own checks, so each refusal has a reason in plain words.
    if (state.phase === 'done' || state.phase === 'failed') upload.reset();
    selection.add([...accepted, ...rejections.map((r) => r.file)]);
  }
  const { getRootProps, getInputProps, isDragActive, isDragReject } = useDropzone({
    onDrop,
    accept: { 'application/pdf': ['.pdf'] },
    multiple: true,
    disabled: uploading,
  });

  async function send() {
    const files = selection.selected.map((s) => s.file);
    const response = await upload.start(files, { name: choices.name, workflow: choices.workflow });
    if (!response) return;
    selection.clear();
    setChoices((c) => ({ ...c, name: '' }));
    onBatchCreated(response.batch_id);
  }

  const count = selection.selected.length;
  const totalBytes = selection.selected.reduce((sum, s) => sum + s.file.size, 0);
  return (
    <section className="card upload" aria-labelledby="upload-title">
      <h2 id="upload-title" className="card__title">
        New batch
      </h2>
      <div
        {...getRootProps({
          className: 'dropzone',
          role: 'button',
          'aria-label': 'Add PDF files: drop them here, or press Enter to choose files',
        })}
        data-drag={isDragReject ? 'reject' : isDragActive ? 'active' : undefined}
        data-disabled={uploading || undefined}
      >
        <input {...getInputProps()} data-testid="file-input" />
        <svg className="dropzone__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 16V4m0 0 4.5 4.5M12 4 7.5 8.5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
        </svg>
        <p className="dropzone__title">
          {isDragReject ? 'Only PDF files can be added' : isDragActive ? 'Drop to add them' : 'Drop PDF files here'}
        </p>
        <p className="dropzone__hint">
          or <span className="dropzone__link">choose files</span> · PDF only, up to 50 MB each
        </p>
      </div>

      {selection.checking && <p className="muted" role="status">Checking files…</p>}
      <RefusedFileList title="Not added:" files={selection.refused} />
      <SelectedFileList files={selection.selected} disabled={uploading} onRemove={selection.remove} />
      <UploadOptions value={choices} disabled={uploading} onChange={setChoices} />

      {state.phase === 'uploading' && (
        <div className="upload__progress">
          <ProgressBar value={state.total ? (state.loaded / state.total) * 100 : 0} label="Upload progress" size="md" />
          <p className="muted">
            Sending {formatBytes(state.loaded)} of {formatBytes(state.total)}
          </p>
        </div>
      )}
      {state.phase === 'failed' && (
        <p className="notice" data-tone="danger" role="alert">
          Upload failed. {state.message}
        </p>
      )}
      {state.phase === 'done' && (
        <>
          <p className="notice" data-tone="success" role="status">
            Batch “{state.response.name}” created:{' '}
            {plural(state.response.total_files - state.response.rejected.length, 'file')} queued for processing.
          </p>
          <RefusedFileList
            title="The server refused:"
            files={state.response.rejected.map((r) => ({ filename: r.filename, reason: r.error }))}
          />
        </>
      )}

      <div className="upload__actions">
        {uploading ? (
          <button type="button" className="button" data-variant="secondary" onClick={upload.cancel}>
            Cancel upload
          </button>
        ) : (
          count > 0 && (
            <button type="button" className="button" data-variant="ghost" onClick={selection.clear}>
              Clear
            </button>
          )
        )}
        <button
          type="button"
          className="button"
          data-variant="primary"
          disabled={count === 0 || uploading || selection.checking}
          onClick={() => void send()}
        >
          {uploading ? 'Uploading…' : count > 0 ? `Upload ${plural(count, 'file')}` : 'Upload files'}
          {count > 0 && !uploading && <span className="button__extra"> ({formatBytes(totalBytes)})</span>}
        </button>
      </div>
    </section>
  );
}

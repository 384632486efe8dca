'use client';
// Drop, pick (files or a folder) or paste PDFs, check them, choose options, then send them all in
// one request with each file's share of the bytes on its own bar; the server's answer (and anything
// it refused) is shown in words. "Try it" makes a batch of the sample PDFs that ship with the app.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDropzone, type FileRejection } from 'react-dropzone';
import { createDemoBatch } from '@/lib/client/api';
import { messageOf } from '@/lib/client/api-error';
import { formatBytes, plural } from '@/lib/client/format';
import { splitUploadProgress } from '@/lib/client/upload-split';
import { useFileSelection } from '@/lib/client/use-file-selection';
import { useHydrated } from '@/lib/client/use-hydrated';
import { useLimits } from '@/lib/client/use-limits';
import { useTemplates } from '@/lib/client/use-templates';
import { useUpload } from '@/lib/client/use-upload';
import { localInputToIso } from '@/lib/client/schedule';
import type { UploadOptions as SendOptions } from '@/lib/client/api';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { RefusedFileList } from './RefusedFileList';
import { SelectedFileList } from './SelectedFileList';
import { INITIAL_CHOICES, UploadOptions, type UploadChoices } from './UploadOptions';
import './upload-zone.css';

/** `selectedId`: the batch the page shows; the "Batch created" notice lasts while it is that batch. */
type Props = { onBatchCreated: (batchId: string) => void; selectedId?: string | null };

/** The choices as the request's fields (a start time in the reader's zone goes as UTC). */
function sendOptions(choices: UploadChoices): SendOptions {
  return {
    name: choices.name,
    workflow: choices.workflow,
    priority: choices.priority,
    ocr: choices.ocr || undefined,
    template: choices.template || undefined,
    startAt: choices.start === 'at' ? (localInputToIso(choices.startAt) ?? undefined) : undefined,
    hold: choices.start === 'hold' || undefined,
  };
}

/** Whether a paste landed in a text field (then it is text, not files for us). */
const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function BatchUploadZone({ onBatchCreated, selectedId = null }: Props) {
  const limits = useLimits();
  const selection = useFileSelection(limits);
  const upload = useUpload();
  const templates = useTemplates();
  const [choices, setChoices] = useState<UploadChoices>(INITIAL_CHOICES);
  const [demo, setDemo] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const { state } = upload;
  const busy = state.phase === 'uploading' || state.phase === 'waiting';
  // Until the script runs nothing here can take a file or keep a choice (hydration would undo it).
  const hydrated = useHydrated();
  const locked = busy || !hydrated;
  const folderInput = useRef<HTMLInputElement>(null);

  function addFiles(files: readonly File[]) {
    if (files.length === 0) return;
    if (state.phase === 'done' || state.phase === 'failed') upload.reset();
    selection.add(files);
  }

  function onDrop(accepted: File[], rejections: FileRejection[]) {
    // Every file goes through our own checks, so each refusal has a reason in plain words.
    addFiles([...accepted, ...rejections.map((r) => r.file)]);
  }
  // No `accept` for the drop: a PDF is known by its bytes, as on the server (lib/client/check-files.ts),
  // so a scan saved without ".pdf" is not shown as refused while dragged. The file dialog still offers
  // PDFs first (its "All files" choice shows the rest).
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    onDrop,
    multiple: true,
    disabled: locked,
  });

  // Files pasted anywhere on the page (Ctrl/Cmd+V of copied files) join the selection.
  const addRef = useRef(addFiles);
  useEffect(() => {
    addRef.current = addFiles;
  });
  useEffect(() => {
    function onPaste(event: ClipboardEvent) {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0 || isTextField(event.target)) return;
      event.preventDefault();
      addRef.current(files);
    }
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  // The folder picker is a plain input: React does not know the non-standard attribute.
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  /** A start "at a time" needs the time: without one the batch would start at once. */
  function startProblem(): string | null {
    return choices.start === 'at' && !localInputToIso(choices.startAt) ? 'Choose the date and time the batch should start, or start it now.' : null;
  }

  async function send() {
    setChoiceError(startProblem());
    if (startProblem()) return;
    const files = selection.selected.map((s) => ({ file: s.file, name: s.name }));
    const response = await upload.start(files, sendOptions(choices));
    if (!response) return;
    selection.clear();
    setChoices((c) => ({ ...c, name: '' }));
    onBatchCreated(response.batch_id);
  }

  async function tryDemo() {
    setChoiceError(startProblem());
    if (startProblem()) return;
    setDemo({ busy: true, error: null });
    try {
      const response = await createDemoBatch(sendOptions(choices));
      setDemo({ busy: false, error: null });
      onBatchCreated(response.batch_id);
    } catch (error) {
      setDemo({ busy: false, error: `The sample batch could not be created. ${messageOf(error)}` });
    }
  }

  const sizes = useMemo(() => selection.selected.map((s) => s.file.size), [selection.selected]);
  const sent = state.phase === 'uploading' ? splitUploadProgress(sizes, state.loaded, state.total) : null;
  const count = selection.selected.length;
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  return (
    <section className="card upload" aria-labelledby="upload-title">
      <div className="upload__head">
        <h2 id="upload-title" className="card__title">
          New batch
        </h2>
        <button
          type="button"
          className="button"
          data-variant={count === 0 && !selectedId ? 'primary' : 'secondary'}
          disabled={demo.busy || locked}
          onClick={() => void tryDemo()}
        >
          {demo.busy ? 'Creating sample batch…' : 'Try it with sample PDFs'}
        </button>
      </div>
      <div
        {...getRootProps({
          className: 'dropzone',
          role: 'button',
          'aria-label': 'Add PDF files: drop files or folders here, or press Enter to choose files',
        })}
        data-drag={isDragActive ? 'active' : undefined}
        data-disabled={locked || undefined}
      >
        <input {...getInputProps({ disabled: locked, accept: 'application/pdf,.pdf' })} data-testid="file-input" />
        <svg className="dropzone__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 16V4m0 0 4.5 4.5M12 4 7.5 8.5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
        </svg>
        <p className="dropzone__title">
          {isDragActive ? 'Drop to add them' : 'Drop PDF files or folders here'}
        </p>
        <p className="dropzone__hint">
          or <span className="dropzone__link">choose files</span> · or paste them · PDF only, up to {formatBytes(limits.maxFileBytes)} each,{' '}
          {limits.maxFiles.toLocaleString('en')} per batch
        </p>
      </div>
      <p className="upload__folder">
        <button type="button" className="link-button" disabled={locked} onClick={() => folderInput.current?.click()}>
          Choose a folder…
        </button>
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          disabled={locked}
          data-testid="folder-input"
          onChange={(e) => {
            addFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </p>

      {demo.error && (
        <p className="notice" data-tone="danger" role="alert">
          {demo.error}
        </p>
      )}
      {selection.checking && <p className="muted" role="status">Checking files…</p>}
      <RefusedFileList title="Not added:" files={selection.refused} />
      <SelectedFileList files={selection.selected} disabled={busy} onRemove={selection.remove} sent={sent} />
      <UploadOptions value={choices} templates={templates} disabled={locked} onChange={setChoices} />
      {choiceError && (
        <p className="notice" data-tone="danger" role="alert">
          {choiceError}
        </p>
      )}

      {state.phase === 'uploading' && (
        <div className="upload__progress">
          <ProgressBar value={state.total ? (state.loaded / state.total) * 100 : 0} label="Upload progress" size="md" />
          <p className="muted">
            Sending {formatBytes(state.loaded)} of {formatBytes(state.total)}
            {state.attempt > 1 && ` · attempt ${state.attempt}`}
          </p>
        </div>
      )}
      {state.phase === 'waiting' && <RetryCountdown retryAt={state.retryAt} message={state.message} />}
      {state.phase === 'failed' && (
        <p className="notice" data-tone="danger" role="alert">
          Upload failed. {state.message}
        </p>
      )}
      {state.phase === 'done' && state.response.batch_id === selectedId && (
        <>
          <p className="notice" data-tone="success" role="status">
            Batch “{state.response.name}” created:{' '}
            {plural(state.response.total_files - state.response.rejected.length, 'file')} queued for processing.
            {state.response.duplicates > 0 &&
              ` ${state.response.duplicates} ${state.response.duplicates === 1 ? 'is a copy' : 'are copies'} of an earlier file and will take its result.`}
          </p>
          <RefusedFileList
            title="The server refused:"
            files={state.response.rejected.map((r) => ({ filename: r.filename, reason: r.error }))}
          />
        </>
      )}

      <div className="upload__actions">
        {busy ? (
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
          // aria-disabled, not disabled: after Enter the focus stays here while the upload runs and after it.
          aria-disabled={count === 0 || busy || selection.checking || undefined}
          onClick={() => {
            if (count > 0 && !busy && !selection.checking) void send();
          }}
        >
          {busy
            ? 'Uploading…'
            : state.phase === 'failed' && state.retriable && count > 0
              ? 'Retry upload'
              : count > 0
                ? `Upload ${plural(count, 'file')}`
                : 'Upload files'}
          {count > 0 && !busy && <span className="button__extra"> ({formatBytes(totalBytes)})</span>}
        </button>
      </div>
    </section>
  );
}

/** "Retrying in 3 s" after a failed attempt, counting down. */
function RetryCountdown({ retryAt, message }: { retryAt: number; message: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.ceil((retryAt - now) / 1000));
  return (
    <p className="notice" data-tone="warning" role="status">
      {message} Trying again in {seconds} s…
    </p>
  );
}

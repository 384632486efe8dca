'use client';
// A modal confirmation: the browser's own <dialog> (focus kept inside, Escape closes it, focus
// goes back to the button that opened it), with a title, a sentence and two buttons.
import { useEffect, useId, useRef } from 'react';

type Props = {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** The button that closes without doing anything. */
  cancelLabel?: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
};

export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel = 'Keep it', busy = false, error, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={messageId} onClose={onClose}>
      <div className="confirm-dialog__body">
        <h2 id={titleId} className="confirm-dialog__title">
          {title}
        </h2>
        <p id={messageId}>{message}</p>
        {error && (
          <p className="notice" data-tone="danger" role="alert">
            {error}
          </p>
        )}
        <div className="confirm-dialog__buttons">
          <button type="button" className="button" data-variant="secondary" onClick={onClose} disabled={busy} autoFocus>
            {cancelLabel}
          </button>
          <button type="button" className="button" data-variant="danger" onClick={onConfirm} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}

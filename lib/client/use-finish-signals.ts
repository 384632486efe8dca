'use client';
// While a batch is followed: the tab title shows its progress ("42% · pdf-batch", then "Done"),
// and when it finishes in front of us, the sentence to announce is returned and, if the person
// asked for it, a browser notification is shown. A batch already finished when opened is not announced.
import { useEffect, useRef, useState } from 'react';
import type { BatchSummary } from '@/lib/schemas/batch';
import { APP_TITLE, finishMessage, isBatchFinished, tabTitle } from './finish-message';
import { notifyWanted } from './notify-preference';

export function useFinishSignals(batch: BatchSummary | null): string | null {
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const seenRunning = useRef(false);

  useEffect(() => {
    if (!batch) return;
    document.title = tabTitle(batch);
  }, [batch]);

  // The title goes back to the plain name when the tracker goes away.
  useEffect(
    () => () => {
      document.title = APP_TITLE;
    },
    [],
  );

  useEffect(() => {
    if (!batch) return;
    if (!isBatchFinished(batch.status)) {
      seenRunning.current = true;
      setAnnouncement(null);
      return;
    }
    if (!seenRunning.current) return;
    seenRunning.current = false;
    const message = finishMessage(batch);
    setAnnouncement(message);
    if (notifyWanted() && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      new Notification('pdf-batch', { body: message, tag: `batch-${batch.batch_id}` });
    }
  }, [batch]);

  return announcement;
}

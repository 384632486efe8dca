'use client';
// While the job is still queued or processing, reloads the server-rendered view every few
// seconds, so the document view fills in by itself when the job finishes.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const EVERY_MS = 3000;

export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => router.refresh(), EVERY_MS);
    return () => window.clearInterval(timer);
  }, [running, router]);
  return null;
}

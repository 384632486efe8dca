'use client';
// Whether live updates flow: shown in the header so a stale screen never looks live.
import { useSocketStatus } from '@/lib/client/use-socket-status';

const TEXT = { connecting: 'Connecting…', live: 'Live', offline: 'Offline · refreshing every 3 s' } as const;
const TITLE = {
  connecting: 'Connecting for live updates.',
  live: 'Progress updates arrive as they happen.',
  offline: 'No live connection: progress is refreshed every 3 seconds until it is back.',
} as const;

export function ConnectionStatus() {
  const status = useSocketStatus();
  return (
    <p className="connection" data-status={status} data-connected={status === 'live'} role="status" title={TITLE[status]}>
      <span className="connection__dot" aria-hidden="true" />
      {TEXT[status]}
    </p>
  );
}

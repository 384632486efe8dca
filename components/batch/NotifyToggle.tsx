'use client';
// "Notify me": a browser notification when the batch finishes. Permission is asked on the click,
// never on page load; hidden where the browser has no notifications.
import { useEffect, useState } from 'react';
import { notificationsSupported, notifyWanted, setNotifyWanted } from '@/lib/client/notify-preference';

export function NotifyToggle() {
  const [state, setState] = useState<{ supported: boolean; on: boolean; denied: boolean }>({ supported: false, on: false, denied: false });
  useEffect(() => {
    if (!notificationsSupported()) return;
    setState({ supported: true, on: notifyWanted(), denied: Notification.permission === 'denied' });
  }, []);
  if (!state.supported) return null;

  async function toggle() {
    const on = await setNotifyWanted(!state.on);
    setState({ supported: true, on, denied: Notification.permission === 'denied' });
  }
  return (
    <button
      type="button"
      className="button notify-toggle"
      data-variant="ghost"
      aria-pressed={state.on}
      disabled={state.denied}
      title={state.denied ? 'Notifications are blocked for this site in the browser settings.' : 'A notification when the batch finishes'}
      onClick={() => void toggle()}
    >
      {state.on ? 'Notifying when done' : state.denied ? 'Notifications blocked' : 'Notify me'}
    </button>
  );
}

'use client';
// Whether the person asked to be notified when a batch finishes (kept in localStorage), and
// asking the browser's permission: only from a click, as browsers require.
const KEY = 'pdf-batch:notify';

export const notificationsSupported = () => typeof window !== 'undefined' && 'Notification' in window;

export function notifyWanted(): boolean {
  if (!notificationsSupported()) return false;
  try {
    return window.localStorage.getItem(KEY) === '1' && Notification.permission === 'granted';
  } catch {
    return false;
  }
}

/** Call from a click handler. Resolves to whether notifications are now on. */
export async function setNotifyWanted(on: boolean): Promise<boolean> {
  if (!notificationsSupported()) return false;
  let granted = Notification.permission === 'granted';
  if (on && !granted) granted = (await Notification.requestPermission()) === 'granted';
  const enabled = on && granted;
  try {
    window.localStorage.setItem(KEY, enabled ? '1' : '0');
  } catch {
    // Private mode without storage: on for this page only.
  }
  return enabled;
}

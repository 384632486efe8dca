'use client';
// Whether the page's script has taken over the server-rendered HTML. Until then a form control
// can be changed, but no handler hears it and hydration puts it back: the person's choice would be
// silently lost (a filter that shows "Failed" but lists every job, a workflow that reverts before
// the upload). Controls that hold a choice stay disabled until this is true.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/** False in the server's HTML and while hydrating; true from the first render after it. */
export const useHydrated = (): boolean =>
  useSyncExternalStore(subscribe, () => true, () => false);

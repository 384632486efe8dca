// In the browser, a 401 from the page's own server means the session cookie has ended (expired,
// or its token taken out of AUTH_TOKEN): back to the sign-in page, which returns here after.
// Not while the page is already leaving (signing out: a poll answered 401 must not take over).
let leaving = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', () => (leaving = true));
  window.addEventListener('pageshow', () => (leaving = false));
}

export function signInAgainIfUnauthorized(status: number): void {
  if (status !== 401 || typeof window === 'undefined' || leaving) return;
  leaving = true;
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
}

/** fetch for the browser's API client: as the global one, with the check above. */
export const fetchSignedIn: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  signInAgainIfUnauthorized(response.status);
  return response;
};

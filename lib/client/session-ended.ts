// In the browser, a 401 from the page's own server means the session cookie has ended (expired,
// or its token taken out of AUTH_TOKEN): back to the sign-in page, which returns here after.
export function signInAgainIfUnauthorized(status: number): void {
  if (status !== 401 || typeof window === 'undefined') return;
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
}

/** fetch for the browser's API client: as the global one, with the check above. */
export const fetchSignedIn: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  signInAgainIfUnauthorized(response.status);
  return response;
};

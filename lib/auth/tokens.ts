// The API tokens of AUTH_TOKEN, and the one way a presented token is checked against them:
// both sides hashed to the same length and compared with timingSafeEqual, every token every time.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** AUTH_TOKEN split at commas, trimmed, empty entries dropped, repeats removed. */
export function parseTokenList(value: string | undefined): string[] {
  return [...new Set((value ?? '').split(',').map((t) => t.trim()).filter(Boolean))];
}

/** Tokens shorter than this are refused at start: too easy to guess, even throttled. */
export const MIN_TOKEN_LENGTH = 16;

/** Why a token cannot be used, or null. Printable ASCII without spaces, so it fits in a header. */
export function tokenProblem(token: string): string | null {
  if (!/^[\x21-\x7e]+$/.test(token)) return 'a token may hold printable ASCII characters only (no spaces, no accents)';
  if (token.length < MIN_TOKEN_LENGTH) return `a token must have at least ${MIN_TOKEN_LENGTH} characters (for example: openssl rand -hex 24)`;
  return null;
}

/** Whether `candidate` is one of `tokens`, in time that does not depend on where they differ. */
export function matchesToken(candidate: string, tokens: readonly string[]): boolean {
  const given = digest(candidate);
  let found = false;
  for (const token of tokens) found = timingSafeEqual(given, digest(token)) || found;
  return found;
}

// The one error the browser's API client throws: a code to branch on and a message for people.
import { errorBodySchema } from '../schemas/error';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 0,
    /** The server's Retry-After (429, 503), in seconds. */
    readonly retryAfterS: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'The server could not use this request.',
  404: 'Not found. It may have been deleted.',
  413: 'The upload is larger than the server accepts. Send fewer or smaller files.',
  429: 'Too many requests. Wait a moment and try again.',
  502: 'The server is not reachable right now. Try again in a moment.',
  503: 'The server is busy or restarting. Try again in a moment.',
  504: 'The server took too long to answer. Try again in a moment.',
};

/** Retry-After as seconds from now: a number of seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** An ApiError from a failed answer's status and body text (JSON error body or anything else). */
export function apiErrorFrom(status: number, bodyText: string, retryAfter?: string | null): ApiError {
  const retryAfterS = parseRetryAfter(retryAfter);
  let body: unknown = null;
  try {
    body = JSON.parse(bodyText);
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to the status below.
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data.error.code, parsed.data.error.message, status, retryAfterS);
  const message = STATUS_MESSAGES[status] ?? `The server answered with an error (HTTP ${status}).`;
  return new ApiError(`http_${status}`, message, status, retryAfterS);
}

export const networkError = () =>
  new ApiError('network_error', 'Could not reach the server. Check your connection and try again.');

/** A message for people from anything thrown: never "[object Object]", never a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong. Try again.';
}

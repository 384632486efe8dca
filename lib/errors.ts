// The one error class for failures a caller can cause, with its HTTP status. Anything else that
// reaches a route handler is a bug: logged with its stack, answered as a 500 without details.
export const ERROR_STATUS = {
  bad_request: 400,
  no_files: 400,
  no_valid_files: 400,
  invalid_multipart: 400,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
  // Well-formed requests that cannot be carried out as asked.
  unknown_template: 422,
  invalid_schedule: 422,
  email_not_configured: 422,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what: string, id: string) => new AppError('not_found', `No ${what} with id "${id}".`);

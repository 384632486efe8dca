// Route-handler plumbing: JSON answers, and every thrown error mapped to `{ error: { code, message } }`.
import { z } from 'zod';
import { AppError } from '../errors';
import { readCappedText } from './body-limit';
import { parseInput, validationMessage } from './validation-message';
import { log } from '../log';
import type { ErrorBody } from '../schemas/error';

export function json<T>(body: T, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    return json(body, error.status, error.headers);
  }
  if (error instanceof z.ZodError) {
    return json<ErrorBody>({ error: { code: 'bad_request', message: validationMessage(error) } }, 400);
  }
  log.error({ err: error }, 'unhandled error in route handler');
  return json<ErrorBody>({ error: { code: 'internal_error', message: 'Something went wrong on the server. It has been logged.' } }, 500);
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler so that whatever it throws becomes a JSON error answer. */
export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** The query string parsed with a zod schema (a failure is a 400). */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  return parseInput(schema, Object.fromEntries(new URL(request.url).searchParams));
}

/** The JSON body (at most JSON_BODY_LIMIT: a 413) parsed with a zod schema (not JSON, or not the shape: a 400). */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const text = await readCappedText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The body must be JSON.');
  }
  return parseInput(schema, body);
}

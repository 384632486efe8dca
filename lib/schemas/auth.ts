// Sign-in and sign-out (POST /api/auth/sign-in, /api/auth/sign-out): a form from the sign-in page,
// or JSON from a script.
import { z } from 'zod';

export const signInBodySchema = z.object({
  token: z.string().max(4096).describe('One of the tokens of AUTH_TOKEN'),
  next: z.string().max(2048).optional().describe('Where to go after signing in (a path of this site; default /batch)'),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const signInResponseSchema = z.object({
  signed_in: z.boolean(),
  /** When the session cookie expires (ISO 8601); null when the server has no AUTH_TOKEN. */
  expires_at: z.string().nullable(),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

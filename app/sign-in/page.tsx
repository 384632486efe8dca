// /sign-in - one field for the access token (AUTH_TOKEN). A plain form posted to
// /api/auth/sign-in, so it works before any script has loaded; a wrong token comes back here
// with ?error=invalid_token (or too_many_attempts) and is said in words.
import { headers } from 'next/headers';
import { authStateOf } from '@/lib/auth/auth-state';
import { safeNext } from '@/lib/auth/sign-in';
import './sign-in.css';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sign in · pdf-batch' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export default async function SignInPage({ searchParams }: Props) {
  const [params, requestHeaders] = await Promise.all([searchParams, headers()]);
  const auth = authStateOf(requestHeaders);
  const next = safeNext(one(params.next));
  const error = one(params.error);
  const signedOut = one(params.signed_out) === '1';

  return (
    <main className="sign-in">
      <section className="card sign-in__card" aria-labelledby="sign-in-title">
        <h1 className="sign-in__title" id="sign-in-title">
          <span className="sign-in__logo" aria-hidden="true" />
          pdf-batch
        </h1>
        {auth === 'off' ? (
          <p className="notice" data-tone="warning" role="status">
            This server has no access token (AUTH_TOKEN is not set), so there is nothing to sign in to. <a href="/batch">Go to the batches</a>.
          </p>
        ) : auth === 'cookie' || auth === 'bearer' ? (
          <p className="notice" data-tone="success" role="status">
            You are signed in. <a href={next}>Go on</a>.
          </p>
        ) : (
          <form className="sign-in__form" method="post" action="/api/auth/sign-in">
            <p className="muted">This server is protected. Enter the access token its administrator gave you (one of the tokens in AUTH_TOKEN).</p>
            {error === 'invalid_token' ? (
              <p className="notice" data-tone="danger" role="alert" data-testid="sign-in-error">
                That token is not right. Check it for typing mistakes and missing characters, or ask for the current one.
              </p>
            ) : error === 'too_many_attempts' ? (
              <p className="notice" data-tone="danger" role="alert" data-testid="sign-in-error">
                Too many attempts from your address in the last minute. Wait a minute, then try again.
              </p>
            ) : null}
            {signedOut ? (
              <p className="notice" data-tone="success" role="status">
                You are signed out.
              </p>
            ) : null}
            <label className="field">
              <span className="field__label">Access token</span>
              <input className="input" type="password" name="token" autoComplete="current-password" required autoFocus spellCheck={false} />
            </label>
            <input type="hidden" name="next" value={next} />
            <button className="button" data-variant="primary" type="submit">
              Sign in
            </button>
          </form>
        )}
      </section>
    </main>
  );
}

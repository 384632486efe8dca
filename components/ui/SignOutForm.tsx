// "Sign out" in a page header, shown when the browser is signed in with the session cookie:
// a plain form, so it works without script; the server clears the cookie and goes to /sign-in.
export function SignOutForm() {
  return (
    <form method="post" action="/api/auth/sign-out" className="sign-out">
      <button className="button" data-variant="ghost" type="submit">
        Sign out
      </button>
    </form>
  );
}

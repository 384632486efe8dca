'use client';
// The header of every screen: the name, the navigation between Batches, Jobs and Analytics, the
// live connection's state and, when signed in, the sign-out button.
import { AppNav } from './AppNav';
import { ConnectionStatus } from './ConnectionStatus';
import { SignOutForm } from './SignOutForm';

export function AppHeader({ current, signedIn }: { current: Parameters<typeof AppNav>[0]['current']; signedIn: boolean }) {
  return (
    <header className="page__header">
      <h1 className="page__title">
        <span className="page__logo" aria-hidden="true" />
        pdf-batch
      </h1>
      <AppNav current={current} />
      <div className="page__header-end">
        <ConnectionStatus />
        {signedIn ? <SignOutForm /> : null}
      </div>
    </header>
  );
}

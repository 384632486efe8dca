// The links between the app's screens, in every page's header.
const LINKS = [
  { href: '/batch', label: 'Batches' },
  { href: '/jobs', label: 'Jobs' },
  { href: '/analytics', label: 'Analytics' },
] as const;

export function AppNav({ current }: { current: (typeof LINKS)[number]['href'] }) {
  return (
    <nav className="app-nav" aria-label="Screens">
      {LINKS.map((link) => (
        <a key={link.href} href={link.href} className="app-nav__link" aria-current={link.href === current ? 'page' : undefined}>
          {link.label}
        </a>
      ))}
    </nav>
  );
}

// The HTML shell shared by every page.
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import '@/components/ui/primitives.css';
import '@/components/ui/badges.css';

// Every page is rendered per request: the server's guard gives each one a fresh CSP nonce, which
// Next puts on its inline scripts (a page prerendered at build time would carry none).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'pdf-batch',
  description: 'Upload many PDF files and watch them processed live.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

// What the server says at start about who can reach it: with AUTH_TOKEN, that tokens are required;
// without, that it listens on this machine only, or a loud warning when HOST opens it to others.
export type AccessNotice = { level: 'info' | 'warn'; lines: string[] };

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

export function accessNotice(host: string, tokenCount: number): AccessNotice {
  if (tokenCount > 0) {
    return { level: 'info', lines: [`Authentication is on (AUTH_TOKEN, ${tokenCount} token${tokenCount === 1 ? '' : 's'}): API calls need "Authorization: Bearer <token>", browsers sign in at /sign-in.`] };
  }
  if (isLoopback(host)) {
    return { level: 'info', lines: [`Authentication is off (no AUTH_TOKEN): listening on ${host} only, so only this machine can connect.`] };
  }
  const bar = '!'.repeat(78);
  return {
    level: 'warn',
    lines: [
      bar,
      `WARNING: HOST=${host} without AUTH_TOKEN. Anyone who can reach this address can upload,`,
      'read, export and delete every document, with no password. Set AUTH_TOKEN (e.g.',
      '`AUTH_TOKEN=$(openssl rand -hex 32)`), or listen on 127.0.0.1 only (unset HOST).',
      bar,
    ],
  };
}

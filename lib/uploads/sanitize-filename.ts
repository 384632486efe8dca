// The name a client sent, made safe to show and to use in exports: no directories above the
// upload, no control or format characters (U+202E and the like: lib/text/invisible.ts), a bounded
// length. Unicode is kept.
import { stripInvisible } from '../text/invisible';

const MAX_LENGTH = 255;

export function sanitizeFilename(raw: string | undefined): string {
  const parts = (raw ?? '')
    .replace(/\\/g, '/')
    .split('/')
    .map((p) => stripInvisible(p).trim())
    .filter((p) => p && p !== '.' && p !== '..');
  const name = parts.join('/');
  if (!name) return 'unnamed.pdf';
  if (name.length <= MAX_LENGTH) return name;
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? '';
  return name.slice(0, MAX_LENGTH - ext.length - 1) + '…' + ext;
}

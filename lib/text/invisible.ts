// Characters that change how a name reads without being seen: controls (Unicode Cc), format
// characters (Cf: bidirectional overrides and isolates such as U+202E, zero-width spaces and
// joiners, the byte-order mark, soft hyphens) and the line and paragraph separators. With U+202E
// "invoice\u202Efdp.exe" shows as "invoiceexe.pdf"; names are stored, shown and sent without them.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

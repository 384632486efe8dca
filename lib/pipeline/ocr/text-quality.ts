// Whether a page's text layer can be used or the page must be read by OCR: no text at all on a
// page that paints an image (a scan), or a text layer that is garbage (a font without a usable
// Unicode map, an invisible layer of junk from a poor OCR). Line breaks and spaces are layout, not
// broken characters.

/** A page with fewer characters than this (spaces aside) has no usable text. */
export const MIN_TEXT_CHARS = 20;

export type TextVerdict = 'usable' | 'none' | 'garbage';

// Replacement character, private use area, C0/C1 controls other than tab and line breaks.
const BROKEN = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const LATIN_VOWELS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]/i;

/**
 * A token that reads as a word, or holds one (`asn1_array2tree`, `(Note`): a run of two or more
 * letters that, in Latin script, has a vowel and no long consonant run.
 */
export function isRealWord(token: string): boolean {
  return (token.match(/\p{L}{2,}/gu) ?? []).some(isWordPart);
}

function isWordPart(core: string): boolean {
  if (!/^\p{Script=Latin}+$/u.test(core)) return true;
  if (core.length <= 4 && core === core.toUpperCase()) return true; // VCC, DC, USB
  return LATIN_VOWELS.test(core) && !/[bcdfghjklmnpqrstvwxz]{5,}/i.test(core);
}

export type TextQuality = {
  chars: number;
  broken: number;
  letterTokens: number;
  /** Tokens that read as words, counted only until there are enough to call the layer usable (a quarter of the tokens). */
  realWords: number;
  verdict: TextVerdict;
};

/** A token with two letters or more (tokens hold no whitespace). */
const TWO_LETTERS = /\p{L}.*\p{L}/u;

export function textQuality(text: string): TextQuality {
  const visible = text.replace(/\s+/g, '');
  const chars = visible.length;
  const broken = (visible.match(BROKEN) ?? []).length;
  const tokens = text.split(/\s+/).filter((t) => TWO_LETTERS.test(t));
  // Every page is checked: stop counting words once a quarter of the tokens are, which settles it.
  const enough = Math.ceil(0.25 * tokens.length);
  let realWords = 0;
  for (const token of tokens) if (isRealWord(token) && ++realWords >= enough) break;
  let verdict: TextVerdict = 'usable';
  if (chars >= MIN_TEXT_CHARS && broken > 0.3 * chars) verdict = 'garbage';
  else if (chars - broken < MIN_TEXT_CHARS) verdict = 'none';
  else if (tokens.length >= 8 && realWords < 0.25 * tokens.length) verdict = 'garbage';
  return { chars, broken, letterTokens: tokens.length, realWords, verdict };
}

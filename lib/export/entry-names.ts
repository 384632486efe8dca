// The names a batch's documents get inside the export ZIP: the uploaded name (folders kept,
// ".pdf" dropped) made safe to unpack on any system, and unique — case- and Unicode-form-
// insensitively, since macOS and Windows file systems are — by numbering repeats "a (2)".
import { stripInvisible } from '../text/invisible';

const MAX_SEGMENT_BYTES = 180;
const UNSAFE = /[\u0000-\u001f\u007f<>:"|?*\\]/g;
/**
 * Look-alikes of ".", "/" and "\\" (full-width, small, one-dot leader, division and fraction
 * slashes, set minus): some unpackers and file systems fold them (NFKC) into the real ones, which
 * would make "．．／x" a way out of the folder; folded here first, so the checks below see them.
 */
const LOOKALIKES: Record<string, string> = {
  '\uFF0E': '.', '\u2024': '.', '\uFE52': '.',
  '\uFF0F': '/', '\u2215': '/', '\u2044': '/', '\u29F8': '/',
  '\uFF3C': '\\', '\uFE68': '\\', '\u2216': '\\', '\u29F9': '\\',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
const foldLookalikes = (text: string) => text.replace(LOOKALIKE, (c) => LOOKALIKES[c]);
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** Folder names that would clash with a file the export writes (or the originals folder). */
const CLASHING_FOLDER = /\.(json|txt|md|csv|pdf)$/i;
const RESERVED_TOP = new Set(['summary', 'originals', 'models']);

function clipBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > max - 3) break;
    out += ch;
    bytes += n;
  }
  return `${out}…`;
}

function safeSegment(raw: string): string {
  let s = stripInvisible(raw).replace(UNSAFE, '_').trim().replace(/[. ]+$/, '');
  if (s === '' || /^\.+$/.test(s)) s = '_';
  if (WINDOWS_DEVICE.test(s)) s = `_${s}`;
  return clipBytes(s, MAX_SEGMENT_BYTES);
}

/**
 * A document's base path in the export, without uniqueness: "loans/2024/note.pdf" →
 * "loans/2024/note". No absolute path, no "." or ".." segment, no control characters, no
 * characters Windows cannot store; Unicode kept.
 */
export function safeBaseName(filename: string): string {
  const segments = stripInvisible(foldLookalikes(filename))
    .replace(/\\/g, '/')
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '.' && s !== '..');
  const last = (segments.pop() ?? '').replace(/\.pdf$/i, '');
  const folders = segments.map((s, i) => {
    const safe = safeSegment(s);
    return CLASHING_FOLDER.test(safe) || (i === 0 && RESERVED_TOP.has(safe.toLowerCase())) ? `${safe}_` : safe;
  });
  let base = safeSegment(last);
  if (folders.length === 0 && RESERVED_TOP.has(base.toLowerCase())) base = `${base}_`;
  return [...folders, base].join('/');
}

const keyOf = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * A namer for one export: call it with each document's uploaded name, in upload order; it returns
 * a base path no earlier call returned. Linear in the number of names.
 */
export function createEntryNamer(): (filename: string) => string {
  const taken = new Set<string>();
  const nextNumber = new Map<string, number>();
  return (filename) => {
    const base = safeBaseName(filename);
    let candidate = base;
    const key = keyOf(base);
    let n = nextNumber.get(key) ?? 2;
    while (taken.has(keyOf(candidate))) candidate = `${base} (${n++})`;
    nextNumber.set(key, n);
    taken.add(keyOf(candidate));
    return candidate;
  };
}

/** The entries a document's base path gives; the originals folder mirrors the base paths. */
export const entryPaths = {
  json: (base: string) => `${base}.json`,
  text: (base: string) => `${base}.txt`,
  markdown: (base: string) => `${base}.md`,
  table: (base: string, n: number) => `${base}.tables/${n}.csv`,
  characteristics: (base: string) => `${base}.characteristics.csv`,
  original: (base: string) => `originals/${base}.pdf`,
  /** A SPICE model's library file, by its part number made a unique safe name. */
  model: (part: string) => `models/${part}.lib`,
};

/** A name for the download itself, from the batch's name: "<name>.zip". */
export function archiveFilename(batchName: string, batchId: string): string {
  const safe = safeSegment(foldLookalikes(batchName).replace(/\//g, '_'));
  return `${safe === '_' ? `batch-${batchId}` : safe}.zip`;
}

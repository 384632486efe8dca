// Checks dropped or picked files before anything is sent, one by one: a PDF by name or type and
// by its first bytes, not empty, not over the size limit, not already in the selection.
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type SelectedFile = { key: string; file: File };
export type RefusedFile = { filename: string; reason: string };
export type CheckedFiles = { accepted: SelectedFile[]; refused: RefusedFile[] };

/** Two files are the same when they have the same name and size. */
export const fileKey = (file: File) => `${file.name}\u0000${file.size}`;

const looksLikePdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);

/** A PDF has `%PDF-` in its first kilobyte (usually at byte 0). */
async function hasPdfSignature(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const text = String.fromCharCode(...head);
  return text.includes('%PDF-');
}

async function problemWith(file: File, seen: ReadonlySet<string>): Promise<string | null> {
  if (!looksLikePdf(file)) return 'Not a PDF: only .pdf files can be processed.';
  if (file.size === 0) return 'The file is empty.';
  if (file.size > MAX_FILE_BYTES) return `Too large: ${formatMb(file.size)}; the limit is 50 MB per file.`;
  if (seen.has(fileKey(file))) return 'Already in the selection (same name and size).';
  try {
    if (!(await hasPdfSignature(file))) return 'Not a PDF: the content does not start like a PDF file.';
  } catch {
    return 'The file could not be read (is it a folder, or was it moved?).';
  }
  return null;
}

const formatMb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export async function checkFiles(incoming: readonly File[], selected: readonly SelectedFile[]): Promise<CheckedFiles> {
  const seen = new Set(selected.map((s) => s.key));
  const result: CheckedFiles = { accepted: [], refused: [] };
  for (const file of incoming) {
    const problem = await problemWith(file, seen);
    if (problem) {
      result.refused.push({ filename: file.name, reason: problem });
      continue;
    }
    const key = fileKey(file);
    seen.add(key);
    result.accepted.push({ key, file });
  }
  return result;
}

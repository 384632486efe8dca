// Checks dropped, picked or pasted files before anything is sent, one by one: a PDF by its first
// bytes as the server checks it (whatever its name or type), not empty, not over the size limit, not already in the selection,
// and within the batch's file count and total size. Refused files get the reason; the others go.
import { hasPdfSignature, notPdfReason, SIGNATURE_WINDOW } from '../uploads/pdf-signature';
import { formatBytes } from './format';

export type UploadLimits = { maxFileBytes: number; maxFiles: number; maxBatchBytes: number };

/** The server's defaults, used until (or unless) GET /api/limits answers. */
export const DEFAULT_LIMITS: UploadLimits = { maxFileBytes: 50 * 1024 * 1024, maxFiles: 1000, maxBatchBytes: 2048 * 1024 * 1024 };
export const MAX_FILE_BYTES = DEFAULT_LIMITS.maxFileBytes;

/** `name` is the file's path within a dropped folder ("invoices/2024/a.pdf"), or its name. */
export type SelectedFile = { key: string; name: string; file: File };
export type RefusedFile = { filename: string; reason: string };
export type CheckedFiles = { accepted: SelectedFile[]; refused: RefusedFile[] };

/** The name to show and send: the relative path for files from a dropped or picked folder. */
export function displayName(file: File): string {
  const withPath = file as File & { path?: string; relativePath?: string };
  const raw = withPath.relativePath || file.webkitRelativePath || withPath.path || file.name;
  return raw.replace(/^\.?\/+/, '') || file.name;
}

/** Two files are the same when they have the same name (path) and size. */
export const fileKey = (file: File) => `${displayName(file)}\u0000${file.size}`;

/** Why the file is not taken as a PDF by its first bytes (the server's check, lib/uploads/pdf-signature.ts), or null. */
async function contentProblem(file: File): Promise<string | null> {
  try {
    const head = new Uint8Array(await file.slice(0, SIGNATURE_WINDOW).arrayBuffer());
    return hasPdfSignature(head) ? null : notPdfReason(head);
  } catch {
    return 'The file could not be read (is it a folder, or was it moved?).';
  }
}

function quickProblem(file: File, limits: UploadLimits): string | null {
  if (file.size === 0) return 'The file is empty.';
  if (file.size > limits.maxFileBytes) return `Too large: ${formatBytes(file.size)}; the limit is ${formatBytes(limits.maxFileBytes)} per file.`;
  return null;
}

export async function checkFiles(
  incoming: readonly File[],
  selected: readonly SelectedFile[],
  limits: UploadLimits = DEFAULT_LIMITS,
): Promise<CheckedFiles> {
  // The byte checks read every file's head at once; the rest is decided in order.
  const contents = await Promise.all(incoming.map((file) => (quickProblem(file, limits) ? null : contentProblem(file))));
  const seen = new Set(selected.map((s) => s.key));
  let count = selected.length;
  let bytes = selected.reduce((sum, s) => sum + s.file.size, 0);
  const result: CheckedFiles = { accepted: [], refused: [] };
  incoming.forEach((file, i) => {
    const key = fileKey(file);
    const name = displayName(file);
    const problem =
      quickProblem(file, limits) ??
      (seen.has(key) ? 'Already in the selection (same name and size).' : null) ??
      contents[i] ??
      (count >= limits.maxFiles ? `Over the limit of ${limits.maxFiles.toLocaleString('en')} files per batch: send it in another batch.` : null) ??
      (bytes + file.size > limits.maxBatchBytes ? `Over the limit of ${formatBytes(limits.maxBatchBytes)} per batch: send it in another batch.` : null);
    if (problem) {
      result.refused.push({ filename: name, reason: problem });
      return;
    }
    seen.add(key);
    count++;
    bytes += file.size;
    result.accepted.push({ key, name, file });
  });
  return result;
}

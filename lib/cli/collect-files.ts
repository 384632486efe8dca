// The files `pdf-batch submit` sends: each file named as given, and every *.pdf under each folder
// (recursively, in name order). A path that does not exist is a mistake on the command line.
import { openAsBlob } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { UploadFile } from '../client/pdf-batch-client';
import { hasPdfSignature, notPdfReason, SIGNATURE_WINDOW } from '../uploads/pdf-signature';
import { UsageError } from './args';

async function pdfsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.pdf'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => a.localeCompare(b));
}

export async function collectPaths(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new UsageError(`"${p}" does not exist.`);
      throw error;
    });
    if (info.isDirectory()) {
      const pdfs = await pdfsUnder(p);
      if (pdfs.length === 0) throw new UsageError(`The folder "${p}" has no .pdf files.`);
      found.push(...pdfs);
    } else found.push(p);
  }
  return [...new Set(found.map((f) => path.resolve(f)))];
}

/** The files as uploads, read lazily from disk as they are sent. */
export async function uploadFiles(paths: readonly string[]): Promise<UploadFile[]> {
  return Promise.all(paths.map(async (p) => ({ name: path.basename(p), blob: await openAsBlob(p, { type: 'application/pdf' }) })));
}

/** A file's first bytes (as many as the PDF marker may be placed in). */
async function headOf(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SIGNATURE_WINDOW);
    const { bytesRead } = await handle.read(buffer, 0, SIGNATURE_WINDOW, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The paths split into PDFs (by their bytes, as the page and the server check them) and the rest, with the reason. */
export async function splitPdfs(paths: readonly string[]): Promise<{ pdfs: string[]; leftOut: { path: string; reason: string }[] }> {
  const pdfs: string[] = [];
  const leftOut: { path: string; reason: string }[] = [];
  for (const p of paths) {
    const head = await headOf(p);
    if (head.length === 0) leftOut.push({ path: p, reason: 'the file is empty' });
    else if (hasPdfSignature(head)) pdfs.push(p);
    else leftOut.push({ path: p, reason: notPdfReason(head) });
  }
  return { pdfs, leftOut };
}

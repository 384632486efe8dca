// One multipart request carries every file in order, so the bytes sent so far say how far each
// file is: file i has sent clamp(loaded - offset_i, 0, size_i). The request's own overhead (form
// fields, part headers, boundaries) is spread evenly before each file.

/** The fraction (0..1) of each file sent, given the request's `loaded` and `total` bytes. */
export function splitUploadProgress(sizes: readonly number[], loaded: number, total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0);
  const overhead = sizes.length ? Math.max(0, total - sum) / (sizes.length + 1) : 0;
  const fractions: number[] = [];
  let offset = 0;
  for (const size of sizes) {
    offset += overhead;
    const sent = Math.min(Math.max(loaded - offset, 0), size);
    fractions.push(size === 0 ? (loaded >= offset ? 1 : 0) : sent / size);
    offset += size;
  }
  return fractions;
}

/** In the tracker, a file's upload is the first part of its bar; the processing stages fill the rest. */
export const UPLOAD_SHARE = 10;

/** A job's bar once its batch exists: the upload done, then its processing progress (0-100). */
export const processingBarValue = (progress: number) => UPLOAD_SHARE + (progress * (100 - UPLOAD_SHARE)) / 100;

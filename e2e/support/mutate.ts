// Seeded mutations of real PDFs for the pipeline fuzz run: byte flips, chunks deleted or
// duplicated, truncation. The same seed and source give the same bytes, so a case can be replayed.
import type { Random } from '../../scripts/fixtures/random';

export type Mutation =
  | { kind: 'flip'; at: number[] }
  | { kind: 'delete'; from: number; length: number }
  | { kind: 'duplicate'; from: number; length: number; to: number }
  | { kind: 'truncate'; keep: number };

/** One or two mutations of `source`, and the bytes they give. */
export function mutate(source: Buffer, r: Random): { bytes: Buffer; mutations: Mutation[] } {
  let bytes = Buffer.from(source);
  const mutations: Mutation[] = [];
  const count = r.int(1, 2);
  for (let i = 0; i < count; i++) {
    const kind = r.pick(['flip', 'flip', 'flip', 'flip', 'delete', 'duplicate', 'duplicate', 'truncate'] as const);
    const size = bytes.length;
    if (size < 16) break;
    if (kind === 'flip') {
      const at = Array.from({ length: r.int(1, 32) }, () => r.int(0, size - 1));
      for (const n of at) bytes[n] = r.int(0, 255);
      mutations.push({ kind, at });
    } else if (kind === 'delete') {
      const length = r.int(1, Math.min(4096, size >> 2));
      const from = r.int(0, size - length);
      bytes = Buffer.concat([bytes.subarray(0, from), bytes.subarray(from + length)]);
      mutations.push({ kind, from, length });
    } else if (kind === 'duplicate') {
      const length = r.int(1, Math.min(8192, size >> 2));
      const from = r.int(0, size - length);
      const to = r.int(0, size);
      bytes = Buffer.concat([bytes.subarray(0, to), bytes.subarray(from, from + length), bytes.subarray(to)]);
      mutations.push({ kind, from, length, to });
    } else {
      const keep = r.int(Math.min(64, size), size - 1);
      bytes = bytes.subarray(0, keep);
      mutations.push({ kind, keep });
    }
  }
  return { bytes, mutations };
}

// The debounce of the watched folder: a file is taken only when two polls in a row saw it with
// the same size and modification time, so a file still being copied in is left for later.
import type { FileState } from './scan-folder';

export function stableFiles(previous: ReadonlyMap<string, FileState>, current: ReadonlyMap<string, FileState>): string[] {
  const stable: string[] = [];
  for (const [rel, now] of current) {
    const before = previous.get(rel);
    if (before && before.size === now.size && before.mtimeMs === now.mtimeMs) stable.push(rel);
  }
  return stable.sort();
}

// Moves a file into a folder under the same relative name, never over an existing file: a name
// already taken becomes `name (2).pdf`, `name (3).pdf` ...
import { access, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';

/** `report.pdf`, 2 → `report (2).pdf`; `sub/archive.tar.gz`, 3 → `sub/archive.tar (3).gz`. */
export function numberedName(rel: string, n: number): string {
  if (n <= 1) return rel;
  const ext = path.extname(rel);
  return `${rel.slice(0, rel.length - ext.length)} (${n})${ext}`;
}

const exists = (target: string) => access(target).then(() => true, () => false);

/** Returns the path the file ended at. Both places must be on one file system (they are: all under WATCH_DIR). */
export async function moveKeepingName(from: string, toDir: string, rel: string): Promise<string> {
  for (let n = 1; ; n++) {
    const target = path.join(toDir, numberedName(rel, n));
    if (await exists(target)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await rename(from, target);
    return target;
  }
}

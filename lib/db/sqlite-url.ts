// DATABASE_URL for SQLite is `file:<path>`; better-sqlite3 wants the bare path.
import path from 'node:path';

export function isSqliteUrl(url: string): boolean {
  return url.startsWith('file:');
}

export function sqliteFilePath(url: string): string {
  if (!isSqliteUrl(url)) {
    throw new Error(`DATABASE_URL must start with "file:" for SQLite (got "${url.split(':')[0]}:...")`);
  }
  const raw = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
  return path.resolve(raw.split('?')[0]);
}

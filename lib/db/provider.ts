// Which database DATABASE_URL names: `file:` is the embedded SQLite default, `postgres://` or
// `postgresql://` is Postgres for scale-out. Each has its own schema file and migrations folder
// (prisma/schema.prisma is the source of the models; prisma/postgres/ is derived from it).
import path from 'node:path';
import { prismaDir } from '../paths';

export type DbProvider = 'sqlite' | 'postgresql';

export function providerOf(url: string): DbProvider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error(`DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (Postgres); got "${url.split(':')[0]}:..."`);
}

export type SchemaFiles = { schemaPath: string; migrationsDir: string };

export function schemaFiles(provider: DbProvider): SchemaFiles {
  const dir = provider === 'sqlite' ? prismaDir : path.join(prismaDir, 'postgres');
  return { schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') };
}

// Applies pending migrations from prisma/migrations, recorded in `_prisma_migrations` exactly as
// `prisma migrate deploy` would, so either tool sees the same history.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { prismaDir } from '../paths';
import { openSchemaEngine } from './schema-engine';
import { sqliteFilePath } from './sqlite-url';

export const schemaPath = path.join(prismaDir, 'schema.prisma');
export const migrationsDir = path.join(prismaDir, 'migrations');

const noFilters = { externalTables: [], externalEnums: [] };

/** The migrations on disk, in the form the schema engine takes. */
export async function loadMigrationList(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  );
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8') },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Brings the database at `databaseUrl` up to date; returns the names of the migrations applied. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const file = sqliteFilePath(databaseUrl);
  await mkdir(path.dirname(file), { recursive: true });
  const { engine, close } = await openSchemaEngine(file, schemaPath, await readFile(schemaPath, 'utf8'));
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await loadMigrationList(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}

/** The SQL that takes the database from the committed migrations to the current schema ('' if none). */
export async function diffSchemaAgainstMigrations(scratchDatabaseUrl: string): Promise<string> {
  const schemaText = await readFile(schemaPath, 'utf8');
  const { engine, close } = await openSchemaEngine(sqliteFilePath(scratchDatabaseUrl), schemaPath, schemaText);
  try {
    const { stdout } = await engine.diff({
      from: { tag: 'migrations', ...(await loadMigrationList()) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schemaText }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = stdout ?? '';
    return sql.includes('This is an empty migration') ? '' : sql;
  } finally {
    await close();
  }
}

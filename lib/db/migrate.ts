// Applies pending migrations (prisma/migrations for SQLite, prisma/postgres/migrations for
// Postgres), recorded in `_prisma_migrations` exactly as `prisma migrate deploy` would, so either
// tool sees the same history. On Postgres, nodes starting together take turns (an advisory lock).
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { postgresConfig } from './adapter';
import { providerOf, schemaFiles, type DbProvider } from './provider';
import { openSchemaEngine } from './schema-engine';
import { sqliteFilePath } from './sqlite-url';

const noFilters = { externalTables: [], externalEnums: [] };
/** Any constant shared by all nodes: the key of the advisory lock that serialises migrations. */
const MIGRATION_LOCK_KEY = 7_320_611;

/** The migrations on disk, in the form the schema engine takes. */
export async function loadMigrationList(provider: DbProvider): Promise<MigrationList> {
  const { migrationsDir } = schemaFiles(provider);
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

async function applyMigrations(databaseUrl: string, provider: DbProvider): Promise<string[]> {
  const { schemaPath } = schemaFiles(provider);
  const { engine, close } = await openSchemaEngine(databaseUrl, schemaPath, await readFile(schemaPath, 'utf8'));
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: await loadMigrationList(provider), filters: noFilters });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}

/** Runs `fn` holding a session-level advisory lock, so that only one node migrates at a time. */
async function withMigrationLock<T>(databaseUrl: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client(postgresConfig(databaseUrl));
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** Brings the database at `databaseUrl` up to date; returns the names of the migrations applied. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const provider = providerOf(databaseUrl);
  if (provider === 'sqlite') {
    await mkdir(path.dirname(sqliteFilePath(databaseUrl)), { recursive: true });
    return applyMigrations(databaseUrl, provider);
  }
  return withMigrationLock(databaseUrl, () => applyMigrations(databaseUrl, provider));
}

/**
 * The SQL that takes a database from the committed migrations to `schemaText` ('' if none).
 * `scratchDatabaseUrl` is where the engine replays the migrations (an empty SQLite file, or a
 * Postgres server on which it creates and drops a shadow database).
 */
export async function diffSchemaAgainstMigrations(provider: DbProvider, scratchDatabaseUrl: string, schemaText: string): Promise<string> {
  const { schemaPath } = schemaFiles(provider);
  const { engine, close } = await openSchemaEngine(scratchDatabaseUrl, schemaPath, schemaText);
  try {
    const { stdout } = await engine.diff({
      from: { tag: 'migrations', ...(await loadMigrationList(provider)) },
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

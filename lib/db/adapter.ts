// The Prisma driver adapter for DATABASE_URL: better-sqlite3 for `file:`, node-postgres for
// Postgres. Postgres settings are passed as fields, not as a connection string, so that the
// schema engine's shadow database (same settings, another database name) connects where it should.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PoolConfig } from 'pg';
import { parse } from 'pg-connection-string';
import { providerOf } from './provider';
import { sqliteFilePath } from './sqlite-url';

export function postgresConfig(url: string, extra: PoolConfig = {}): PoolConfig {
  const parsed = parse(url);
  return {
    host: parsed.host ?? undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: parsed.user ?? undefined,
    password: parsed.password ?? undefined,
    database: parsed.database ?? undefined,
    ssl: parsed.ssl ? (parsed.ssl as PoolConfig['ssl']) : undefined,
    application_name: 'pdf-batch',
    ...extra,
  };
}

export function adapterFactory(url: string, options: { poolSize?: number } = {}): PrismaBetterSqlite3 | PrismaPg {
  if (providerOf(url) === 'sqlite') return new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 10_000 });
  return new PrismaPg(postgresConfig(url, { max: options.poolSize ?? 10 }));
}

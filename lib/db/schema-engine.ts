// Prisma's schema engine compiled to WebAssembly: migrations without the native binary that the
// Prisma CLI would download (see ../shared/notes/prisma-offline.md in the team notes).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPg } from '@prisma/adapter-pg';
import { adapterFactory, postgresConfig } from './adapter';
import { providerOf } from './provider';

type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;

let initialised: Promise<void> | undefined;

async function initWasm(): Promise<void> {
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
  const bytes = await readFile(wasmPath);
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg as never });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
}

/**
 * The engine replays migration files on the shadow database with one `executeRaw` per file;
 * better-sqlite3 prepares one statement at a time, so a multi-statement file goes through
 * `executeScript` instead.
 */
function runsScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (err) {
      if (query.args.length > 0 || !/more than one statement/.test((err as Error).message)) throw err;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

/**
 * The engine reads Postgres's catalog, whose columns include the internal one-byte type `"char"`
 * (oid 18) that the pg adapter does not map; its values are plain strings, so the pool reports
 * them as text (oid 25).
 */
class CatalogFriendlyPool extends pg.Pool {
  // pg's query() has many overloads; the adapter uses the promise form with one config object.
  override query = ((...args: Parameters<pg.Pool['query']>) => {
    const pending = (pg.Pool.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
    if (!(pending instanceof Promise)) return pending;
    return pending.then((result: pg.QueryResult) => {
      for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return result;
    });
  }) as pg.Pool['query'];
}

function postgresEngineAdapter(config: pg.PoolConfig): Promise<SqlDriverAdapter> {
  return new PrismaPg(new CatalogFriendlyPool(config), { disposeExternalPool: true }).connect();
}

/**
 * A shadow database on the Postgres server of `url`, dropped when the engine lets go of it. (The
 * adapter's own shadow database is dropped while its pool is still connected, which Postgres refuses.)
 */
async function postgresShadow(url: string): Promise<SqlDriverAdapter> {
  const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
  const server = await postgresEngineAdapter(postgresConfig(url, { max: 1 }));
  await server.executeScript(`CREATE DATABASE "${name}"`);
  const shadow = await postgresEngineAdapter(postgresConfig(url, { max: 2, database: name }));
  const dispose = shadow.dispose.bind(shadow);
  let disposed: Promise<void> | undefined;
  // The engine disposes of it, and so does close(): the first call does the work.
  shadow.dispose = () =>
    (disposed ??= (async () => {
      await dispose();
      await server.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await server.dispose();
    })());
  return shadow;
}

export type SchemaEngineSession = { engine: Engine; close: () => Promise<void> };

/**
 * A schema engine bound to the database at `url` (SQLite or Postgres) for the schema text given.
 * `close()` frees the engine and closes its connections: the engine itself leaves them open,
 * which for SQLite holds a lock that would block every other connection to the file.
 */
export async function openSchemaEngine(url: string, schemaPath: string, schemaText: string): Promise<SchemaEngineSession> {
  initialised ??= initWasm();
  await initialised;
  const adapters: SqlDriverAdapter[] = [];
  const factory = adapterFactory(url, { poolSize: 2 });
  const sqlite = providerOf(url) === 'sqlite';
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(sqlite ? await factory.connect() : await postgresEngineAdapter(postgresConfig(url, { max: 2 }))),
    connectToShadowDb: async () => track(sqlite ? runsScripts(await factory.connectToShadowDb()) : await postgresShadow(url)),
  };
  function track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    adapters.push(adapter);
    return adapter;
  }
  const log = () => {};
  const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, log, bindMigrationAwareSqlAdapterFactory(tracked));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(adapters.splice(0).map((a) => a.dispose()));
    },
  };
}

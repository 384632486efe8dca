// Prisma's schema engine compiled to WebAssembly: migrations without the native binary that the
// Prisma CLI would download (see ../shared/notes/prisma-offline.md in the team notes).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';

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

export type SchemaEngineSession = { engine: Engine; close: () => Promise<void> };

/**
 * A schema engine bound to the SQLite database at `file` for the schema text given. `close()`
 * frees the engine and closes its connections: the engine itself leaves them open, holding a
 * lock that would block every other connection to the file.
 */
export async function openSchemaEngine(file: string, schemaPath: string, schemaText: string): Promise<SchemaEngineSession> {
  initialised ??= initWasm();
  await initialised;
  const adapters: SqlDriverAdapter[] = [];
  const sqlite = new PrismaBetterSqlite3({ url: file });
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: sqlite.provider,
    adapterName: sqlite.adapterName,
    connect: async () => track(await sqlite.connect()),
    connectToShadowDb: async () => track(runsScripts(await sqlite.connectToShadowDb())),
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

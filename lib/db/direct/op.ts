// The queue's hot path (claim, stage, settle) as hand-written SQL, written once and run by either
// database. An operation is a generator that yields its statements and receives their rows, so the
// same code runs synchronously on SQLite (one transaction within one turn of the event loop) and
// with a round trip per statement on Postgres. Prisma's generic queries cost the main thread about
// as much CPU per short document as pdf.js spends reading it (docs/benchmarks.md); these cost a
// small fraction of that.
//
// SQL is written with `?` placeholders; the Postgres driver numbers them. Dates go in as Date
// objects and come out as Date objects on both databases.
export type Row = Record<string, unknown>;
/** `once`: a statement whose text is not used again (a multi-row insert's remainder): not kept prepared. */
export type Statement = { sql: string; params: readonly unknown[]; once?: boolean };
/** An operation: yields statements, is sent each one's rows, returns its result. */
export type Op<T> = Generator<Statement, T, Row[]>;

/** Runs `sql` and hands back its rows (none for a statement without RETURNING). */
export function* query(sql: string, ...params: unknown[]): Generator<Statement, Row[], Row[]> {
  return yield { sql, params };
}

/** Like query, for a statement text made for one use only. */
export function* queryOnce(sql: string, ...params: unknown[]): Generator<Statement, Row[], Row[]> {
  return yield { sql, params, once: true };
}

export type DirectDb = {
  provider: 'sqlite' | 'postgresql';
  /** Runs the operation `make()` builds in one transaction; on SQLite a busy database makes it start over, so `make` is called again. */
  transaction<T>(make: () => Op<T>): Promise<T>;
  close(): Promise<void>;
};

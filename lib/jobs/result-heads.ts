// The few facts of stored results that lists and summaries show (type, confidence, language,
// partial, warnings, key fields), and a batch's counts by document type, read with the database's
// JSON functions (SQLite's json_extract, Postgres's jsonb operators) so that a page of results is
// never parsed whole in Node (their text can be megabytes). The one place that reads results' JSON in SQL.
import { dbProvider } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import type { Field } from '../pipeline/types';
import { keyDataOf, keyFieldsOf, type CategoryCount, type DomainHead, type KeyData, type KeyField } from './result-summary';

export type ResultHead = {
  category: string | null;
  confidence: number | null;
  language: string | null;
  partial: boolean;
  /** The text is empty (a scan, pictures only). */
  noText: boolean;
  warningCount: number;
  keyFields: KeyField[];
  keyData: KeyData;
};

/** The database client or a transaction: anything that runs a raw query. */
type Queryable = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * SQLite gives a whole number in the JSON (a confidence of exactly 0 or 1) as an integer, and the
 * driver adapter types a column by its first row: a whole first confidence turned every later 0.88
 * into 0. The query casts it to REAL, so the column is always a float; bigint stays allowed here.
 */
type Row = {
  jobId: string;
  category: string | null;
  confidence: number | bigint | null;
  language: string | null;
  partial: number | bigint | boolean | null;
  warnings: number | bigint | null;
  no_text: number | bigint | boolean | null;
  domain: string | null;
} & Record<(typeof FIELD_COLUMNS)[number], string | null>;

/** The first fields read for the key fields: enough to find three that are not running headers or footers. */
const FIELD_COLUMNS = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7'] as const;

function parseJson<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** The heads of the results of `jobIds` (ids without a result are absent from the map). */
export async function readResultHeads(db: Queryable, jobIds: readonly string[]): Promise<Map<string, ResultHead>> {
  if (jobIds.length === 0) return new Map();
  const ids = Prisma.join([...jobIds]);
  const rows = await db.$queryRaw<Row[]>(dbProvider() === 'postgresql' ? postgresHeads(ids) : sqliteHeads(ids));
  return new Map(
    rows.map((row) => {
      const fields = FIELD_COLUMNS.map((c) => row[c]).map((f) => parseJson<Field>(f)).filter((f): f is Field => f !== null);
      const domain = parseJson<DomainHead>(row.domain);
      return [
        row.jobId,
        {
          category: row.category,
          confidence: row.confidence === null ? null : Number(row.confidence),
          language: row.language,
          partial: Boolean(row.partial),
          noText: Boolean(row.no_text),
          warningCount: Number(row.warnings ?? 0),
          keyFields: keyFieldsOf(domain, fields),
          keyData: keyDataOf(domain),
        },
      ];
    }),
  );
}

const sqliteHeads = (ids: Prisma.Sql) => Prisma.sql`
  SELECT job_id AS jobId,
    json_extract(data, '$.classification.final_category') AS category,
    CAST(json_extract(data, '$.classification.confidence') AS REAL) AS confidence,
    json_extract(data, '$.language.code') AS language,
    CAST(json_extract(data, '$.partial') AS INTEGER) AS partial,
    CAST(json_array_length(data, '$.warnings') AS INTEGER) AS warnings,
    CAST(length(trim(json_extract(data, '$.text'))) = 0 AS INTEGER) AS no_text,
    json_remove(json_extract(data, '$.domain'), '$.electrical_characteristics', '$.spice_models', '$.ordering', '$.dates', '$.line_items', '$.evidence', '$.checks') AS domain,
    ${Prisma.join(FIELD_COLUMNS.map((c, i) => Prisma.raw(`json_extract(data, '$.fields[${i}]') AS ${c}`)))}
  FROM results WHERE job_id IN (${ids})`;

/** The same on Postgres: results are text, parsed once per row as jsonb. */
const postgresHeads = (ids: Prisma.Sql) => Prisma.sql`
  SELECT job_id AS "jobId",
    d #>> '{classification,final_category}' AS category,
    CASE WHEN jsonb_typeof(d #> '{classification,confidence}') = 'number' THEN (d #>> '{classification,confidence}')::float8 END AS confidence,
    d #>> '{language,code}' AS language,
    COALESCE(d -> 'partial' = 'true'::jsonb, false) AS partial,
    CASE WHEN jsonb_typeof(d -> 'warnings') = 'array' THEN jsonb_array_length(d -> 'warnings') ELSE 0 END AS warnings,
    COALESCE(length(btrim(d ->> 'text')) = 0, false) AS no_text,
    CASE WHEN jsonb_typeof(d -> 'domain') = 'object' THEN ((d -> 'domain') - 'electrical_characteristics' - 'spice_models' - 'ordering' - 'dates' - 'line_items' - 'evidence' - 'checks')::text END AS domain,
    ${Prisma.join(FIELD_COLUMNS.map((c, i) => Prisma.raw(`(d #> '{fields,${i}}')::text AS ${c}`)))}
  FROM (SELECT job_id, data::jsonb AS d FROM results WHERE job_id IN (${ids})) r`;

/** How many of a batch's completed files are of each document type (a duplicate counts as its original's type). */
export async function readCategoryCounts(db: Queryable, batchId: string): Promise<CategoryCount[]> {
  const category =
    dbProvider() === 'postgresql'
      ? Prisma.sql`(r.data::jsonb #>> '{classification,final_category}')`
      : Prisma.sql`json_extract(r.data, '$.classification.final_category')`;
  const rows = await db.$queryRaw<{ category: string | null; n: number | bigint }[]>`
    SELECT ${category} AS category, COUNT(*) AS n
    FROM results r JOIN jobs j ON r.job_id = COALESCE(j.duplicate_of, j.id)
    WHERE j.batch_id = ${batchId} AND j.status = 'completed'
    GROUP BY 1`;
  return rows
    .filter((r): r is { category: string; n: number | bigint } => typeof r.category === 'string')
    .map((r) => ({ category: r.category, count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

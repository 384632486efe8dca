// The few facts of stored results that lists and summaries show (type, confidence, language,
// partial, warnings, key fields), read with SQLite's JSON functions so that a page of results is
// never parsed whole (their text can be megabytes). The one place that reads results' JSON in SQL.
import { Prisma } from '../generated/prisma/client';
import type { Field } from '../pipeline/types';
import { keyFieldsOf, type DomainHead, type KeyField } from './result-summary';

export type ResultHead = {
  category: string | null;
  confidence: number | null;
  language: string | null;
  partial: boolean;
  warningCount: number;
  keyFields: KeyField[];
};

/** The database client or a transaction: anything that runs a raw query. */
type Queryable = Pick<Prisma.TransactionClient, '$queryRaw'>;

/** SQLite gives a whole number in the JSON (a confidence of exactly 0 or 1) as a bigint. */
type Row = {
  jobId: string;
  category: string | null;
  confidence: number | bigint | null;
  language: string | null;
  partial: number | bigint | null;
  warnings: number | bigint | null;
  domain: string | null;
  f0: string | null;
  f1: string | null;
  f2: string | null;
};

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
  const rows = await db.$queryRaw<Row[]>`
    SELECT job_id AS jobId,
      json_extract(data, '$.classification.final_category') AS category,
      json_extract(data, '$.classification.confidence') AS confidence,
      json_extract(data, '$.language.code') AS language,
      json_extract(data, '$.partial') AS partial,
      json_array_length(data, '$.warnings') AS warnings,
      json_remove(json_extract(data, '$.domain'), '$.electrical_characteristics', '$.dates') AS domain,
      json_extract(data, '$.fields[0]') AS f0,
      json_extract(data, '$.fields[1]') AS f1,
      json_extract(data, '$.fields[2]') AS f2
    FROM results WHERE job_id IN (${Prisma.join([...jobIds])})`;
  return new Map(
    rows.map((row) => {
      const fields = [row.f0, row.f1, row.f2].map((f) => parseJson<Field>(f)).filter((f): f is Field => f !== null);
      return [
        row.jobId,
        {
          category: row.category,
          confidence: row.confidence === null ? null : Number(row.confidence),
          language: row.language,
          partial: Boolean(row.partial),
          warningCount: Number(row.warnings ?? 0),
          keyFields: keyFieldsOf(parseJson<DomainHead>(row.domain), fields),
        },
      ];
    }),
  );
}

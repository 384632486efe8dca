// GET /api/batches/:id/export - what goes into a batch's ZIP, entry by entry: the summary, every
// datasheet's characteristics in one CSV and its SPICE models in one models.lib, then per document
// its result as JSON, text, Markdown, table CSVs, its characteristics CSV and a models/<part>.lib per
// model (and, when asked, the original PDF). Results are read one job at a time as the ZIP is pulled, so memory holds one result.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { db } from '../db/client';
import type { DatasheetData, DocumentResult } from '../pipeline/types';
import { upgradeDomain, upgradeResult } from '../pipeline/upgrade-result';
import { jobStatusSchema, type JobStatus } from '../schemas/batch';
import { absoluteStoragePath } from '../storage/files';
import { readCategoryCounts, readResultHeads } from '../jobs/result-heads';
import { characteristicLine, characteristicsCsv, characteristicsHeader } from './characteristics-csv';
import { csvFile, tableCsv } from './csv';
import { archiveFilename, createEntryNamer, entryPaths } from './entry-names';
import { exportJobPages, type ExportJob } from './export-jobs';
import { resultMarkdown } from './markdown';
import { LIBRARY_HEADER, modelLibrary, modelsOf } from './spice-library';
import { loadSummaryHead, summaryDocuments, type SummaryHead } from './summary';
import { summaryCsv, summaryJson } from './summary-files';
import type { ZipEntry } from './zip-writer';

/** `?status=completed` or `?status=completed,failed`: the job statuses to keep (all when absent). */
export const statusFilterSchema = z
  .string()
  .transform((s) => [...new Set(s.split(',').map((p) => p.trim()).filter(Boolean))])
  .pipe(z.array(jobStatusSchema).min(1, 'give at least one status'));

export const summaryQuerySchema = z.object({ status: statusFilterSchema.optional() });

export const exportQuerySchema = summaryQuerySchema.extend({
  include: z.enum(['originals'], { message: 'include can only be "originals"' }).optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export type BatchExport = { filename: string; head: SummaryHead; entries: AsyncGenerator<ZipEntry> };

async function isStoredFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** The file's bytes, opened only when the ZIP writer starts reading them. */
async function* fileChunks(file: string): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(file)) yield chunk as Buffer;
}

async function* documentEntries(job: ExportJob, originals: boolean, modelName: (part: string) => string): AsyncGenerator<ZipEntry> {
  const client = await db();
  const modified = job.finishedAt ?? undefined;
  const row = await client.result.findUnique({ where: { jobId: job.resultJobId }, select: { data: true } });
  if (row) {
    const result = upgradeResult(JSON.parse(row.data) as DocumentResult);
    const base = job.exportName;
    yield { name: entryPaths.json(base), content: row.data, modified };
    yield { name: entryPaths.text(base), content: result.text, modified };
    yield { name: entryPaths.markdown(base), content: resultMarkdown(result, job.filename), modified };
    const tables = result.tables ?? [];
    for (let i = 0; i < tables.length; i++) yield { name: entryPaths.table(base, i + 1), content: csvFile(tableCsv(tables[i])), modified };
    if (result.domain?.type === 'datasheet' && result.domain.electrical_characteristics.length) {
      yield { name: entryPaths.characteristics(base), content: csvFile(characteristicsCsv(job.filename, result.domain)), modified };
    }
    if (result.domain?.type === 'datasheet') {
      for (const model of modelsOf(result.domain)) yield { name: entryPaths.model(modelName(model.part.replace(/[/\\]/g, '_'))), content: modelLibrary(job.filename, model), modified };
    }
  }
  if (originals) {
    const file = absoluteStoragePath(job.storagePath);
    // An original can be gone (expired or deleted by hand); the summary still lists the document.
    const present = await isStoredFile(file);
    if (present) yield { name: entryPaths.original(job.exportName), content: fileChunks(file), modified, level: 1 };
  }
}

async function* exportEntries(batchId: string, head: SummaryHead, statuses: JobStatus[] | null, originals: boolean): AsyncGenerator<ZipEntry> {
  const now = new Date();
  yield { name: 'summary.json', content: summaryJson(head, summaryDocuments(batchId, statuses)), modified: now };
  yield { name: 'summary.csv', content: summaryCsv(summaryDocuments(batchId, statuses)), modified: now };
  if (await hasDatasheets(batchId, statuses)) {
    yield { name: 'characteristics.csv', content: csvFile(batchCharacteristics(batchId, statuses)), modified: now };
    if (await hasModels(batchId, statuses)) yield { name: 'models.lib', content: batchModels(batchId, statuses), modified: now };
  }
  // Part numbers can repeat across datasheets: the second 2N2222 is "models/2N2222 (2).lib".
  const modelName = createEntryNamer();
  for await (const jobs of exportJobPages(batchId, statuses)) {
    for (const job of jobs) yield* documentEntries(job, originals, modelName);
  }
}

/** Whether the export lists a completed datasheet (the counts are of completed documents). */
async function hasDatasheets(batchId: string, statuses: JobStatus[] | null): Promise<boolean> {
  if (statuses && !statuses.includes('completed')) return false;
  return (await readCategoryCounts(await db(), batchId)).some((c) => c.category === 'datasheet');
}

/** Every datasheet's characteristics in one CSV, read one result at a time (only the datasheets' results are parsed). */
async function* batchCharacteristics(batchId: string, statuses: JobStatus[] | null): AsyncGenerator<string> {
  yield characteristicsHeader();
  for await (const { job, domain } of datasheetDomains(batchId, statuses)) for (const c of domain.electrical_characteristics) yield characteristicLine(job.filename, domain, c);
}

/** The domain of each completed datasheet of the export, in upload order, one result read at a time. */
async function* datasheetDomains(batchId: string, statuses: JobStatus[] | null): AsyncGenerator<{ job: ExportJob; domain: DatasheetData }> {
  const client = await db();
  for await (const jobs of exportJobPages(batchId, statuses)) {
    const heads = await readResultHeads(client, [...new Set(jobs.map((j) => j.resultJobId))]);
    for (const job of jobs) {
      if (heads.get(job.resultJobId)?.category !== 'datasheet') continue;
      const row = await client.result.findUnique({ where: { jobId: job.resultJobId }, select: { data: true } });
      const domain = row ? upgradeDomain((JSON.parse(row.data) as DocumentResult).domain) : null;
      if (domain?.type === 'datasheet') yield { job, domain };
    }
  }
}

/** Whether a datasheet of the export has a SPICE model. */
async function hasModels(batchId: string, statuses: JobStatus[] | null): Promise<boolean> {
  for await (const { domain } of datasheetDomains(batchId, statuses)) if (modelsOf(domain).length) return true;
  return false;
}

/** Every SPICE model of the batch in one library, in upload order. */
async function* batchModels(batchId: string, statuses: JobStatus[] | null): AsyncGenerator<string> {
  yield LIBRARY_HEADER;
  for await (const { job, domain } of datasheetDomains(batchId, statuses)) for (const model of modelsOf(domain)) yield `\n${modelLibrary(job.filename, model)}`;
}

/** Checks the batch and the request (404, 413) before anything is sent, then lazily the entries. */
export async function openBatchExport(batchId: string, query: ExportQuery): Promise<BatchExport> {
  const statuses = query.status ?? null;
  const head = await loadSummaryHead(batchId, statuses);
  const originals = query.include === 'originals';
  return { filename: archiveFilename(head.batch.name, batchId), head, entries: exportEntries(batchId, head, statuses, originals) };
}

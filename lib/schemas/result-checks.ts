// Compile-time proof that the zod schemas of lib/schemas describe the TypeScript types the
// services return: if one changes without the other, `tsc` fails here.
import type { z } from 'zod';
import type { BatchSummaryReport } from '../export/summary';
import type { JobDetail } from '../jobs/get-job';
import type { BatchResultsPage } from '../jobs/result-summary';
import type { DocumentResult } from '../pipeline/types';
import type { QueueState } from '../queue/queue-state';
import type { QueueOverview } from './queue';
import type { documentResultSchema } from './result';
import type { batchResultsPageSchema, batchSummaryReportSchema, jobDetailSchema, queueOverviewSchema, queueStateSchema } from './responses';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type Checks = [
  Assert<Same<z.infer<typeof documentResultSchema>, DocumentResult>>,
  Assert<Same<z.infer<typeof jobDetailSchema>, JobDetail>>,
  Assert<Same<z.infer<typeof batchResultsPageSchema>, BatchResultsPage>>,
  Assert<Same<z.infer<typeof batchSummaryReportSchema>, BatchSummaryReport>>,
  Assert<Same<z.infer<typeof queueStateSchema>, QueueState>>,
  Assert<Same<z.infer<typeof queueOverviewSchema>, QueueOverview>>,
];

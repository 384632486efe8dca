// The figures one bench pass produces, shared by the passes, the report and the JSON output.
export type PassResult = {
  mode: 'bare' | 'text_only' | 'full_extraction';
  documents: number;
  /** Documents that did not complete (their pages are not counted). */
  failed: number;
  pages: number;
  /** From the first document started to the last finished. */
  seconds: number;
  pagesPerSecond: number;
  /** For the server passes: from the start of the upload to the last document finished. */
  wallSeconds: number | null;
  /** Peak resident memory of the process running the threads during the pass, in MB. */
  peakRssMb: number | null;
  /** CPU seconds of the process running the threads (all its threads) while the documents ran: other load barely stretches it. */
  cpuSeconds: number | null;
};

// What an OCR engine gives back for a page, and how a page can fail to be read: shared by the
// engine pool, the OCR thread, the main thread and the PDF threads (without loading tesseract.js).
import type { OcrPage } from './engine';

/** No engine could be made for these languages (a model missing or broken): no page of them can be read. */
export class OcrStartError extends Error {}

/** One page as read: the engine's languages ("eng+deu") and its lines. */
export type OcrReading = { languages: string; page: OcrPage };

/** OCR engines made (alive, or still ending), and those reading a page. */
export type EngineCounts = { running: number; busy: number };

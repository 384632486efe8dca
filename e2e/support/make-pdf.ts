// PDFs made on the spot for tests that need a document of a given size or weight (a long one to
// keep a worker busy; a unique one so no two uploads are the same bytes).
import { PDFDocument, StandardFonts } from 'pdf-lib';

const WORDS = 'the quick brown fox jumps over a lazy dog while seven wizards quietly box jack and judge pyramid'.split(' ');

/** A text PDF with `pages` pages of dense lines (about 60 lines of 12 words each). */
export async function makeTextPdf(pages: number, title = `Test document ${pages}p`): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('pdf-batch tests');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    for (let line = 0; line < 60; line++) {
      const words = Array.from({ length: 12 }, (_, i) => WORDS[(p * 7 + line * 3 + i) % WORDS.length]);
      page.drawText(`${p + 1}.${line + 1} ${words.join(' ')}`, { x: 40, y: 800 - line * 12.5, size: 9, font });
    }
  }
  return Buffer.from(await doc.save());
}

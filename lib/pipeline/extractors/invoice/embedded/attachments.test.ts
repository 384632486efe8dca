// The XML an e-invoice travels in, found among a PDF's embedded files, reading as few as it can.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { closePdf, openPdf } from '../../../pdfjs';
import { readXmlAttachments } from './attachments';

async function pdfWith(files: [string, string][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  for (const [name, content] of files) await pdf.attach(new TextEncoder().encode(content), name, { mimeType: name.endsWith('.xml') ? 'text/xml' : 'application/pdf' });
  return pdf.save();
}

test('the e-invoice XML is read however many other files come before it, and only two XML files are opened', async () => {
  const others = Array.from({ length: 20 }, (_, i): [string, string] => [`Anlage-${String(i + 1).padStart(2, '0')}.pdf`, '%PDF-1.7 attachment']);
  const notes: [string, string][] = [['a-notes.xml', '<notes/>'], ['b-more.xml', '<more/>'], ['c-other.xml', '<other/>']];
  const doc = await openPdf(await pdfWith([...others, ...notes, ['factur-x.xml', '<rsm:CrossIndustryInvoice/>']]));
  try {
    const warnings: string[] = [];
    const read = await readXmlAttachments(doc, warnings);
    assert.deepEqual(
      read.map((a) => a.name),
      ['factur-x.xml', 'a-notes.xml'],
    );
    assert.equal(new TextDecoder().decode(read[0].bytes), '<rsm:CrossIndustryInvoice/>');
    assert.deepEqual(warnings, []);
  } finally {
    await closePdf(doc);
  }
});

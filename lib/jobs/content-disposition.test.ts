import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentDisposition, pdfDownloadName } from './content-disposition';

test('Content-Disposition: an ASCII fallback and the UTF-8 name, without control or format characters', () => {
  assert.equal(contentDisposition('attachment', 'März.pdf'), `attachment; filename="M_rz.pdf"; filename*=UTF-8''M%C3%A4rz.pdf`);
  const header = contentDisposition('attachment', 'invoice\u202Efdp.exe.pdf');
  assert.ok(!header.includes('%E2%80%AE') && !header.includes('\u202E'), header);
  assert.match(header, /filename\*=UTF-8''invoicefdp\.exe\.pdf$/);
  assert.match(contentDisposition('inline', '\u202E\u200B'), /filename="download"/);
});

test('a PDF always downloads with a .pdf extension', () => {
  assert.equal(pdfDownloadName('invoice-1.pdf'), 'invoice-1.pdf');
  assert.equal(pdfDownloadName('Scan.PDF'), 'Scan.PDF');
  assert.equal(pdfDownloadName('invoice\u202Efdp.exe'), 'invoicefdp.exe.pdf');
  assert.equal(pdfDownloadName('report.html'), 'report.html.pdf');
  assert.equal(pdfDownloadName('\u202E'), 'document.pdf');
});

// Removes every embedded file from a PDF (the catalog's EmbeddedFiles name tree, its /AF array and
// file-attachment annotations), so that an e-invoice PDF can be read from its page alone, as
// `qpdf --remove-attachment` would. Used by the invoice tests and the invoice measure script.
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';

export async function stripAttachments(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const catalog = doc.catalog;
  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  names?.delete(PDFName.of('EmbeddedFiles'));
  catalog.delete(PDFName.of('AF'));
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (annot?.get(PDFName.of('Subtype'))?.toString() === '/FileAttachment') annots.remove(i);
    }
  }
  return doc.save({ useObjectStreams: false });
}

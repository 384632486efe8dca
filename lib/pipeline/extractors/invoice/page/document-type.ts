// Invoice or credit note, from the title words of the first page ("Credit note", "Gutschrift",
// "Avoir", "Creditnota", "Nota di credito"; "Rechnungskorrektur" is a corrected invoice), or from a
// negative total where the page names neither.
import type { InvoiceData } from '../../../types';
import type { PageContext } from './context';

const CREDIT = /^(?:credit ?note|credit ?memo|gutschrift(?:sanzeige)?|avoir|facture d'avoir|note de cr[ée]dit|creditnota|creditfactuur|nota de cr[ée]dito|factura rectificativa|nota di credito)\b/iu;
const CORRECTED = /^(?:rechnungskorrektur|korrekturrechnung|stornorechnung|storno(?:rechnung)?|corrected invoice|facture rectificative|facture corrective)\b/iu;

export function readDocumentType(ctx: PageContext, total: number | null): Pick<InvoiceData, 'document_type' | 'type_code'> {
  const page = ctx.pages[0];
  const top = page ? page.cells.filter((c) => c.y < page.height * 0.45) : [];
  if (top.some((c) => CREDIT.test(c.text.trim()))) return { document_type: 'credit_note', type_code: '381' };
  if (top.some((c) => CORRECTED.test(c.text.trim()))) return { document_type: 'corrected_invoice', type_code: '384' };
  if (total !== null && total < 0) return { document_type: 'credit_note', type_code: '381' };
  return { document_type: 'invoice', type_code: '380' };
}

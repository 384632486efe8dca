// The invoice number: the value of a number label ("Invoice No.", "Rechnungsnummer", "N° de
// facture", "Factuurnummer"), or the code right after the document's title ("Facture FA-2017-0010",
// "INVOICE #A-2291", "Mietrechnung Nr. 93141/00 vom 01.10.2018").
import { best, type Found, type PageContext } from './context';
import { hitsOf, valueSpots } from './label-hits';
import { documentNumber } from './values';

// A title word, then maybe "No." / "Nr." / "N°" / "#", then the code.
const TITLE =
  /^(?:(?:tax |commercial |vat |final |sales )?invoice|[\p{L}-]*rechnung|facture|factuur|factura|fattura|gutschrift|avoir|credit ?note|credit ?memo|creditnota|creditfactuur|bill|receipt|quittung)(?:\s+(?:no\.?|nr\.?|n[°º]\.?|number|nummer|num[ée]ro))?\s*[:.#]?\s*(.+)$/iu;

// "Rechnung des Versicherers Nr. 00.123.456.7-2018-1", "Buchungshilfe - KEINE Rechnung Nr. 471102": a number mark after a title word.
const TITLE_THEN_NO =
  /(?:^|[\s(])(?:invoice|[\p{L}-]*rechnung|facture|factuur|factura|fattura|gutschrift|avoir|credit note|creditnota)\b[^:\n]{0,40}?(?:no\.?|nr\.?|n[°º]\.?|#|number|nummer|num[ée]ro)\s*[:.#]?\s*(\S+)/iu;

export function readNumber(ctx: PageContext): Found<string> | null {
  const found: Found<string>[] = [];
  for (const hit of hitsOf(ctx.hits, 'number')) {
    for (const spot of valueSpots(hit)) {
      const value = documentNumber(spot.text, ctx.order);
      if (!value) continue;
      // A weak label ("No.", "Numero", "Reference") counts next to its value, or right under it as a column heading.
      if (hit.strength === 1 && spot.where === 'below' && spot.distance > 1) break;
      const score = (hit.strength === 2 ? 10 : spot.where === 'below' ? 3 : 4) - 0.5 * spot.distance - 0.5 * (hit.page - 1) - hit.cell.y / (hit.cell.size * 400);
      found.push({ value, score, page: hit.page, label: hit.label, text: spot.text, cell: spot.cell });
      break;
    }
  }
  for (const page of ctx.pages.slice(0, 2)) {
    for (const cell of page.cells) {
      const inner = TITLE_THEN_NO.exec(cell.text);
      const innerValue = inner ? documentNumber(inner[1], ctx.order) : null;
      if (innerValue) found.push({ value: innerValue, score: 7.5 - 0.5 * (page.number - 1), page: page.number, label: inner![0].slice(0, inner![0].length - inner![1].length).trim(), text: cell.text, cell });
      const m = TITLE.exec(cell.text.trim());
      if (!m) continue;
      const value = documentNumber(m[1].replace(/\([^)]*\)\s*(?:(?:no\.?|nr\.?|n[°º]\.?|number|nummer)\s*[:.#]?\s*)?/giu, ''), ctx.order);
      if (value && /\d/.test(value)) found.push({ value, score: 8 - 0.5 * (page.number - 1), page: page.number, label: cell.text.slice(0, cell.text.length - m[1].length).trim(), text: cell.text, cell });
    }
  }
  // In a sentence: "please quote invoice number 2024-0093", "onder vermelding van factuurnummer 2024-0093".
  if (!found.length) {
    const m = IN_SENTENCE.exec(ctx.text);
    const value = m ? documentNumber(m[1], ctx.order) : null;
    if (value) found.push({ value, score: 3, page: 0, label: m![0].slice(0, m![0].length - m![1].length).trim(), text: m![0] });
  }
  return best(found);
}

const IN_SENTENCE = /(?:invoice|factuur|facture|rechnungs?|billing document|fattura|factura)[- ]?(?:number|nummer|nr\.?|no\.?|n[°º]\.?|numero)?\s*[:#]?\s*([A-Z]{0,4}[-/]?\d[\w\-/.]*\d)\b/iu;

// The issue date and the due date. The issue date: after a date label ("Invoice date",
// "Rechnungsdatum", "Date de facture", "Factuurdatum"; a bare "Date" counts less), or after the
// title ("Rechnung Nr. 17 vom 01.10.2018"), else the first date at the top of page one that no other
// label claims (order, delivery, service dates). The due date: after a due label, or in the payment
// terms ("zahlbar bis 04.04.2013", "payable by 3 April 2024", "à régler avant le 13/12/2017").
import type { DateOrder } from '../../../detect/normalize';
import { rightOf, type Cell } from './cells';
import { best, type Found, type PageContext } from './context';
import { hitsOf, valueSpots } from './label-hits';
import { datesIn } from './values';

const TITLE_WORD = /^(?:(?:tax |commercial |vat )?invoice|[\p{L}-]*(?<!be)rechnung|facture|factuur|factura|fattura|gutschrift|avoir|credit ?note|creditnota)(?![\p{L}])/iu;
const AFTER_TITLE = /\b(?:vom|du|dated|of|from|del|van|dd\.?)\s+(.{6,30})$/iu;
const TERMS_DUE =
  /(?:zahlbar|payable|pay(?:ment)?|due|f[aä]llig|[àa] r[ée]gler|payer|paiement|betalen|betaling|vencimiento|pagar|pagamento|netto|net)[^.\n]{0,60}?\b(?:bis(?: zum| sp[aä]testens)?|by|before|until|on or before|no later than|avant(?: le)?|au plus tard le|le|voor|v[oó]{1,2}r|uiterlijk|antes del?|entro il|am)\s+([^,;\n]{6,30})/iu;

// "am 06.12.2013 fällig", "le 13/12/2017 au plus tard": the date before the word that makes it due.
const DUE_AFTER_DATE = /(?:^|\s)(?:am|on|le|op|el|il)\s+(\S{6,12}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})\s+(?:zur zahlung\s+)?(?:f[aä]llig|zahlbar|due|payable|exigible|verschuldigd|vencid[oa]|scadut[oa])/iu;
// SEPA direct debits: "wird am 20.03.2014 von Ihrem Konto ... abgebucht", "will be debited on".
// "We'll collect £59.80 on or after 18 April 2024", "prélevé à partir du 18/04/2024": the debit word first.
const DEBIT_THEN_DATE = /(?:collect(?:ed)?|debit(?:ed)?|taken|pr[ée]lev[ée]e?s?|abgebucht|eingezogen|afgeschreven|ge[ïi]ncasseerd|addebitat[oa]|cargar[áa]?)(?:[^.\n]|\.\d){0,40}?(?<!\p{L})(?:on or after|on|from|le|[àa] partir du|am|ab(?: dem)?|op|vanaf|dal|a partir del)\s+(\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}+\.?\s+\d{4}|\S{6,12})/iu;
const DEBIT_ON = /(?:am|on|le|op)\s+(\S{6,12})[^.]{0,220}?(?:abgebucht|eingezogen|abbuchen|einziehen|debited|collected|pr[ée]lev[ée]|ge[ïi]ncasseerd|afgeschreven)/iu;

// The date a payment sentence sets ("Bitte überweisen Sie den Betrag bis 17.04.24", "Der Betrag ist
// bis zum 03.05.2024 … zu überweisen", "Terms: 14 days nett, i.e. by 17 April 2024", "Net 15 — due
// 04/18/2024"): a "by" word and a date, with a payment word at most 80 characters before it.
const BY_DATE = /(?<!\p{L})(?:bis(?: zum| sp[aä]testens| sp[aä]testens am)?|sp[aä]testens(?: am)?|by|before|until|on or before|no later than|due|avant(?: le)?|au plus tard le|v[oó]{1,2}r|uiterlijk|antes del?|entro il)\s+(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})/giu;
const PAYMENT_WORD =
  /(?:zahl|überweis|ueberweis|betrag|bezahl|begleich|pay|remit|settle|terms|amount|balance|net\b|nett\b|netto|r[èe]gl|paie|payer|virement|montant|échéance|betal|overmak|bedrag|pag|bonific|import|vencim)/iu;
// A date with a discount for paying early ("bis 13.04.2024 abzüglich 2 % Skonto") is not the due date.
const DISCOUNT_AFTER = /^\W{0,3}(?:\S+\s+){0,3}?(?:abzüglich|abzgl\.?|minus|less|with|mit|avec|met)?\s*[\d,.]*\s?%?\s*(?:skonto|discount|escompte|korting|sconto|descuento)/iu;

function paymentSentenceDates(text: string, order: DateOrder): { iso: string; label: string; text: string }[] {
  const out: { iso: string; label: string; text: string }[] = [];
  for (const m of text.matchAll(BY_DATE)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 80), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 40);
    if (!PAYMENT_WORD.test(before + ' ' + m[0].split(/\s/)[0] + ' ' + after.slice(0, 30))) continue;
    if (DISCOUNT_AFTER.test(after)) continue;
    // "01.04.2024 bis 30.04.2024": the end of a period, not a date to pay by.
    if (/\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*$|\d{4}\s*$/.test(before)) continue;
    const date = datesIn(m[1], order)[0];
    if (date) out.push({ iso: date.iso, label: m[0].replace(m[1], '').trim(), text: (before.split(/[.\n]\s/).pop() ?? '') + m[0] });
  }
  return out;
}

// "zu der Fälligkeit 21.05.2014", "due date 3 April 2024" inside a sentence.
const DUE_WORD_THEN_DATE = /(?:f[aä]lligkeit(?:sdatum|stag)?|due date|date d'[ée]ch[ée]ance|[ée]ch[ée]ance|vervaldatum|fecha de vencimiento|scadenza)\s*(?:am|:|le|on)?\s*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})/iu;

export function readIssueDate(ctx: PageContext): Found<string> | null {
  const found: Found<string>[] = [];
  for (const hit of hitsOf(ctx.hits, 'issue_date')) {
    for (const spot of valueSpots(hit)) {
      const date = datesIn(spot.text, ctx.order)[0];
      if (!date) continue;
      if (hit.strength === 1 && spot.where === 'below' && spot.distance > 1) break;
      // After a bare "Date", the date itself, not words first ("Date of supply 31/03/2024").
      if (hit.strength === 1 && date.index > 2) continue;
      const score = (hit.strength === 2 ? 10 : 5) - 0.5 * spot.distance - (hit.page - 1);
      found.push({ value: date.iso, score, page: hit.page, label: hit.label, text: spot.text, cell: spot.cell });
      break;
    }
  }
  // "... Nr. 9314110911/00/M/00/N vom 01.10.2018": a date after the title's number.
  for (const hit of hitsOf(ctx.hits, 'number')) {
    const m = AFTER_TITLE.exec(hit.rest);
    const date = m ? datesIn(m[1], ctx.order)[0] : undefined;
    if (date) found.push({ value: date.iso, score: 8, page: hit.page, label: hit.label, text: hit.rest, cell: hit.cell });
  }
  // A date on the title's row ("Beitragsrechnung            24. Januar 2014").
  const first = ctx.pages[0];
  for (const cell of first?.cells ?? []) {
    if (cell.y > first!.height * 0.5 || !TITLE_WORD.test(cell.text.trim())) continue;
    for (const right of rightOf(first!, cell)) {
      const date = datesIn(right.text, ctx.order)[0];
      if (date) found.push({ value: date.iso, score: 7, page: first!.number, label: cell.text, text: right.text, cell: right });
    }
  }
  if (found.length) return best(found);
  // No label: the first date in the top half of page one that no other label has claimed.
  const claimed = new Set<Cell>();
  for (const hit of hitsOf(ctx.hits, 'other_date', 'due_date')) {
    claimed.add(hit.cell);
    for (const spot of hit.spots) if (spot.cell && spot.where !== 'below') claimed.add(spot.cell);
    const first = hit.spots.find((s) => datesIn(s.text, ctx.order).length);
    if (first?.cell) claimed.add(first.cell);
  }
  const page = ctx.pages[0];
  if (!page) return null;
  for (const cell of page.cells) {
    if (cell.y > page.height * 0.5) break;
    if (claimed.has(cell)) continue;
    const date = datesIn(cell.text, ctx.order)[0];
    if (date) return { value: date.iso, score: 2, page: page.number, label: null, text: cell.text, cell };
  }
  return null;
}

export function readDueDate(ctx: PageContext, issue: string | null): Found<string> | null {
  const found: Found<string>[] = [];
  for (const hit of hitsOf(ctx.hits, 'due_date')) {
    for (const spot of valueSpots(hit)) {
      const date = datesIn(spot.text, ctx.order)[0];
      if (!date) continue;
      found.push({ value: date.iso, score: 10 - 0.5 * spot.distance, page: hit.page, label: hit.label, text: spot.text, cell: spot.cell });
      break;
    }
  }
  {
    // In the payment terms or a sentence, across line breaks: the text in reading order.
    for (const re of [TERMS_DUE, DUE_WORD_THEN_DATE, DUE_AFTER_DATE, DEBIT_ON, DEBIT_THEN_DATE]) {
      const m = re.exec(ctx.text);
      const date = m ? datesIn(m[1], ctx.order)[0] : undefined;
      if (date) found.push({ value: date.iso, score: 6, page: 0, label: m![0].replace(m![1], '').replace(/\s+/g, ' ').trim().slice(0, 60), text: m![0].replace(/\s+/g, ' ') });
    }
  }
  // A payment sentence's date: the last one where several are set (the net date after a discount's).
  const sentences = paymentSentenceDates(ctx.text, ctx.order);
  const last = sentences[sentences.length - 1];
  if (last) found.push({ value: last.iso, score: 5.5, page: 0, label: last.label, text: last.text.replace(/\s+/g, ' ').trim().slice(-120) });
  // A due date before the issue date is most often something else (an order or delivery date).
  return best(found.map((f) => (issue && f.value < issue ? { ...f, score: f.score - 5 } : f)));
}

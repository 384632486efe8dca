// Reads an invoice's number, dates, parties and amounts from its key-value fields, its table rows
// and, as a last resort, its text. Keys in English and German (and common French/Spanish ones);
// the amount due wins over the subtotal, and a value that does not parse is left out.
import { scanDates, scanMoney } from '../detect/entities';
import { findField, matchKey } from '../detect/fields';
import { normalizeValue } from '../detect/normalize';
import type { Line, PageLayout } from '../layout/types';
import type { Field, InvoiceData, Table } from '../types';

type Input = { pages: PageLayout[]; text: string; fields: Field[]; tables: Table[] };

const NUMBER_KEYS = [
  /^(?:invoice|inv|rechnung|facture|factura|fattura|bill)[\s-]*(?:no|nr|number|num|#|n[°º]|nummer|id|ref)\.?$/,
  /^rechnungs-?\s?(?:nummer|nr)$/,
  /^(?:num[ée]ro de (?:la )?facture|n[úu]mero de (?:la )?factura|numero (?:di )?fattura)$/,
  /^(?:invoice|rechnung|facture|factura)$/,
];
const DATE_KEYS = [
  /^(?:invoice|rechnungs|billing|bill)[\s-]?(?:date|datum)$/,
  /^(?:date of (?:invoice|issue)|issue date|issued(?: on)?|invoice issued|ausstellungsdatum|date de (?:la )?facture|fecha de (?:la )?factura|fecha de emisi[óo]n|data (?:della )?fattura)$/,
  /^(?:date|datum|fecha|data)$/,
];
const DUE_KEYS = [
  /^(?:due date|payment due(?: date)?|due(?: by| on)?|pay(?:able)? by|f[äa]llig(?:keit)?(?:sdatum)?(?: am| bis)?|zahlbar bis|zahlungsziel|date d'[ée]ch[ée]ance|[ée]ch[ée]ance|fecha de vencimiento|vencimiento|scadenza)$/,
];
const BUYER_KEYS = [
  /^(?:bill(?:ed)? to|invoice to|invoiced to|sold to|customer|customer name|client|buyer|purchaser|kunde|kundin|rechnungsempf[äa]nger(?:in)?|empf[äa]nger|auftraggeber|factur[ée] [àa]|cliente|facturar a)$/,
  /^(?:ship(?:ped)? to|deliver(?:ed)? to|lieferadresse|lieferanschrift)$/,
];
const SELLER_KEYS = [/^(?:seller|vendor|supplier|from|bill from|issued by|lieferant|verk[äa]ufer|rechnungssteller|fournisseur|vendeur|proveedor|emisor)$/];
const TOTAL_KEYS = [
  /^(?:total due|amount due|balance due|total amount due|total payable|amount payable|grand total|invoice total|total invoice amount|gesamtbetrag|rechnungsbetrag|endbetrag|zahlbetrag|zu zahlen(?:der betrag)?|gesamtsumme|bruttobetrag|summe brutto|total ttc|montant total(?: ttc)?|net [àa] payer|total a pagar|importe total|totale)$/,
  /^(?:total|total amount|total \w{3}|summe|gesamt|betrag|montant)$/,
];
const SUBTOTAL_KEYS = [/^(?:sub-?\s?total|zwischensumme|nettobetrag|net amount|net total|total net|total excl\.? (?:tax|vat)|summe netto|netto|gesamt netto|total ht|montant ht|base imponible)$/];
const TAX_KEYS = [
  /^(?:(?:total )?(?:sales )?tax(?: amount)?|vat(?: amount)?|gst|hst|(?:zzgl\.? )?(?:mwst|ust)\.?(?: betrag)?|umsatzsteuer|mehrwertsteuer|tva|montant tva|iva)$/,
];
// A document title, not the seller's name.
const TITLE = /^(?:(?:tax|commercial|proforma|pro forma|final)\s+)?(?:invoice|rechnung|facture|factura|fattura|receipt|quittung|credit note|gutschrift|quote|quotation|angebot|statement|bill)\b/i;
const COMPANY = /\b(?:GmbH|AG|Inc\.?|Ltd\.?|LLC|LLP|plc|BV|B\.V\.|NV|SA|S\.A\.|SAS|SARL|S\.r\.l\.|SRL|KG|OHG|Corp\.?|Corporation|Co\.|Company|Limited)(?=$|[\s,])/;

const hasDigit = (f: Field) => /\d/.test(f.value);
const isDate = (f: Field) => f.normalized?.type === 'date';
const isName = (f: Field) => /^[\p{Lu}\p{N}"“]/u.test(f.value) && !/^\d+$/.test(f.value);

/** An amount from a field: its money value, or a plain number printed without a currency. */
function amountOf(f: Field | null): number | null {
  if (!f) return null;
  if (f.normalized?.type === 'money') return f.normalized.amount;
  if (f.normalized?.type === 'number' && f.normalized.unit === null && /[.,]\d{2}$/.test(f.value)) return f.normalized.value;
  return null;
}

const isAmount = (f: Field) => amountOf(f) !== null;

/** Rows whose first cell is a label and last cell an amount ("Total | | | $12,184.44"), as fields. */
function rowFields(pages: PageLayout[], tables: Table[]): Field[] {
  const out: Field[] = [];
  const push = (key: string, value: string, page: number) => {
    const normalized = normalizeValue(value);
    if (key && /\p{L}/u.test(key) && normalized) out.push({ key: key.replace(/:$/, ''), value, page, normalized });
  };
  for (const t of tables) {
    for (const row of t.rows) {
      const cells = row.map((c) => c.trim()).filter(Boolean);
      if (cells.length >= 2) push(cells[0], cells[cells.length - 1], t.page);
    }
  }
  for (const page of pages) {
    for (const line of page.lines) {
      const segs = line.segments;
      if (segs.length >= 2) push(segs[0].text.trim(), segs[segs.length - 1].text.trim(), page.number);
    }
  }
  return out;
}

/** The invoice number: the first token with a digit in the field's value, or after "Invoice No." in the text. */
function invoiceNumber(fields: Field[], text: string): string | null {
  const f = findField(fields, NUMBER_KEYS, hasDigit);
  const token = f?.value.split(/\s+/).find((t) => /\d/.test(t));
  if (token) return token.replace(/^#/, '').replace(/[.,;]$/, '');
  const m = /\b(?:(?:invoice|rechnung|facture|factura)\s*(?:no\.?|nr\.?|number|#|nummer|n[°º])|rechnungs-?(?:nummer|nr\.?))\s*[:.#]?\s*#?\s*([A-Z]{0,6}[-/]?\d[\w\-/.]*\d|\d+)\b/i.exec(text);
  return m ? m[1] : null;
}

/** The largest text near the top of page 1 that is not the document's title, e.g. the seller's name. */
function letterhead(page: PageLayout | undefined): string | null {
  if (!page) return null;
  const top = page.lines.filter((l) => l.y < page.height * 0.35);
  const candidates = top.filter((l) => {
    const t = l.text.trim();
    return /\p{L}{2}/u.test(t) && t.length <= 80 && !TITLE.test(t) && !/:\s|:$/.test(t) && normalizeValue(t) === null && !/^page\b/i.test(t);
  });
  if (candidates.length === 0) return null;
  const sizes = page.lines.map((l) => l.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)];
  const best = candidates.reduce((a, b) => (b.size > a.size + 0.5 || (Math.abs(b.size - a.size) <= 0.5 && b.y < a.y) ? b : a));
  if (best.size >= median * 1.15) return best.text.trim();
  const company = candidates.find((l: Line) => COMPANY.test(l.text));
  return company ? company.text.trim() : null;
}

/** The line below a lone "Bill To" label, when the fields did not pair it. */
function nameBelowLabel(pages: PageLayout[], labels: RegExp[]): string | null {
  for (const page of pages.slice(0, 2)) {
    const lines = page.lines;
    for (let i = 0; i + 1 < lines.length; i++) {
      const label = lines[i];
      if (label.segments.length !== 1 || !labels.some((r) => r.test(matchKey(label.text)))) continue;
      const next = lines[i + 1];
      if (next.y - label.y > label.size * 2.5 || Math.abs(next.x0 - label.x0) > 6) continue;
      const value = next.segments[0]?.text.trim();
      if (value && /^\p{Lu}/u.test(value) && !/:\s|:$/.test(value)) return value;
    }
  }
  return null;
}

/** "Bill To: Name" in the text, when neither the fields nor the layout gave the buyer. */
function buyerInText(text: string): string | null {
  const m = /\b(?:bill(?:ed)? to|invoice to|sold to|customer|kunde|rechnungsempf[äa]nger)\s*:[ \t]*(\p{Lu}[^\n]{1,79})/iu.exec(text);
  return m ? m[1].trim() : null;
}

/** The currency that most amounts in the document are in. */
function commonCurrency(fields: Field[], text: string): string | null {
  const counts = new Map<string, number>();
  for (const f of fields) if (f.normalized?.type === 'money' && f.normalized.currency) counts.set(f.normalized.currency, (counts.get(f.normalized.currency) ?? 0) + 1);
  if (counts.size === 0) for (const m of scanMoney(text.slice(0, 20000))) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  let best: string | null = null;
  for (const [c, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** A date after a label in the text ("Invoice date 31.01.2026"), when no field has it. */
function dateAfter(text: string, label: RegExp): string | null {
  const m = label.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40).split('\n')[0];
  return scanDates(rest)[0]?.iso ?? null;
}

export function extractInvoice(input: Input): InvoiceData {
  const { pages, text, fields, tables } = input;
  const all = [...fields, ...rowFields(pages, tables)];
  const totalField = findField(all, TOTAL_KEYS, isAmount, true);
  const subtotalField = findField(all, SUBTOTAL_KEYS, isAmount, true);
  const taxField = findField(all, TAX_KEYS, isAmount, true);
  const subtotal = amountOf(subtotalField);
  const tax = amountOf(taxField);
  let total = amountOf(totalField);
  if (total === null && subtotal !== null && tax !== null) total = Math.round((subtotal + tax) * 100) / 100;
  const moneyCurrency = [totalField, subtotalField, taxField].map((f) => (f?.normalized?.type === 'money' ? f.normalized.currency : null)).find(Boolean);

  const dateField = findField(fields, DATE_KEYS, isDate);
  const dueField = findField(fields, DUE_KEYS, isDate);
  const invoiceDate = dateField?.normalized?.type === 'date' ? dateField.normalized.value : dateAfter(text, /\b(?:invoice date|rechnungsdatum|date of invoice)\b/i);
  const dueDate = dueField?.normalized?.type === 'date' ? dueField.normalized.value : dateAfter(text, /\b(?:due date|payment due|f[äa]llig(?: am)?|zahlbar bis)\b/i);

  return {
    type: 'invoice',
    invoice_number: invoiceNumber(fields, text),
    invoice_date: invoiceDate,
    due_date: dueDate,
    seller: findField(fields, SELLER_KEYS, isName)?.value ?? letterhead(pages[0]),
    buyer: findField(fields, BUYER_KEYS, isName)?.value ?? nameBelowLabel(pages, BUYER_KEYS) ?? buyerInText(text),
    currency: moneyCurrency ?? commonCurrency(all, text),
    subtotal,
    tax,
    total,
  };
}

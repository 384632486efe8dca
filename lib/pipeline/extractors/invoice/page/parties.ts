// The seller (who issues the invoice) and the buyer (whom it is addressed to). Evidence is weighed,
// not taken from one place: a "Seller" / "Bill to" label, the letterhead (large text at the top of
// page one), the company names with a legal form in the header and footer, the sender line above a
// window address (DIN 5008), the web or e-mail domain that spells the name, and the address blocks:
// the buyer is the addressee block that is not the seller's.
import { blockBelow, startsBlock, type Cell, type PageCells } from './cells';
import type { Found, PageContext } from './context';
import { isAddressLine, isContactLine, isCountryLine, isPostcodeLine, isStreetLine, LEGAL_FORM } from './address';
import { hitsOf } from './label-hits';
import { matchLabel } from './labels';
import { amountsIn, datesIn } from './values';

const TITLE = /^(?:(?:tax |commercial |proforma |pro forma |vat |final |sales )?invoice|[\p{L}-]*(?:rechnung|korrektur)[\p{L}-]*|steuer[\p{L}]*|facture|factuur|factura|fattura|gutschrift|avoir|credit ?note|creditnota|receipt|quittung|bill|statement|page|seite|original|copy|kopie|duplicate|duplicata|delivery note|lieferschein)\b/iu;
const SALUTATION = /^(?:herrn?|frau|firma|fa\.|mr\.?|mrs\.?|ms\.?|miss|dr\.?|m\.|mme|mlle|monsieur|madame|dhr\.?|mevr\.?|de heer|mevrouw|sig\.?|sig\.ra|spett\.le|attn:?|z\.\s?hd\.?|c\/o)$/iu;
// Lines that carry an identifier, not a name ("BIC : FIDCFR21XXX", "GLN 4000001123452", "USt-IdNr: DE123").
const IDENTIFIER = /(?<!\p{L})(?:iban|bic|swift|blz|konto(?:nr)?|account|gln|gtin|duns|ean|siret|siren|ape|naf|rcs|vat|tva|btw|ust|mwst|steuer(?:nr|nummer)?|tax|hrb|hra|kvk|gstin|pan|cin|ust-?id(?:nr)?)(?!\p{L})\.?\s*[-:#.]?\s*\S*\d/iu;
const SEPARATORS = /\s+[·•|–—-]\s+|\s*[·•|]\s*|,\s+/u;

/** The first part of a text that reads as a name: not an address, contact, date, amount or label. */
export function nameIn(text: string): string | null {
  const parts = text.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  // Of the first two parts that read as names, the longer ("OMF · Officine Meccaniche Ferraresi").
  const names = parts
    .slice(0, 2)
    .map((part) => part.replace(/^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?/i, '').replace(/[,:;]+$/, '').trim())
    .filter(isNameLike);
  return names.sort((a, b) => b.length - a.length)[0] ?? null;
}

// Column headings and form words: never a party's name.
const HEADING_WORD =
  /^(?:description|designation|désignation|leistung|leistungen|bezeichnung|beschreibung|artikel|article|item|items|qty|quantity|menge|quantité|hoeveelheid|omschrijving|descripción|descrizione|amount|betrag|montant|bedrag|importe|importo|price|preis|prix|prijs|total|summe|totaal|unit|einheit|unité|position|pos\.?|date|datum|page|seite|aan|to|from|von|de|van|para|per|po\b.*|i authorize\b.*|sprzedawca|nabywca)$/i;

function isNameLike(t: string): boolean {
  if (HEADING_WORD.test(t.trim())) return false;
  if (t.length < 3 || t.length > 70 || !/\p{L}{2}/u.test(t) || (t.match(/\p{L}/gu)?.length ?? 0) < 3) return false;
  // A name has a few words; a sentence has more ("pay by wire transfer to the following account:").
  if (t.split(/\s+/).length > 7) return false;
  const digits = t.replace(/\D/g, '').length;
  if (digits > 0.3 * t.length) return false;
  if (TITLE.test(t) || SALUTATION.test(t) || isAddressLine(t) || IDENTIFIER.test(t)) return false;
  if (datesIn(t, null).length || amountsIn(t).length) return false;
  const label = matchLabel(t);
  if (label && label.kind !== 'seller' && label.kind !== 'buyer' && label.rest.length < 3) return false;
  if (/[:]\s*$/.test(t) || /^\W/.test(t)) return false;
  return true;
}

/** A name line and the address lines that follow it (an address block), or null. */
function addressBlock(page: PageCells, cell: Cell): Cell[] | null {
  const block = blockBelow(page, cell, 7);
  if (block.length < 2) return null;
  const rest = block.slice(1, 6).map((c) => c.text);
  return rest.some((t) => isPostcodeLine(t) || isStreetLine(t) || isCountryLine(t)) ? block : null;
}

/** "Herrn" / "Firma" on a line of its own: the name is the next line. */
function nameOfBlock(block: Cell[]): { name: string; cell: Cell } | null {
  for (const cell of block.slice(0, 3)) {
    if (SALUTATION.test(cell.text.trim())) continue;
    const name = nameIn(cell.text);
    return name ? { name, cell } : null;
  }
  return null;
}

type Candidate = Found<string> & { why: string };

/** Lower case, no accents, no legal form, letters and digits only: to compare names. */
export const nameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(new RegExp(LEGAL_FORM.source, 'gu'), ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The name with its legal form, from a text that has one: "Au bon moulin SARL - 1242 chemin..." → "Au bon moulin SARL". */
function companyIn(text: string): string | null {
  for (const part of text.split(SEPARATORS).slice(0, 3)) {
    const m = LEGAL_FORM.exec(part);
    if (!m) continue;
    const name = part.slice(0, m.index + m[0].length).replace(/^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?/i, '').trim();
    if (name.length > m[0].length + 1 && isNameLike(name)) return name;
  }
  return null;
}

function domains(pages: PageCells[]): string[] {
  const out = new Set<string>();
  for (const page of pages) {
    for (const cell of page.cells) {
      for (const m of cell.text.matchAll(/(?:www\.|https?:\/\/|@)([a-z0-9-]+)\.[a-z]{2,}/gi)) {
        const d = m[1].toLowerCase().replace(/-/g, '');
        if (d.length >= 4 && !/^(?:gmail|googlemail|yahoo|hotmail|outlook|gmx|web|icloud|orange|free|live|t-online|aol|mail)$/.test(d)) out.add(d);
      }
    }
  }
  return [...out];
}

export type Parties = { seller: Candidate | null; buyer: Candidate | null };

export function readParties(ctx: PageContext): Parties {
  const first = ctx.pages[0];
  if (!first) return { seller: null, buyer: null };

  // ---- the buyer by its label ----
  const labelled = (kinds: ('buyer' | 'seller' | 'ship_to')[], score: number): Candidate[] => {
    const out: Candidate[] = [];
    for (const hit of hitsOf(ctx.hits, ...kinds)) {
      if (hit.page > 2) continue;
      // "Invoice to pay by transfer", "Customer VAT Number": words after the label that are no name make it no label.
      if (hit.rest && !nameIn(hit.rest)) continue;
      for (const spot of hit.spots) {
        if (spot.where === 'below' && spot.distance > 4) break;
        if (spot.label || (spot.cell && SALUTATION.test(spot.cell.text.trim()))) continue;
        // A cell far to the right of a party label is another column's ("Käufer      RECHNUNGS-KORREKTUR").
        if (spot.where === 'right' && spot.cell && spot.cell.x0 - hit.cell.x1 > 4 * hit.cell.size && !/:\s*$/.test(hit.cell.text)) continue;
        const name = nameIn(spot.text);
        if (!name) continue;
        out.push({ value: name, score: score - 0.5 * spot.distance, page: hit.page, label: hit.label, text: spot.text, cell: spot.cell, why: 'label' });
        break;
      }
    }
    return out;
  };
  const buyerByLabel = labelled(['buyer'], 10);
  const shipTo = labelled(['ship_to'], 4);

  // ---- the seller ----
  const sellers: Candidate[] = [...labelled(['seller'], 10)];
  const sizes = first.cells.map((c) => c.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
  for (const cell of first.cells) {
    if (cell.y > first.height * 0.22) break;
    if (cell.size < body * 1.2) continue;
    // A name in the print size of the address under it is an addressee, not a letterhead.
    if (addressBlock(first, cell)) continue;
    const name = nameIn(cell.text);
    if (name) sellers.push({ value: name, score: 5 + Math.min(3, (cell.size / body - 1) * 3), page: 1, label: null, text: cell.text, cell, why: 'letterhead' });
  }
  for (const page of ctx.pages) {
    for (const cell of page.cells) {
      const name = companyIn(cell.text);
      if (!name) continue;
      const margin = cell.y < page.height * 0.18 || cell.y > page.height * 0.8;
      sellers.push({ value: name, score: 2 + (margin ? 2 : 0) + (page.number === 1 ? 0.5 : 0), page: page.number, label: null, text: cell.text, cell, why: 'company name' });
    }
  }
  // Address blocks of page one: the seller's at the top, the addressee's below it.
  const blocks: { name: string; cell: Cell; block: Cell[] }[] = [];
  for (const cell of first.cells) {
    if (cell.y > first.height * 0.55) break;
    if (blocks.some((b) => b.block.includes(cell)) || !startsBlock(first, cell)) continue;
    const block = addressBlock(first, cell);
    const named = block && nameOfBlock(block);
    if (named) blocks.push({ ...named, block });
  }
  // DIN 5008: a one-line sender address in small print right above the addressee's block.
  for (const b of blocks) {
    const above = first.cells.filter((c) => c.y < b.cell.y && c.y > b.cell.y - 4 * b.cell.size && Math.abs(c.x0 - b.cell.x0) < 3 * b.cell.size && c.size < b.cell.size * 0.95);
    const sender = above.find((c) => SEPARATORS.test(c.text) && (isPostcodeLine(c.text) || isStreetLine(c.text)));
    const name = sender ? nameIn(sender.text) : null;
    if (name && sender) sellers.push({ value: name, score: 6, page: 1, label: null, text: sender.text, cell: sender, why: 'sender line' });
  }
  const topBlock = blocks.find((b) => b.cell.y < first.height * 0.2);
  if (topBlock) sellers.push({ value: topBlock.name, score: 3, page: 1, label: null, text: topBlock.cell.text, cell: topBlock.cell, why: 'top address block' });

  const buyerKeys = new Set(buyerByLabel.map((b) => nameKey(b.value)));
  const webDomains = domains(ctx.pages);
  const seller = vote(sellers.filter((s) => !buyerKeys.has(nameKey(s.value))), (key) => (webDomains.some((d) => key.length >= 4 && (d.includes(key) || key.includes(d))) ? 3 : 0));

  // ---- the buyer ----
  let buyer = buyerByLabel.sort((a, b) => b.score - a.score)[0] ?? null;
  if (!buyer) {
    const sellerKey = seller ? nameKey(seller.value) : null;
    const candidates: Candidate[] = blocks
      .filter((b) => nameKey(b.name) !== sellerKey && !(sellerKey && nameKey(b.name).includes(sellerKey)))
      .map((b) => {
        const y = b.cell.y / first.height;
        const contact = b.block.some((c) => isContactLine(c.text));
        const score = 5 + (y > 0.1 && y < 0.45 ? 2 : 0) + (b.cell.x0 < first.width * 0.5 ? 1 : 0) - (contact ? 1 : 0) - (b === topBlock && b.cell.size > body * 1.15 ? 3 : 0);
        return { value: b.name, score, page: 1, label: null, text: b.block.map((c) => c.text).join(' / '), cell: b.cell, why: 'address block' };
      });
    buyer = candidates.sort((a, b) => b.score - a.score)[0] ?? shipTo[0] ?? null;
  }
  return { seller, buyer };
}

/** Sums the scores of candidates naming the same party; the best-scored spelling of the winner. */
function vote(candidates: Candidate[], bonus: (key: string) => number): Candidate | null {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = nameKey(c.value);
    if (key.length < 2) continue;
    // Names that contain one another ("Lieferant" / "Lieferant GmbH") are one party.
    const existing = [...groups.keys()].find((k) => k === key || (Math.min(k.length, key.length) >= 5 && (k.includes(key) || key.includes(k))));
    const group = existing ?? key;
    groups.set(group, [...(groups.get(group) ?? []), c]);
  }
  let top: { score: number; pick: Candidate } | null = null;
  for (const [key, group] of groups) {
    const distinctWhy = new Set(group.map((g) => g.why)).size;
    const score = Math.max(...group.map((g) => g.score)) + 1.5 * (distinctWhy - 1) + Math.min(2, 0.5 * (group.length - 1)) + bonus(key);
    const pick = group.reduce((a, b) => (b.score > a.score ? b : a));
    if (!top || score > top.score) top = { score, pick: { ...pick, score } };
  }
  return top?.pick ?? null;
}

// The totals: gross (tax included), net, tax and the amount due, from the labels of a totals block
// ("Total TTC", "Rechnungsbetrag", "Totaal incl. BTW", "Amount due", "Subtotal", "MwSt. 19 %"...).
// A label's value is the last amount on its row (rows like "VAT 19 %  275,00  52,25" show the base
// first), or the first below it. Where several candidates compete, the ones that add up (net + tax
// = gross) win: the arithmetic of the invoice settles what the words leave open.
import type { Found, PageContext } from './context';
import { rightOf } from './cells';
import { valueSpots, type LabelHit } from './label-hits';
import type { LabelKind } from './labels';
import { amountsIn, type Amount } from './values';

type Kind = 'gross' | 'total' | 'due_amount' | 'net' | 'tax' | 'paid';
export type AmountFound = Found<number> & { kind: Kind; strength: number; currency: string | null; /** A tax line of one rate ("VAT 19 %"). */ rated: boolean; order: number };

const KINDS: LabelKind[] = ['gross', 'total', 'due_amount', 'net', 'tax', 'paid'];
const RATE = /\d\s?%|%\s?\d|@\s?\d/;

/** The amount a label gives: the last one on its row (inline or to the right), else the first below. */
function amountOf(hit: LabelHit): { amount: Amount; text: string; where: string } | null {
  const spots = valueSpots(hit);
  const row = spots.filter((s) => s.where !== 'below');
  for (let i = row.length - 1; i >= 0; i--) {
    const amounts = amountsIn(row[i].text);
    if (amounts.length) return { amount: amounts[amounts.length - 1], text: row[i].text, where: row[i].where };
  }
  // Below only for specific labels: a generic "Total" / "Amount" above a column is a table header, and
  // so is a bare tax label ("USt. %") over a column of rates; "MwSt-Betrag", "Tax amount" are amounts.
  if (hit.strength === 1 || (hit.kind === 'tax' && !/betrag|amount|montant|bedrag|total|summe|importe|importo/i.test(hit.label))) return null;
  // A column of amounts under its header: the first, or the last where it sums the ones above (a totals row).
  const column: { amount: Amount; text: string }[] = [];
  for (const cell of hit.column) {
    const amounts = amountsIn(cell.text);
    if (amounts.length !== 1) break;
    column.push({ amount: amounts[0], text: cell.text });
  }
  if (column.length === 0) return null;
  const last = column[column.length - 1];
  const above = column.slice(0, -1).reduce((a, c) => a + c.amount.value, 0);
  const chosen = column.length >= 3 && Math.abs(above - last.amount.value) < 0.015 ? last : column[0];
  return { amount: chosen.amount, text: chosen.text, where: 'below' };
}

const DISCOUNT = /rabatt|skonto|discount|remise|escompte|korting|descuento|sconto|allowance|abschlag|zuschlag|nachlass/iu;
// "Steuer" also ends compounds (Umsatzsteuer, Versicherungsteuer).
const TAX_WORD = /(?<!\p{L})(?:vat|tax|gst|igst|cgst|sgst|tva|btw|iva|mwst|ust)(?!\p{L})|steuer(?!\p{L})/iu;

/**
 * Rows that name a tax and a rate and end with an amount ("Steuerbasisbetrag USt. 7%  275,00  19,25",
 * "TVA 20 %  16,38 €"): the tax of one rate, whatever words the row begins with.
 */
function ratedTaxRows(ctx: PageContext, start: number): AmountFound[] {
  const out: AmountFound[] = [];
  for (const page of ctx.pages) {
    for (const cell of page.cells) {
      if (!TAX_WORD.test(cell.text) || DISCOUNT.test(cell.text) || INCLUDING.test(cell.text) || OF_WHICH.test(cell.text)) continue;
      const row = [cell, ...rightOf(page, cell)];
      const text = row.map((c) => c.text).join('  ');
      const amounts = amountsIn(text);
      if (amounts.length === 0 || amounts.length > 3) continue;
      const last = amounts[amounts.length - 1];
      const beforeLast = text.slice(0, text.lastIndexOf(last.text));
      if (!RATE.test(beforeLast)) continue;
      out.push({ kind: 'tax', strength: 1, value: last.value, currency: last.currency, rated: true, score: 1, page: page.number, label: cell.text, text, cell, order: start + out.length });
    }
  }
  return out;
}

const INCLUDING = /(?<!\p{L})(?:inkl\.?|inklusive|einschl(?:\.|ießlich)|incl\.?|including|inclusive|inc\.|ttc|toutes taxes comprises|iva incluido|ivato)(?!\p{L})/iu;
const OF_WHICH = /(?<!\p{L})(?:enthaltene?|darin enthalten|davon|hiervon|included|of which|dont|inclus[e]?|waarvan|inbegrepen)(?!\p{L})/iu;

/**
 * Rows whose words say what they are anywhere, not only at their start: "quarterly premium including
 * 19 % insurance tax  220,00" (gross), "of which VAT  (35,13)" / "darin enthaltene USt" (tax).
 */
function phraseRows(ctx: PageContext, start: number): AmountFound[] {
  const out: AmountFound[] = [];
  for (const page of ctx.pages) {
    for (const cell of page.cells) {
      if (!TAX_WORD.test(cell.text) || DISCOUNT.test(cell.text) || !/\p{L}{3}/u.test(cell.text)) continue;
      const ofWhich = OF_WHICH.test(cell.text);
      const including = !ofWhich && INCLUDING.test(cell.text);
      if (!ofWhich && !including) continue;
      const row = [cell, ...rightOf(page, cell)];
      const amounts = amountsIn(row.slice(1).map((c) => c.text).join('  ') || cell.text.replace(/^.*?(?=[-(€$£]?\s?\d[\d.,' ]*[.,]\d{2})/u, ''));
      if (amounts.length !== 1) continue;
      const kind = ofWhich ? 'tax' : 'gross';
      // "(35,13 €)": the parentheses say "included", not "negative".
      out.push({ kind, strength: 1, value: kind === 'tax' ? Math.abs(amounts[0].value) : amounts[0].value, currency: amounts[0].currency, rated: false, score: 1, page: page.number, label: cell.text, text: row.map((c) => c.text).join('  '), cell, order: start + out.length });
    }
  }
  return out;
}

export function amountCandidates(ctx: PageContext): AmountFound[] {
  const out: AmountFound[] = [];
  ctx.hits.forEach((hit, order) => {
    if (!KINDS.includes(hit.kind)) return;
    // "Total HT" read as net, but a label naming tax in its rest ("Total (incl. VAT)") is gross.
    const found = amountOf(hit);
    if (!found) return;
    const kind = hit.kind as Kind;
    const rated = kind === 'tax' && (RATE.test(hit.label) || RATE.test(hit.rest.replace(found.amount.text, '')));
    out.push({
      kind,
      strength: hit.strength,
      value: found.amount.value,
      currency: found.amount.currency,
      rated,
      score: hit.strength,
      page: hit.page,
      label: hit.label,
      text: found.text,
      cell: hit.cell,
      order,
    });
  });
  // Rated tax rows that no label hit already gave.
  for (const row of ratedTaxRows(ctx, ctx.hits.length)) if (!out.some((o) => o.kind === 'tax' && o.cell === row.cell)) out.push(row);
  for (const row of phraseRows(ctx, ctx.hits.length + out.length)) if (!out.some((o) => o.cell === row.cell)) out.push(row);
  return out;
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.015;
const round2 = (n: number) => Math.round(n * 100) / 100;

export type Totals = { gross: AmountFound | null; net: AmountFound | null; tax: AmountFound | null; due: AmountFound | null; computedTotal: number | null; computedTax: number | null };

/** The totals that fit together best. */
export function chooseTotals(candidates: AmountFound[]): Totals {
  const of = (...kinds: Kind[]) => candidates.filter((c) => kinds.includes(c.kind));
  const nets = of('net');
  const dues = of('due_amount');
  const taxLines = of('tax');
  // Per-rate tax lines add up to a tax total candidate of their own.
  const rated = taxLines.filter((t) => t.rated);
  const distinctRated = rated.filter((t, i) => rated.findIndex((u) => same(u.value, t.value) && u.label === t.label) === i);
  const ratedSum = distinctRated.length > 1 ? round2(distinctRated.reduce((a, t) => a + t.value, 0)) : null;
  const taxValues = [...taxLines.map((t) => t.value), ...(ratedSum !== null ? [ratedSum] : [])];

  const fits = (g: number) => nets.some((n) => taxValues.some((t) => same(n.value + t, g)));
  // Of several totals, the grand total is the largest, and is printed with its currency more often than not.
  const largest = Math.max(0, ...candidates.filter((c) => c.kind === 'gross' || c.kind === 'total').map((c) => Math.abs(c.value)));
  const grossScore = (g: AmountFound) =>
    (g.kind === 'gross' ? 6 : g.kind === 'total' ? 3 : 2) +
    (fits(g.value) ? 4 : 0) +
    (dues.some((d) => same(d.value, g.value)) ? 1 : 0) +
    (Math.abs(g.value) === largest ? 1 : 0) +
    (g.currency ? 0.5 : 0) +
    0.2 * g.page +
    0.001 * g.order;
  const grossPool = of('gross').length ? [...of('gross'), ...of('total').filter((t) => fits(t.value))] : of('total');
  let gross = pick(grossPool, grossScore);
  const due = pick(dues, (d) => (gross && same(d.value, gross.value) ? 2 : 0) + 0.2 * d.page + 0.001 * d.order);
  // Only a generic "Total" for the gross, and an amount to pay that is net + tax: that is the gross.
  if (gross && gross.kind === 'total' && due && !fits(gross.value) && fits(due.value)) gross = due;
  let computedTotal: number | null = null;
  if (!gross && due && !of('paid').length) gross = due;

  // No net label: a generic total that, with the tax, makes the gross is the net ("Gesamtbeitrag", "Total").
  if (!nets.length && gross) nets.push(...of('total').filter((t) => t !== gross && taxValues.some((x) => x !== 0 && same(t.value + x, gross!.value))));
  const netScore = (n: AmountFound) => (gross && taxValues.some((t) => same(n.value + t, gross!.value)) ? 5 : 0) + (gross && same(n.value, gross.value) && taxValues.some((t) => t !== 0) ? -3 : 0) + 0.2 * n.page + 0.001 * n.order;
  const net = pick(nets, netScore);
  const taxScore = (t: AmountFound) => (gross && net && same(net.value + t.value, gross.value) ? 5 : 0) + (t.rated ? 0 : 1) + 0.2 * t.page + 0.001 * t.order;
  let tax = pick(taxLines, taxScore);
  // A credit note may print its tax without the sign its net and gross carry.
  if (tax && gross && net && !same(net.value + tax.value, gross.value) && same(net.value - tax.value, gross.value)) tax = { ...tax, value: -tax.value };
  let computedTax: number | null = null;
  if (ratedSum !== null && gross && net && same(net.value + ratedSum, gross.value) && !(tax && same(net.value + tax.value, gross.value))) {
    computedTax = ratedSum;
    tax = null;
  }
  if (!gross && net && (tax || computedTax !== null)) computedTotal = round2(net.value + (tax?.value ?? computedTax ?? 0));
  return { gross, net, tax, due, computedTotal, computedTax };
}

function pick(pool: AmountFound[], score: (c: AmountFound) => number): AmountFound | null {
  let top: AmountFound | null = null;
  let topScore = -Infinity;
  for (const c of pool) {
    const s = score(c);
    if (s > topScore) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

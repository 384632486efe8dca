// The invoice's currency: a currency label ("Currency: EUR", "Beträge in EUR", "Devise"), the
// currency printed with the chosen total, the one most amounts are printed in, and, where the page
// prints bare numbers only, the country of its IBAN or VAT numbers (an assumption, said so).
import { CURRENCY_IN_TEXT, currencyOf } from './values';
import type { Found, PageContext } from './context';
import { hitsOf } from './label-hits';

const EURO_COUNTRIES = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK', 'MC', 'SM', 'AD', 'VA']);
const COUNTRY_CURRENCY: Record<string, string> = { GB: 'GBP', CH: 'CHF', LI: 'CHF', IN: 'INR', US: 'USD', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF' };

export function currencyOfCountry(country: string | null): string | null {
  if (!country) return null;
  return EURO_COUNTRIES.has(country) ? 'EUR' : (COUNTRY_CURRENCY[country] ?? null);
}

/** "$" is the US dollar unless the document is Australian, Canadian, New Zealand's, Singaporean or Hong Kong's. */
function dollarOf(text: string): string {
  if (/\bA\$|\bAUD\b|\bABN\b|\b(?:NSW|VIC|QLD|TAS|ACT)\s+\d{4}\b|\bAustralia\b/.test(text)) return 'AUD';
  if (/\bC\$|\bCA\$|\bCAD\b|\b(?:GST\/HST|HST|TPS|TVQ|QST)\b|\b(?:ON|QC|BC|AB|MB|NS|NB|NL|PE|SK)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\bCanada\b/.test(text)) return 'CAD';
  if (/\bNZ\$|\bNZD\b|\bNew Zealand\b/.test(text)) return 'NZD';
  if (/\bS\$|\bSGD\b|\bSingapore\b/.test(text)) return 'SGD';
  if (/\bHK\$|\bHKD\b|\bHong Kong\b/.test(text)) return 'HKD';
  return 'USD';
}

export function readCurrency(ctx: PageContext, totalCurrency: string | null, countries: (string | null)[]): Found<string> | null {
  const found = readCurrencyAsPrinted(ctx, totalCurrency, countries);
  // A bare "$" read as dollars: which dollars, by the country the document is from.
  if (found && found.value === 'USD' && !/\bUSD\b|US\$/.test(ctx.text)) return { ...found, value: dollarOf(ctx.text) };
  return found;
}

function readCurrencyAsPrinted(ctx: PageContext, totalCurrency: string | null, countries: (string | null)[]): Found<string> | null {
  for (const hit of hitsOf(ctx.hits, 'currency')) {
    for (const spot of hit.spots.slice(0, 2)) {
      const token = spot.text.match(CURRENCY_IN_TEXT)?.[0];
      const code = token ? currencyOf(token) : null;
      if (code) return { value: code, score: 10, page: hit.page, label: hit.label, text: spot.text };
    }
  }
  if (totalCurrency) return { value: totalCurrency, score: 8, page: 0, label: 'the total', text: totalCurrency };
  const counts = new Map<string, number>();
  for (const page of ctx.pages) {
    for (const cell of page.cells) {
      for (const m of cell.text.matchAll(CURRENCY_IN_TEXT)) {
        const code = currencyOf(m[0]);
        // "$" alone is ambiguous across dollars, but it is the US dollar on most invoices.
        if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (top) return { value: top[0], score: 5, page: 0, label: 'the amounts', text: top[0] };
  for (const country of countries) {
    const code = currencyOfCountry(country);
    if (code) return { value: code, score: 1, page: 0, label: `assumed from the country ${country}`, text: country! };
  }
  return null;
}

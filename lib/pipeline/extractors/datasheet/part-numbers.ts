// A datasheet's part numbers, by evidence: the title area of page 1 (its large lines above all, then
// its top lines), the part-number column of an ordering table, the running headers and footers (lines
// that come back page after page), and how often the text names them. Not part numbers: values with
// units and ranges of them, document, revision, standard and certificate numbers, words with one digit.
import type { PageLayout } from '../../layout/types';
import type { Table } from '../../types';

const MAX_PART_NUMBERS = 8;


const PART = /^(?=(?:.*\d){2})(?=.*[A-Z])[A-Z0-9][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*$/;
/** "10mA", "5-V", "1.8-5.5V", "256K-Bit": a value or a range with its unit. */
const VALUE_WITH_UNIT = /^\d+(?:[.,]\d+)?(?:-\d+(?:[.,]\d+)?)?[KMG]?-?[a-zA-Zµμ°Ω%]+$/;
const PACKAGE =
  /^(?:PG-)?(?:SOT|TO|SOD|SOIC|SO|DO|SMA|SMB|SMC|[A-Z]?DFN|[A-Z]{0,2}QFN|[LT]?QFP|T?SSOP|MSOP|VSSOP|[PS]?DIP|SIP|[A-Z]?BGA|WLCSP|D2?PAK|HSOF|LFPAK|SC|[A-Z]{0,2}SON|TSOT|SMD|PowerPAK|TDSON|SuperSO)-?\d/i;
/** Standards and certificates: "JESD22-A114", "VDE0884", a UL file number "E64380". */
const STANDARD = /^(?:(?:AEC|ISO|IEC|IEEE|JESD|JEDEC|UL|EN|MIL|RoHS|REACH|IPC|ANSI|ASTM|DIN|VDE|CSA|ESD|HBM|CDM|MSL|ECCN|ECC|CE|FCC|IP)(?:[-/]|\d)|E\d{5,6}$)/i;
/** Document numbers ("SLOS068", Microchip's "DS21227", "AN1234"), revisions ("FN3094.4", "Rev.C"), figures and tables. */
const DOC_NUMBER = /^(?:S[A-Z]{3}\d{3}[A-Z]?|DS\d{5,}.*|AN\d+|0x[0-9A-F]+|Rev.*|Fig.*|Table\d*|Page\d*|[A-Z]\d|.*\.\d{1,2})$/i;
const ORDERING_COLUMN = /part|order|device|type|product|model|ordering|article|catalog/i;

function partCandidates(text: string): string[] {
  return text
    .split(/[\s,;:()[\]"'“”‘’|]+/)
    .map((t) => t.replace(/[.\-/]+$/, ''))
    .filter((t) => t.length >= 4 && t.length <= 24 && PART.test(t) && !VALUE_WITH_UNIT.test(t) && !PACKAGE.test(t) && !STANDARD.test(t) && !DOC_NUMBER.test(t));
}

export function partNumbers(pages: PageLayout[], tables: Table[], text: string, symbols: Set<string>): string[] {
  const score = new Map<string, number>();
  const add = (t: string, points: number) => {
    if (!symbols.has(t)) score.set(t, (score.get(t) ?? 0) + points);
  };
  const first = pages[0];
  if (first) {
    // The title area: the top of page 1, lines large for page 1, and the title among its largest lines
    // (large beside the document's body text, taken from the first pages: a cover page is mostly title).
    const median = (sizes: number[]) => sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? 10;
    const body = median(pages.slice(0, 5).flatMap((p) => p.lines.map((l) => l.size)));
    const firstBody = median(first.lines.map((l) => l.size));
    const largest = Math.max(...first.lines.map((l) => l.size));
    const inTitleArea = (line: PageLayout['lines'][number]) =>
      line.y < 0.3 * first.height || line.size >= 1.4 * firstBody || (line.size >= 1.4 * body && line.size >= 0.6 * largest);
    const titled = new Set<string>();
    for (const line of first.lines) if (inTitleArea(line)) for (const t of partCandidates(line.text)) titled.add(t);
    for (const t of titled) add(t, 6);
  }
  for (const table of tables) {
    table.header.forEach((h, k) => {
      if (!ORDERING_COLUMN.test(h) || /marking|package|qty|quantity|packing/i.test(h)) return;
      const seen = new Set(table.rows.flatMap((r) => partCandidates(r[k] ?? '')));
      for (const t of seen) add(t, 5);
    });
  }
  // Running headers and footers: lines at the top or foot of the page that come back on other pages
  // (page numbers aside). A label of a figure that happens to stand low on a page is none.
  const marginLines = pages.map((page) => page.lines.filter((l) => l.y < 0.08 * page.height || l.y > 0.92 * page.height).map((l) => l.text));
  const running = (text: string) => text.replace(/\b\d+\b/g, '#').replace(/\s+/g, ' ').trim();
  const pagesWith = new Map<string, number>();
  for (const lines of marginLines) for (const r of new Set(lines.map(running))) pagesWith.set(r, (pagesWith.get(r) ?? 0) + 1);
  const margins = new Map<string, number>();
  for (const lines of marginLines) {
    const seen = new Set<string>();
    for (const text of lines) if ((pagesWith.get(running(text)) ?? 0) >= 2) for (const t of partCandidates(text)) seen.add(t);
    for (const t of seen) margins.set(t, (margins.get(t) ?? 0) + 1);
  }
  for (const [t, n] of margins) add(t, Math.min(6, 2 * n));
  const counts = new Map<string, number>();
  for (const t of partCandidates(text.slice(0, 200_000))) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const [t, n] of counts) if (score.has(t)) add(t, Math.min(3, 0.3 * n));
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  if (best < 2.5) return [];
  return ranked
    .filter(([, s]) => s >= Math.max(5, 0.4 * best) || s === best)
    .slice(0, MAX_PART_NUMBERS)
    .map(([t]) => t);
}

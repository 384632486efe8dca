// A datasheet's part numbers, by evidence: the title area of page 1 (large or top lines), the
// part-number column of an ordering table, page headers and footers, and how often the text names them.
import type { PageLayout } from '../../layout/types';
import type { Table } from '../../types';

const MAX_PART_NUMBERS = 8;


const PART = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*$/;
const VALUE_WITH_UNIT = /^\d+(?:[.,]\d+)?-?[a-zA-Zµμ°Ω%]+$/;
const PACKAGE =
  /^(?:PG-)?(?:SOT|TO|SOD|SOIC|SO|DO|SMA|SMB|SMC|[A-Z]?DFN|[A-Z]{0,2}QFN|[LT]?QFP|T?SSOP|MSOP|VSSOP|[PS]?DIP|SIP|[A-Z]?BGA|WLCSP|D2?PAK|HSOF|LFPAK|SC|[A-Z]{0,2}SON|TSOT|SMD|PowerPAK|TDSON|SuperSO)-?\d/i;
const STANDARD = /^(?:AEC|ISO|IEC|IEEE|JESD|JEDEC|UL|EN|MIL|RoHS|REACH|IPC|ANSI|ASTM|DIN|ESD|HBM|CDM|MSL|ECCN|ECC|CE|FCC|IP)(?:[-/]|\d)/i;
const DOC_NUMBER = /^(?:S[A-Z]{3}\d{3}[A-Z]?|DS\d{4,}.*|AN\d+|0x[0-9A-F]+|Rev.*|Fig.*|Table\d*|Page\d*|[A-Z]\d)$/i;
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
    const sizes = first.lines.map((l) => l.size).sort((a, b) => a - b);
    const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
    const titled = new Set<string>();
    for (const line of first.lines) {
      if (line.y < 0.3 * first.height || line.size >= 1.4 * body) for (const t of partCandidates(line.text)) titled.add(t);
    }
    for (const t of titled) add(t, 6);
  }
  for (const table of tables) {
    table.header.forEach((h, k) => {
      if (!ORDERING_COLUMN.test(h) || /marking|package|qty|quantity|packing/i.test(h)) return;
      const seen = new Set(table.rows.flatMap((r) => partCandidates(r[k] ?? '')));
      for (const t of seen) add(t, 5);
    });
  }
  const margins = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) if (line.y < 0.08 * page.height || line.y > 0.92 * page.height) for (const t of partCandidates(line.text)) seen.add(t);
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

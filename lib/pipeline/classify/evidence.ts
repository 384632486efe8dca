// Applies the keyword rules to a document's zones: a title or heading hit counts its full weight
// (the title counts once per category, by its strongest rule); body hits count as a rate per 400
// words, saturating, so a long manual that mentions "invoice" once earns invoice only a little.
import type { Category } from '../types';
import { COMPILED_RULES, type CompiledRule } from './rules';
import type { Zones } from './zones';

export type Evidence = { category: Category; weight: number; reason: string };

const WORDS_PER_UNIT = 400;
const MAX_COUNT = 500;
const DEFAULT_PRESENCE = 0.3;
const QUOTE_CHARS = 40;

const quote = (text: string) => `"${text.length > QUOTE_CHARS ? text.slice(0, QUOTE_CHARS - 1) + '…' : text}"`;

/** The zones' text lower-cased once, for the case-insensitive rules. */
type Lowered = { title: string[]; headings: string[]; body: string };

function bodyEvidence(rule: CompiledRule, zones: Zones, lowered: Lowered): Evidence | null {
  const re = rule.body_re;
  if (!re || !rule.body) return null;
  const text = rule.caseSensitive ? zones.body : lowered.body;
  // Lower-casing keeps the length for nearly all text; then the quote can use the original case.
  const original = text.length === zones.body.length ? zones.body : text;
  re.lastIndex = 0;
  let count = 0;
  let first = '';
  for (let m = re.exec(text); m && count < MAX_COUNT; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    if (count === 0) first = original.slice(m.index, m.index + m[0].length).trim();
    count++;
  }
  if (count === 0) return null;
  const rate = count / Math.max(1, zones.words / WORDS_PER_UNIT);
  const presence = rule.presence ?? DEFAULT_PRESENCE;
  const weight = rule.body * (presence + (1 - presence) * Math.min(1, rate / (rule.saturate ?? 1)));
  return { category: rule.category, weight, reason: `text mentions ${quote(first)} ${count}×` };
}

/** The first line (in original case) whose lower-cased form matches; the matched words for a quote. */
function lineHit(rule: CompiledRule, lines: string[], lowered: string[], matchedPart: boolean): string | null {
  const source = rule.caseSensitive ? lines : lowered;
  for (let i = 0; i < source.length; i++) {
    const m = rule.test_re.exec(source[i]);
    if (!m) continue;
    if (!matchedPart || lines[i].length !== source[i].length) return lines[i];
    return lines[i].slice(m.index, m.index + m[0].length).trim() || lines[i];
  }
  return null;
}

export function ruleEvidence(zones: Zones): Evidence[] {
  const lowered: Lowered = {
    title: zones.title.map((t) => t.toLowerCase()),
    headings: zones.headings.map((h) => h.toLowerCase()),
    body: zones.body.toLowerCase(),
  };
  const out: Evidence[] = [];
  const titles = new Map<Category, Evidence>();
  for (const rule of COMPILED_RULES) {
    if (rule.title) {
      const hit = lineHit(rule, zones.title, lowered.title, true);
      const current = titles.get(rule.category);
      if (hit && (!current || current.weight < rule.title)) titles.set(rule.category, { category: rule.category, weight: rule.title, reason: `title says ${quote(hit)}` });
    }
    if (rule.heading) {
      const hit = lineHit(rule, zones.headings, lowered.headings, false);
      if (hit) out.push({ category: rule.category, weight: rule.heading, reason: `heading ${quote(hit)}` });
    }
    const body = bodyEvidence(rule, zones, lowered);
    if (body) out.push(body);
  }
  return [...titles.values(), ...out];
}

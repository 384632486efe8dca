// Runs → rows (one baseline each) → segments (runs with no wide gap between them). A gap wider
// than about a character's height separates table columns, labels from values, or page columns;
// a smaller one is a space between words; none joins the runs into one word.
import type { Run, Segment } from './types';

/** A gap wider than this many em starts a new segment. */
export const SEGMENT_GAP_EM = 0.9;
/** A gap wider than this many em is a space between words. */
const SPACE_GAP_EM = 0.07;

export type Row = { y: number; size: number; segments: Segment[] };

const MAX_STACK_CHECK = 200;

// A run's vertical extent, from its baseline: ascent ~0.75 em above it, descent ~0.25 em below.
const top = (r: { y: number; size: number }) => r.y - 0.75 * r.size;
const bottom = (r: { y: number; size: number }) => r.y + 0.25 * r.size;

function sameRow(row: { y: number; size: number; runs: Run[] }, run: Run): boolean {
  const overlap = Math.min(bottom(row), bottom(run)) - Math.max(top(row), top(run));
  if (overlap < 0.5 * Math.min(row.size, run.size)) return false;
  // Text stacked at the same x is on two lines, even when a large run beside them spans both
  // ("N° de facture" over "N° client" next to a 20 pt total): not a duplicate drawn on top (fake bold).
  // A subscript set into the spaces of a run is not stacked text. (Checked against the row's last
  // few hundred runs only: a row of thousands is no layout this tells anything about.)
  const { runs } = row;
  for (let i = runs.length - 1; i >= Math.max(0, runs.length - MAX_STACK_CHECK); i--) {
    const r = runs[i];
    const shared = Math.min(r.x1, run.x1) - Math.max(r.x0, run.x0);
    if (shared > 0.3 * Math.min(r.x1 - r.x0, run.x1 - run.x0) && Math.abs(r.y - run.y) > 0.3 * Math.min(r.size, run.size) && !isSubscript(run, r, r.y) && !isRaisedDigit(run, r) && !isRaisedDigit(r, run)) return false;
  }
  return true;
}

/** Groups runs into rows, top to bottom; within a row, left to right, split into segments. */
export function buildRows(runs: Run[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: { y: number; size: number; runs: Run[] }[] = [];
  for (const run of sorted) {
    // Compare with the last few rows: a superscript can sort just before its line's baseline.
    let target: (typeof groups)[number] | undefined;
    for (let i = groups.length - 1; i >= Math.max(0, groups.length - 3); i--) {
      if (sameRow(groups[i], run)) {
        target = groups[i];
        break;
      }
    }
    if (!target) {
      target = { y: run.y, size: run.size, runs: [] };
      groups.push(target);
    }
    target.runs.push(run);
    // The row's baseline and size are those of its largest text (not of a superscript).
    if (run.size > target.size) {
      target.size = run.size;
      target.y = run.y;
    }
  }
  moveExponents(groups);
  return groups.map((g) => ({ y: g.y, size: g.size, segments: splitSegments(spliceSubscripts(dropContained(dropRedrawn(g.runs)), g.y).sort((a, b) => a.x0 - b.x0), g.y) }));
}

const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Text drawn twice from the same place (a producer's invisible copy, fake bold, a shadow), the
 * copies not always cut alike ("Package thermal impedance" and "Package thermal impedance,",
 * "free air" and "free-air"): one copy, the longer, is kept.
 */
function dropRedrawn(runs: Run[]): Run[] {
  const kept: Run[] = [];
  for (const run of [...runs].sort((a, b) => a.x0 - b.x0)) {
    const key = letters(run.text);
    // A twin starts where this run does: look back only over the runs kept that start near it.
    let twin = -1;
    for (let i = kept.length - 1; i >= 0 && kept[i].x0 >= run.x0 - 2 * run.size; i--) {
      const k = kept[i];
      if (Math.abs(k.x0 - run.x0) > 0.3 * Math.min(k.size, run.size) || Math.abs(k.y - run.y) > 0.2 * Math.min(k.size, run.size)) continue;
      const other = letters(k.text);
      if (k.text.trim() === run.text.trim() || (!!key && !!other && (other.startsWith(key) || key.startsWith(other) || brokenCopy(key, other)))) {
        twin = i;
        break;
      }
    }
    if (twin < 0) kept.push(run);
    else if (key.length > letters(kept[twin].text).length || (key.length === letters(kept[twin].text).length && inked(run.text) > inked(kept[twin].text))) kept[twin] = run;
  }
  return kept;
}

/** Whether `a` is `b` with characters left out (in order). */
function isSubsequence(a: string, b: string, from = 0, within = Infinity): boolean {
  let j = from;
  const end = Math.min(b.length, from + within);
  for (const c of a) {
    while (j < end && b[j] !== c) j++;
    if (j >= end) return false;
    j++;
  }
  return true;
}

/** A copy of a text with a few glyphs missing ("out ut voltage" for "output voltage"). */
const brokenCopy = (a: string, b: string) =>
  Math.min(a.length, b.length) >= 3 && Math.min(a.length, b.length) >= 0.6 * Math.max(a.length, b.length) && (isSubsequence(a, b) || isSubsequence(b, a));

/** The characters a text draws: "VO = 1.4 V" draws more than its copy "VO = 1 4 V". */
const inked = (t: string) => t.replace(/\s+/g, '').length;

/** Runs looked back over for a copy that holds a run: the runs of one row, left to right. */
const MAX_HOST_LOOKBACK = 24;

/**
 * Pieces of a text drawn again over a whole copy of it ("VICR(" and "i )" over "VIC = VICR(min),",
 * "g" over "High-level"): a producer's second layer, cut at other places. A run that lies within a
 * longer run on its row, and whose characters that longer run has at the same place, is dropped. A
 * subscript set into a space its run leaves ("V =12V" with "D" under the space) has no such twin.
 */
function dropContained(runs: Run[]): Run[] {
  const kept: Run[] = [];
  // Left to right; at one place the fuller text first, so that it is there to hold the piece.
  for (const run of [...runs].sort((a, b) => a.x0 - b.x0 || inked(b.text) - inked(a.text))) {
    const slack = 0.25 * run.size;
    let held = false;
    for (let i = kept.length - 1; i >= 0 && i >= kept.length - MAX_HOST_LOOKBACK && !held; i--) {
      const host = kept[i];
      if (inked(host.text) <= inked(run.text) || host.x0 > run.x0 + slack || host.x1 < run.x1 - slack) continue;
      if (Math.abs(host.y - run.y) > 0.4 * Math.max(host.size, run.size) || run.size > 1.1 * host.size) continue;
      held = holdsAt(host, run);
    }
    if (!held) kept.push(run);
  }
  return kept;
}

/** Whether `host` has `piece`'s characters where the piece is drawn (characters sharing its width evenly). */
function holdsAt(host: Run, piece: Run): boolean {
  const at = ((piece.x0 - host.x0) / Math.max(1e-6, host.x1 - host.x0)) * host.text.length;
  const key = letters(piece.text);
  const tolerance = Math.max(3, 0.15 * host.text.length);
  if (!key) {
    // Punctuation only (","): the host has it there.
    const p = piece.text.trim();
    for (let i = Math.max(0, Math.floor(at - 2)); i <= Math.min(host.text.length - 1, Math.ceil(at + 2)); i++) if (host.text.startsWith(p, i)) return true;
    return false;
  }
  // The host's letters and digits, each with its place in the host's text.
  const places: number[] = [];
  let compact = '';
  for (let i = 0; i < host.text.length; i++) {
    const c = letters(host.text[i]);
    if (c) {
      compact += c;
      places.push(i);
    }
  }
  for (let k = compact.indexOf(key); k >= 0; k = compact.indexOf(key, k + 1)) if (Math.abs(places[k] - at) <= tolerance) return true;
  // A piece with glyphs missing ("Hi h l" over "High-level"): its characters in order from about there.
  if (key.length < 3) return false;
  for (let k = compact.indexOf(key[0]); k >= 0; k = compact.indexOf(key[0], k + 1)) {
    if (Math.abs(places[k] - at) <= tolerance && isSubsequence(key, compact, k, 2 * key.length + 2)) return true;
  }
  return false;
}

/** A digit set small and raised over a run (a power: "I²t" drawn as "I t" with "2" over the space). */
const isRaisedDigit = (run: Run, over: Run) => /^\d$/.test(run.text.trim()) && run.size <= 0.75 * over.size && over.y - run.y > 0.2 * over.size && over.y - run.y < 0.7 * over.size;

/** A run set smaller than the text before it and below its baseline: a subscript (V_DRM, I_GT). */
const isSubscript = (run: Run, before: { size: number }, rowY: number) =>
  run.size <= 0.75 * before.size && run.y - rowY > 0.08 * before.size && run.y - rowY < 0.6 * before.size;

/**
 * Subscripts drawn over the spaces a run leaves for them ("V =12V; R =33" with "D" and "L" set
 * below it) go into those spaces: "VD=12V; RL=33". The place is estimated from the run's width;
 * without a space within two characters of it the subscript stays a run of its own.
 */
function spliceSubscripts(runs: Run[], rowY: number): Run[] {
  const hosts = runs.map((r) => ({ ...r }));
  const kept: Run[] = [];
  const candidates = hosts.filter((r) => r.text.length > 2).sort((a, b) => b.size - a.size);
  const largest = candidates[0]?.size ?? 0;
  for (const run of [...hosts].sort((a, b) => b.x0 - a.x0)) {
    if (run.size > 0.75 * largest) {
      kept.push(run);
      continue;
    }
    // (A power's digit raised into a space the same way, "I t" with "2" over the space: "I²t", "A²s".)
    const host = candidates.find((h) => h !== run && (isSubscript(run, h, rowY) || isRaisedDigit(run, h)) && h.x0 < run.x0 && run.x1 < h.x1);
    const text = host && host.y - run.y > 0.2 * host.size ? toSuperscript(run.text.trim()) : run.text.trim();
    if (host && text && !/\s/.test(text)) {
      const at = Math.round(((run.x0 - host.x0) / (host.x1 - host.x0)) * host.text.length);
      const space = [0, -1, 1, -2, 2].map((d) => at + d).find((i) => host.text[i] === ' ');
      if (space !== undefined) {
        host.text = host.text.slice(0, space) + text + host.text.slice(space + 1);
        continue;
      }
    }
    kept.push(run);
  }
  return hosts.filter((h) => kept.includes(h));
}

/**
 * A raised mark sorted onto the line above the text it is set against (raised into that line's band):
 * an exponent ("(VI-I = 500 VDC)" over "10" + "11"), a degree drawn as a raised "o" ("-55" + "o" + "C").
 * It is moved to the row of the run it touches, when nothing on its own row touches it.
 */
function moveExponents(groups: { y: number; size: number; runs: Run[] }[]): void {
  for (let g = 0; g < groups.length - 1; g++) {
    for (const run of [...groups[g].runs]) {
      const t = run.text.trim();
      if (!/^(?:[-−–]?\s?\d{1,3}|[o°])$/.test(t) || groups[g].runs.length < 2) continue;
      if (groups[g].runs.some((r) => r !== run && (Math.abs(r.x1 - run.x0) < 0.3 * r.size || Math.abs(run.x1 - r.x0) < 0.3 * r.size))) continue;
      const raisedAfter = (b: Run) => Math.abs(b.x1 - run.x0) < 0.3 * b.size && b.y - run.y > 0.2 * b.size && b.y - run.y < 0.7 * b.size && run.size <= b.size;
      for (const other of groups.slice(g + 1, g + 3)) {
        const base = other.runs.find((b) => raisedAfter(b) && (/^[o°]$/.test(t) ? /\d\s*$/.test(b.text) : isExponent(run, b, b.text)));
        if (!base) continue;
        groups[g].runs.splice(groups[g].runs.indexOf(run), 1);
        other.runs.push(run);
        break;
      }
    }
  }
}

/** Digits set smaller and raised after a "10": the power of ten's exponent (a note mark is set after words, not after 10). */
const isExponent = (run: Run, before: Run, text: string) =>
  /(?:^|[^\d.,])10\s*$/.test(text) && /^[-−–]?\s?\d{1,3}$/.test(run.text.trim()) && run.size <= 0.85 * before.size && before.y - run.y > 0.2 * before.size && before.y - run.y < 0.7 * before.size;

const SUPERSCRIPTS: Record<string, string> = { '-': '⁻', '−': '⁻', '–': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const toSuperscript = (t: string) => [...t.replace(/\s+/g, '')].map((c) => SUPERSCRIPTS[c] ?? c).join('');

function splitSegments(runs: Run[], y: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let previous: Run | null = null;
  for (const run of runs) {
    const size = Math.max(run.size, current?.size ?? 0);
    const gap = current ? run.x0 - current.x1 : Infinity;
    if (current && gap < SEGMENT_GAP_EM * size) {
      // Overlapping runs (fake bold, shadows) are the same glyphs drawn twice: keep one.
      if (gap < -0.5 * run.size && current.text.trimEnd().endsWith(run.text.trim())) continue;
      // A subscript joins the text it is set against (I + GT, "V " + DRM), and what follows a
      // subscript is a new word only past a clear gap: its own text's spaces are no guide.
      // An exponent raised over a "10" ("10" + "12", "10" + "- 7"): written as it reads, "10¹²", "10⁻⁷".
      if (previous !== null && gap < 0.3 * size && isExponent(run, previous, current.text)) {
        current.text = current.text.trimEnd() + toSuperscript(run.text);
        current.x1 = Math.max(current.x1, run.x1);
        previous = run;
        continue;
      }
      const sub = previous !== null && isSubscript(run, previous, y) && gap < 0.3 * size;
      const afterSub = previous !== null && isSubscript(previous, run, y);
      if (sub || afterSub) current.text = current.text.trimEnd();
      const space = !sub && gap > (afterSub ? 0.2 : SPACE_GAP_EM) * size && !/\s$/.test(current.text) && !/^\s/.test(run.text);
      current.text += (space ? ' ' : '') + (sub || afterSub ? run.text.trimStart() : run.text);
      current.x1 = Math.max(current.x1, run.x1);
      current.size = size;
    } else {
      current = { text: run.text, x0: run.x0, x1: run.x1, y, size: run.size };
      segments.push(current);
    }
    previous = run;
  }
  for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
  return segments.filter((s) => s.text);
}

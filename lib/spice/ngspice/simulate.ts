// Runs generated models in real ngspice (`ngspice -b`) at datasheet test conditions: one deck per
// model, every test point an island of its own circuit, one operating point for all. For the tests
// and `npm run measure:spice`; the product itself never needs a simulator.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { SpiceKind } from '../types';
import { modelName } from '../write-card';

const run = promisify(execFile);

export type SimQuantity = 'VF' | 'HFE' | 'VBE_ON' | 'VBE_SAT' | 'VCE_SAT' | 'VTH' | 'RDSON' | 'VSD';
export type SimPoint = { quantity: SimQuantity; conditions: Record<string, number> };

const NGSPICE = process.env.NGSPICE ?? 'ngspice';

/** The netlist lines of one test point (nodes suffixed with its index) and how to read its answer. */
function island(kind: SpiceKind, name: string, pt: SimPoint, i: number): { lines: string[]; read: (v: Record<string, number>) => number | null; vectors: string[] } | null {
  const c = pt.conditions;
  const s = kind === 'PNP' || kind === 'PMOS' ? -1 : 1;
  const n = (x: string) => `${x}_${i}`;
  // A current source "I a b v" drives v from a through itself into b; s flips it for PNP / PMOS.
  const into = (node: string, value: number) => (s > 0 ? `I${n(node)} 0 ${n(node)} DC ${value}` : `I${n(node)} ${n(node)} 0 DC ${value}`);
  switch (pt.quantity) {
    case 'VF': {
      const i_ = c.IF ?? c.I;
      if (!i_) return null;
      return { lines: [into('a', i_), `D${i} ${n('a')} 0 ${name}`], vectors: [`v(${n('a')})`], read: (v) => v[`v(${n('a')})`] };
    }
    case 'HFE':
    case 'VBE_ON': {
      if (!c.IC) return null;
      const vce = c.VCE ?? 5;
      // The collector current is forced; a high-gain source sets the base so that VCE settles at its value.
      const lines = [into('c', c.IC), `V${n('r')} ${n('r')} 0 DC ${s * vce}`, `E${n('b')} ${n('bx')} 0 ${n('c')} ${n('r')} 1e4`, `V${n('ib')} ${n('bx')} ${n('b')} DC 0`, `Q${i} ${n('c')} ${n('b')} 0 ${name}`];
      return {
        lines,
        vectors: [`v(${n('b')})`, `i(v${n('ib')})`],
        read: (v) => (pt.quantity === 'HFE' ? c.IC / Math.abs(v[`i(v${n('ib')})`]) : Math.abs(v[`v(${n('b')})`])),
      };
    }
    case 'VCE_SAT':
    case 'VBE_SAT': {
      if (!c.IC || !c.IB) return null;
      const lines = [into('c', c.IC), into('b', c.IB), `Q${i} ${n('c')} ${n('b')} 0 ${name}`];
      return { lines, vectors: [`v(${n('c')})`, `v(${n('b')})`], read: (v) => Math.abs(v[`v(${n(pt.quantity === 'VCE_SAT' ? 'c' : 'b')})`]) };
    }
    case 'VTH': {
      const id = c.ID ?? 250e-6;
      return { lines: [into('d', id), `X${i} ${n('d')} ${n('d')} 0 ${name}`], vectors: [`v(${n('d')})`], read: (v) => Math.abs(v[`v(${n('d')})`]) };
    }
    case 'RDSON': {
      if (!c.ID || !c.VGS) return null;
      return { lines: [into('d', c.ID), `V${n('g')} ${n('g')} 0 DC ${s * c.VGS}`, `X${i} ${n('d')} ${n('g')} 0 ${name}`], vectors: [`v(${n('d')})`], read: (v) => Math.abs(v[`v(${n('d')})`]) / c.ID };
    }
    case 'VSD': {
      const is = c.IS ?? c.ISD ?? c.IF;
      if (!is) return null;
      // Source driven, drain grounded, gate on source: the body diode conducts.
      return { lines: [into('s', is), `X${i} 0 ${n('s')} ${n('s')} ${name}`], vectors: [`v(${n('s')})`], read: (v) => Math.abs(v[`v(${n('s')})`]) };
    }
  }
}

/** Simulates each point with the card; null for a point the deck could not hold or ngspice did not answer. */
export async function simulate(card: string, part: string, kind: SpiceKind, points: SimPoint[]): Promise<(number | null)[]> {
  const name = modelName(part);
  const islands = points.map((p, i) => island(kind, name, p, i));
  const used = islands.filter((x): x is NonNullable<typeof x> => !!x);
  if (!used.length) return points.map(() => null);
  const deck = [
    `* ${part}: datasheet test points`,
    card,
    ...used.flatMap((x) => x.lines),
    '.temp 25',
    '.control',
    'op',
    ...used.flatMap((x) => x.vectors).map((v) => `print ${v}`),
    '.endc',
    '.end',
    '',
  ].join('\n');
  const dir = await mkdtemp(path.join(tmpdir(), 'spice-'));
  try {
    const file = path.join(dir, 'deck.cir');
    await writeFile(file, deck);
    const stdout = await ngspiceOutput(file);
    const values: Record<string, number> = {};
    for (const m of stdout.matchAll(/^\s*([vi]\([^)]+\))\s*=\s*(\S+)/gim)) values[m[1].toLowerCase()] = Number(m[2]);
    return islands.map((x) => {
      if (!x) return null;
      if (x.vectors.some((v) => !(v.toLowerCase() in values))) return null;
      const lower = Object.fromEntries(x.vectors.map((v) => [v, values[v.toLowerCase()]]));
      const r = x.read(lower);
      return r != null && Number.isFinite(r) ? r : null;
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** ngspice's standard output; in batch mode with only a .control block it exits 1 after a harmless note, so the output decides. */
async function ngspiceOutput(file: string): Promise<string> {
  try {
    return (await run(NGSPICE, ['-b', file], { timeout: 60_000, maxBuffer: 4 << 20 })).stdout;
  } catch (error) {
    const out = (error as { stdout?: string }).stdout;
    if (typeof out === 'string' && /No\. of Data Rows/.test(out)) return out;
    throw error;
  }
}

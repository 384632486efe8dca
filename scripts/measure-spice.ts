// Measures the SPICE models (issue #19) on every discrete datasheet of the shared corpus and the
// generated ones (scripts/fixtures/discrete-datasheets.ts: MOSFETs, an ON-style NPN): the whole pipeline on each PDF, then each part's card run in real
// ngspice at the hand-checked test points of e2e/truth/spice/discretes.json, judged by the issue's
// rule (VF, VBE, VGS(th) 10 %; hFE, VCE(sat) 25 %; RDS(on) 15 %; a limit printed alone must be met
// and not undercut by half). Prints models made and test points within tolerance.
//   npm run measure:spice [-- --files BC547,2n2222] [--verbose]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../lib/pipeline/run-pipeline';
import { simulate, type SimQuantity } from '../lib/spice/ngspice/simulate';
import { withinTolerance } from '../lib/spice/targets';
import type { SpiceKind, SpiceModel } from '../lib/spice/types';
import { GENERATED_DISCRETES } from './fixtures/discrete-datasheets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SPICE_TRUTH = path.join(root, 'e2e', 'truth', 'spice', 'discretes.json');
export const SHARED_DATASHEETS = path.resolve(root, '..', 'shared', 'corpus', 'datasheets');

export type TruthPoint = { quantity: SimQuantity; page: number; conditions: Record<string, number>; min?: number; typ?: number; max?: number };
export type TruthPart = { part: string; kind: SpiceKind; points: TruthPoint[] };
export type TruthFile = { file: string; generated?: boolean; parts: TruthPart[] };

export type PointOutcome = { file: string; part: string; point: TruthPoint; simulated: number | null; ok: boolean };
export type PartOutcome = { file: string; part: string; kind: SpiceKind; model: SpiceModel | null; kindRight: boolean; points: PointOutcome[] };

export async function spiceTruth(): Promise<TruthFile[]> {
  return (JSON.parse(await readFile(SPICE_TRUTH, 'utf8')) as { files: TruthFile[] }).files;
}

/** The models the pipeline makes of one PDF. */
export async function modelsOf(pdf: string): Promise<SpiceModel[]> {
  const result = await runPipeline({ type: 'run', jobId: 'measure', file: pdf, workflow: 'full_extraction', maxPages: 500, timeLimitMs: 120_000 }, () => undefined);
  return result.domain?.type === 'datasheet' ? result.domain.spice_models : [];
}

/** Where a truth file's PDF is: the shared corpus, or (generated) written to `tmp`. */
export async function pdfOf(truth: TruthFile, tmp: string): Promise<string> {
  if (!truth.generated) return path.join(SHARED_DATASHEETS, truth.file);
  const file = path.join(tmp, truth.file);
  const make = GENERATED_DISCRETES[truth.file];
  if (!make) throw new Error(`no generator for ${truth.file} (scripts/fixtures/discrete-datasheets.ts)`);
  await writeFile(file, (await make()).bytes);
  return file;
}

/** Each truth part: its model (by part number) and its test points simulated in ngspice. */
export async function measureFile(truth: TruthFile, pdf: string): Promise<PartOutcome[]> {
  const models = await modelsOf(pdf);
  const out: PartOutcome[] = [];
  for (const part of truth.parts) {
    const model = models.find((m) => m.part.toUpperCase() === part.part.toUpperCase()) ?? null;
    const simulated = model ? await simulate(model.model, model.part, model.kind, part.points) : part.points.map(() => null);
    out.push({
      file: truth.file,
      part: part.part,
      kind: part.kind,
      model,
      kindRight: model?.kind === part.kind,
      points: part.points.map((point, i) => {
        const v = simulated[i];
        const limits = { min: point.min ?? null, typ: point.typ ?? null, max: point.max ?? null };
        return { file: truth.file, part: part.part, point, simulated: v, ok: v != null && model?.kind === part.kind && withinTolerance(point.quantity, limits, v) };
      }),
    });
  }
  return out;
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '-');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--files');
  const only = i >= 0 ? args[i + 1].split(',').map((s) => s.toLowerCase()) : null;
  const tmp = await mkdtemp(path.join(tmpdir(), 'measure-spice-'));
  const all: PartOutcome[] = [];
  try {
    for (const truth of await spiceTruth()) {
      if (only && !only.some((o) => truth.file.toLowerCase().startsWith(o))) continue;
      const parts = await measureFile(truth, await pdfOf(truth, tmp));
      all.push(...parts);
      for (const p of parts) {
        const ok = p.points.filter((x) => x.ok).length;
        console.log(`${truth.file.padEnd(20)} ${p.part.padEnd(12)} ${p.kind.padEnd(4)} model ${p.model ? (p.kindRight ? 'yes' : `wrong kind ${p.model.kind}`) : 'NO '}  points ${ok}/${p.points.length}`);
        if (args.includes('--verbose')) {
          for (const x of p.points) {
            const ds = [x.point.min, x.point.typ, x.point.max].map((v) => v ?? '·').join(' | ');
            console.log(`    ${x.ok ? 'ok  ' : 'MISS'} ${x.point.quantity.padEnd(8)} ${JSON.stringify(x.point.conditions).padEnd(28)} datasheet ${ds.padEnd(22)} ngspice ${x.simulated?.toPrecision(4) ?? 'none'}`);
          }
        }
      }
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const made = all.filter((p) => p.kindRight).length;
  const points = all.flatMap((p) => p.points);
  const files = new Set(all.map((p) => p.file));
  const filesModelled = new Set(all.filter((p) => p.kindRight).map((p) => p.file));
  console.log(`\n${files.size} datasheets, ${all.length} parts: models made (right kind) for ${made} parts (${pct(made, all.length)}), ${filesModelled.size} of ${files.size} datasheets (${pct(filesModelled.size, files.size)})`);
  console.log(`test points within tolerance, simulated by ngspice: ${points.filter((p) => p.ok).length} of ${points.length} (${pct(points.filter((p) => p.ok).length, points.length)})`);
}

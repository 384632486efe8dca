// From a datasheet's characteristics to SPICE models: the parts it covers and their kind, each
// part's measurements, the fit, the card, and the checks of the card against the datasheet's own
// numbers. Pure and synchronous: runs in the PDF thread after the datasheet extractor.
import type { ElectricalCharacteristic } from '../pipeline/types';
import { checksOf } from './checks';
import { curveOf } from './curve';
import { mosDefaults } from './defaults';
import { detectParts, type DetectedPart } from './detect-parts';
import type { FittedModel } from './evaluate';
import { fitBjt, bjtParamsOf } from './fit/fit-bjt';
import { fitDiode, type Rating } from './fit/fit-diode';
import { fitMos, paramsOf } from './fit/fit-mos';
import { measurementsOf, type Measurement } from './quantities';
import { holdsFor, rowsForPart } from './select-rows';
import type { SpiceModel } from './types';
import { normaliseSymbol, unitScale } from './units';
import { commentOf, writeCard } from './write-card';

/** At most this many parts per datasheet get a model (a family sheet can list dozens). */
const MAX_PARTS = 12;
/** Fitting stops starting new parts after this long. */
const TIME_BUDGET_MS = 20_000;

/** A diode's reverse voltage rating (VRRM, VRWM, VR), for its breakdown when no row gives one. */
function reverseRating(rows: ElectricalCharacteristic[], part: string): Rating | null {
  // A family's ratings table gives each part its own (1N4001 50 V ... 1N4007 1000 V).
  const rated = rows.filter((r) => /maximum|limiting|rating/i.test(r.table) && r.symbol && /^(VRRM|VRWM|VR|VRM|VRSM)$/.test(normaliseSymbol(r.symbol)) && r.max != null);
  const row = rated.find((r) => r.variant && holdsFor(r.variant, part)) ?? rated.find((r) => !r.variant);
  return row ? { value: Math.abs(row.max!) * unitScale(row.unit), row: { page: row.page, symbol: row.symbol, parameter: row.parameter, conditions: row.conditions } } : null;
}

function fit(part: DetectedPart, ms: Measurement[], rows: ElectricalCharacteristic[]): SpiceModel | null {
  let fitted: FittedModel;
  let parameters;
  let comment: string;
  if (part.kind === 'D') {
    if (!ms.some((m) => m.quantity === 'VF' || m.quantity === 'VZ')) return null;
    const table = fitDiode(ms, part.flavour, reverseRating(rows, part.part));
    parameters = table.values;
    const v = (k: string) => table.values[k]?.value;
    fitted = { family: 'diode', p: { IS: v('IS')!, N: v('N')!, RS: v('RS')!, CJO: v('CJO'), VJ: v('VJ'), M: v('M'), TT: v('TT'), BV: v('BV'), IBV: v('IBV') } };
    comment = `${part.flavour ?? 'silicon'} diode`;
  } else if (part.kind === 'NPN' || part.kind === 'PNP') {
    if (!ms.some((m) => m.quantity === 'HFE')) return null;
    const table = fitBjt(ms, part.flavour);
    parameters = table.values;
    fitted = { family: 'bjt', p: bjtParamsOf(table) };
    comment = `${part.kind}${part.flavour === 'darlington' ? ' Darlington' : ''} transistor, Gummel-Poon`;
  } else {
    if (!ms.some((m) => m.quantity === 'VTH' || m.quantity === 'RDSON')) return null;
    const table = fitMos(ms);
    parameters = table.values;
    const d = mosDefaults();
    fitted = { family: 'mos', p: paramsOf(table, d), vj: table.value('VJ'), m: table.value('M') };
    comment = `${part.kind === 'NMOS' ? 'N' : 'P'}-channel MOSFET, level 1 with body diode; pins D G S`;
  }
  return {
    part: part.part,
    kind: part.kind,
    model: writeCard(part.part, part.kind, parameters, `${comment}, fitted to its datasheet by pdf-batch`),
    parameters,
    checks: checksOf(fitted, ms),
    curve: curveOf(fitted, ms),
  };
}

/** The models of a datasheet's discrete parts; none for a datasheet of anything else. */
export function buildSpiceModels(partNumbers: string[], rows: ElectricalCharacteristic[], text: string): SpiceModel[] {
  const measurements = measurementsOf(rows);
  if (!measurements.length) return [];
  const parts = detectParts(partNumbers, text, measurements).slice(0, MAX_PARTS);
  const out: SpiceModel[] = [];
  // Parts with the same rows (one die in several packages) share one fit.
  const fits = new Map<string, SpiceModel | null>();
  const started = Date.now();
  for (const part of parts) {
    // A family of many distinct parts stops fitting after the time budget (each fit takes up to a few seconds).
    if (Date.now() - started > TIME_BUDGET_MS) break;
    const ms = rowsForPart(measurements, part.part);
    const key = JSON.stringify([part.kind, part.flavour, part.kind === 'D' ? reverseRating(rows, part.part)?.value : null, ms.map((m) => [m.quantity, m.conditions, m.min, m.typ, m.max])]);
    if (!fits.has(key)) fits.set(key, fit(part, ms, rows));
    const model = fits.get(key);
    if (model) out.push(model.part === part.part ? model : { ...model, part: part.part, model: writeCard(part.part, model.kind, model.parameters, commentOf(model)) });
  }
  return out;
}

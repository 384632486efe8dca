// The checks of a model: each datasheet value next to the model's value at its test conditions.
import { modelValue, type FittedModel } from './evaluate';
import { QUANTITY_LABEL, type Measurement } from './quantities';
import { reportedLimits } from './targets';
import type { SpiceCheck } from './types';

export function checksOf(model: FittedModel, ms: Measurement[]): SpiceCheck[] {
  const out: SpiceCheck[] = [];
  for (const m of ms) {
    const value = modelValue(model, m);
    if (value == null || !Number.isFinite(value)) continue;
    const conditions = Object.fromEntries(Object.entries(m.conditions).filter(([k]) => k !== 'F' && k !== 'T'));
    for (const limit of reportedLimits(m)) {
      out.push({
        quantity: QUANTITY_LABEL[m.quantity],
        conditions,
        datasheet: { value: limit.value, kind: limit.kind, page: m.row.page },
        model_value: round(value),
        error_pct: Math.round(((value - limit.value) / limit.value) * 1000) / 10,
      });
    }
  }
  return out;
}

const round = (v: number) => Number(v.toPrecision(4));

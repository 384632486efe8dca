// The cost of one model value against one datasheet value: steep outside the band the value asks
// for (the limits, or typ ± tolerance), a gentle pull towards its aim inside, on a log scale so that
// picoamperes and amperes weigh alike. And the pull of a parameter towards its default.
import type { Target } from '../targets';

export function bandPenalty(value: number | null, t: Target, tolerance: number): number {
  if (value == null || !Number.isFinite(value) || value <= 0) return 1e4;
  const scale = Math.log(1 + tolerance);
  const aim = Math.log(value / t.centre) / scale;
  let outside = 0;
  if (value < t.lo) outside = Math.log(t.lo / value) / scale;
  else if (value > t.hi) outside = Math.log(value / t.hi) / scale;
  return 100 * outside * outside + 0.3 * aim * aim;
}

/** A weak prior: (x - x0)² / σ², x on the fitter's own (log or linear) scale. */
export const prior = (x: number, x0: number, sigma: number) => ((x - x0) / sigma) ** 2;

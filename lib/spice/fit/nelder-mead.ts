// Nelder-Mead minimisation of a cost over a few unbounded variables (the fitters work in log space,
// so positivity holds by construction). Deterministic: the same start gives the same answer.
export function nelderMead(cost: (x: number[]) => number, start: number[], step: number[], maxEvals = 3000): number[] {
  const n = start.length;
  if (n === 0) return [];
  let simplex = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + step[i] : v)))];
  let values = simplex.map(cost);
  let evals = n + 1;
  while (evals < maxEvals) {
    const order = values.map((v, i) => i).sort((a, b) => values[a] - values[b]);
    simplex = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    if (Math.abs(values[n] - values[0]) < 1e-10 * (1 + Math.abs(values[0]))) break;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p[j], 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (simplex[n][j] - c));
    const reflected = along(-1);
    const fr = cost(reflected); evals++;
    if (fr < values[0]) {
      const expanded = along(-2);
      const fe = cost(expanded); evals++;
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = along(fr < values[n] ? -0.5 : 0.5);
      const fc = cost(contracted); evals++;
      if (fc < Math.min(fr, values[n])) [simplex[n], values[n]] = [contracted, fc];
      else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i].map((v, j) => simplex[0][j] + 0.5 * (v - simplex[0][j]));
          values[i] = cost(simplex[i]); evals++;
        }
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return simplex[best];
}

/** Runs Nelder-Mead again from its own answer until it stops improving (it can stall on a ridge). */
export function minimise(cost: (x: number[]) => number, start: number[], step: number[], rounds = 3, maxEvals = 2500): number[] {
  let x = start;
  let best = cost(x);
  for (let r = 0; r < rounds; r++) {
    const next = nelderMead(cost, x, step, maxEvals);
    const value = cost(next);
    if (!(value < best - 1e-9)) break;
    x = next;
    best = value;
  }
  return x;
}

// Nelder-Mead minimisation of a cost over a few unbounded variables (the fitters work in log space,
// so positivity holds by construction). Deterministic: the same start gives the same answer.
export function nelderMead(cost: (x: number[]) => number, start: number[], step: number[], maxEvals = 3000): number[] {
  const n = start.length;
  if (n === 0) return [];
  const simplex = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + step[i] : v)))];
  const values = simplex.map(cost);
  let evals = n + 1;
  // The fitters call this with up to a dozen variables and thousands of iterations: the ordering and
  // the centroid work in place rather than allocating per iteration.
  const centroid = new Array<number>(n).fill(0);
  const along = (t: number) => centroid.map((c, j) => c + t * (simplex[n][j] - c));
  while (evals < maxEvals) {
    sortByValue(simplex, values);
    if (Math.abs(values[n] - values[0]) < 1e-10 * (1 + Math.abs(values[0]))) break;
    centroidOfBest(simplex, n, centroid);
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

/**
 * Sorts the vertices by cost, lowest first, in place and stably (ties keep their order, as the
 * stable Array.prototype.sort this replaces did). Insertion sort: after one Nelder-Mead step only the
 * replaced vertex is out of place.
 */
function sortByValue(simplex: number[][], values: number[]): void {
  for (let i = 1; i < values.length; i++) {
    const v = values[i], x = simplex[i];
    let j = i - 1;
    for (; j >= 0 && values[j] > v; j--) {
      values[j + 1] = values[j];
      simplex[j + 1] = simplex[j];
    }
    values[j + 1] = v;
    simplex[j + 1] = x;
  }
}

/** The centroid of the best `n` vertices (all but the worst), into `out`. */
function centroidOfBest(simplex: number[][], n: number, out: number[]): void {
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += simplex[i][j];
    out[j] = sum / n;
  }
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

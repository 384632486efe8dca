import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minimise, nelderMead } from './nelder-mead';

test('Nelder-Mead finds the bottom of a skewed bowl in five variables, the same way every run', () => {
  const centre = [1, -2, 0.5, 3, -0.25];
  const calls: number[][] = [];
  const cost = (x: number[]) => {
    calls.push(x);
    return x.reduce((s, v, i) => s + (i + 1) * (v - centre[i]) ** 2, 0) + 0.5 * (x[0] - centre[0]) * (x[1] - centre[1]);
  };
  const x = minimise(cost, [0, 0, 0, 0, 0], [0.5, 0.5, 0.5, 0.5, 0.5], 4, 3000);
  x.forEach((v, i) => assert.ok(Math.abs(v - centre[i]) < 1e-3, `x${i} = ${v}`));
  const first = calls.splice(0);
  assert.deepEqual(minimise(cost, [0, 0, 0, 0, 0], [0.5, 0.5, 0.5, 0.5, 0.5], 4, 3000), x);
  assert.deepEqual(calls, first);
});

test('Nelder-Mead: tied vertices keep their order, and the cap on evaluations holds', () => {
  let evals = 0;
  // A flat cost: every vertex ties, so the start (the first vertex) stays the answer.
  assert.deepEqual(nelderMead(() => (evals++, 1), [3, 4], [1, 1], 100), [3, 4]);
  evals = 0;
  nelderMead((x) => (evals++, Math.abs(x[0]) + Math.abs(x[1] - 1e6)), [0, 0], [1, 1], 50);
  assert.ok(evals <= 50 + 2, String(evals));
});

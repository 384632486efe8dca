// PDF transformation matrices [a b c d e f], multiplied as pdf.js does (m × n: n applied first).
export type Matrix = [number, number, number, number, number, number];

export const multiply = (m: readonly number[], n: readonly number[]): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** The point (x, y) through the matrix. */
export const apply = (m: readonly number[], x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

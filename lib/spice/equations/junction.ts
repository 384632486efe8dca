// SPICE's depletion capacitance of a junction: CJ / (1 - V/VJ)^M in reverse and small forward bias,
// and above FC·VJ the linear extension SPICE uses, so the model never divides by zero.
export function junctionCapacitance(cj: number, vj: number, m: number, v: number, fc = 0.5): number {
  if (v < fc * vj) return cj / Math.pow(1 - v / vj, m);
  const f2 = Math.pow(1 - fc, 1 + m);
  return (cj / f2) * (1 - fc * (1 + m) + (m * v) / vj);
}

/** The zero-bias capacitance that gives capacitance `c` at reverse voltage `vr`. */
export function zeroBiasCapacitance(c: number, vr: number, vj: number, m: number): number {
  return c * Math.pow(1 + vr / vj, m);
}

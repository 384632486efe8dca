// Physical constants and the temperature every model is fitted and evaluated at (datasheets test at
// 25 °C; each card says TNOM=25 so a simulator at that temperature reproduces the fit).
export const BOLTZMANN_OVER_Q = 8.617333262e-5;
export const TNOM_C = 25;
/** kT/q at 25 °C, in volts. */
export const VT = BOLTZMANN_OVER_Q * (273.15 + TNOM_C);

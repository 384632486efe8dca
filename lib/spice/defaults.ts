// The documented defaults (docs/spice-models.md): the value a parameter takes when the datasheet has
// nothing to fit it to. Typical of small discrete silicon parts, not SPICE's own built-in defaults
// (IS = 1e-14, N = 1, RS = 0...), which describe no real part. Units are SI.
import type { Flavour } from './detect-parts';

export type DefaultEntry = { value: number; unit: string; why: string };

const d = (value: number, unit: string, why: string): DefaultEntry => ({ value, unit, why });

export function diodeDefaults(flavour: Flavour): Record<string, DefaultEntry> {
  const schottky = flavour === 'schottky';
  return {
    IS: d(schottky ? 1e-6 : 2e-9, 'A', schottky ? 'metal-semiconductor barrier' : 'small-signal silicon pn junction'),
    N: d(schottky ? 1.05 : flavour === 'zener' ? 1.2 : 1.8, '', schottky ? 'near-ideal barrier' : 'silicon pn junction, recombination and diffusion'),
    RS: d(0.5, 'Ω', 'small-signal package and bulk'),
    CJO: d(schottky ? 50e-12 : 2e-12, 'F', 'small discrete die'),
    VJ: d(schottky ? 0.4 : 0.7, 'V', schottky ? 'barrier height' : 'silicon built-in potential'),
    M: d(0.4, '', 'between abrupt (0.5) and graded (0.33) junction'),
    TT: d(schottky ? 0 : 10e-9, 's', schottky ? 'majority carriers: no stored charge' : 'small-signal silicon'),
    EG: d(schottky ? 0.69 : 1.11, 'eV', schottky ? 'Schottky barrier' : 'silicon band gap'),
    XTI: d(schottky ? 2 : 3, '', 'pn junction'),
  };
}

export function bjtDefaults(flavour: Flavour): Record<string, DefaultEntry> {
  const darlington = flavour === 'darlington';
  return {
    IS: d(darlington ? 1e-13 : 1e-14, 'A', 'small-signal silicon transistor'),
    BF: d(darlington ? 10000 : 150, '', 'small-signal transistor'),
    NF: d(darlington ? 2 : 1, '', darlington ? 'two base-emitter junctions in series' : 'ideal diffusion current'),
    VAF: d(100, 'V', 'small-signal transistor'),
    IKF: d(0.3, 'A', 'small-signal transistor'),
    ISE: d(darlington ? 1e-13 : 1e-14, 'A', 'base recombination current, same order as IS'),
    NE: d(darlington ? 3 : 1.5, '', 'base recombination (above NF)'),
    BR: d(5, '', 'small-signal transistor'),
    NR: d(darlington ? 2 : 1, '', darlington ? 'two junctions' : 'ideal'),
    RB: d(10, 'Ω', 'small-signal transistor'),
    RC: d(1, 'Ω', 'small-signal transistor'),
    RE: d(0.2, 'Ω', 'small-signal transistor'),
    CJE: d(20e-12, 'F', 'small-signal transistor'),
    VJE: d(0.75, 'V', 'silicon'),
    MJE: d(0.33, '', 'graded junction'),
    CJC: d(8e-12, 'F', 'small-signal transistor'),
    VJC: d(0.75, 'V', 'silicon'),
    MJC: d(0.33, '', 'graded junction'),
    TF: d(0.5e-9, 's', 'small-signal transistor (fT ≈ 300 MHz)'),
    TR: d(50e-9, 's', 'small-signal transistor'),
  };
}

export function mosDefaults(): Record<string, DefaultEntry> {
  return {
    VTO: d(2, 'V', 'enhancement-mode power MOSFET'),
    KP: d(1, 'A/V²', 'small power MOSFET'),
    LAMBDA: d(0.01, '1/V', 'vertical MOSFET, little channel-length modulation'),
    RD: d(0, 'Ω', 'none beyond the fit'),
    RS: d(0, 'Ω', 'none beyond the fit'),
    CGS: d(100e-12, 'F', 'small power MOSFET'),
    CGD: d(10e-12, 'F', 'small power MOSFET'),
    CJO: d(50e-12, 'F', 'drain-source junction of a small power MOSFET'),
    VJ: d(0.7, 'V', 'silicon'),
    M: d(0.5, '', 'abrupt junction'),
    IS: d(1e-12, 'A', 'body diode'),
    N: d(1, '', 'body diode, ideal'),
    RB: d(0.01, 'Ω', 'body diode series resistance'),
  };
}

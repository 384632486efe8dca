// The SPICE models made from a discrete datasheet's characteristics rows: the shape of
// `result.domain.spice_models` (issue #19), shared by the pipeline, the export and the document view.

export type SpiceKind = 'D' | 'NPN' | 'PNP' | 'NMOS' | 'PMOS';

/** Where a parameter's value came from: fitted to the datasheet's numbers, read from it directly, or the documented default. */
export type ParameterSource = 'fitted' | 'datasheet' | 'default';

/** A row of the datasheet a value rests on: its page, symbol and conditions as printed. */
export type SourceRow = { page: number; symbol: string | null; parameter: string; conditions: string | null };

export type SpiceParameter = { value: number; unit: string; from: ParameterSource; source_rows: SourceRow[] };

export type LimitKind = 'typ' | 'min' | 'max';

export type SpiceCheck = {
  /** What was compared: 'VF', 'hFE', 'VCE(sat)', 'RDS(on)'... */
  quantity: string;
  /** The test conditions as numbers in SI units (IC: amperes, VCE: volts...), magnitudes. */
  conditions: Record<string, number>;
  datasheet: { value: number; kind: LimitKind; page: number };
  /** The model's value at those conditions, by the model's own equations. */
  model_value: number;
  /** (model - datasheet) / datasheet, in percent. */
  error_pct: number;
};

/** One point the model is compared with: the model's value next to the datasheet's, for the plot. */
export type SpiceCurve = { quantity: string; x: string; y: string; model: [number, number][]; datasheet: { x: number; y: number; kind: LimitKind }[] };

export type SpiceModel = {
  part: string;
  kind: SpiceKind;
  /** The card ngspice reads: one `.model NAME TYPE(...)`, or a `.subckt` (MOSFET: D G S). */
  model: string;
  parameters: Record<string, SpiceParameter>;
  checks: SpiceCheck[];
  /** The curve the document view plots: I-V for a diode, hFE against IC for a BJT, transfer curve for a MOSFET. */
  curve?: SpiceCurve;
};

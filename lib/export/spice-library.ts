// The SPICE models of a batch's datasheets as library files: one `models/<part>.lib` per part and
// `models.lib` with every part of the batch, each card under a comment that says where it came
// from (the PDF and the checks against its datasheet), ready for `.include` in ngspice or LTspice.
import type { DatasheetData } from '../pipeline/types';
import type { SpiceModel } from '../spice/types';

/** One model as library text: where it came from, how it compares with its datasheet, the card. */
export function modelLibrary(file: string, model: SpiceModel): string {
  const lines = [`* ${model.part} (${model.kind}) from ${file.replace(/[\r\n]+/g, ' ')}, fitted by pdf-batch`];
  for (const c of model.checks) {
    const conditions = Object.entries(c.conditions).map(([k, v]) => `${k}=${v}`).join(' ');
    lines.push(`*   ${c.quantity} at ${conditions || 'datasheet conditions'}: datasheet ${c.datasheet.kind} ${c.datasheet.value} (page ${c.datasheet.page}), model ${c.model_value} (${c.error_pct > 0 ? '+' : ''}${c.error_pct} %)`);
  }
  return `${lines.join('\n')}\n${model.model}\n`;
}

/** The models a datasheet's result carries (none for older results or other parts). */
export const modelsOf = (domain: DatasheetData): SpiceModel[] => domain.spice_models ?? [];

export const LIBRARY_HEADER = '* SPICE models fitted to the datasheets of one pdf-batch batch (docs/spice-models.md)\n';

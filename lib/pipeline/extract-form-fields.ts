// AcroForm fields: name, type and value, as pdf.js reads them for its scripting sandbox.
import type { FormField } from './types';
import type { PdfDocument } from './pdfjs';

const MAX_FIELDS = 1000;

type FieldObject = { type?: string; value?: unknown; exportValues?: unknown; kidIds?: unknown };

const TYPES: Record<string, FormField['type']> = {
  text: 'text',
  checkbox: 'checkbox',
  radiobutton: 'radio',
  combobox: 'choice',
  listbox: 'choice',
  button: 'button',
  signature: 'signature',
};

function valueOf(field: FieldObject): string | null {
  const value = field.value;
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

export async function extractFormFields(doc: PdfDocument): Promise<FormField[]> {
  const objects = (await doc.getFieldObjects()) as Map<string, FieldObject[]> | null;
  if (!objects) return [];
  const fields: FormField[] = [];
  for (const [name, widgets] of objects) {
    if (fields.length >= MAX_FIELDS) break;
    // A field has one entry per widget; the one that carries the value speaks for it.
    const field = widgets.find((w) => valueOf(w) !== null && w.value !== 'Off') ?? widgets[0];
    if (!field) continue;
    const type = TYPES[field.type ?? ''] ?? 'other';
    const value = valueOf(field);
    fields.push({ name, type, value: (type === 'checkbox' || type === 'radio') && value === 'Off' ? null : value });
  }
  return fields;
}

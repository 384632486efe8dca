// A template's name pattern: the batch name with placeholders filled in at creation, e.g.
// "Invoices {date}" → "Invoices 2026-12-04". Dates and times are UTC, as the default names are.
export const NAME_PLACEHOLDERS = ['template', 'date', 'time', 'files'] as const;
type Placeholder = (typeof NAME_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Why the pattern cannot be used (an unknown placeholder), or null. */
export function namePatternProblem(pattern: string): string | null {
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    if (!(NAME_PLACEHOLDERS as readonly string[]).includes(match[1])) {
      return `unknown placeholder {${match[1]}}: use ${NAME_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;
    }
  }
  return null;
}

export function fillNamePattern(pattern: string, values: { template: string; now: Date; files: number }): string {
  const iso = values.now.toISOString();
  const filled: Record<Placeholder, string> = {
    template: values.template,
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    files: String(values.files),
  };
  return pattern.replace(PLACEHOLDER, (whole, name: string) => filled[name as Placeholder] ?? whole).slice(0, 200);
}

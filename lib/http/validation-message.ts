// Schema errors in plain words: the field and what it accepts ("limit must be a whole number from 1
// to 100."), never zod's own text ("Invalid input: expected number, received NaN"). What a field
// accepts is read from the schema the input was checked with; without it, from the issue alone.
import { z } from 'zod';
import { AppError } from '../errors';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;
type Def = { type: string; innerType?: Schema; in?: Schema; out?: Schema; element?: Schema; shape?: Record<string, Schema>; options?: Schema[] };

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

/** Past optional, default, nullable and the like, and through a pipe to what it produces. */
function unwrap(schema: Schema): Schema {
  for (;;) {
    const def = defOf(schema);
    if (def.innerType) schema = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) schema = defOf(def.out).type === 'transform' ? def.in : def.out;
    else return schema;
  }
}

/** The schema of the value at `path`, or null when the path leads nowhere the schema describes. */
function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | null {
  let current = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) current = unwrap(def.shape[key]);
    else if (def.type === 'array' && typeof key === 'number' && def.element) current = unwrap(def.element);
    else return null;
  }
  return current;
}

const list = (values: readonly unknown[]) => values.map(String).join(', ');
const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER;

function range(min: number | null | undefined, max: number | null | undefined): string {
  if (finite(min) && finite(max)) return ` from ${min} to ${max}`;
  if (finite(min)) return ` of at least ${min}`;
  if (finite(max)) return ` of at most ${max}`;
  return '';
}

const FORMATS: Record<string, string> = {
  email: 'an e-mail address',
  datetime: 'a date and time in ISO 8601 with its offset, e.g. 2026-12-05T08:00:00Z',
  date: 'a date in ISO 8601, e.g. 2026-12-05',
  url: 'a URL',
  uuid: 'a UUID',
};

/** What the schema accepts, as words ("a whole number from 1 to 100"), or null when it cannot say. */
function accepts(schema: Schema): string | null {
  const def = defOf(schema);
  if (schema instanceof z.ZodNumber) return `${schema.isInt ? 'a whole number' : 'a number'}${range(schema.minValue, schema.maxValue)}`;
  if (schema instanceof z.ZodString) {
    if (schema.format && schema.format !== 'regex') return FORMATS[schema.format] ?? `a valid ${schema.format}`;
    const { minLength: min, maxLength: max } = schema;
    if (finite(max)) return `text of ${min && min > 1 ? `${min} to ${max}` : `at most ${max}`} characters${min === 1 ? ', not empty' : ''}`;
    return min ? `text of at least ${min} characters` : 'text';
  }
  if (schema instanceof z.ZodEnum) return `one of ${list(schema.options)}`;
  if (schema instanceof z.ZodLiteral) return schema.values.size > 1 ? `one of ${list([...schema.values])}` : String([...schema.values][0]);
  if (schema instanceof z.ZodBoolean) return 'true or false';
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element);
    if (element instanceof z.ZodEnum) return `one or more of ${list(element.options)}`;
    const each = accepts(element);
    return each ? `a list, each ${each}` : 'a list';
  }
  if (schema instanceof z.ZodObject) return 'an object';
  if (def.type === 'union' && def.options) return def.options.map((o) => accepts(unwrap(o))).find((d) => d !== null) ?? null;
  return null;
}

/** What the issue says a field needs, without the schema. */
function fromIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'a whole number' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value':
      return `one of ${list(issue.values)}`;
    case 'invalid_format':
      return FORMATS[issue.format] ?? `a valid ${issue.format}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      if (issue.origin === 'string') return `${bound} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${bound} items`;
      return bound;
    }
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`;
    default:
      return 'valid';
  }
}

/** The value at `path` in the input, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** How zod's own messages begin (any other message was written by the schema's author). */
const ZOD_WORDING = /^(?:Invalid|Too (?:small|big)|Unrecognized|Expected)\b/;

/** One issue as a sentence naming its field. */
function sentence(issue: Issue, schema?: Schema, input?: unknown): string {
  const field = issue.path.filter((key) => typeof key === 'string').join('.');
  // A message the schema's author wrote (a refinement's, or one given to a check such as a regex) is
  // written for people: it is kept, with the field's name. Zod's own say "Invalid …" or "Too …".
  if (issue.code === 'custom' || !ZOD_WORDING.test(issue.message)) return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
  const name = field || 'The body';
  const described = schema ? schemaAt(schema, issue.path) : null;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const shape = described instanceof z.ZodObject ? Object.keys(described.shape) : [];
    return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${field ? ` in ${field}` : ''}${shape.length ? `; the fields are ${list(shape)}` : ''}.`;
  }
  const what = (described && accepts(described)) ?? fromIssue(issue);
  if (issue.code === 'invalid_type' && field && input !== undefined && valueAt(input, issue.path) === undefined) return `${name} is required: ${what}.`;
  return `${name} must be ${what}.`;
}

/** Every issue of the error as plain sentences (each once), using the schema and input it was checked with when given. */
export function validationMessage(error: z.core.$ZodError, schema?: Schema, input?: unknown): string {
  return [...new Set(error.issues.map((issue) => sentence(issue, schema, input)))].join(' ');
}

/** `input` checked with a zod schema; a failure is a 400 `bad_request` saying what each field accepts. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('bad_request', validationMessage(result.error, schema, input));
  return result.data;
}

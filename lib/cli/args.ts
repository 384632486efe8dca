// The `pdf-batch` command line parsed with node's util.parseArgs into one typed command and the
// options every command shares; a mistake is a UsageError with a message for people.
import { parseArgs } from 'node:util';
import { JOB_STATUSES, OCR_MODES, WORKFLOWS, type JobStatus, type OcrMode, type Workflow } from '../schemas/batch';
import { COMMAND_HELP, COMMANDS, MAIN_HELP, type CommandName } from './help';

export const DEFAULT_SERVER = 'http://127.0.0.1:3000';

export type GlobalOptions = { server: string; token: string | undefined; json: boolean; continueOnFailure: boolean };

export type Command =
  | {
      name: 'submit';
      paths: string[];
      batchName?: string;
      workflow?: Workflow;
      priority?: number;
      ocr?: OcrMode;
      template?: string;
      startAt?: string;
      hold?: boolean;
      notifyEmail?: string;
      wait: boolean;
    }
  | { name: 'status'; id: string }
  | { name: 'list'; limit: number }
  | { name: 'cancel' | 'retry' | 'release'; id: string }
  /** `output` absent: the name the server gives the ZIP (the batch's name). */
  | { name: 'export'; id: string; output?: string; includeOriginals: boolean; status?: JobStatus[] };

export type CommandLine = { kind: 'run'; command: Command; options: GlobalOptions } | { kind: 'help'; text: string };

export class UsageError extends Error {
  constructor(message: string, readonly help: string = MAIN_HELP) {
    super(message);
    this.name = 'UsageError';
  }
}

const OPTIONS = {
  server: { type: 'string' },
  token: { type: 'string' },
  json: { type: 'boolean' },
  'continue-on-failure': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  name: { type: 'string' },
  workflow: { type: 'string' },
  ocr: { type: 'string' },
  priority: { type: 'string' },
  wait: { type: 'boolean' },
  limit: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'include-originals': { type: 'boolean' },
  status: { type: 'string' },
  template: { type: 'string' },
  'start-at': { type: 'string' },
  hold: { type: 'boolean' },
  'notify-email': { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;

const GLOBAL_OPTIONS: OptionName[] = ['server', 'token', 'json', 'continue-on-failure', 'help'];
const COMMAND_OPTIONS: Record<CommandName, OptionName[]> = {
  submit: ['name', 'workflow', 'priority', 'ocr', 'template', 'start-at', 'hold', 'notify-email', 'wait'],
  status: [],
  list: ['limit'],
  cancel: [],
  retry: [],
  release: [],
  export: ['output', 'include-originals', 'status'],
};

const isCommand = (s: string | undefined): s is CommandName => (COMMANDS as readonly string[]).includes(s ?? '');

function integer(value: string, option: string, min: number, max: number, help: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) throw new UsageError(`--${option} must be a whole number from ${min} to ${max} (got "${value}").`, help);
  return n;
}

function oneId(positionals: string[], command: CommandName, what: string): string {
  const help = COMMAND_HELP[command];
  if (positionals.length === 0) throw new UsageError(`Give the ${what} to ${command}.`, help);
  if (positionals.length > 1) throw new UsageError(`${command} takes one ${what}; got ${positionals.length}.`, help);
  return positionals[0];
}

function serverUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--server must be a URL such as ${DEFAULT_SERVER} (got "${value}").`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--server must be an http:// or https:// URL (got "${value}").`);
  return value.replace(/\/+$/, '');
}

export function parseCommandLine(argv: readonly string[], env: Record<string, string | undefined> = {}): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (first === 'help') return { kind: 'help', text: isCommand(rest[0]) ? COMMAND_HELP[rest[0]] : MAIN_HELP };
  if (first === undefined) {
    if (values.help) return { kind: 'help', text: MAIN_HELP };
    throw new UsageError('Give a command.');
  }
  if (!isCommand(first)) throw new UsageError(`"${first}" is not a command. The commands are: ${COMMANDS.join(', ')}.`);
  const help = COMMAND_HELP[first];
  if (values.help) return { kind: 'help', text: help };

  const allowed = new Set<string>([...GLOBAL_OPTIONS, ...COMMAND_OPTIONS[first]]);
  for (const key of Object.keys(values)) if (!allowed.has(key)) throw new UsageError(`--${key} is not an option of ${first}.`, help);

  const options: GlobalOptions = {
    server: serverUrl(values.server || env.PDF_BATCH_SERVER || env.PDF_BATCH_URL || (env.PORT ? `http://127.0.0.1:${env.PORT}` : DEFAULT_SERVER)),
    token: values.token ?? env.PDF_BATCH_TOKEN ?? undefined,
    json: values.json ?? false,
    continueOnFailure: values['continue-on-failure'] ?? false,
  };
  return { kind: 'run', command: buildCommand(first, rest, values), options };
}

type Values = { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

function buildCommand(name: CommandName, positionals: string[], values: Values): Command {
  const help = COMMAND_HELP[name];
  switch (name) {
    case 'submit': {
      if (positionals.length === 0) throw new UsageError('Give one or more PDF files or folders to submit.', help);
      const workflow = values.workflow;
      if (workflow !== undefined && !(WORKFLOWS as readonly string[]).includes(workflow)) {
        throw new UsageError(`--workflow must be one of ${WORKFLOWS.join(', ')} (got "${workflow}").`, help);
      }
      const ocr = values.ocr;
      if (ocr !== undefined && !(OCR_MODES as readonly string[]).includes(ocr)) {
        throw new UsageError(`--ocr must be one of ${OCR_MODES.join(', ')} (got "${ocr}").`, help);
      }
      return {
        name,
        paths: positionals,
        batchName: values.name,
        workflow: workflow as Workflow | undefined,
        priority: values.priority === undefined ? undefined : integer(values.priority, 'priority', -100, 100, help),
        ...(ocr !== undefined ? { ocr: ocr as OcrMode } : {}),
        ...(values.template !== undefined ? { template: values.template } : {}),
        ...(values['start-at'] !== undefined ? { startAt: startAt(values['start-at'], help) } : {}),
        ...(values.hold ? { hold: true } : {}),
        ...(values['notify-email'] !== undefined ? { notifyEmail: values['notify-email'] } : {}),
        wait: values.wait ?? false,
      };
    }
    case 'status':
      return { name, id: oneId(positionals, name, 'batch id') };
    case 'list':
      if (positionals.length) throw new UsageError('list takes no arguments.', help);
      return { name, limit: values.limit === undefined ? 20 : integer(values.limit, 'limit', 1, 100, help) };
    case 'cancel':
    case 'retry':
      return { name, id: oneId(positionals, name, 'batch or job id') };
    case 'release':
      return { name, id: oneId(positionals, name, 'batch id') };
    case 'export': {
      const id = oneId(positionals, name, 'batch id');
      const status = values.status?.split(',').map((s) => s.trim()).filter(Boolean);
      const wrong = status?.find((s) => !(JOB_STATUSES as readonly string[]).includes(s));
      if (wrong !== undefined || status?.length === 0) throw new UsageError(`--status takes job states among ${JOB_STATUSES.join(', ')} (got "${values.status}").`, help);
      return { name, id, output: values.output, includeOriginals: values['include-originals'] ?? false, status: status as JobStatus[] | undefined };
    }
  }
}

/**
 * --start-at: an ISO 8601 date-time; without an offset it is this machine's local time (as a person
 * typing "2026-12-05T08:00" means), sent to the server with its offset. The server checks the rest.
 */
function startAt(value: string, help: string): string {
  const trimmed = value.trim();
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed);
  const at = new Date(trimmed);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed) || Number.isNaN(at.getTime())) {
    throw new UsageError(`--start-at must be a date and time such as 2026-12-05T08:00 (local) or 2026-12-05T08:00Z (got "${value}").`, help);
  }
  return hasOffset ? trimmed : at.toISOString();
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SERVER, parseCommandLine, UsageError } from './args';

const run = (argv: string[], env: Record<string, string> = {}) => {
  const line = parseCommandLine(argv, env);
  assert.equal(line.kind, 'run');
  return line.kind === 'run' ? line : assert.fail();
};

test('submit with every option, options before and after the paths', () => {
  const { command, options } = run(['--server', 'http://h:9/', 'submit', 'a.pdf', 'dir', '--name', 'March', '--workflow', 'classify', '--priority=-5', '--wait', '--json']);
  assert.deepEqual(command, { name: 'submit', paths: ['a.pdf', 'dir'], batchName: 'March', workflow: 'classify', priority: -5, wait: true });
  assert.deepEqual(options, { server: 'http://h:9', token: undefined, json: true, continueOnFailure: false });
});

test('server and token from the environment, the flags win', () => {
  assert.equal(run(['list']).options.server, DEFAULT_SERVER);
  const env = { PDF_BATCH_SERVER: 'https://pdf.example', PDF_BATCH_TOKEN: 'secret' };
  assert.deepEqual(run(['list'], env).options, { server: 'https://pdf.example', token: 'secret', json: false, continueOnFailure: false });
  assert.equal(run(['list', '--token', 'other'], env).options.token, 'other');
  assert.equal(run(['list', '--continue-on-failure'], env).options.continueOnFailure, true);
});

test('each command gets its arguments', () => {
  assert.deepEqual(run(['status', 'b1']).command, { name: 'status', id: 'b1' });
  assert.deepEqual(run(['list', '--limit', '5']).command, { name: 'list', limit: 5 });
  assert.deepEqual(run(['list']).command, { name: 'list', limit: 20 });
  assert.deepEqual(run(['cancel', 'x']).command, { name: 'cancel', id: 'x' });
  assert.deepEqual(run(['retry', 'x']).command, { name: 'retry', id: 'x' });
  assert.deepEqual(run(['export', 'b1', '-o', 'out.zip', '--include-originals', '--status', 'completed,failed']).command, {
    name: 'export',
    id: 'b1',
    output: 'out.zip',
    includeOriginals: true,
    status: ['completed', 'failed'],
  });
  assert.deepEqual(run(['export', 'b1']).command, { name: 'export', id: 'b1', output: undefined, includeOriginals: false, status: undefined });
});

test('help for the whole command and for each command', () => {
  for (const argv of [['--help'], ['-h'], ['help']]) {
    const line = parseCommandLine(argv);
    assert.ok(line.kind === 'help' && line.text.includes('Commands:'), argv.join(' '));
  }
  const submit = parseCommandLine(['submit', '--help']);
  assert.ok(submit.kind === 'help' && submit.text.startsWith('Usage: pdf-batch submit'));
  const viaHelp = parseCommandLine(['help', 'export']);
  assert.ok(viaHelp.kind === 'help' && viaHelp.text.startsWith('Usage: pdf-batch export'));
});

test('mistakes are usage errors that say what is wrong', () => {
  const cases: [string[], RegExp][] = [
    [[], /Give a command/],
    [['frobnicate'], /not a command/],
    [['submit'], /one or more PDF files/],
    [['submit', 'a.pdf', '--workflow', 'all'], /--workflow must be one of/],
    [['submit', 'a.pdf', '--priority', '101'], /--priority must be a whole number from -100 to 100/],
    [['submit', 'a.pdf', '--priority', '1.5'], /whole number/],
    [['status'], /Give the batch id/],
    [['status', 'a', 'b'], /takes one batch id/],
    [['status', 'a', '--wait'], /--wait is not an option of status/],
    [['list', '--limit', '0'], /--limit/],
    [['export', 'b', '--status', 'done'], /--status takes job states/],
    [['list', '--server', 'localhost:3000'], /http:\/\/ or https:\/\//],
    [['list', '--bogus'], /bogus/],
    [['submit', 'a.pdf', '--priority', '-5'], /--priority=-XYZ/],
  ];
  for (const [argv, message] of cases) {
    assert.throws(() => parseCommandLine(argv), (e: unknown) => e instanceof UsageError && message.test(e.message), argv.join(' '));
  }
});

test('submit --ocr takes auto, off or force', () => {
  assert.equal((run(['submit', 'a.pdf', '--ocr', 'force']).command as { ocr?: string }).ocr, 'force');
  assert.throws(() => run(['submit', 'a.pdf', '--ocr', 'sometimes']), /--ocr must be one of auto, off, force/);
});

test('the server from PDF_BATCH_URL, else this machine at PORT', () => {
  assert.equal(run(['list'], { PDF_BATCH_URL: 'http://pdf.example:8080/' }).options.server, 'http://pdf.example:8080');
  assert.equal(run(['list'], { PORT: '4123' }).options.server, 'http://127.0.0.1:4123');
  assert.equal(run(['list'], { PDF_BATCH_SERVER: 'https://a.example', PORT: '4123' }).options.server, 'https://a.example');
  assert.equal(run(['list'], {}).options.server, 'http://127.0.0.1:3000');
});

test('submit --template, --start-at (local time without an offset) and --hold; release takes a batch id', () => {
  const withTemplate = run(['submit', 'a.pdf', '--template', 'Invoices', '--hold', '--notify-email', 'me@example.org']).command;
  assert.deepEqual(withTemplate, { name: 'submit', paths: ['a.pdf'], batchName: undefined, workflow: undefined, priority: undefined, template: 'Invoices', hold: true, notifyEmail: 'me@example.org', wait: false });
  const utc = run(['submit', 'a.pdf', '--start-at', '2026-12-05T08:00Z']).command;
  assert.equal(utc.name === 'submit' && utc.startAt, '2026-12-05T08:00Z', 'an offset is kept as given');
  const local = run(['submit', 'a.pdf', '--start-at', '2026-12-05T08:00']).command;
  assert.equal(local.name === 'submit' && local.startAt, new Date('2026-12-05T08:00').toISOString(), 'no offset: this machine\'s local time');
  assert.throws(() => parseCommandLine(['submit', 'a.pdf', '--start-at', 'tomorrow'], {}), (e: unknown) => e instanceof UsageError && /--start-at must be a date and time/.test(e.message));
  assert.deepEqual(run(['release', 'b1']).command, { name: 'release', id: 'b1' });
  assert.throws(() => parseCommandLine(['release'], {}), UsageError);
});

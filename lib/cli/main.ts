// The `pdf-batch` command (server/cli.mjs runs it): parse the command line, run one command
// against the server with the typed client, and exit 0 (done), 1 (documents failed), 2 (wrong
// command line) or 3 (the request failed).
import { ApiError, messageOf } from '../client/api-error';
import { PdfBatchClient } from '../client/pdf-batch-client';
import { parseCommandLine, UsageError, type Command } from './args';
import { control } from './commands/control';
import { release } from './commands/release';
import { exportBatch } from './commands/export';
import { list } from './commands/list';
import { resolveBatchId } from './resolve-batch-id';
import { status } from './commands/status';
import { submit } from './commands/submit';
import { createOutput, type Output } from './output';

export const EXIT = { ok: 0, failedDocuments: 1, usage: 2, request: 3 } as const;

/** How many documents failed. A batch may be named by the start of its id. */
async function run(client: PdfBatchClient, command: Command, out: Output): Promise<number> {
  switch (command.name) {
    case 'submit':
      return submit(client, command, out);
    case 'status':
      return status(client, await resolveBatchId(client, command.id), out);
    case 'list':
      return list(client, command.limit, out);
    case 'cancel':
    case 'retry':
      return control(client, command.name, await resolveBatchId(client, command.id), out);
    case 'release':
      return release(client, await resolveBatchId(client, command.id), out);
    case 'export':
      return exportBatch(client, { ...command, id: await resolveBatchId(client, command.id) }, out);
  }
}

export async function main(argv: readonly string[], env: Record<string, string | undefined>): Promise<number> {
  const json = argv.includes('--json');
  try {
    const line = parseCommandLine(argv, env);
    if (line.kind === 'help') {
      process.stdout.write(`${line.text}\n`);
      return EXIT.ok;
    }
    const out = createOutput(line.options.json);
    const client = new PdfBatchClient({ baseUrl: line.options.server, token: line.options.token });
    const failed = await run(client, line.command, out);
    if (failed > 0 && !line.options.continueOnFailure) {
      process.stderr.write(`${failed} document${failed === 1 ? '' : 's'} failed (exit code 1; --continue-on-failure exits 0).\n`);
      return EXIT.failedDocuments;
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`pdf-batch: ${error.message}\n\n${error.help}\n`);
      return EXIT.usage;
    }
    const code = error instanceof ApiError ? error.code : 'error';
    if (json) process.stdout.write(`${JSON.stringify({ error: { code, message: messageOf(error) } }, null, 2)}\n`);
    process.stderr.write(`pdf-batch: ${messageOf(error)}\n`);
    return EXIT.request;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);

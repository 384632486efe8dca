// Prints the shell text with which server/start.sh becomes the server: its memory settings
// (MEMORY_PROFILE, lib/runtime/memory-settings.mjs) exported and given as flags, then
// `exec node … server/start.mjs "$@"`.
//   node server/start-command.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { posixStartCommand } from '../lib/runtime/memory-settings.mjs';

try {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'start.mjs');
  process.stdout.write(posixStartCommand(process.execPath, process.env, script));
} catch (err) {
  process.stderr.write(`pdf-batch could not start: ${err.message}\n`); // a MEMORY_PROFILE it does not know
  process.exit(1);
}

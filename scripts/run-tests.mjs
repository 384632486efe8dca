// Runs Node's test runner on the TypeScript test files under the given folders:
//   node scripts/run-tests.mjs <folder or file...> [-- node test-runner flags]
// (Node 20's --test does not expand globs itself.)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const folders = split === -1 ? args : args.slice(0, split);
const flags = split === -1 ? [] : args.slice(split + 1);

const listed = (target) =>
  statSync(target).isDirectory()
    ? readdirSync(target, { recursive: true, withFileTypes: true }).map((e) => path.join(e.parentPath, e.name))
    : [target];
const files = folders
  .flatMap(listed)
  .filter((file) => /\.test\.tsx?$/.test(file) && !file.includes('node_modules'))
  .sort();
if (files.length === 0) {
  console.error(`No test files under ${folders.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...flags, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

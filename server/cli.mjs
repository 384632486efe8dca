#!/usr/bin/env node
// The `pdf-batch` command (package.json "bin"): runs lib/cli/main.ts through tsx, no build step.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register({ tsconfig: path.join(root, 'tsconfig.json') });
await import(pathToFileURL(path.join(root, 'lib', 'cli', 'main.ts')).href);

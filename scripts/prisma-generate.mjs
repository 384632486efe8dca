// Generates the Prisma clients, one per database (runs after `npm install`): lib/generated/prisma
// from prisma/schema.prisma (SQLite) and lib/generated/prisma-pg from prisma/postgres/schema.prisma. Works offline: `prisma generate` only
// uses its bundled WASM, but checks that a schema-engine binary exists and would try to download
// one; pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable satisfies that check.
//
// A client already generated from the same schema by the same Prisma is left as it is: `npx pdf-batch`
// in the project runs this again (npm installs the folder it names), and rewriting the clients would
// change lib/'s file dates, which makes the next start rebuild the production bundle.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const prismaVersion = require('prisma/package.json').version;
const stampFile = path.join('node_modules', '.cache', 'pdf-batch', 'prisma-generate.json');
const readStamps = () => {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return {};
  }
};
const stamps = readStamps();
const OUTPUTS = { 'prisma/schema.prisma': 'lib/generated/prisma', 'prisma/postgres/schema.prisma': 'lib/generated/prisma-pg' };
for (const [schema, output] of Object.entries(OUTPUTS)) {
  const stamp = createHash('sha256').update(prismaVersion).update('\0').update(readFileSync(schema)).digest('hex');
  if (stamps[schema] === stamp && existsSync(output)) continue;
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  stamps[schema] = stamp;
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, JSON.stringify(stamps));
}

// Generates the Prisma clients, one per database (runs after `npm install`): lib/generated/prisma
// from prisma/schema.prisma (SQLite) and lib/generated/prisma-pg from prisma/postgres/schema.prisma. Works offline: `prisma generate` only
// uses its bundled WASM, but checks that a schema-engine binary exists and would try to download
// one; pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable satisfies that check.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
for (const schema of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
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
}

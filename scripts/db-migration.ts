// Writes a new migration from the difference between prisma/schema.prisma and the committed
// migrations:  npm run db:migration -- <name>      (--check: exit 1 if a migration is missing)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { diffSchemaAgainstMigrations, migrationsDir } from '../lib/db/migrate';

const args = process.argv.slice(2);
const check = args.includes('--check');
const name = args.find((a) => !a.startsWith('--'));

const scratch = await mkdtemp(path.join(os.tmpdir(), 'pdf-batch-migration-'));
try {
  const sql = await diffSchemaAgainstMigrations(`file:${path.join(scratch, 'scratch.db')}`);
  if (!sql.trim()) {
    console.log('The migrations match prisma/schema.prisma.');
  } else if (check) {
    console.error('prisma/schema.prisma has changes without a migration. Run: npm run db:migration -- <name>');
    console.error(sql);
    process.exitCode = 1;
  } else {
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('Give the migration a snake_case name.');
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}

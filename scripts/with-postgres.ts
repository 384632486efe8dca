// Runs a command with a throwaway Postgres server: TEST_POSTGRES_URL points at it while the
// command runs, and the server is removed afterwards (npm run test:integration:pg).
//   tsx scripts/with-postgres.ts <command> [args...]
import { spawn } from 'node:child_process';
import { startTempPostgres } from './support/temp-postgres';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: tsx scripts/with-postgres.ts <command> [args...]');
  process.exit(2);
}
const postgres = await startTempPostgres();
console.log(`Postgres for the tests at ${postgres.url()}`);
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, TEST_POSTGRES_URL: postgres.url() } });
const forward = (signal: NodeJS.Signals) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const code = await new Promise<number>((resolve) => child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await postgres.stop();
process.exit(code);

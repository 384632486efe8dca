// The memory settings a server process runs with (server/start.mjs applies them). Measured on the
// 1,000-document load bench (README, "Under load"): V8 lets a busy server's heap grow to about
// three times what is alive before it collects (the Prisma client leaves ~1.7 MB of garbage per
// job); a small young generation and a 20 % growing factor keep it near what is alive. glibc gives
// every thread that allocates its own malloc arena and keeps what it freed; two arenas for the
// whole process hold about 45 MB less. Both must be in place when the process starts.
// Plain JavaScript: start.mjs runs before any TypeScript can be loaded.

export const NODE_FLAGS = Object.freeze(['--max-semi-space-size=2', '--heap-growing-percent=20']);
export const ENV = Object.freeze({ MALLOC_ARENA_MAX: '2' });

const flagName = (flag) => flag.split('=')[0].replaceAll('_', '-');

/** The names of the Node flags a process gets: on its command line and in NODE_OPTIONS. */
const givenFlags = (execArgv, env) => new Set([...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].filter(Boolean).map(flagName));

/** Whether a process started with `execArgv` and `env` has every setting (or its own value for it). */
export function hasMemorySettings(execArgv, env) {
  const given = givenFlags(execArgv, env);
  return NODE_FLAGS.every((flag) => given.has(flagName(flag))) && Object.keys(ENV).every((name) => env[name] !== undefined);
}

/**
 * The Node arguments and environment that run `script args…` with the settings; flags (on the
 * command line or in NODE_OPTIONS) and variables the caller gave win over ours.
 */
export function withMemorySettings(execArgv, env, script, args) {
  const given = givenFlags(execArgv, env);
  const ours = NODE_FLAGS.filter((flag) => !given.has(flagName(flag)));
  return { argv: [...ours, ...execArgv, script, ...args], env: { ...ENV, ...env } };
}

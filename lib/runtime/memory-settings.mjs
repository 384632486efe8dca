// The memory settings a server process runs with (server/start.mjs applies them), chosen by
// MEMORY_PROFILE. Measured on the 1,000-document load bench (README, "Memory"): V8 lets a busy
// server's heap grow to about three times what is alive before it collects (the Prisma client
// leaves ~1.7 MB of garbage per job); a small young generation and a 20 % growing factor keep it
// near what is alive, for about a third more CPU per page (`small`, the default). glibc gives every
// thread that allocates its own malloc arena and keeps what it freed; two arenas for the whole
// process hold about 45 MB less for no measurable CPU (both profiles). glibc also raises its mmap
// and trim thresholds as large blocks are freed (up to 32 and 64 MB), after which what is freed
// stays with the process; fixed at 128 KB (their starting values, through GLIBC_TUNABLES), large
// buffers go back to the system when freed (`small`: about 10 MB off the peak, no measurable CPU).
// All of it must be in place when the process starts. Plain JavaScript: start.mjs runs before any
// TypeScript can be loaded.

const FIXED_MALLOC_THRESHOLDS = 'glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072';

export const PROFILES = Object.freeze({
  small: Object.freeze({ flags: Object.freeze(['--max-semi-space-size=2', '--heap-growing-percent=20']), env: Object.freeze({ MALLOC_ARENA_MAX: '2', GLIBC_TUNABLES: FIXED_MALLOC_THRESHOLDS }) }),
  fast: Object.freeze({ flags: Object.freeze([]), env: Object.freeze({ MALLOC_ARENA_MAX: '2' }) }),
});

/** The profile MEMORY_PROFILE names (default `small`); throws a sentence for any other value. */
export function memoryProfile(env) {
  const name = env.MEMORY_PROFILE || 'small';
  const profile = PROFILES[name];
  if (!Object.hasOwn(PROFILES, name)) throw new Error(`MEMORY_PROFILE must be one of ${Object.keys(PROFILES).join(', ')}, not "${name}".`);
  return profile;
}

const flagName = (flag) => flag.split('=')[0].replaceAll('_', '-');

/** The names of the Node flags a process gets: on its command line and in NODE_OPTIONS. */
const givenFlags = (execArgv, env) => new Set([...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].filter(Boolean).map(flagName));

/** Whether a process started with `execArgv` and `env` has every setting of its profile (or its own value for it). */
export function hasMemorySettings(execArgv, env) {
  const { flags, env: vars } = memoryProfile(env);
  const given = givenFlags(execArgv, env);
  return flags.every((flag) => given.has(flagName(flag))) && Object.keys(vars).every((name) => env[name] !== undefined);
}

/**
 * The Node arguments and environment that run `script args…` with the settings of the profile;
 * flags (on the command line or in NODE_OPTIONS) and variables the caller gave win over ours.
 */
export function withMemorySettings(execArgv, env, script, args) {
  const { flags, env: vars } = memoryProfile(env);
  const given = givenFlags(execArgv, env);
  const ours = flags.filter((flag) => !given.has(flagName(flag)));
  return { argv: [...ours, ...execArgv, script, ...args], env: { ...vars, ...env } };
}

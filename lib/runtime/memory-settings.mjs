// The memory settings a server process runs with (server/start.mjs applies them), chosen by
// MEMORY_PROFILE. Measured on the 1,000-document load bench (docs/benchmarks.md): V8 lets a busy
// server's main heap grow to about three times what is alive before it collects; `small` (the
// default) holds it near what is alive with 2 MB semi-spaces and a 1 GB heap limit (under 2 GB, V8
// lets a heap grow to at most 1.3-2 times what is alive: 1.6 at 1 GB). glibc gives every thread
// that allocates its own malloc arena and keeps what it freed; two arenas for the whole process
// hold about 45 MB less for no measurable CPU (both profiles). glibc also raises its mmap and trim
// thresholds as large blocks are freed (up to 32 and 64 MB), after which what is freed stays with
// the process; fixed at 128 KB (their starting values, through GLIBC_TUNABLES), large buffers go
// back to the system when freed (`small`: about 10 MB off the peak, no measurable CPU). All of it
// must be in place when the process starts. Plain JavaScript: start.mjs runs before any TypeScript
// can be loaded.
//
// A profile's heap flags are for the main thread's heap, where the server's own garbage is. V8
// reads them again for every isolate it makes and they win over a thread's own limits, so once the
// main heap is set up start.mjs puts them back (threadFlagResets): the PDF threads run with the
// limits thread-pool.ts gives them (with the main thread's 2 MB semi-spaces they collected garbage
// several times as often, for more CPU per page: docs/benchmarks.md). The main heap is held by a
// limit and not by --heap-growing-percent, which V8 reads for every isolate at every collection.
//
// Both profiles mark the heaps for garbage on the thread whose heap it is, in steps between its
// work (--no-concurrent-marking, for every isolate; it cannot be changed once the process runs).
// V8's default marks with helper threads beside the one that allocates; the PDF threads already
// keep the cores busy, so the helpers only competed with them: over the bench corpus
// (full_extraction, 2 threads, 2 cores) 13.7-13.8 against 16.6-19.5 ms of CPU per page
// (docs/benchmarks.md). --single-threaded-gc (scavenges and sweeping on the thread too) saved no
// more and let the server's RSS grow up to 35 MB over a 200 MB upload. A person's
// --concurrent-marking wins.

const FIXED_MALLOC_THRESHOLDS = 'glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072';

/** V8 flags of both profiles, for every isolate of the process. */
export const ENGINE_FLAGS = Object.freeze(['--no-concurrent-marking']);

/**
 * V8 flags that start.mjs sets (v8.setFlagsFromString) once the main thread runs, and the bench
 * before its tuned bare pdf.js threads, whatever the memory profile: for the PDF threads, and all
 * but the first for the main thread too from then on (V8 reads them as it runs).
 * - `--no-concurrent-recompilation`: each thread's isolate compiles its optimised code on the
 *   thread itself, not on V8's helper threads. V8 reads it when it makes an isolate, so the main
 *   thread keeps its helper and the event loop never waits for a compile. With two busy PDF threads
 *   on two cores the helpers only competed with them, and less well: over the bench corpus the
 *   helpers' CPU fell from 2.3-2.7 to 0.7 ms a page and the threads' own rose by 0.8-0.9; over 50
 *   datasheets the peak fell by 30-55 MB, as a thread holds one compile's memory at a time
 *   instead of a queue of them.
 * - `--interrupt-budget` 16 times V8's (67584): a function runs 16 times as long before the
 *   optimising compiler takes it. pdf.js meets objects of ever new shapes in real documents, and
 *   V8 threw its optimised code away and compiled it again thousands of times over 50 datasheets
 *   (half of their CPU went to compiling): 26 against 38 ms of CPU a page there, 25 MB less at the
 *   peak; the bench corpus (small generated files) and the load bench's server unchanged within
 *   their noise.
 * - `--no-regexp-tier-up`: a regexp compiled to machine code at its first use. V8's default
 *   interprets it first and compiles it at the next use, and a PDF thread's heap limit
 *   (WORKER_MEMORY_MB) keeps its heap small, so its many full collections threw the compiled code
 *   away again and again: the date and money scanners ran half their time interpreted.
 * - `--no-parallel-scavenge`: the young generation collected by the thread whose it is, alone, not
 *   with V8's helpers beside it. Read as V8 runs, so for the main thread too. The helpers took
 *   0.6 ms of CPU a page over the bench corpus and the threads gave back less than they saved them:
 *   0.3-0.5 ms a page less in all, which pays for the PDF threads' smaller young generation
 *   (YOUNG_GENERATION_MB in lib/pipeline/thread-pool.ts). Uploads unchanged.
 * Measured as docs/benchmarks.md says. A person's own value of any of them wins.
 */
export const THREAD_ENGINE_FLAGS = Object.freeze(['--no-concurrent-recompilation', '--interrupt-budget=1081344', '--no-regexp-tier-up', '--no-parallel-scavenge']);

export const PROFILES = Object.freeze({
  small: Object.freeze({ heapFlags: Object.freeze(['--max-semi-space-size=2', '--max-old-space-size=1024']), env: Object.freeze({ MALLOC_ARENA_MAX: '2', GLIBC_TUNABLES: FIXED_MALLOC_THRESHOLDS }) }),
  fast: Object.freeze({ heapFlags: Object.freeze([]), env: Object.freeze({ MALLOC_ARENA_MAX: '2' }) }),
});

/** Every V8 flag a profile gives a process: its heap flags and the engine's. */
export const profileFlags = (profile) => [...profile.heapFlags, ...ENGINE_FLAGS];

/** The profile MEMORY_PROFILE names (default `small`); throws a sentence for any other value. */
export function memoryProfile(env) {
  const name = env.MEMORY_PROFILE || 'small';
  const profile = PROFILES[name];
  if (!Object.hasOwn(PROFILES, name)) throw new Error(`MEMORY_PROFILE must be one of ${Object.keys(PROFILES).join(', ')}, not "${name}".`);
  return profile;
}

/** A flag's name: dashes for underscores, and `--no-x` named as `--x` (a person's `--x` or `--no-x` wins over ours). */
const flagName = (flag) => flag.split('=')[0].replaceAll('_', '-').replace(/^--no-/, '--');

/**
 * The Node flags a process gets, by name (dashes for underscores): on its command line and in
 * NODE_OPTIONS, the command line's value where both give one.
 */
const givenFlags = (execArgv, env) =>
  new Map([...(env.NODE_OPTIONS ?? '').split(/\s+/), ...execArgv].filter(Boolean).map((flag) => [flagName(flag), flag.replaceAll('_', '-')]));

/** Those of `flags` the process was given no value of, neither the flag nor its opposite (`--no-x` for `--x`), on its command line or in NODE_OPTIONS: ours to set. */
export const flagsNotGiven = (flags, execArgv, env) => {
  const given = givenFlags(execArgv, env);
  return flags.filter((flag) => !given.has(flagName(flag)));
};

/** Whether a process started with `execArgv` and `env` has every setting of its profile (or its own value for it). */
export function hasMemorySettings(execArgv, env) {
  const profile = memoryProfile(env);
  return flagsNotGiven(profileFlags(profile), execArgv, env).length === 0 && Object.keys(profile.env).every((name) => env[name] !== undefined);
}

/**
 * The Node arguments and environment that run `script args…` with the settings of the profile;
 * flags (on the command line or in NODE_OPTIONS) and variables the caller gave win over ours.
 */
export function withMemorySettings(execArgv, env, script, args) {
  const profile = memoryProfile(env);
  const ours = flagsNotGiven(profileFlags(profile), execArgv, env);
  return { argv: [...ours, ...execArgv, script, ...args], env: { ...profile.env, ...env } };
}

/** A word as a POSIX shell reads it back unchanged: in single quotes, each of its own quotes as '\''. */
const shellWord = (word) => `'${word.replaceAll("'", "'\\''")}'`;

/**
 * The POSIX shell text that turns the shell running it into `execPath <flags> script "$@"` with the
 * settings of the profile (server/start.sh evaluates it, so that the server is the process npm
 * started and no launcher waits beside it): the variables the caller has not set exported, then
 * `exec`. Flags in NODE_OPTIONS and variables the caller gave win over ours, as in withMemorySettings.
 */
export function posixStartCommand(execPath, env, script) {
  const { argv, env: withSettings } = withMemorySettings([], env, script, []);
  const exports = Object.entries(withSettings).filter(([name]) => env[name] === undefined).map(([name, value]) => `export ${name}=${shellWord(value)}`);
  return [...exports, `exec ${[execPath, ...argv].map(shellWord).join(' ')} "$@"`].join('\n') + '\n';
}

/**
 * The flags that put back V8's defaults, for the isolates made from now on, of the profile's heap
 * flags this process has with the profile's values: start.mjs gives them to v8.setFlagsFromString once
 * the main thread's heap is set up, so the threads run with their own limits. A flag the person
 * gave with another value is theirs, for every isolate, and stays.
 */
export function threadFlagResets(execArgv, env) {
  const given = givenFlags(execArgv, env);
  return memoryProfile(env)
    .heapFlags.filter((flag) => given.get(flagName(flag)) === flag)
    .map((flag) => `${flagName(flag)}=0`);
}

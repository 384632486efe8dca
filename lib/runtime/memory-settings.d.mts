// Types of memory-settings.mjs (plain JavaScript, shared with server/start.mjs).
type Env = Readonly<Record<string, string | undefined>>;
export type MemoryProfile = { readonly heapFlags: readonly string[]; readonly env: Readonly<Record<string, string>> };
export declare const ENGINE_FLAGS: readonly string[];
export declare const THREAD_ENGINE_FLAGS: readonly string[];
export declare function flagsNotGiven(flags: readonly string[], execArgv: readonly string[], env: Env): string[];
export declare const PROFILES: Readonly<{ small: MemoryProfile; fast: MemoryProfile }>;
export declare function profileFlags(profile: MemoryProfile): string[];
export declare function memoryProfile(env: Env): MemoryProfile;
export declare function hasMemorySettings(execArgv: readonly string[], env: Env): boolean;
export declare function withMemorySettings(
  execArgv: readonly string[],
  env: Env,
  script: string,
  args: readonly string[],
): { argv: string[]; env: Record<string, string | undefined> };
export declare function posixStartCommand(execPath: string, env: Env, script: string): string;
export declare function threadFlagResets(execArgv: readonly string[], env: Env): string[];

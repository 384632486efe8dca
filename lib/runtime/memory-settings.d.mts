// Types of memory-settings.mjs (plain JavaScript, shared with server/start.mjs).
export declare const NODE_FLAGS: readonly string[];
export declare const ENV: Readonly<Record<string, string>>;
export declare function hasMemorySettings(execArgv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean;
export declare function withMemorySettings(
  execArgv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  script: string,
  args: readonly string[],
): { argv: string[]; env: Record<string, string | undefined> };

// Types of cached-module.mjs (plain JavaScript, shared with server/start.mjs).
export declare const BUNDLE_OPTIONS: Readonly<{
  bundle: true;
  platform: 'node';
  format: 'esm';
  target: 'node20';
  packages: 'external';
  write: false;
  logLevel: 'silent';
}>;

/** The modules of Prisma's query compilers in base64, as the generated clients import them. */
export declare const QUERY_COMPILER_MODULE: RegExp;

/** `source` with every character above Latin-1 written as its \u escape, so that V8 keeps it in one byte a character. */
export declare function latin1Source(source: string): string;

export declare function writeCachedModule(projectRoot: string, prefix: string, source: string): URL;

/** Bundles the TypeScript `entry` (an absolute path) with its project imports; the URL of the cached module. */
export declare function bundleEntry(projectRoot: string, entry: string, prefix: string): Promise<URL>;

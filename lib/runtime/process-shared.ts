// One instance per process of things both the custom server and Next's route handlers use.
// Next bundles the route handlers, so they load their own copies of our modules; state that must
// be shared (the database client, the event sinks, the worker wake-up) is kept on globalThis.
const store = globalThis as unknown as Record<symbol, unknown>;

export function processShared<T>(key: string, create: () => T): T {
  const symbol = Symbol.for(`pdf-batch:${key}`);
  if (!(symbol in store)) store[symbol] = create();
  return store[symbol] as T;
}

export function forgetProcessShared(key: string): void {
  delete store[Symbol.for(`pdf-batch:${key}`)];
}

export function peekProcessShared<T>(key: string): T | undefined {
  return store[Symbol.for(`pdf-batch:${key}`)] as T | undefined;
}

export function restoreEngineBuiltins(): string[];

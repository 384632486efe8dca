// Worker threads start here: register tsx so the TypeScript thread entry can load, then load it.
import { register } from 'tsx/esm/api';

register();
await import('./thread-entry.ts');

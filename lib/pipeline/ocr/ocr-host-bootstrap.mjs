// The OCR thread starts here when its code cannot be bundled (thread-bundle.ts): register tsx so
// that the TypeScript entry can load, then load it.
import { register } from 'tsx/esm/api';

register();
await import('./ocr-host-entry.ts');

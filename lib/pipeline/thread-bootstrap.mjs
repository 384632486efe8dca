// Worker threads start here when their code cannot be bundled (thread-bundle.ts): load pdf.js
// natively (preload-pdfjs.mjs), register tsx so the TypeScript thread entry can load, then load it.
import './preload-pdfjs.mjs';
import { register } from 'tsx/esm/api';

register();
await import('./thread-entry.ts');

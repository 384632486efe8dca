// Where the project's own files are, independent of the current directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). Server-side only. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const prismaDir = path.join(projectRoot, 'prisma');

// A template name already taken is a 409 with the name in words, whichever request found it first:
// the check before writing, or the unique index when two requests race.
import { AppError } from '../errors';

export const nameTaken = (name: string) => new AppError('conflict', `A template named "${name}" already exists. Choose another name, or change that template.`);

/** Whether `err` is the database refusing a duplicate of a unique column (Prisma's P2002). */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === 'P2002';
}

// The measurements that hold for one part of a datasheet covering several: rows without a variant
// hold for all; a row whose variant names parts ("2N2222A", "BC546/547/548", "BC556B; BC557B") holds
// for those only (a gain group like "BC557B" is another part number, not BC557). Repeated rows (a
// quick-reference table repeating the characteristics) are kept once.
import { expandPartNumber } from './detect-parts';
import type { Measurement } from './quantities';

function variantParts(variant: string): string[] {
  return variant.split(/[;,\s]+|\band\b/).filter(Boolean).flatMap(expandPartNumber).map((p) => p.toUpperCase());
}

/** Whether a row printed for `variant` (null: for every part) holds for `part`. */
export function holdsFor(variant: string | null, part: string): boolean {
  return !variant || variantParts(variant).includes(part.toUpperCase());
}

export function rowsForPart(ms: Measurement[], part: string): Measurement[] {
  const chosen = ms.filter((m) => holdsFor(m.variant, part));
  const seen = new Set<string>();
  return chosen.filter((m) => {
    const key = JSON.stringify([m.quantity, m.conditions, m.min, m.typ, m.max]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// How much of a page's known text OCR read back: the share of the reference's words (as a
// multiset) found among the words read. Words are runs of letters or numbers, case aside, so that
// spacing OCR cannot see ("VGS = 0 V" read as "VGS=0V") is no error while a wrong letter is.
// Used by the OCR tests, scripts/measure-ocr.ts and the bench.

export const words = (text: string): string[] => text.toLowerCase().normalize('NFKC').match(/\p{L}+|\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];

/** 0..1; 1 when the reference has no words. */
export function wordRecall(reference: string, read: string): number {
  const want = words(reference);
  if (!want.length) return 1;
  const have = new Map<string, number>();
  for (const w of words(read)) have.set(w, (have.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      found++;
      have.set(w, n - 1);
    }
  }
  return found / want.length;
}

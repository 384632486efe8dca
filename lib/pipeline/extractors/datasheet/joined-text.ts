// Conditions are joined from the lines and cells the page breaks them into, with ", " between
// parts; a line that already ends with its comma would give "1 V,, TA = 25°C". One place tidies
// what the joins leave: doubled separators, and a separator at either end.

export function tidyJoined(text: string | null): string | null {
  if (text === null) return null;
  const tidy = text
    .replace(/\s*,(?:\s*,)+\s*/g, ', ')
    .replace(/^[\s,;]+|[\s,;]+$/g, '');
  return tidy || null;
}

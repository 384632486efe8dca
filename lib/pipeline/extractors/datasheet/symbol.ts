// A symbol as the page prints it, less the space a text layer leaves where a subscript was set
// apart: "I GT" → "IGT", "R th( j-c)" → "Rth(j-c)", "T stg" → "Tstg". Only a lone quantity letter
// followed by a short subscript is joined; a symbol with words in it is left as it is.
const SPLIT_SUBSCRIPT = /^([A-Za-zΔθηβτΘ])\s+([A-Za-z0-9][A-Za-z0-9()+,/:-]{0,10})$/;

export function tidySymbol(symbol: string | null): string | null {
  if (symbol === null) return null;
  const s = symbol.replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
  const m = SPLIT_SUBSCRIPT.exec(s);
  return m ? m[1] + m[2] : s;
}

/**
 * A symbol set with the condition it holds under in its own cell ("ID @ TC = 25°C", "PD @TC = 25°C",
 * International Rectifier's ratings): the symbol, and the condition apart.
 */
export function symbolAndCondition(text: string | null): { symbol: string | null; condition: string | null } {
  const m = text ? /^([^\s@]{1,12})\s*@\s*(\S.{0,40})$/.exec(text.trim()) : null;
  return m ? { symbol: m[1], condition: m[2].trim() } : { symbol: text, condition: null };
}

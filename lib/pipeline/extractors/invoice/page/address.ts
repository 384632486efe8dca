// What an address block is made of, so that a party's name can be told from its street, town,
// country and contact lines: postcodes of the common countries, street words in six languages,
// country names, phone / e-mail / web lines.

const POSTCODE = new RegExp(
  [
    String.raw`\b(?:[A-Z]{1,2}[- ])?\d{4,5}\s+\p{Lu}`, // DE 80333 München, F-75001 Paris, 1010 Wien
    String.raw`\b\p{Lu}[\p{L} .'-]{1,40},?\s+(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?\b`, // Dayton, OH 45414
    String.raw`\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b`, // BS1 4RN
    String.raw`\b\d{4}\s?[A-Z]{2}\b`, // 1012 AB Amsterdam
    String.raw`(?:^|[\s,-])\d{3}\s?\d{3}(?:$|[\s,])`, // 560 001 / 560001 (India)
  ].join('|'),
  'u',
);
// German and Dutch street names are compounds ("Lieferantenstraße", "Nieuwstraat"); the other words stand alone.
const STREET =
  /(?:stra(?:ß|ss)e|str\.|gasse|allee|damm|chaussee|straat|laan|plein|gracht|kade|dijk|singel|steenweg)(?!\p{L})|(?<!\p{L})(?:weg|platz|ring|ufer|road|rd\.?|street|avenue|ave\.?|lane|ln\.|drive|boulevard|blvd\.?|way|court|ct\.|square|sq\.|parkway|pkwy|highway|hwy|suite|floor|rue|chemin|all[ée]e|impasse|quai|cours|place|route|straat|laan|plein|gracht|kade|dijk|singel|calle|avenida|plaza|via|viale|piazza|corso|postfach|p\.?o\.? box|bp\s?\d|cs\s?\d)(?!\p{L})/iu;
const NUMBERED = /^\d+[a-z]?\s+\p{L}|\p{L}\s+\d+[a-z]?(?:\s*[-/]\s*\d+[a-z]?)?$/iu;
const COUNTRY =
  /^(?:deutschland|germany|allemagne|france|frankreich|nederland|netherlands|the netherlands|holland|belgi(?:um|[eë]|que)|[oö]sterreich|austria|schweiz|suisse|svizzera|switzerland|united kingdom|uk|great britain|england|ireland|[eé]ire|india|spain|espa[nñ]a|italia|italy|usa|united states(?: of america)?|u\.s\.a\.|luxembourg|luxemburg|danmark|denmark|sweden|sverige|norway|norge|poland|polska|portugal|canada|australia)$/iu;
const CONTACT = /(?:(?<!\p{L})(?:tel|tél|phone|fon|fax|mobile|mob|e-?mail|mail|web|www|http|internet|hotline)(?!\p{L})|@|\+\d{2}\s?\(?\d)/iu;

export const isPostcodeLine = (t: string) => POSTCODE.test(t);
export const isStreetLine = (t: string) => STREET.test(t) || (NUMBERED.test(t.trim()) && t.length < 50 && /\d/.test(t));
export const isCountryLine = (t: string) => COUNTRY.test(t.trim().replace(/[.,]$/, ''));
export const isContactLine = (t: string) => CONTACT.test(t);
export const isAddressLine = (t: string) => isPostcodeLine(t) || isStreetLine(t) || isCountryLine(t) || isContactLine(t);

export const LEGAL_FORM =
  /\b(?:GmbH(?:\s?&\s?Co\.?\s?KG)?|mbH|AG|KGaA|KG|OHG|GbR|PartG(?:mbB)?|SE|eG|e\.\s?G\.|a\.\s?G\.|VVaG|UG(?: \(haftungsbeschränkt\))?|e\.\s?K\.|e\.V\.|SARL|S\.A\.R\.L\.|SAS|SASU|EURL|SA|S\.A\.|SNC|SCI|B\.?V\.?|N\.?V\.?|V\.O\.F\.|VOF|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Inc\.?|Incorporated|PLC|plc|Corp\.?|Corporation|Co\.|Company|Pvt\.? Ltd\.?|Private Limited|S\.?L\.?U?|S\.?r\.?l\.?|S\.?p\.?A\.?|Oy|AB|A\/S|ApS|AS|Sp\. z o\.o\.)(?=$|[\s,.)–-])/u;

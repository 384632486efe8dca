// The words invoices put before their values, in English, German, French, Dutch, Spanish and
// Italian, by what they announce. A cell is read from its start: the longest label that matches
// wins ("Total HT" over "Total", "Kundennummer" over "Nummer"), and what follows the label in the
// same cell is its inline value ("Invoice No.: 4711"). Labels for values we do not want (customer
// numbers, order dates) are listed too, so that they are recognised and passed over.

export type LabelKind =
  | 'number'
  | 'issue_date'
  | 'due_date'
  | 'other_date'
  | 'other_number'
  | 'gross'
  | 'total'
  | 'due_amount'
  | 'paid'
  | 'net'
  | 'tax'
  | 'seller'
  | 'buyer'
  | 'ship_to'
  | 'other_party'
  | 'currency'
  | 'vat_id'
  | 'tax_id'
  | 'terms';

/** Strength 2: names the field itself ("Invoice date"); 1: a generic word that often does ("Date"). */
type Entry = { kind: LabelKind; strength: 1 | 2; re: RegExp };

const NO = String.raw`(?:no\.?|nr\.?|n[o°º]\.?|#|number|num\.?|nummer|numero|nummer|id)`;
const INVOICE = String.raw`(?:(?:tax |commercial |vat |final |sales )?invoice|inv\.?|rg\.?|re\.?|bill|billing document|receipt|rechnung|facture|factuur|factura|fattura|nota|gutschrift|avoir|credit ?note|credit ?memo|creditnota|creditfactuur|note de credit|nota de credito|nota di credito|rechnungskorrektur|stornorechnung|korrekturrechnung)`;

const SOURCES: [LabelKind, 1 | 2, string][] = [
  // ---------- invoice number ----------
  ['number', 2, String.raw`${INVOICE}[ -]?${NO}`],
  ['number', 2, String.raw`(?:[a-z]+)?rechnungs?[ -]?(?:nummer|nr\.?|no\.?)`],
  ['number', 2, String.raw`(?:gutschrifts?|beleg|dokument|document|doc\.?)[ -]?(?:nummer|nr\.?|no\.?|number|#)`],
  ['number', 2, String.raw`(?:numero|n[o°º]\.?|nr\.?|no\.?) (?:de (?:la )?|du |d'|di |van (?:de )?)?(?:${INVOICE})`],
  ['number', 2, String.raw`factuur ?(?:nummer|nr\.?|no\.?)|factuurnr\.?`],
  ['number', 2, String.raw`(?:numero|n\.|nr\.?) (?:del )?documento|document (?:number|no\.?)|bill (?:number|no\.?)|receipt (?:number|no\.?)|statement (?:number|no\.?)|(?:vorschreibung|bescheid|beleg|fee note|note d'honoraires|fatura|faktura)(?: vat)? ?(?:nr\.?|no\.?|n[°º]\.?|number|nummer)`],
  ['number', 2, String.raw`invoice ?(?:ref(?:erence)?|reference number)`],
  ['number', 1, String.raw`(?:number|nummer|numero|no\.?|nr\.?|n[°º]\.?)`],
  ['number', 1, String.raw`(?:reference|ref\.?|referenz|referentie)`],
  // ---------- numbers that are not the invoice's ----------
  [
    'other_number',
    2,
    String.raw`(?:customer|client|account|acct\.?|order|purchase order|po|p\.o\.|delivery|shipment|contract|project|tracking|vat|tax|kunden|kd\.?|konto|bestell|auftrags|liefer(?:schein)?|vertrags|projekt|steuer|ust|commande|contrat|bon de commande|bon de livraison|klant|order|bestel|leverings|contract|pedido|cliente|ordine|cliente|mandate|mandats|sepa mandate|gläubiger|creditor|ean|gln|gtin|hsn|sac|iban|bic|swift|registration|reg\.?|company|handelsregister|hrb|siret|siren|kvk|rcs|art\.?|artikel|item|sku|serial|phone|tel\.?|telefon|fax|page|seite)[ -]?(?:${NO}|nummer|number|id|ref(?:erence)?|code)`,
  ],
  ['other_number', 2, String.raw`(?:kundennummer|kundennr\.?|kunden-nr\.?|auftragsnummer|bestellnummer|lieferscheinnummer|n[°º] (?:de )?(?:client|commande)|numero (?:de )?(?:client|commande)|klantnummer|klantnr\.?|ordernummer|bestelnummer|your reference|our reference|ihre referenz|unsere referenz|ihr zeichen|unser zeichen|votre reference|notre reference|uw referentie|onze referentie|customer id|account id|order id|purchase order|bestellung|commande|order|ordine|pedido)`],
  // ---------- dates ----------
  ['issue_date', 2, String.raw`(?:${INVOICE}|billing|issue|document|beleg)[ -]?(?:date|datum|dato)|data (?:del )?documento|fecha (?:del )?documento|bill date`],
  ['issue_date', 2, String.raw`(?:date|datum|fecha|data) (?:of |de (?:la )?|du |der |van (?:de )?|di |della )?(?:${INVOICE}|issue|emission|facturation|facturacion|emisi[oó]n|emissione|ausstellung)`],
  ['issue_date', 2, String.raw`(?:rechnungsdatum|ausstellungsdatum|belegdatum|factuurdatum|date d'emission|date de facturation|fecha de expedicion|issued on|issued|date issued|invoice issued)`],
  ['issue_date', 1, String.raw`(?:date|datum|fecha|data|dated)`],
  ['due_date', 2, String.raw`(?:due date|date due|payment due(?: date| by| on)?|due(?: by| on)?|payable (?:by|on|before)|pay by|payment date|pay before|to be paid by)`],
  ['due_date', 2, String.raw`(?:f[aä]llig(?:keit|keitsdatum|keitstag)?(?: am| bis| zum)?|zahlbar (?:bis|am|sofort bis)(?: zum)?|zahlungsziel|zahlungsdatum|date d'[eé]ch[eé]ance|[eé]ch[eé]ance(?: le)?|a payer avant(?: le)?|date limite de (?:paiement|reglement)|payable (?:le|avant le)|vervaldatum|vervaldag|uiterste betaaldatum|te betalen voor|betalen voor|betaaldatum|fecha de vencimiento|vencimiento|scadenza|data (?:di )?scadenza)`],
  [
    'other_date',
    2,
    String.raw`(?:order|delivery|ship(?:ping|ment)?|service|performance|supply|dispatch|purchase|contract|booking|period|billing period|service period|start|end|from|to|print|printed|liefer|leistungs|bestell|auftrags|versand|buchungs|druck|geburts|zeitraum|abrechnungs|commande|livraison|expedition|prestation|periode|levering|lever|bestel|order|prestazione|consegna|pedido|entrega)[ -]?(?:date|datum|zeitraum|periode|period|du|dato|fecha|data)`,
  ],
  ['other_date', 2, String.raw`(?:date of (?:supply|delivery|order|service|shipment|dispatch|purchase|sale)|tax point|(?:order|delivery) placed|date de (?:livraison|commande|prestation)|fecha de (?:entrega|pedido|operacion)|data (?:di )?(?:consegna|ordine)|leistungsdatum|lieferdatum|leistungszeitraum|abrechnungszeitraum|liefertermin|bestelldatum|auftragsdatum|date de livraison|date de commande|date de prestation|periode de facturation|leverdatum|besteldatum|leveringsdatum|periode|period|billing period|service period|statement period|abrechnungsperiode|zeitraum)`],
  // ---------- amounts ----------
  ['gross', 2, String.raw`(?:grand total|invoice total|total invoice(?: amount| value)?|total amount(?: \(?(?:incl\.?|including|inc\.?) (?:vat|tax|gst)\)?)?|total (?:\(?(?:incl\.?|including|inc\.?|with) (?:vat|tax|gst|taxes)\)?)|total (?:invoice )?value|total after tax|total amount after tax|total (?:to be )?invoiced|total gross|gross total|gross amount)`],
  ['gross', 2, String.raw`(?:(?:festgesetzter|festgesetzte|zu zahlender|offener) )?(?:gesamtbetrag|gesamtsumme|gesamtpr[aä]mie|jahrespr[aä]mie|gesamt ?brutto|rechnungsbetrag|rechnungssumme(?: brutto| \(?inkl\.?[^)]*\)?)?|bruttobetrag|bruttosumme|summe brutto|brutto ?summe|endbetrag|gesamtpreis|gesamt(?:betrag)? inkl\.? (?:mwst|ust)\.?|summe inkl\.? (?:mwst|ust)\.?|betrag inkl\.? (?:mwst|ust)\.?|brutto)`],
  ['gross', 2, String.raw`(?:total ttc|montant ttc|total t\.t\.c\.?|montant total(?: ttc)?|total toutes taxes comprises|total general|prix total ttc)`],
  ['gross', 2, String.raw`(?:totaal(?:bedrag)?(?: incl\.? ?(?:btw)?)?|totaal inclusief btw|factuurbedrag|factuurtotaal|eindtotaal|total factura|importe total|total (?:con )?iva incluido|totale (?:fattura|documento|generale)|importo totale)`],
  ['total', 1, String.raw`(?:total|totals|summe|gesamt|totaal|totale|montant|amount|betrag|bedrag|importe|importo|gesamtbeitrag|beitrag)`],
  // German compounds: "Rechnungssumme ohne USt.", "Summe inkl. MwSt.", "Nettosumme", "Bruttosumme" (only with the value on their row).
  ['net', 1, String.raw`[a-z]*(?:summe|betrag|wert|preis) (?:ohne|exkl\.?|excl\.?|zzgl\.?|vor) (?:ust|mwst|umsatzsteuer|steuern?)\.?|[a-z]*netto(?:summe|betrag|wert|gesamt)?|nettosumme|nettobetrag|positionssumme|summe positionen|summe der positionen`],
  ['gross', 1, String.raw`[a-z]*(?:summe|betrag|wert|preis) (?:inkl\.?|incl\.?|mit|einschl\.?) (?:ust|mwst|umsatzsteuer|steuern?)\.?|[a-z]*brutto(?:summe|betrag|wert|gesamt)?|rechnungsbeitrag|rechnungsendbetrag|gesamtrechnungsbetrag`],
  ['due_amount', 2, String.raw`(?:amount due|balance due|total due|amount payable|total payable|balance(?: to pay)?|amount to (?:be )?pay|amount to be paid|please pay|pay this amount|net payable|total amount due|outstanding(?: amount| balance)?)`],
  ['due_amount', 2, String.raw`(?:zahlbetrag|zu zahlen(?:der betrag)?|offener betrag|offen|f[aä]lliger betrag|restbetrag|noch zu zahlen|zahlungsbetrag|net a payer|solde (?:a payer|du)|reste a payer|montant (?:a payer|du|net a payer)|a payer|te betalen(?: bedrag)?|openstaand(?: bedrag)?|totaal te betalen|importe a pagar|total a pagar|da pagare|netto a pagare|totale da pagare)`],
  ['paid', 2, String.raw`(?:amount paid|paid|payments?(?: received)?|prepaid(?: amount)?|deposit|advance|already paid|bezahlt|gezahlt|anzahlung|erhaltene anzahlung(?:en)?|vorauszahlung|bereits (?:bezahlt|gezahlt)|acompte|deja paye|reglement|paye|betaald|voorschot|aanbetaling|pagado|anticipo|pagato|acconto)`],
  [
    'net',
    2,
    String.raw`(?:sub-?\s?total|net amount|net total|total net|net value|amount before tax|total before tax|total excl\.? (?:vat|tax|gst)|total (?:\(?(?:excl\.?|excluding|ex\.?|before|without) (?:vat|tax|gst|taxes)\)?)|taxable (?:amount|value)|total taxable value|amount excl\.? (?:vat|tax))`,
  ],
  ['net', 2, String.raw`(?:zwischensumme|nettobetrag|netto ?summe|summe netto|gesamt ?netto|netto(?:betrag)? gesamt|rechnungssumme netto|warenwert|nettowert|netto|gesamtbetrag netto|(?:summe )?nettopr[aä]mie|summe positionen|total ht|montant ht|total h\.t\.?|total hors taxes?|sous-total(?: ht)?|base ht|prix total ht)`],
  ['net', 2, String.raw`(?:subtotaal|totaal excl\.? ?(?:btw)?|totaal exclusief btw|netto ?bedrag|bedrag excl\.? btw|base imponible|subtotal|imponibile|totale imponibile)`],
  ['tax', 2, String.raw`(?:(?:total |plus |add |incl\.? |including )?(?:vat|tax|sales tax|gst|hst|igst|cgst|sgst|utgst|cess|tva|btw|iva|mwst\.?|ust\.?|umsatzsteuer|mehrwertsteuer|versicherungs?steuer|imposta|impuesto)(?: amount| total|[- ]?bedrag|[- ]?betrag)?|tax amount|total tax(?:es)?|total taxes|taxes|steuer|steuerbetrag|zzgl\.? (?:mwst|ust)\.?|zuzugl\.? (?:mwst|ust)\.?|zuzüglich (?:mwst|ust)\.?|montant (?:de la )?tva|total tva|dont tva|cuota iva|totale iva)`],
  // ---------- parties ----------
  ['seller', 2, String.raw`(?:from|seller|supplier|vendor|sold by|issued by|bill from|invoice from|service provider|provider|merchant|verk[aä]ufer|lieferant|rechnungssteller|rechnungsersteller|leistungserbringer|auftragnehmer|absender|anbieter|fournisseur|vendeur|emetteur|prestataire|leverancier|verkoper|afzender|proveedor|emisor|vendedor|fornitore|cedente(?: prestatore)?|venditore)`],
  [
    'buyer',
    2,
    String.raw`(?:bill(?:ed)?[- ]to|invoice(?:d)? to|sold to|customer(?: details)?|client(?: details)?|buyer|purchaser|recipient|billing (?:address|details)|invoice address|addressee|account holder|service for|to(?=\s*[:,]?\s*$)|aan(?=\s*[:,]?\s*$)|nabywca|datos del cliente|direccion de facturacion|facturado a|indirizzo di fatturazione|dati (?:del )?cliente|intestatario|fatturato a|kunde|kundin|k[aä]ufer|rechnungsempf[aä]nger(?:in)?|rechnungsadresse|rechnungsanschrift|empf[aä]nger|leistungsempf[aä]nger|auftraggeber|factur[eé] a(?=\s*(?::|$))|adresse de facturation|destinataire|acheteur|factuuradres|factuur aan|klant|afnemer|facturar a|cliente|destinatario|committente|cessionario(?: committente)?|spett\.?le|käufer/leistungsempfänger)`],
  ['ship_to', 2, String.raw`(?:ship(?:ped)? to|shipping address|delivery address|service address|consignee|direccion de (?:envio|entrega)|indirizzo di (?:spedizione|consegna)|deliver(?:ed)? to|(?:abweichender )?warenempf[aä]nger|lieferadresse|lieferanschrift|liefer(?:ung)? an|adresse de livraison|livre a|afleveradres|leveringsadres|direccion de entrega|indirizzo di consegna)`],
  ['other_party', 2, String.raw`(?:name|contact(?: person)?|ansprechpartner(?:in)?|bearbeiter(?:in)?|sachbearbeiter(?:in)?|ihr ansprechpartner|your contact|contact commercial|interlocuteur|contactpersoon|(?:abweichender )?zahlungsempf[aä]nger|steuerbevollm[aä]chtigter(?: des verk[aä]ufers)?|payee|remit to|pay to|factor|tax representative|representant fiscal|beneficiaire|begunstigde|bank(?:verbindung)?|bank details|coordonnees bancaires)`],
  // ---------- other ----------
  ['currency', 2, String.raw`(?:currency|w[aä]hrung|rechnungsw[aä]hrung|devise|monnaie|valuta|munt|moneda|amounts in|all amounts in|betr[aä]ge in|montants en|bedragen in)`],
  ['vat_id', 2, String.raw`(?:(?:customer|client|buyer|kunden|supplier|seller|vendor|your|our)[ -])?(?:vat(?: reg(?:istration)?\.?)?(?: no\.?| number| id| nr\.?)|vat|ust[-. ]?id(?:ent)?[-. ]?nr\.?|ust[-. ]?id|ust[-. ]?idnr|umsatzsteuer[- ]?id(?:entifikationsnummer)?|mwst[-. ]?nr\.?|n[°º] (?:de )?tva(?: intracom(?:munautaire)?)?|tva intracom(?:munautaire)?|tva|n° tva|btw[- ]?(?:nummer|nr\.?|id|identificatienummer)?|nif|cif|n\.?i\.?f\.?|p\.? ?iva|partita iva|gstin(?: no\.?)?|gst(?: reg)?(?: no\.?| number)|tax id|tin)`],
  ['tax_id', 2, String.raw`(?:steuer[- ]?nr\.?|steuernummer|st\.?-?nr\.?|siret|siren|rcs|kvk(?:[- ]nummer| nr\.?)?|kamer van koophandel|handelsregister|hrb|registered (?:no|number)|company (?:no|number|reg\.? no)|pan|cin|ein|abn)`],
  ['terms', 2, String.raw`(?:payment terms|terms(?: of payment)?|zahlungsbedingungen|zahlungsbedingung|zahlungsziel|conditions de (?:paiement|reglement)|modalites de paiement|betalingsvoorwaarden|betalingstermijn|betalingscondities|condiciones de pago|forma de pago|termini di pagamento|condizioni di pagamento)`],
];

const ENTRIES: Entry[] = SOURCES.map(([kind, strength, source]) => ({ kind, strength, re: new RegExp(`^(?:${source})(?=$|[\\s:.#/(\\-]|\\d)`, 'u') }));

/** Text reduced for label matching: lower case, no accents, "N°" kept, single spaces. */
export function labelText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export type LabelMatch = { kind: LabelKind; strength: 1 | 2; label: string; /** What follows the label in the same cell, separators removed. */ rest: string };

/** Leading words to skip before a label: bullets, "Your", "Ihre", "Votre", "Uw"... */
const LEAD = /^(?:[•·*\-–]\s*|(?:your|our|ihre?|unsere?|votre|notre|uw|onze|su|nuestra|vostra) )/;

/** The longest label at the start of a cell's text, or null. */
export function matchLabel(text: string): LabelMatch | null {
  const t = labelText(text);
  if (!t || t.length > 120) return null;
  const lead = LEAD.exec(t)?.[0].length ?? 0;
  let best: { entry: Entry; length: number } | null = null;
  for (const start of lead ? [0, lead] : [0]) {
    const s = t.slice(start);
    for (const entry of ENTRIES) {
      const m = entry.re.exec(s);
      if (!m) continue;
      const length = start + m[0].length;
      if (!best || length > best.length || (length === best.length && entry.strength > best.entry.strength)) best = { entry, length };
    }
  }
  if (!best) return null;
  // Map the matched length of the reduced text back onto the original (accents removed one for one).
  const consumed = originalPrefixLength(text, best.length);
  const rest = text
    .slice(consumed)
    .replace(/^\s*(?:\([^)]{0,30}\))?\s*[:.#]?\s*(?:[-–:]\s+)?/, '')
    // "Käufer/Leistungsempfänger:": a second name for the same label.
    .replace(/^\/\s*[\p{L}\- ]{2,40}(?:\s*\([\p{L} ]{1,20}\))?:?$/u, '')
    // "Bill to Address:", "Customer Details:": more label words, then the colon.
    .replace(/^[\p{L} ]{1,25}:$/u, '')
    .trim();
  return { kind: best.entry.kind, strength: best.entry.strength, label: text.slice(0, consumed).trim(), rest };
}

/** How many characters of `text` make the first `reduced` characters of labelText(text). */
function originalPrefixLength(text: string, reduced: number): number {
  let count = 0;
  let i = 0;
  const trimmed = text.length - text.trimStart().length;
  i = trimmed;
  let lastSpace = false;
  while (i < text.length && count < reduced) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      if (!lastSpace) count++;
      lastSpace = true;
    } else {
      lastSpace = false;
      count += ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').length;
    }
    i++;
  }
  return i;
}

/** True when the cell is only a label (nothing after it but separators). */
export const isBareLabel = (m: LabelMatch | null) => !!m && m.rest === '';

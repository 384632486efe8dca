// The words and phrases that speak for each category, with how much they count in the title area,
// as a heading, and in the body (body counts are a rate per length, so volume does not win).
// English plus German, French and Spanish for the strongest words. `\b` is ASCII-only in JS, so a
// word that starts or ends with an accented letter uses (?<!\p{L}) / (?!\p{L}) on that side.
import type { Category } from '../types';

export type Rule = {
  category: Category;
  /** Lower case unless caseSensitive; compiled from its source with `u`, its own flags are ignored. */
  re: RegExp;
  /** Weight when a title line (or the metadata title) matches. */
  title?: number;
  /** Weight when a heading-like line starts with a match (patterns for headings are anchored). */
  heading?: number;
  /** Full weight when the body rate reaches `saturate` hits per 400 words. */
  body?: number;
  /** Hits per 400 words that give the full body weight (default 1). */
  saturate?: number;
  /** Share of the body weight a single hit already earns (default 0.3): 1 for unmistakable phrases. */
  presence?: number;
  /** Match the original text rather than the lower-cased one (labels that count in capitals only). */
  caseSensitive?: boolean;
};

const r = (category: Category, re: RegExp, weights: Omit<Rule, 'category' | 're'>): Rule => ({ category, re, ...weights });

export const RULES: Rule[] = [
  // datasheet
  r('datasheet', /\bdata ?sheet\b|\bdatenblatt\b|\bfiche technique\b|\bhoja de datos\b/, { title: 3.5, body: 1 }),
  r('datasheet', /\b(?:mosfet|igbt|transistor|diode|rectifier|schottky|regulator|ldo|op[- ]?amps?|operational amplifier|comparator|microcontroller|mcu|transceiver|optocoupler|thyristor|triac|zener|gate driver|dc[- ]dc converter|buck converter|boost converter|adc|dac|eeprom|sensor)s?\b|\b[np]-channel\b/, { title: 2 }),
  r('datasheet', /^(?:features|key features|product highlights)$/, { heading: 0.7 }),
  r('datasheet', /^(?:applications|typical applications?)$/, { heading: 0.7 }),
  r('datasheet', /\babsolute maximum ratings?\b|\bgrenzwerte\b|\bvaleurs limites absolues\b|\bvalores máximos absolutos\b/, { heading: 2, body: 2.5, presence: 1 }),
  r('datasheet', /\belectrical characteristics\b|\belektrische (?:eigenschaften|kenndaten|kennwerte)\b|\bcaractéristiques électriques\b|\bcaracterísticas eléctricas\b/, { heading: 1.5, body: 2.5, presence: 1 }),
  r('datasheet', /\bunless otherwise (?:noted|specified|stated)\b/, { body: 1.5, presence: 0.8 }),
  r('datasheet', /\b(?:ordering|order) information\b|\bpin (?:configuration|description|functions?|assignments?)\b|\bpinout\b|\bpackage (?:outline|dimensions|information)\b/, { heading: 1, body: 1.5, presence: 0.7 }),
  r('datasheet', /\b(?:typical (?:performance )?characteristics|thermal (?:resistance|characteristics|information)|recommended operating conditions|esd ratings?|switching characteristics)\b/, { heading: 1, body: 1.5, presence: 0.7 }),
  r('datasheet', /\brohs\b|\baec-q\d{3}\b|\bhalogen[- ]free\b|\bjunction temperature\b|\bstorage temperature\b/, { body: 1, presence: 0.6 }),

  // invoice
  // Any German compound ending in "rechnung" (Beitrags-, Miet-, Handels-, Kostenrechnung), not "Berechnung".
  r('invoice', /\b(?:tax |vat |commercial |pro[- ]?forma )?invoice\b|\b[a-zäöüß]*(?<!be)rechnung\b|\bfacture\b|\bfactura\b|\bfattura\b|\bfactuur\b|\bnota fiscal\b|\bfatura\b|\bfaktura\b|\bnote d'honoraires\b|\b(?:gebühren|kosten|beitrags)bescheid\b|\b[a-zäöüß]*vorschreibung\b/u, { title: 3.5, body: 1 }),
  r('invoice', /\bcredit ?note\b|\bcredit memo\b|\bgutschrift\b|\bavoir\b|\bcreditnota\b|\bcreditfactuur\b|\bnota di credito\b|\bnota de crédito\b|\brechnungskorrektur\b/, { title: 3 }),
  r('invoice', /\bfor (?:professional )?services rendered\b|\bfee (?:note|statement)\b|\bhonoraires\b/, { body: 2, presence: 0.9 }),
  r('invoice', /\b(?:bill|invoice|statement of charges) (?:number|no|date|period)\b|\btotal to pay\b|\bthis month'?s charges\b|\bvat reg(?:istration)?\b/, { body: 1.5, presence: 0.8 }),
  r('invoice', /\bfactuur(?:nummer|datum|nr)\b|\bvervaldatum\b|\btotaal (?:incl|excl)\.? btw\b|\bte betalen\b|\bnumero (?:di )?fattura\b|\bdata fattura\b|\bimponibile\b|\bdate de facture\b|\bdate d'échéance\b|\bnet à payer\b|\bmontant ttc\b|\bfällig(?:keit)?\b|\bzahlbar\b|\bbruttosumme\b|\bzahlbetrag\b|\bgstin\b|\bhsn(?:\/sac)?\b|\b[cs]gst\b|\bigst\b/u, { body: 1.5, presence: 0.7 }),
  r('invoice', /\b(?:electricity|gas|water|utility|energy|phone|telephone|mobile|internet|broadband) bill\b|\byour bill\b|\bbill summary\b|\bbilling statement\b/, { title: 3 }),
  r('invoice', /\binvoice (?:no|number|#|date|nr)\b|\brechnungs(?:nummer|nr|datum)\b|\bn[°o] de facture\b|\bnúmero de factura\b|\bfecha de factura\b/, { body: 2, presence: 0.9 }),
  r('invoice', /\b(?:bill(?:ed)? to|ship(?:ped)? to|sold to|rechnungsempfänger|lieferanschrift|facturar a)\b|\bfactur(?:é|er) à(?!\p{L})/u, { body: 1.5, presence: 0.8 }),
  r('invoice', /\bsub-?total\b|\bzwischensumme\b|\bsous-total\b|\bnettobetrag\b|\btotal ht\b|\bbase imponible\b/, { body: 1.5, presence: 0.6 }),
  r('invoice', /\b(?:total|amount|balance) due\b|\bamount payable\b|\bgesamtbetrag\b|\brechnungsbetrag\b|\btotal ttc\b|\bmontant (?:dû|à payer)(?!\p{L})|\btotal a pagar\b|\bimporte total\b/u, { body: 1.5, presence: 0.6 }),
  r('invoice', /\b(?:unit price|qty|quantity|einzelpreis|menge|prix unitaire|precio unitario|cantidad)\b|\bquantité(?!\p{L})/u, { body: 1.2 }),
  r('invoice', /\b(?:vat|mwst|ust|tva|iva|gst)\b|\bsales tax\b|\bmehrwertsteuer\b|\bumsatzsteuer\b/, { body: 0.8 }),
  r('invoice', /\bpayment terms\b|\bnet \d{1,2}\b|\bzahlungs(?:bedingungen|ziel)\b|\bconditions de (?:paiement|règlement)\b|\bcondiciones de pago\b|\bpurchase order\b|\bpo number\b/, { body: 1, presence: 0.5 }),
  r('invoice', /\bbilling period\b|\bmeter reading\b|\bcustomer (?:number|no)\b|\bkundennummer\b|\babrechnungszeitraum\b|\bkwh\b/, { body: 0.8 }),

  // loan document
  r('loan_document', /\bloan\b|\bpromissory note\b|\bmortgage\b|\bdeed of trust\b|\bcredit agreement\b|\bline of credit\b|\btruth in lending\b|\bclosing disclosure\b|\b(?:darlehen|kredit)(?:s?vertrag)?\b|\bhypothek\b|\bcontrat de prêt\b|\bprêt\b|\bcontrato de préstamo\b|\bpréstamo\b|\bhipoteca\b/, { title: 4, body: 1 }),
  r('loan_document', /^note$/, { title: 2.5 }),
  r('loan_document', /\bborrowers?\b|\bdarlehensnehmer\b|\bkreditnehmer\b|\bemprunteur\b|\bprestatario\b/, { body: 2, saturate: 2 }),
  r('loan_document', /\blenders?\b|\bdarlehensgeber\b|\bkreditgeber\b|\bprêteur\b|\bprestamista\b/, { body: 1.5, saturate: 2 }),
  r('loan_document', /\bprincipal\b|\btilgung\b|\bamortization\b|\bamortisation\b|\bcapital restant dû(?!\p{L})/u, { body: 1 }),
  r('loan_document', /\bmaturity date\b|\bmonthly (?:payment|instal?lment)s?\b|\bmonatsrate\b|\bmensualité(?!\p{L})|\bcuota mensual\b|\bloan amount\b|\bloan term\b|\bdarlehensbetrag\b|\bsollzins\b/u, { body: 1.5, presence: 0.8 }),
  r('loan_document', /\bannual percentage rate\b|\bprepay(?:ment)?\b|\blate charges?\b|\bpromise to pay\b|\bcollateral\b|\bescrow\b|\bsecurity (?:deed|instrument|interest)\b|\btaeg\b|\beffektiver jahreszins\b/, { body: 1.2, presence: 0.7 }),

  // bank statement
  r('bank_statement', /\b(?:account|bank|checking|savings|current account) statement\b|\bstatement of account\b|\bkontoauszug\b|\brelevé (?:de compte|bancaire)\b|\bextracto (?:bancario|de cuenta)\b|\bestado de cuenta\b/, { title: 4, body: 1, presence: 0.7 }),
  r('bank_statement', /\b(?:opening|closing|previous|new|beginning|ending|starting|available) balance\b|\b(?:alter|neuer) kontostand\b|\b(?:anfangs|end)saldo\b|\bsolde (?:initial|final|précédent|nouveau|au)\b|\bsaldo (?:inicial|final|anterior)\b/, { body: 2, presence: 0.9 }),
  r('bank_statement', /\bstatement (?:period|date)\b|\bbuchungstag\b|\bwertstellung\b|\bvaluta\b|\bverwendungszweck\b|\bdate de valeur\b|\bfecha valor\b/, { body: 1.5, presence: 0.8 }),
  r('bank_statement', /\b(?:direct debit|standing order|card purchase|atm withdrawal|withdrawals?|deposits?|lastschrift|gutschrift|dauerauftrag|(?<!\p{L})überweisung|prélèvement|virement|retiro|transferencia)\b/u, { body: 1.2, saturate: 2 }),
  r('bank_statement', /\btransactions?\b|\bumsätze\b|\bopérations\b|\bmovimientos\b/, { heading: 1, body: 0.5 }),

  // contract
  r('contract', /\bagreement\b|\bcontract\b|\b[a-zäöüß]*vertrag\b|\b[a-zäöüß]*vereinbarung\b|\bcontrat\b|\bcontrato\b|\bconvenio\b|\bterms (?:and conditions|of (?:service|use))\b|\bmemorandum of understanding\b|\bnon-disclosure\b|\blease\b|\baddendum\b|\bamendment\b|\baccord\b|\bacuerdo\b|\bagb\b/, { title: 3, body: 0.6 }),
  r('contract', /\b(?:WHEREAS|Whereas),|\bNOW,? THEREFORE\b|\bNow,? [Tt]herefore\b|\bWITNESSETH\b/, { body: 2, presence: 0.9, caseSensitive: true }),
  r('contract', /\bin consideration of\b|\brecitals\b|\bwitnesseth\b/, { body: 1.2, presence: 0.7 }),
  r('contract', /\bin witness whereof\b|\bexecuted (?:this|as of)\b|\bduly authori[sz]ed\b/, { body: 2, presence: 1 }),
  r('contract', /\bgoverning law\b|\bapplicable law\b|\bgoverned by (?:and construed )?(?:in accordance with )?the laws?\b|\bjurisdiction\b|\barbitration\b|\banwendbares recht\b|\bgerichtsstand\b|\bdroit applicable\b|\bley aplicable\b|\bjurisdicción\b/, { body: 1.8, presence: 0.9 }),
  r('contract', /\bhereinafter\b|\bhereby\b|\bhereto\b|\bherein\b|\bthereof\b|\bnachfolgend\b|\bci-après\b|\ben adelante\b/, { body: 1.2 }),
  r('contract', /\b(?:the )?part(?:y|ies)\b|\b(?:landlord|tenant|licensor|licensee|lessor|lessee)s?\b|\b(?:ver)?mieter(?:in)?\b|\b(?:auftrag|arbeit)(?:geber|nehmer)(?:in)?\b|\bvertragsparteien\b|\bvertragspartner\b|\barrendador\b|\barrendatario\b|\bbailleur\b|\blocataire\b|\bles parties\b|\blas partes\b/, { body: 1.2, saturate: 3 }),
  r('contract', /\bindemnif|\bforce majeure\b|\bentire agreement\b|\bseverability\b|\bliability\b|\bterminat(?:e|ion)\b|\bkündigung\b|\bhaftung\b|\brésiliation\b|\bresponsabilité(?!\p{L})|\brescisión\b/u, { body: 1.2, saturate: 2 }),
  r('contract', /\bshall\b/, { body: 0.8, saturate: 4 }),

  // scientific paper
  r('scientific_paper', /^abstract(?:\s*[—–:.-]|$)|^zusammenfassung$|^résumé$|^resumen$/, { heading: 2.5 }),
  r('scientific_paper', /\babstract\s*[—–-](?=\s*\w)/, { body: 2, presence: 1 }),
  r('scientific_paper', /^(?:references|bibliography|works cited|literatur(?:verzeichnis)?|références|bibliographie|referencias|bibliografía)$/, { heading: 2 }),
  r('scientific_paper', /^(?:introduction|related work|conclusions?|methods|methodology|experiments?|experimental setup|results(?: and discussion)?|discussion|evaluation|acknowledge?ments?|einleitung|fazit|conclusion|introducción|conclusiones)$/, { heading: 0.6 }),
  r('scientific_paper', /^(?:keywords|key words|index terms|schlüsselwörter|mots[- ]clés|palabras clave)\b/, { heading: 1.5 }),
  r('scientific_paper', /\b(?:university|universität|université|universidad|institute|institut|department|laboratory|laboratoire|college|school of)\b/, { title: 1.5 }),
  r('scientific_paper', /\b(?:thesis|dissertation|doctoral|masterarbeit|bachelorarbeit|doktorarbeit|habilitation|tesis)\b|\bthèse\b/, { title: 2 }),
  r('scientific_paper', /\barxiv\b|\bdoi:|\bdoi\.org\b|\bproceedings of\b|\bjournal of\b|\bieee\b|\bacm\b|\bpreprint\b/, { title: 1.5, body: 1, presence: 0.6 }),
  r('scientific_paper', /\bet al\.|\bin this (?:paper|work|article)\b|\bwe propose\b|\bwe present\b|\bstate[- ]of[- ]the[- ]art\b|\bbaselines?\b|\bhypothes[ie]s\b|\bin dieser arbeit\b|\bdans cet article\b|\ben este (?:trabajo|artículo)\b/, { body: 1.5, saturate: 2 }),

  // manual
  r('manual', /\b(?:user|owner'?s?|instruction|operating|reference|service|installation|programmer'?s?|administrator'?s?) (?:manual|guide|handbook)\b|\binstructions for use\b|\boperating instructions\b|\bquick start\b|\bbedienungsanleitung\b|\bbetriebsanleitung\b|\bbenutzerhandbuch\b|\bgebrauchsanweisung\b|\bmode d'emploi\b|\bmanuel\b|\bnotice d'utilisation\b|\bmanual de (?:usuario|instrucciones)\b|\bmanual del usuario\b/, { title: 4, body: 1.5, presence: 0.8 }),
  r('manual', /\bmanual\b|\bguide\b|\bhandbook\b|\bhandbuch\b|\banleitung\b|\bguía\b|\bdocumentation\b/, { title: 2.5 }),
  r('manual', /\bthis (?:manual|guide|document describes|specification)\b|\bdieses? (?:handbuch|anleitung)\b|\bce (?:manuel|guide)\b|\beste manual\b/, { body: 2, presence: 1 }),
  r('manual', /^(?:table of contents|contents|inhalt(?:sverzeichnis)?|table des matières|sommaire|índice|contenido)$/, { heading: 1.2 }),
  r('manual', /^(?:troubleshooting|fehlerbehebung|störungsbehebung|dépannage|solución de problemas|faq)(?:[\s:][^.]{0,25})?$/, { heading: 2 }),
  r('manual', /^(?:safety instructions|safety information|important safety|sicherheitshinweise|consignes de sécurité|instrucciones de seguridad|getting started|installation|maintenance|wartung|entretien|mantenimiento)(?:[\s:][^.]{0,25})?$/, { heading: 1.2 }),
  r('manual', /\b(?:WARNING|CAUTION|DANGER|NOTICE|WARNUNG|VORSICHT|ACHTUNG|AVERTISSEMENT|ATTENTION|ADVERTENCIA)\b|\bPRECAUCIÓN(?!\p{L})/u, { body: 1.5, caseSensitive: true }),
  r('manual', /\bstep \d+\b|\bschritt \d+\b|(?<!\p{L})étape \d+\b|\bpaso \d+\b|\bpress (?:and hold )?the\b|\bclick\b|\bselect\b|\bconfigure\b|\bsee (?:chapter|section)\b|\brefer to\b/u, { body: 1.2, saturate: 2 }),
  r('manual', /\bchapter \d+\b|\bkapitel \d+\b|\bchapitre \d+\b|\bcapítulo \d+\b/, { body: 1, presence: 0.6 }),
  r('manual', /^(?:returns?|parameters?|arguments?|synopsis|usage|options|description|example|syntax)\s*:/, { heading: 1 }),
  r('manual', /\b[a-z][a-z0-9]*_[a-z0-9_]+\s*\(|(?:^|\s)--[a-z][a-z-]+\b|\bfunction\b|\bcommand\b|<\/?[a-z][\w:-]*>|(?:^|\s)\/(?:usr|etc|var|opt|home|tmp)\//, { body: 1, saturate: 3 }),
  // Normative wording of specifications (RFC 2119 keywords), which are reference documentation.
  r('manual', /\b(?:MUST(?: NOT)?|SHOULD(?: NOT)?|RECOMMENDED|OPTIONAL)\b/, { body: 1.2, saturate: 2, caseSensitive: true }),

  // form
  r('form', /\bform\b(?! of\b)|\bformular\b|\bformulaire\b|\bformulario\b|\bantrag\b|\bapplication (?:form|for)\b|^application$|\bquestionnaire\b|\bfragebogen\b|\bregistration\b|\bsolicitud\b|\bdemande\b|\benrol?ment\b/, { title: 2.5 }),
  r('form', /\b(?:please (?:complete|fill|print|tick|check)|fill (?:in|out)|block capitals|tick (?:the |all |one )?boxe?s?|check (?:the |one |all |only one )?(?:appropriate |applicable )?boxe?s?|for office use only|bitte (?:ausfüllen|ankreuzen)|zutreffendes ankreuzen|cocher|rellene|marque con)\b|(?<!\p{L})à remplir\b/u, { body: 2, presence: 0.9 }),
  r('form', /\b(?:date of birth|signature|place of birth|nationality|geburtsdatum|unterschrift|date de naissance|fecha de nacimiento|firma)\b/, { body: 1.2 }),
  r('form', /[☐☑☒□■]|_{6,}|\.{12,}(?!\s*\d)/, { body: 1, saturate: 3 }),

  // report
  r('report', /\breport\b|\bbericht\b|\brapport\b|\binforme\b|\bwhite ?paper\b|\bjahresbericht\b|\bgeschäftsbericht\b/, { title: 3, body: 0.6 }),
  r('report', /\breview\b|\bassessment\b|\banalysis\b|\bsurvey\b|\boutlook\b|\bstudy\b|\bstudie\b|(?<!\p{L})étude\b|\bestudio\b|\bq[1-4] \d{4}\b|\bfactsheet\b|\bfact sheet\b/u, { title: 2 }),
  r('report', /^(?:executive summary|management summary|summary of findings|synthèse|résumé exécutif|resumen ejecutivo)(?:[\s:][^.]{0,25})?$/, { heading: 2.5 }),
  r('report', /\b(?:executive|management) summary\b|\bkey findings\b|\bresumen ejecutivo\b/, { body: 1, presence: 0.8 }),
  r('report', /^(?:key (?:findings|highlights|figures|messages)|highlights|recommendations|conclusions and recommendations|outlook|ausblick|empfehlungen|recommandations|recomendaciones|perspectives)(?:[\s:][^.]{0,25})?$/, { heading: 1.5 }),
  r('report', /\b(?:reporting period|period under review|fiscal year|financial year|year over year|year-on-year|berichtszeitraum|geschäftsjahr|exercice|ejercicio|stakeholders?|kpis?|ebitda|revenue|we recommend)\b/, { body: 1.2, saturate: 2 }),
];

export type CompiledRule = Rule & { body_re: RegExp | null; test_re: RegExp };

/**
 * The rules compiled once. Case-insensitive rules are written in lower case and run on lower-cased
 * text with the `u` flag only: `iu` together is some twenty times slower in V8.
 */
export const COMPILED_RULES: CompiledRule[] = RULES.map((rule) => ({
  ...rule,
  body_re: rule.body ? new RegExp(rule.re.source, 'gu') : null,
  test_re: new RegExp(rule.re.source, 'u'),
}));

// Reads a UN/CEFACT Cross Industry Invoice: ZUGFeRD 1 (CrossIndustryDocument), ZUGFeRD 2 /
// Factur-X / XRechnung CII (CrossIndustryInvoice). The two generations name their containers
// differently (ApplicableSupplyChainTradeSettlement / ApplicableHeaderTradeSettlement, ...), so each
// container is looked up by either name; the leaves (GrandTotalAmount, IBANID...) are the same.
import type { EInvoiceInfo, InvoiceData, InvoiceParty } from '../../../types';
import { all, at, childrenNamed, numberAt, textAt, type XmlElement } from './xml-tree';
import { amountIn, documentTypeOf, emptyInvoice, emptyParty, joinAddress, lineItem, totalsChecks, xmlDate, xmlEvidence } from './common';

export const isCii = (root: XmlElement) => root.name === 'CrossIndustryInvoice' || root.name === 'CrossIndustryDocument';

/** The first child with one of `names`. */
const childOf = (el: XmlElement | null | undefined, ...names: string[]): XmlElement | null => el?.children.find((c) => names.includes(c.name)) ?? null;

/** A date element's value (DateTimeString format 102, or DateString). */
const dateIn = (el: XmlElement | null) => xmlDate(textAt(el, 'DateTimeString') ?? textAt(el, 'DateString') ?? el?.text ?? null);


function party(el: XmlElement | null): InvoiceParty {
  if (!el) return emptyParty();
  const address = at(el, 'PostalTradeAddress');
  const registrations = all(el, 'SpecifiedTaxRegistration/ID');
  const vat = registrations.find((r) => r.attrs.schemeID === 'VA')?.text ?? null;
  const tax = registrations.find((r) => r.attrs.schemeID === 'FC')?.text ?? null;
  const country = textAt(address, 'CountryID');
  return {
    name: textAt(el, 'Name'),
    vat_id: vat,
    tax_id: tax,
    address: joinAddress([textAt(address, 'LineOne'), textAt(address, 'LineTwo'), textAt(address, 'LineThree'), joinAddress([textAt(address, 'PostcodeCode'), textAt(address, 'CityName')])?.replace(', ', ' ') ?? null, country]),
    country,
  };
}

/** The format by the root, then the guideline it names, then the attachment's conventional name. */
function formatOf(root: XmlElement, guideline: string | null, file: string): string {
  const g = (guideline ?? '').toLowerCase();
  const name = file.toLowerCase();
  if (root.name === 'CrossIndustryDocument') return 'ZUGFeRD 1';
  if (g.includes('xrechnung') || name === 'xrechnung.xml') return 'XRechnung';
  if (g.includes('zugferd') || name === 'zugferd-invoice.xml') return 'ZUGFeRD 2';
  if (g.includes('factur-x') || name === 'factur-x.xml') return 'Factur-X';
  if (g.includes('en16931')) return 'EN 16931 (CII)';
  return 'CII';
}

export function readCii(root: XmlElement, file: string): InvoiceData {
  const d = emptyInvoice();
  const context = childOf(root, 'ExchangedDocumentContext', 'SpecifiedExchangedDocumentContext');
  const guideline = textAt(context, 'GuidelineSpecifiedDocumentContextParameter/ID');
  const header = childOf(root, 'ExchangedDocument', 'HeaderExchangedDocument');
  const transaction = childOf(root, 'SupplyChainTradeTransaction', 'SpecifiedSupplyChainTradeTransaction');
  const agreement = childOf(transaction, 'ApplicableHeaderTradeAgreement', 'ApplicableSupplyChainTradeAgreement');
  const settlement = childOf(transaction, 'ApplicableHeaderTradeSettlement', 'ApplicableSupplyChainTradeSettlement');
  const summation = childOf(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation', 'SpecifiedTradeSettlementMonetarySummation');

  d.type_code = textAt(header, 'TypeCode');
  d.document_type = documentTypeOf(d.type_code);
  d.invoice_number = textAt(header, 'ID');
  d.invoice_date = dateIn(at(header, 'IssueDateTime'));
  d.currency = textAt(settlement, 'InvoiceCurrencyCode');

  d.seller_details = party(childOf(agreement, 'SellerTradeParty'));
  d.buyer_details = party(childOf(agreement, 'BuyerTradeParty'));
  d.seller = d.seller_details.name;
  d.buyer = d.buyer_details.name;

  const terms = childrenNamed(settlement, 'SpecifiedTradePaymentTerms');
  d.due_date = terms.map((t) => dateIn(at(t, 'DueDateDateTime'))).find(Boolean) ?? null;
  d.payment.terms = terms.map((t) => textAt(t, 'Description')).filter(Boolean).join(' ') || null;
  const means = childrenNamed(settlement, 'SpecifiedTradeSettlementPaymentMeans');
  d.payment.iban = means.map((m) => textAt(m, 'PayeePartyCreditorFinancialAccount/IBANID')).find(Boolean)?.replace(/\s+/g, '') ?? null;
  d.payment.bic = means.map((m) => textAt(m, 'PayeeSpecifiedCreditorFinancialInstitution/BICID')).find(Boolean) ?? null;

  d.subtotal = amountIn(summation, 'TaxBasisTotalAmount', d.currency) ?? amountIn(summation, 'LineTotalAmount', d.currency);
  d.tax = amountIn(summation, 'TaxTotalAmount', d.currency);
  d.total = amountIn(summation, 'GrandTotalAmount', d.currency);
  d.amount_due = amountIn(summation, 'DuePayableAmount', d.currency);
  if (d.tax === null) {
    const taxes = childrenNamed(settlement, 'ApplicableTradeTax').map((t) => numberAt(t, 'CalculatedAmount'));
    if (taxes.length && taxes.every((t): t is number => t !== null)) d.tax = Math.round(taxes.reduce((a, b) => a + b, 0) * 100) / 100;
  }
  const prepaid = amountIn(summation, 'TotalPrepaidAmount', d.currency);

  d.line_items = childrenNamed(transaction, 'IncludedSupplyChainTradeLineItem').map((item) => {
    const lineAgreement = childOf(item, 'SpecifiedLineTradeAgreement', 'SpecifiedSupplyChainTradeAgreement');
    const lineDelivery = childOf(item, 'SpecifiedLineTradeDelivery', 'SpecifiedSupplyChainTradeDelivery');
    const lineSettlement = childOf(item, 'SpecifiedLineTradeSettlement', 'SpecifiedSupplyChainTradeSettlement');
    const quantity = at(lineDelivery, 'BilledQuantity');
    const tax = at(lineSettlement, 'ApplicableTradeTax');
    const product = at(item, 'SpecifiedTradeProduct');
    return lineItem({
      description: textAt(product, 'Name') ?? textAt(product, 'Description'),
      quantity: quantity && /^[-+]?\d+(?:\.\d+)?$/.test(quantity.text) ? Number(quantity.text) : null,
      unit: quantity?.attrs.unitCode ?? null,
      unit_price: numberAt(at(lineAgreement, 'NetPriceProductTradePrice'), 'ChargeAmount'),
      net_amount: numberAt(childOf(lineSettlement, 'SpecifiedTradeSettlementLineMonetarySummation', 'SpecifiedTradeSettlementMonetarySummation'), 'LineTotalAmount'),
      tax_rate: numberAt(tax, 'RateApplicablePercent') ?? numberAt(tax, 'ApplicablePercent'),
    });
  });
  d.checks = totalsChecks(d, { lineTotal: amountIn(summation, 'LineTotalAmount', d.currency) ?? d.subtotal, prepaid });
  d.source = 'embedded_xml';
  const info: EInvoiceInfo = { syntax: 'CII', format: formatOf(root, guideline, file), profile: guideline, file };
  d.e_invoice = info;
  d.evidence = xmlEvidence(d);
  return d;
}

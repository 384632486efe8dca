// Reads an OASIS UBL 2.x Invoice or CreditNote (XRechnung UBL, Peppol BIS Billing), the other
// syntax EN 16931 allows. Paths follow the UBL 2.1 schema; a few UBL 2.0 spellings are accepted.
import type { InvoiceData, InvoiceParty } from '../../../types';
import { all, at, childrenNamed, numberAt, textAt, type XmlElement } from './xml-tree';
import { amountIn, documentTypeOf, emptyInvoice, emptyParty, joinAddress, lineItem, totalsChecks, xmlDate, xmlEvidence } from './common';

export const isUbl = (root: XmlElement) => root.name === 'Invoice' || root.name === 'CreditNote';


function party(el: XmlElement | null): InvoiceParty {
  const p = at(el, 'Party');
  if (!p) return emptyParty();
  const address = at(p, 'PostalAddress');
  const schemes = all(p, 'PartyTaxScheme');
  const vat = schemes.find((s) => (textAt(s, 'TaxScheme/ID') ?? 'VAT').toUpperCase() === 'VAT');
  const other = schemes.find((s) => s !== vat);
  const country = textAt(address, 'Country/IdentificationCode');
  return {
    name: textAt(p, 'PartyLegalEntity/RegistrationName') ?? textAt(p, 'PartyName/Name'),
    vat_id: textAt(vat, 'CompanyID'),
    tax_id: textAt(other, 'CompanyID') ?? textAt(p, 'PartyLegalEntity/CompanyID'),
    address: joinAddress([
      textAt(address, 'StreetName'),
      textAt(address, 'AdditionalStreetName'),
      textAt(address, 'AddressLine/Line'),
      [textAt(address, 'PostalZone'), textAt(address, 'CityName')].filter(Boolean).join(' ') || null,
      country,
    ]),
    country,
  };
}

function formatOf(customization: string | null): string {
  const c = (customization ?? '').toLowerCase();
  if (c.includes('xrechnung')) return 'XRechnung';
  if (c.includes('peppol')) return 'Peppol BIS Billing';
  if (c.includes('en16931')) return 'EN 16931 (UBL)';
  return 'UBL';
}

export function readUbl(root: XmlElement, file: string): InvoiceData {
  const d = emptyInvoice();
  const credit = root.name === 'CreditNote';
  d.type_code = textAt(root, credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode') ?? (credit ? '381' : '380');
  d.document_type = documentTypeOf(d.type_code);
  d.invoice_number = textAt(root, 'ID');
  d.invoice_date = xmlDate(textAt(root, 'IssueDate'));
  d.currency = textAt(root, 'DocumentCurrencyCode');
  const means = childrenNamed(root, 'PaymentMeans');
  d.due_date = xmlDate(textAt(root, 'DueDate')) ?? means.map((m) => xmlDate(textAt(m, 'PaymentDueDate'))).find(Boolean) ?? null;

  d.seller_details = party(at(root, 'AccountingSupplierParty'));
  d.buyer_details = party(at(root, 'AccountingCustomerParty'));
  d.seller = d.seller_details.name;
  d.buyer = d.buyer_details.name;

  d.payment.terms = childrenNamed(root, 'PaymentTerms').map((t) => textAt(t, 'Note')).filter(Boolean).join(' ') || null;
  d.payment.iban = means.map((m) => textAt(m, 'PayeeFinancialAccount/ID')).find(Boolean)?.replace(/\s+/g, '') ?? null;
  d.payment.bic =
    means.map((m) => textAt(m, 'PayeeFinancialAccount/FinancialInstitutionBranch/ID') ?? textAt(m, 'PayeeFinancialAccount/FinancialInstitutionBranch/FinancialInstitution/ID')).find(Boolean) ??
    null;

  const totals = at(root, 'LegalMonetaryTotal');
  d.subtotal = amountIn(totals, 'TaxExclusiveAmount', d.currency) ?? amountIn(totals, 'LineExtensionAmount', d.currency);
  d.total = amountIn(totals, 'TaxInclusiveAmount', d.currency);
  d.amount_due = amountIn(totals, 'PayableAmount', d.currency);
  const taxTotals = childrenNamed(root, 'TaxTotal');
  const taxTotal = taxTotals.find((t) => at(t, 'TaxAmount')?.attrs.currencyID === d.currency) ?? taxTotals[0] ?? null;
  d.tax = amountIn(taxTotal, 'TaxAmount', d.currency);
  const prepaid = amountIn(totals, 'PrepaidAmount', d.currency);

  d.line_items = childrenNamed(root, credit ? 'CreditNoteLine' : 'InvoiceLine').map((line) => {
    const quantity = at(line, credit ? 'CreditedQuantity' : 'InvoicedQuantity');
    return lineItem({
      description: textAt(line, 'Item/Name') ?? textAt(line, 'Item/Description'),
      quantity: quantity && /^[-+]?\d+(?:\.\d+)?$/.test(quantity.text) ? Number(quantity.text) : null,
      unit: quantity?.attrs.unitCode ?? null,
      unit_price: numberAt(at(line, 'Price'), 'PriceAmount'),
      net_amount: numberAt(line, 'LineExtensionAmount'),
      tax_rate: numberAt(at(line, 'Item/ClassifiedTaxCategory'), 'Percent'),
    });
  });
  d.checks = totalsChecks(d, { lineTotal: amountIn(totals, 'LineExtensionAmount', d.currency) ?? d.subtotal, prepaid });
  d.source = 'embedded_xml';
  const customization = textAt(root, 'CustomizationID');
  d.e_invoice = { syntax: 'UBL', format: formatOf(customization), profile: customization, file };
  d.evidence = xmlEvidence(d);
  return d;
}

// E-invoices read from their XML: CII (Factur-X / ZUGFeRD 2 / XRechnung), ZUGFeRD 1 and UBL, every
// field exact, with its source; a broken XML is a warning and the page is read instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readEInvoice } from './read-e-invoice';

const enc = (s: string) => new TextEncoder().encode(s);

const CII = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>RE-2024-17</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20240403</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:SpecifiedTradeProduct><ram:Name>Beratung</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>100.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="HUR">10</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>1000.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Muster Beratung GmbH</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>10115</ram:PostcodeCode><ram:LineOne>Hauptstraße 8</ram:LineOne><ram:CityName>Berlin</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Kunden AG</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE987654321</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE02 1203 0000 0000 2020 51</ram:IBANID></ram:PayeePartyCreditorFinancialAccount><ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>BYLADEM1001</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution></ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>190.00</ram:CalculatedAmount><ram:BasisAmount>1000.00</ram:BasisAmount><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar innerhalb 14 Tagen</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">20240417</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>1000.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">190.00</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID="USD">205.20</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>1190.00</ram:GrandTotalAmount><ram:TotalPrepaidAmount>190.00</ram:TotalPrepaidAmount><ram:DuePayableAmount>1000.00</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;

const UBL_CREDIT = `<?xml version="1.0" encoding="UTF-8"?>
<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ID>CN-0042</cbc:ID><cbc:IssueDate>2024-05-02</cbc:IssueDate><cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode><cbc:DocumentCurrencyCode>GBP</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Bluebird Trading</cbc:Name></cac:PartyName><cac:PostalAddress><cbc:StreetName>12 Harbour Road</cbc:StreetName><cbc:CityName>Bristol</cbc:CityName><cbc:PostalZone>BS1 4RN</cbc:PostalZone><cac:Country><cbc:IdentificationCode>GB</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyTaxScheme><cbc:CompanyID>GB123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme><cac:PartyLegalEntity><cbc:RegistrationName>Bluebird Trading Ltd</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Harbour Cafe Ltd</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>2024-06-01</cbc:PaymentDueDate><cac:PayeeFinancialAccount><cbc:ID>GB82WEST12345698765432</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>WESTGB2L</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="GBP">4.00</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="GBP">20.00</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="GBP">20.00</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="GBP">24.00</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="GBP">24.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
  <cac:CreditNoteLine><cbc:ID>1</cbc:ID><cbc:CreditedQuantity unitCode="C62">2</cbc:CreditedQuantity><cbc:LineExtensionAmount currencyID="GBP">20.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Returned mugs</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent></cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID="GBP">10.00</cbc:PriceAmount></cac:Price></cac:CreditNoteLine>
</CreditNote>`;

const ZUGFERD_1 = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
  <rsm:SpecifiedExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:comfort</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:SpecifiedExchangedDocumentContext>
  <rsm:HeaderExchangedDocument><ram:ID>471102</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20130305</udt:DateTimeString></ram:IssueDateTime></rsm:HeaderExchangedDocument>
  <rsm:SpecifiedSupplyChainTradeTransaction>
    <ram:ApplicableSupplyChainTradeAgreement><ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>Kunden AG Mitte</ram:Name></ram:BuyerTradeParty></ram:ApplicableSupplyChainTradeAgreement>
    <ram:ApplicableSupplyChainTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20130404</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementMonetarySummation><ram:LineTotalAmount currencyID="EUR">473.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount currencyID="EUR">473.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">56.87</ram:TaxTotalAmount><ram:GrandTotalAmount currencyID="EUR">529.87</ram:GrandTotalAmount><ram:DuePayableAmount currencyID="EUR">529.87</ram:DuePayableAmount></ram:SpecifiedTradeSettlementMonetarySummation>
    </ram:ApplicableSupplyChainTradeSettlement>
    <ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedSupplyChainTradeDelivery><ram:BilledQuantity unitCode="C62">20.0000</ram:BilledQuantity></ram:SpecifiedSupplyChainTradeDelivery><ram:SpecifiedSupplyChainTradeSettlement><ram:ApplicableTradeTax><ram:ApplicablePercent>19.00</ram:ApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementMonetarySummation><ram:LineTotalAmount currencyID="EUR">198.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementMonetarySummation></ram:SpecifiedSupplyChainTradeSettlement><ram:SpecifiedTradeProduct><ram:Name>Trennblätter A4</ram:Name></ram:SpecifiedTradeProduct></ram:IncludedSupplyChainTradeLineItem>
  </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>`;

test('CII (XRechnung): every field, line items, payment, parties with VAT ids, checks, all from the XML', () => {
  const d = readEInvoice([{ name: 'xrechnung.xml', bytes: enc(CII) }], []);
  assert.ok(d);
  assert.deepEqual(
    [d.invoice_number, d.type_code, d.document_type, d.invoice_date, d.due_date, d.currency, d.subtotal, d.tax, d.total, d.amount_due],
    ['RE-2024-17', '380', 'invoice', '2024-04-03', '2024-04-17', 'EUR', 1000, 190, 1190, 1000],
  );
  assert.deepEqual(d.seller_details, { name: 'Muster Beratung GmbH', vat_id: 'DE123456789', tax_id: null, address: 'Hauptstraße 8, 10115 Berlin, DE', country: 'DE' });
  assert.equal(d.buyer_details.vat_id, 'DE987654321');
  assert.deepEqual(d.payment, { iban: 'DE02120300000000202051', bic: 'BYLADEM1001', terms: 'Zahlbar innerhalb 14 Tagen' });
  assert.deepEqual(d.line_items, [{ description: 'Beratung', quantity: 10, unit: 'HUR', unit_price: 100, net_amount: 1000, tax_rate: 19 }]);
  assert.deepEqual(
    d.checks.map((c) => [c.check, c.ok]),
    [
      ['net_plus_tax_is_total', true],
      ['lines_sum_to_net', true],
      ['total_minus_paid_is_due', true],
    ],
  );
  assert.equal(d.source, 'embedded_xml');
  assert.deepEqual(d.e_invoice, { syntax: 'CII', format: 'XRechnung', profile: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0', file: 'xrechnung.xml' });
  assert.deepEqual(d.evidence.total, { source: 'embedded_xml', page: null, label: null, text: null });
});

test('ZUGFeRD 1 (CrossIndustryDocument): the older container names, the same leaves', () => {
  const d = readEInvoice([{ name: 'ZUGFeRD-invoice.xml', bytes: enc(ZUGFERD_1) }], []);
  assert.deepEqual([d?.invoice_number, d?.invoice_date, d?.due_date, d?.seller, d?.buyer, d?.total, d?.tax, d?.subtotal, d?.e_invoice?.format], ['471102', '2013-03-05', '2013-04-04', 'Lieferant GmbH', 'Kunden AG Mitte', 529.87, 56.87, 473, 'ZUGFeRD 1']);
  assert.deepEqual(d?.line_items, [{ description: 'Trennblätter A4', quantity: 20, unit: 'C62', unit_price: null, net_amount: 198, tax_rate: 19 }]);
});

test('UBL credit note (Peppol): a credit note with its type code, legal name over trading name', () => {
  const d = readEInvoice([{ name: 'invoice.xml', bytes: enc(UBL_CREDIT) }], []);
  assert.deepEqual(
    [d?.document_type, d?.type_code, d?.invoice_number, d?.invoice_date, d?.due_date, d?.currency, d?.seller, d?.buyer, d?.subtotal, d?.tax, d?.total, d?.amount_due],
    ['credit_note', '381', 'CN-0042', '2024-05-02', '2024-06-01', 'GBP', 'Bluebird Trading Ltd', 'Harbour Cafe Ltd', 20, 4, 24, 24],
  );
  assert.deepEqual(d?.payment, { iban: 'GB82WEST12345698765432', bic: 'WESTGB2L', terms: null });
  assert.equal(d?.seller_details.address, '12 Harbour Road, BS1 4RN Bristol, GB');
  assert.equal(d?.e_invoice?.format, 'Peppol BIS Billing');
  assert.deepEqual(d?.line_items, [{ description: 'Returned mugs', quantity: 2, unit: 'C62', unit_price: 10, net_amount: 20, tax_rate: 20 }]);
});

test('the known file name first; a broken or hostile XML is a warning and the next one is tried', () => {
  const warnings: string[] = [];
  const hostile = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
  const d = readEInvoice(
    [
      { name: 'notes.xml', bytes: enc('<notes/>') },
      { name: 'factur-x.xml', bytes: enc(hostile) },
      { name: 'other.xml', bytes: enc(CII) },
      { name: 'image.png', bytes: enc('not xml') },
    ],
    warnings,
  );
  assert.equal(d?.invoice_number, 'RE-2024-17');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /"factur-x\.xml" was not used \(The XML declares a DOCTYPE/);
  assert.equal(readEInvoice([{ name: 'notes.xml', bytes: enc('<notes/>') }], []), null);
});

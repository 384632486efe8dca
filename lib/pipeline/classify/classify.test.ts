import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATEGORIES } from '../types';
import { classify } from './classify';
import { loadFixture, metadataOf, textInput } from './fixtures/load';
import { OTHER_SNIPPETS, SNIPPETS } from './fixtures/snippets';

test('layouts trimmed from real PDFs are classified by their evidence', () => {
  const cases: [fixture: string, category: string, signal: RegExp][] = [
    ['datasheet-2', 'datasheet', /Min\/Typ\/Max table header/],
    ['scientific-paper-1', 'scientific_paper', /two-column layout/],
    ['bank-statement-2', 'bank_statement', /dated rows with amounts and balances/],
    ['form-3', 'form', /9 fillable form fields/],
    ['libtasn1', 'manual', /This manual/],
    // A normative specification (MUST/SHOULD, "this specification") counts as reference documentation.
    ['shared-mime-info-spec', 'manual', /This specification/],
  ];
  for (const [fixture, category, signal] of cases) {
    const result = classify(loadFixture(fixture));
    assert.equal(result.final_category, category, `${fixture}: ${result.signals.join('; ')}`);
    assert.ok(result.signals.some((s) => signal.test(s)), `${fixture}: ${result.signals.join('; ')}`);
  }
});

test('hand-written first pages of real-world document types', () => {
  for (const snippet of [...SNIPPETS, ...OTHER_SNIPPETS]) {
    const result = classify(textInput(snippet.text));
    assert.equal(result.final_category, snippet.category, `${snippet.name}: ${result.signals.join('; ')}`);
  }
});

test('the result has a score for every category, a margin confidence and readable signals', () => {
  const result = classify(loadFixture('datasheet-2'));
  assert.deepEqual(Object.keys(result.scores).sort(), [...CATEGORIES].sort());
  for (const score of Object.values(result.scores)) assert.ok(score >= 0 && score <= 1);
  assert.ok(result.confidence > 0.5 && result.confidence <= 1);
  assert.ok(result.signals.length > 0 && result.signals.length <= 8);
  assert.match(result.signals[0], /\(\+\d+\.\d datasheet\)$/);
  const weights = result.signals.map((s) => Number(/\(\+(\d+\.\d)/.exec(s)?.[1]));
  assert.deepEqual(weights, [...weights].sort((a, b) => b - a), 'strongest first');
});

test('the title counts more than the body: "INVOICE" as a title', () => {
  const result = classify(textInput('INVOICE\nNorthwind Traders\nConsulting, March 2024 $1,200.00'));
  assert.equal(result.final_category, 'invoice');
  assert.match(result.signals[0], /^title says "INVOICE" \(\+3\.5 invoice\)$/);
});

test('the metadata title is part of the title area', () => {
  const body = 'Chapter 1 gives an overview. Press the power button to start.';
  assert.equal(classify(textInput(body)).final_category, 'other');
  assert.equal(classify(textInput(body, { metadata: metadataOf({ title: 'XR-7 Router User Guide' }) })).final_category, 'manual');
});

test('a long manual that mentions warranty and invoice once is still a manual', () => {
  const text = [
    "HX-200 Cordless Drill\nOwner's Manual\nContents\n1 Safety\n2 Operation\n3 Warranty",
    'Press the trigger to start the drill. Select the speed with the switch on top. Always wear eye protection. '.repeat(40),
    'Warranty\nThis product is guaranteed for 24 months. Keep your invoice as proof of purchase; the warranty does not cover wear parts.',
  ].join('\n');
  const result = classify(textInput(text));
  assert.equal(result.final_category, 'manual');
  assert.ok(result.scores.invoice < 0.2, `invoice ${result.scores.invoice}`);
});

test('a datasheet is recognised by its electrical characteristics without the word "datasheet"', () => {
  const text = `LM4040-N Precision Micropower Shunt Voltage Reference
Electrical Characteristics
Parameter Conditions Min Typ Max Unit
Reverse breakdown voltage IR = 100 μA 2.495 2.500 2.505 V
Minimum operating current 45 60 μA
Reverse dynamic impedance IR = 1 mA, f = 120 Hz 0.3 0.8 Ω
Wideband noise 10 Hz ≤ f ≤ 10 kHz 35 μV`;
  assert.equal(classify(textInput(text)).final_category, 'datasheet');
});

test('fillable fields make a form; no text at all is "other" with a reason', () => {
  assert.equal(classify(textInput('Membership\nName\nAddress\nDate', { formFieldCount: 12 })).final_category, 'form');
  const empty = classify(textInput('', { pages: [{ number: 1, width: 612, height: 792, lines: [], text: '' }] }));
  assert.equal(empty.final_category, 'other');
  assert.equal(empty.scores.other, 1);
  assert.equal(empty.confidence, 0, 'a default, not a finding');
  assert.deepEqual(empty.signals, ['no evidence for any category']);
});

test('a 500-page document is read from a bounded sample, quickly', () => {
  const fixture = loadFixture('libtasn1').pages;
  const pages = Array.from({ length: 500 }, (_, i) => ({ ...fixture[i % fixture.length], number: i + 1 }));
  const started = performance.now();
  const result = classify({ ...textInput(''), pages });
  assert.equal(result.final_category, 'manual');
  assert.ok(performance.now() - started < 500, 'well under a second');
});

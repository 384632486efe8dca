// The e-invoice XML is parsed safely: no DOCTYPE (so no external entities, no entity expansion),
// bounded size, depth and element count; namespaces set aside, local names kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { all, MAX_XML_BYTES, numberAt, parseXml, textAt, XmlError } from './xml-tree';

test('elements by local name, attributes, text and CDATA', () => {
  const root = parseXml('<?xml version="1.0"?><rsm:A xmlns:rsm="urn:a" xmlns:ram="urn:b"><ram:B id="1">x</ram:B><ram:B>y</ram:B><ram:C><![CDATA[5 < 6]]></ram:C><ram:N>12.50</ram:N></rsm:A>');
  assert.equal(root.name, 'A');
  assert.equal(root.ns, 'urn:a');
  assert.deepEqual(all(root, 'B').map((b) => b.text), ['x', 'y']);
  assert.equal(all(root, 'B')[0].attrs.id, '1');
  assert.equal(textAt(root, 'C'), '5 < 6');
  assert.equal(numberAt(root, 'N'), 12.5);
  assert.equal(textAt(root, 'Missing/Path'), null);
});

test('external entities and entity expansion are refused with the DOCTYPE that declares them', () => {
  const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
  assert.throws(() => parseXml(xxe), (err: Error) => err instanceof XmlError && /DOCTYPE/.test(err.message));
  const laughs = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>';
  assert.throws(() => parseXml(laughs), XmlError);
  // An undeclared entity without any DOCTYPE is simply not well-formed.
  assert.throws(() => parseXml('<r>&x;</r>'), XmlError);
});

test('size, depth and element count are bounded; broken XML is an error, not a crash', () => {
  assert.throws(() => parseXml('<r>' + 'x'.repeat(MAX_XML_BYTES) + '</r>'), /larger than/);
  assert.throws(() => parseXml('<a>'.repeat(100) + '</a>'.repeat(100)), /deeper than/);
  assert.throws(() => parseXml('<r>' + '<e/>'.repeat(200_001) + '</r>'), /more than 200000 elements/);
  assert.throws(() => parseXml('<r><unclosed></r>'), XmlError);
  assert.throws(() => parseXml(''), XmlError);
  assert.throws(() => parseXml('<a/><b/>'), XmlError);
});

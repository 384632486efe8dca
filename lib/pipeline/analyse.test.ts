// The detectors read numeric dates in the document's day/month order: day first for a French
// document, and for an English one only what its own dates or currency say (month first for "/"
// otherwise, as US documents write it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectStructure } from './analyse';
import { metadataOf } from './classify/fixtures/load';
import type { PageLayout } from './layout/types';

function documentOf(text: string): Parameters<typeof detectStructure>[0] {
  const segments = [{ text, x0: 56, x1: 56 + text.length * 5, y: 100, size: 10 }];
  const page: PageLayout = { number: 1, width: 612, height: 792, lines: [{ text, segments, x0: 56, x1: segments[0].x1, y: 100, size: 10, block: 0 }], text };
  return { workflow: 'full_extraction', layouts: [page], text, metadata: metadataOf({}), warnings: [], eInvoice: null };
}

const datesOf = (text: string, code: string | null) =>
  detectStructure(documentOf(text), code ? { code, confidence: 0.9 } : null).entities?.dates.map((d) => d.normalized);

test('an ambiguous numeric date is day first in a French document, month first in an English one that does not say', () => {
  assert.deepEqual(datesOf("Date d'échéance 05/12/2017", 'fr'), ['2017-12-05']);
  assert.deepEqual(datesOf('Revision date 05/12/2017', 'en'), ['2017-05-12']);
  // The document's own unambiguous dates decide, whatever its language.
  assert.deepEqual(datesOf('Issued 31/10/2017, revised 05/12/2017', 'en'), ['2017-10-31', '2017-12-05']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImageKind } from '../pdfjs';
import type { OcrPage } from './engine';
import { ocrLayout } from './ocr-layout';
import { pgm, toGrey } from './page-image';
import { isRealWord, textQuality } from './text-quality';
import { wordRecall } from './word-recall';

test('text quality: prose and datasheet tables are usable; line breaks are not broken characters', () => {
  const prose = 'The OP90 is a precision bipolar micropower operational amplifier\nwith flexible power supply capability.\n\n\n';
  assert.equal(textQuality(prose).verdict, 'usable');
  assert.equal(textQuality(prose.replace(/ /g, '\n')).verdict, 'usable');
  const table = 'VCC 4.5 5.0 5.5 V\nICC 1.2 mA\nVOH 2.4 V\nVOL 0.4 V\nTA -40 +85 °C\nIIL ±1 µA\nCIN 10 pF';
  assert.equal(textQuality(table).verdict, 'usable');
  assert.equal(textQuality('Ein Vertrag über die Lieferung von Waren zwischen den Parteien, gültig ab März.').verdict, 'usable');
  assert.equal(textQuality('株式会社 請求書 合計金額 消費税 お支払期限 振込先 銀行 支店 口座番号').verdict, 'usable');
});

test('text quality: no text, replacement characters and junk layers need OCR', () => {
  assert.equal(textQuality('').verdict, 'none');
  assert.equal(textQuality(' 3 \n 4 ').verdict, 'none');
  assert.equal(textQuality('\uFFFD\uFFFD\uFFFD \uE001\uE002\uE003\uE004 \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD ab').verdict, 'garbage');
  const junk = 'xqzkv bnmtrp ÐÞßqwk zxcvbn plkjhg mnbvcx qwrtpsdf ghjklzx vbnmqwrt zxcvbnm lkjhgfdsq';
  assert.equal(textQuality(junk).verdict, 'garbage');
  assert.ok(isRealWord('amplifier') && isRealWord('VCC') && isRealWord('(Note') && isRealWord('asn1_array2tree'));
  assert.ok(!isRealWord('xqzkvb') && !isRealWord('12') && !isRealWord('a'));
});

test('grey conversion: 1-bit rows padded to bytes (set bit white), RGB and RGBA weighted', () => {
  // 10 pixels wide: two bytes a row.
  const bits = new Uint8Array([0b10000000, 0b01000000, 0b00000000, 0b00000000]);
  const grey = toGrey({ width: 10, height: 2, kind: ImageKind.GRAYSCALE_1BPP, data: bits });
  assert.deepEqual([...grey.slice(0, 10)], [255, 0, 0, 0, 0, 0, 0, 0, 0, 255]);
  assert.ok(grey.slice(10).every((v) => v === 0));
  assert.deepEqual([...toGrey({ width: 2, height: 1, kind: ImageKind.RGB_24BPP, data: new Uint8Array([255, 255, 255, 255, 0, 0]) })], [255, 76]);
  // A transparent pixel is paper.
  assert.deepEqual([...toGrey({ width: 2, height: 1, kind: ImageKind.RGBA_32BPP, data: new Uint8Array([0, 0, 0, 0, 0, 0, 0, 255]) })], [255, 0]);
  const image = pgm(new Uint8Array([1, 2, 3, 4, 5, 6]), 3, 2);
  assert.equal(image.subarray(0, 11).toString('latin1'), 'P5\n3 2\n255\n');
  assert.equal(image.length, 11 + 6);
});

test('OCR layout: Tesseract lines in its order become lines and segments in PDF points', () => {
  const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
  const word = (text: string, x0: number, x1: number, y0: number, confidence = 95) => ({ text, confidence, bbox: box(x0, y0, x1, y0 + 40) });
  const ocr: OcrPage = {
    confidence: 90,
    text: '',
    lines: [
      // 300 dpi: 1 px = 0.24 pt; a 40 px line is about 10 pt.
      { block: 3, bbox: box(100, 100, 1900, 140), baseline: box(100, 132, 1900, 132), words: [word('Invoice', 100, 300, 100), word('number', 320, 500, 100), word('INV-2041', 1500, 1900, 100)] },
      { block: 3, bbox: box(100, 160, 600, 200), baseline: box(100, 192, 600, 192), words: [word('Total', 100, 250, 160), word('~', 260, 270, 160, 5)] },
      { block: 7, bbox: box(1300, 300, 1900, 340), baseline: box(1300, 332, 1900, 332), words: [word('Right', 1300, 1500, 300)] },
    ],
  };
  const layout = ocrLayout(ocr, { left: 0, top: 0, sx: 0.24, sy: 0.24 }, { number: 2, width: 595, height: 842 });
  assert.equal(layout.number, 2);
  assert.equal(layout.text, 'Invoice number INV-2041\nTotal\n\nRight');
  const [first, second, third] = layout.lines;
  // A wide gap splits the label from its value (as born-digital segments are split).
  assert.deepEqual(first.segments.map((s) => s.text), ['Invoice number', 'INV-2041']);
  assert.equal(first.x0, 24);
  assert.equal(first.y, 31.68);
  assert.ok(first.size > 6 && first.size < 11, String(first.size));
  assert.equal(second.text, 'Total', 'a low-confidence mark with no letter is noise');
  assert.deepEqual([first.block, second.block, third.block], [0, 0, 1]);
});

test('word recall counts each reference word once, case and punctuation aside', () => {
  assert.equal(wordRecall('The total is 12.50 EUR.', 'the TOTAL is 12.50 eur'), 1);
  assert.equal(wordRecall('a a b c', 'a b'), 0.5);
  assert.equal(wordRecall('', 'x'), 1);
  // Spacing is not a word: runs of letters and of numbers are.
  assert.equal(wordRecall('VGS = 0 V, ID = 5.6 A', 'VGS=0V,ID=5.6A'), 1);
  assert.equal(wordRecall('600 V', '600 \\Y'), 0.5);
});

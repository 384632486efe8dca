import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { detectTables } from '../detect/tables';
import type { Line, PageLayout } from '../layout/types';
import type { Table } from '../types';
import { extractDatasheet } from './datasheet';

// Fixtures: trimmed `scripts/dump-layout.ts` output of corpus datasheets 3 and 5 (both pages).
const fixture = (name: string): PageLayout[] => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
const run = (pages: PageLayout[], tables: Table[] = pages.flatMap((p) => detectTables(p))) =>
  extractDatasheet(pages, tables, pages.map((p) => p.text).join('\n\n'));

test('datasheet-3: the part number, and six characteristics rows plus the numeric ratings', () => {
  const data = run(fixture('datasheet-3'));
  assert.equal(data.type, 'datasheet');
  assert.deepEqual(data.part_numbers, ['OPA2177-Q1']);
  const rows = data.electrical_characteristics;
  assert.equal(rows.filter((r) => r.conditions !== null).length, 6);
  const vos = rows.find((r) => r.symbol === 'VOS');
  assert.deepEqual(vos, { parameter: 'Input Offset Voltage', symbol: 'VOS', conditions: 'VS = ±15 V', min: null, typ: 10, max: 60, unit: 'µV', page: 1 });
  const cmrr = rows.find((r) => r.symbol === 'CMRR');
  assert.deepEqual([cmrr?.min, cmrr?.typ, cmrr?.max, cmrr?.unit], [120, 130, null, 'dB']);
  assert.equal(rows.find((r) => r.symbol === 'SR')?.unit, 'V/µs');
  // Ratings: "±18" is the range -18..18, "-40 to 125" fills min and max; "Continuous" and a rail-relative range carry no number.
  const vs = rows.find((r) => r.symbol === 'VS');
  assert.deepEqual([vs?.min, vs?.typ, vs?.max], [-18, null, 18]);
  const ta = rows.find((r) => r.symbol === 'TA');
  assert.deepEqual([ta?.min, ta?.max, ta?.unit], [-40, 125, '°C']);
  assert.equal(rows.find((r) => r.symbol === 'tSC' || r.symbol === 'VIN'), undefined);
  assert.equal(rows.length, 8);
});

test('datasheet-5: without detected tables the line reader finds the same rows', () => {
  const pages = fixture('datasheet-5');
  const fromTables = run(pages);
  const fromLines = run(pages, []);
  assert.deepEqual(fromTables.part_numbers, ['BSS138LT1G']);
  assert.deepEqual(fromLines.part_numbers, ['BSS138LT1G']);
  assert.equal(fromTables.electrical_characteristics.filter((r) => r.conditions).length, 3);
  assert.deepEqual(fromLines.electrical_characteristics, fromTables.electrical_characteristics);
  const rds = fromLines.electrical_characteristics.find((r) => r.symbol === 'RDS(on)');
  assert.deepEqual([rds?.parameter, rds?.typ, rds?.max, rds?.unit], ['Static Drain-Source On-Resistance', 0.7, 3.5, 'Ω']);
});

// ---------- hand-made lines for what other vendors print ----------

const line = (y: number, text: string, x0 = 40, size = 8): Line => {
  const segment = { text, x0, x1: x0 + text.length * size * 0.5, y, size };
  return { text, segments: [segment], x0, x1: segment.x1, y, size, block: 0 };
};
const cells = (y: number, parts: [string, number][], size = 8): Line => {
  const segments = parts.map(([text, x0]) => ({ text, x0, x1: x0 + text.length * size * 0.5, y, size }));
  return { text: parts.map((p) => p[0]).join(' '), segments, x0: segments[0].x0, x1: segments[segments.length - 1].x1, y, size, block: 0 };
};
const pageOf = (lines: Line[], number = 1): PageLayout => ({ number, width: 595, height: 842, lines, text: lines.map((l) => l.text).join('\n') });

test('symbol first, whole row in one segment, numbers placed under the Min/Typ/Max header', () => {
  const page = pageOf([
    line(40, 'IRFZ44NPbF', 40, 20),
    line(60, 'HEXFET Power MOSFET, 55 V, 49 A, TO-220AB', 40, 12),
    line(200, 'Electrical Characteristics @ TJ = 25°C (unless otherwise specified)'),
    cells(214, [['Symbol', 40], ['Parameter', 90], ['Min.', 330], ['Typ.', 360], ['Max.', 390], ['Units', 420], ['Conditions', 450]]),
    cells(228, [['RDS(on) Static Drain-to-Source On-Resistance', 40], ['17.5', 390], ['mΩ', 420]]),
    line(242, 'RDS(on) Drain-Source On-State Resistance VGS = 10 V 0.019 0.022 Ω'),
    line(256, 'V(BR)DSS Drain-to-Source Breakdown Voltage 55 V'),
    line(800, 'www.irf.com 1', 40),
  ]);
  const data = run([page], []);
  assert.deepEqual(data.part_numbers, ['IRFZ44NPbF']);
  const [first, second, third] = data.electrical_characteristics;
  assert.deepEqual(first, { parameter: 'Static Drain-to-Source On-Resistance', symbol: 'RDS(on)', conditions: null, min: null, typ: null, max: 17.5, unit: 'mΩ', page: 1 });
  assert.deepEqual([second.symbol, second.parameter, second.conditions, second.typ, second.max], ['RDS(on)', 'Drain-Source On-State Resistance', 'VGS = 10 V', 0.019, 0.022]);
  assert.deepEqual([third.symbol, third.typ], ['V(BR)DSS', 55]);
});

test('ratings lines: a lone value is a maximum, "–55 to +150" a range, "1,080" a thousand and eighty', () => {
  const page = pageOf([
    line(100, 'ABSOLUTE MAXIMUM RATINGS'),
    line(114, 'VDS Drain-Source Voltage 600 V'),
    line(128, 'Tstg Storage Temperature \u221255 to +150 \u00baC'),
    line(142, 'EAS Single Pulse Avalanche Energy 1,080 mJ'),
    line(156, 'Features'),
    line(170, 'Very low leakage 5 nA'),
  ]);
  const rows = run([page], []).electrical_characteristics;
  assert.equal(rows.length, 3);
  assert.deepEqual([rows[0].symbol, rows[0].max, rows[0].min, rows[0].unit], ['VDS', 600, null, 'V']);
  assert.deepEqual([rows[1].min, rows[1].max, rows[1].unit], [-55, 150, '°C']);
  assert.equal(rows[2].max, 1080);
});

test('a table with the unit in the header, the symbol column first and a blank parameter on a second condition', () => {
  const table: Table = {
    page: 2,
    bbox: [40, 100, 500, 160],
    kind: 'aligned',
    header: ['Symbol', 'Characteristic', 'Test conditions', 'Minimum', 'Typical', 'Maximum (µA)'],
    rows: [
      ['IR', 'Reverse current', 'VR = 40 V', '', '0,05', '0.5'],
      ['', '', 'VR = 40 V, TJ = 100 °C', '', '', '20'],
      ['Note 1', '', '', '', '', ''],
    ],
  };
  const rows = run([pageOf([], 1), pageOf([], 2)], [table]).electrical_characteristics;
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[0], { parameter: 'Reverse current', symbol: 'IR', conditions: 'VR = 40 V', min: null, typ: 0.05, max: 0.5, unit: 'µA', page: 2 });
  assert.deepEqual([rows[1].parameter, rows[1].symbol, rows[1].max], ['Reverse current', 'IR', 20]);
});

test('no part number from packages, standards or values; nothing from an empty document', () => {
  const page = pageOf([line(40, 'SOT-23 AEC-Q101 600V 500-mA', 40, 20), line(400, 'Some text.')]);
  assert.deepEqual(run([page], []).part_numbers, []);
  assert.deepEqual(run([], []), { type: 'datasheet', part_numbers: [], electrical_characteristics: [] });
});

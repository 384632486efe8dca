// Tables whose columns come in other orders and under other names than the corpus's: Symbol before
// Parameter, Units before the limits, a single value column named "Absolute Maximum", unknown columns
// (σ, Notes, Test Level, Pin, a bullet column) beside the limits, a Frequency or Temp column as the
// rows' conditions, rows that carry only a condition and values under the row above, header cells
// wrapped or marked with notes, notes or prose set beside the table, symbols in a column with no head,
// value columns headed by what they are for ("10 s", "STEADY STATE"), and a package's dimension table
// that is no characteristics table. Built from synthetic page items, one layout a test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Line, PageLayout } from '../../layout/types';
import type { ElectricalCharacteristic } from '../../types';
import { readTables } from './tables';

/** A page from rows of [text, x0] cells at baseline y (width by 4.5 pt a character at 9 pt). */
function page(rows: [number, [string, number][]][]): PageLayout[] {
  const lines: Line[] = rows.map(([y, cells]) => {
    const segments = cells.map(([text, x]) => ({ text, x0: x, x1: x + text.length * 4.5, y, size: 9 }));
    return { text: cells.map((c) => c[0]).join(' '), segments, x0: segments[0].x0, x1: segments[segments.length - 1].x1, y, size: 9, block: 0 };
  });
  return [{ number: 1, width: 612, height: 792, lines, text: lines.map((l) => l.text).join('\n'), rules: [] }];
}

const brief = (r: ElectricalCharacteristic) => [r.parameter, r.symbol, r.conditions, r.variant, r.min, r.typ, r.max, r.unit];

test('Symbol | Parameter | Units | Absolute Maximum: a ratings table with its one value column last', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 40]]],
      [120, [['Symbol', 40], ['Parameter', 110], ['Units', 300], ['Absolute Maximum', 360]]],
      [135, [['Id', 40], ['Device Current', 110], ['mA', 302], ['70', 392]]],
      [148, [['Pdiss', 40], ['Total Power Dissipation', 110], ['mW', 302], ['230', 390]]],
      [161, [['TSTG', 40], ['Storage Temperature', 110], ['°C', 302], ['-65 to 150', 374]]],
      [174, [['θjc', 40], ['Thermal Resistance', 110], ['°C/W', 300], ['128', 390]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Device Current', 'Id', null, null, null, null, 70, 'mA'],
    ['Total Power Dissipation', 'Pdiss', null, null, null, null, 230, 'mW'],
    ['Storage Temperature', 'TSTG', null, null, -65, null, 150, '°C'],
    ['Thermal Resistance', 'θjc', null, null, null, null, 128, '°C/W'],
  ]);
  assert.equal(rows[0].table, 'Absolute Maximum Ratings');
});

test('Parameter | Rating | Unit | Symbol: a value column between the names and the units, the symbols last', () => {
  const rows = readTables(
    page([
      [100, [['Maximum Ratings', 40]]],
      [120, [['Parameter', 40], ['Rating', 230], ['Unit', 300], ['Symbol', 350]]],
      [135, [['Supply Voltage', 40], ['7', 240], ['V', 305], ['VCC', 355]]],
      [148, [['Input Voltage', 40], ['-0.5 to 7', 224], ['V', 305], ['VIN', 355]]],
      [161, [['Output Current', 40], ['±25', 236], ['mA', 303], ['IOUT', 355]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Supply Voltage', 'VCC', null, null, null, null, 7, 'V'],
    ['Input Voltage', 'VIN', null, null, -0.5, null, 7, 'V'],
    ['Output Current', 'IOUT', null, null, -25, null, 25, 'mA'],
  ]);
});

test('Parameter | Symbol | Unit | Min¹ | Typ* | Max.(2) | Notes: marked limit words, units before the limits, a Notes column that takes no value', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['Parameter', 40], ['Symbol', 190], ['Unit', 250], ['Min¹', 300], ['Typ*', 340], ['Max.(2)', 378], ['Notes', 430]]],
      [135, [['Supply Current', 40], ['ICC', 190], ['mA', 252], ['2.5', 342], ['4.0', 382], ['1', 440]]],
      [148, [['Output High Voltage', 40], ['VOH', 190], ['V', 254], ['2.4', 302], ['3.3', 342], ['2, 3', 436]]],
      [161, [['Input Leakage Current', 40], ['IIL', 190], ['µA', 252], ['-1', 304], ['1', 386]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Supply Current', 'ICC', null, null, null, 2.5, 4, 'mA'],
    ['Output High Voltage', 'VOH', null, null, 2.4, 3.3, null, 'V'],
    ['Input Leakage Current', 'IIL', null, null, -1, null, 1, 'µA'],
  ]);
});

test('Symbol | Parameter and Test Condition | Frequency | Units | Min. | Typ. [1] | Max. | σ, with rows that go on under the row above', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Specifications', 40]]],
      [111, [['TA = +25°C, Id = 27 mA, ZO = 50Ω', 40]]],
      [126, [['Symbol', 40], ['Parameter and Test Condition', 90], ['Frequency', 250], ['Units', 310], ['Min.', 350], ['Typ. [1]', 384], ['Max.', 430], ['σ', 470]]],
      [141, [['Vd', 40], ['Device Voltage, Id = 27 mA', 90], ['V', 314], ['3.0', 352], ['3.4', 390], ['3.8', 432], ['0.03', 466]]],
      [154, [['GP', 40], ['Power Gain (|S21|2)', 90], ['900 MHz', 252], ['dB', 312], ['16.9', 388], ['0.2', 468]]],
      [165, [['2 GHz', 256], ['14.5', 350], ['15.9', 388], ['17.5', 430], ['0.2', 468]]],
      [178, [['∆GP', 40], ['Gain Flatness', 90], ['0.1 to 2 GHz', 250], ['dB', 312], ['±0.56', 386]]],
      [191, [['VSWRin', 40], ['Input Voltage Standing Wave Ratio', 90], ['0.1 to 6 GHz', 250], ['1.8:1', 388]]],
      [204, [['NF', 40], ['50Ω Noise Figure', 90], ['900 MHz', 252], ['dB', 312], ['3.5', 390], ['0.1', 468]]],
      [215, [['2 GHz', 256], ['3.6', 390], ['0.1', 468]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Device Voltage, Id = 27 mA', 'Vd', null, null, 3, 3.4, 3.8, 'V'],
    ['Power Gain (|S21|2)', 'GP', '900 MHz', null, null, 16.9, null, 'dB'],
    ['Power Gain (|S21|2)', 'GP', '2 GHz', null, 14.5, 15.9, 17.5, 'dB'],
    ['Gain Flatness', '∆GP', '0.1 to 2 GHz', null, null, 0.56, null, 'dB'],
    ['Input Voltage Standing Wave Ratio', 'VSWRin', '0.1 to 6 GHz', null, null, null, null, null],
    ['50Ω Noise Figure', 'NF', '900 MHz', null, null, 3.5, null, 'dB'],
    ['50Ω Noise Figure', 'NF', '2 GHz', null, null, 3.6, null, 'dB'],
  ]);
  // A ratio is kept as printed; the σ column's values are in no limit.
  assert.equal(rows[4].printed.typ, '1.8:1');
  assert.ok(rows.every((r) => ![r.min, r.typ, r.max].some((v) => v === 0.03 || v === 0.2 || v === 0.1)));
  assert.equal(rows[0].table_conditions, 'TA = +25°C, Id = 27 mA, ZO = 50Ω');
});

test('Parameter | Temp | Test Level | Min | Typ | Max | Unit: the Temp column is the rows\' condition, the test level no value', () => {
  const rows = readTables(
    page([
      [100, [['Specifications', 40]]],
      [120, [['Parameter', 40], ['Temp', 200], ['Test Level', 240], ['Min', 310], ['Typ', 350], ['Max', 390], ['Unit', 430]]],
      [135, [['Resolution', 40], ['Full', 202], ['IV', 258], ['12', 312], ['Bits', 430]]],
      [148, [['Offset Error', 40], ['25°C', 202], ['I', 260], ['-5', 312], ['±1', 350], ['5', 392], ['mV', 430]]],
      [159, [['Full', 202], ['V', 260], ['±2', 350], ['mV', 430]]],
      [172, [['Power Dissipation', 40], ['Full', 202], ['VI', 258], ['350', 348], ['400', 388], ['mW', 430]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Resolution', null, 'Full', null, 12, null, null, 'Bits'],
    ['Offset Error', null, '25°C', null, -5, 1, 5, 'mV'],
    ['Offset Error', null, 'Full', null, null, 2, null, 'mV'],
    ['Power Dissipation', null, 'Full', null, null, 350, 400, 'mW'],
  ]);
});

/** A page from [text, x0, y, size] cells (for raised marks and header lines of their own). */
function loose(cells: [string, number, number, number?][]): PageLayout[] {
  const byY = new Map<number, Line['segments']>();
  for (const [text, x, y, size = 9] of cells) byY.set(y, [...(byY.get(y) ?? []), { text, x0: x, x1: x + text.length * (size / 2), y, size }]);
  const lines: Line[] = [...byY.entries()].sort((a, b) => a[0] - b[0]).map(([y, segments]) => ({
    text: segments.map((s) => s.text).join(' '),
    segments,
    x0: segments[0].x0,
    x1: segments[segments.length - 1].x1,
    y,
    size: Math.max(...segments.map((s) => s.size)),
    block: 0,
  }));
  return [{ number: 1, width: 612, height: 792, lines, text: lines.map((l) => l.text).join('\n'), rules: [] }];
}

test('header cells wrapped over two lines ("Parameter and" / "Test Condition") and a note mark set small and raised after "Typ."', () => {
  const rows = readTables(
    loose([
      ['Electrical Specifications', 40, 100],
      ['Parameter and', 90, 118],
      ['Symbol', 40, 128],
      ['Test Condition', 90, 128],
      ['Units', 250, 128],
      ['Min.', 290, 128],
      ['Typ.', 330, 128],
      ['1', 348, 125, 6],
      ['Max.', 370, 128],
      ['VCC', 40, 143],
      ['Supply Voltage, ICC = 10 mA', 90, 143],
      ['V', 254, 143],
      ['4.5', 290, 143],
      ['5.0', 334, 143],
      ['5.5', 370, 143],
      ['ICC', 40, 156],
      ['Supply Current', 90, 156],
      ['mA', 252, 156],
      ['12', 336, 156],
      ['20', 372, 156],
    ]),
  );
  assert.deepEqual(rows.map((r) => [...brief(r), JSON.stringify(r.printed)]), [
    ['Supply Voltage, ICC = 10 mA', 'VCC', null, null, 4.5, 5, 5.5, 'V', '{"min":"4.5","typ":"5.0","max":"5.5"}'],
    ['Supply Current', 'ICC', null, null, null, 12, 20, 'mA', '{"typ":"12","max":"20"}'],
  ]);
});

test('a value column headed on two lines ("Absolute" / "Maximum"): one value column, no variant', () => {
  const rows = readTables(
    loose([
      ['Absolute Maximum Ratings', 40, 100],
      ['Absolute', 300, 118],
      ['Symbol', 40, 128],
      ['Parameter', 90, 128],
      ['Units', 240, 128],
      ['Maximum', 300, 128],
      ['VCC', 40, 143],
      ['Supply Voltage', 90, 143],
      ['V', 244, 143],
      ['7', 312, 143],
      ['IO', 40, 156],
      ['Output Current', 90, 156],
      ['mA', 242, 156],
      ['±25', 308, 156],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Supply Voltage', 'VCC', null, null, null, null, 7, 'V'],
    ['Output Current', 'IO', null, null, -25, null, 25, 'mA'],
  ]);
  assert.deepEqual(rows.map((r) => r.printed), [{ value: '7' }, { value: '±25' }]);
});

test('rows that go on under the row above at the table\'s own line pitch: the condition and values take its name, symbol and unit', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['Symbol', 40], ['Parameter', 90], ['Frequency', 250], ['Unit', 310], ['Min', 350], ['Typ', 390], ['Max', 430]]],
      [133, [['NF', 40], ['Noise Figure', 90], ['900 MHz', 252], ['dB', 312], ['3.5', 390], ['4.5', 430]]],
      [146, [['2 GHz', 256], ['3.6', 390], ['4.8', 430]]],
      [159, [['P1dB', 40], ['Output Power at 1 dB Compression', 90], ['900 MHz', 252], ['dBm', 310], ['9', 352], ['10.6', 388]]],
      [172, [['2 GHz', 256], ['8', 352], ['9.4', 388]]],
      [185, [['IP3', 40], ['Third Order Intercept', 90], ['dBm', 310], ['24.8', 388]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Noise Figure', 'NF', '900 MHz', null, null, 3.5, 4.5, 'dB'],
    ['Noise Figure', 'NF', '2 GHz', null, null, 3.6, 4.8, 'dB'],
    ['Output Power at 1 dB Compression', 'P1dB', '900 MHz', null, 9, 10.6, null, 'dBm'],
    ['Output Power at 1 dB Compression', 'P1dB', '2 GHz', null, 8, 9.4, null, 'dBm'],
    ['Third Order Intercept', 'IP3', null, null, null, 24.8, null, 'dBm'],
  ]);
});

test('No. | Parameter | Min | Typ | Max | Unit | Test Conditions: row numbers first, the conditions last', () => {
  const rows = readTables(
    page([
      [100, [['DC Characteristics', 40]]],
      [120, [['No.', 40], ['Parameter', 70], ['Min', 220], ['Typ', 260], ['Max', 300], ['Unit', 340], ['Test Conditions', 380]]],
      [135, [['1', 42], ['Input Low Voltage', 70], ['-0.3', 218], ['0.8', 302], ['V', 342], ['VCC = 5 V', 380]]],
      [148, [['2', 42], ['Input High Voltage', 70], ['2.0', 222], ['VCC + 0.3', 294], ['V', 342], ['VCC = 5 V', 380]]],
      [161, [['3', 42], ['Supply Current', 70], ['1.5', 262], ['3', 304], ['mA', 340], ['f = 1 MHz', 380]]],
      [172, [['4', 302], ['mA', 340], ['f = 10 MHz', 380]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Input Low Voltage', null, 'VCC = 5 V', null, -0.3, null, 0.8, 'V'],
    ['Input High Voltage', null, 'VCC = 5 V', null, 2, null, null, 'V'],
    ['Supply Current', null, 'f = 1 MHz', null, null, 1.5, 3, 'mA'],
    ['Supply Current', null, 'f = 10 MHz', null, null, null, 4, 'mA'],
  ]);
});

test('Pin | Symbol | Parameter | Value | Unit: a pin column before the names, the symbols before the names', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 40]]],
      [120, [['Pin', 40], ['Symbol', 80], ['Parameter', 140], ['Value', 320], ['Unit', 380]]],
      [135, [['VIN', 40], ['VI', 82], ['Input Voltage', 140], ['-0.3 to 40', 308], ['V', 382]]],
      [148, [['EN', 40], ['VEN', 82], ['Enable Voltage', 140], ['-0.3 to 6', 310], ['V', 382]]],
      [161, [['-', 42], ['Tj', 82], ['Junction Temperature', 140], ['150', 322], ['°C', 380]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Input Voltage', 'VI', null, null, -0.3, null, 40, 'V'],
    ['Enable Voltage', 'VEN', null, null, -0.3, null, 6, 'V'],
    ['Junction Temperature', 'Tj', null, null, null, null, 150, '°C'],
  ]);
});

test('a ratings table with the page\'s notes set beside it, on its own lines: the notes\' text is no cell of the table', () => {
  const rows = readTables(
    page([
      [68, [['XR-2206 Absolute Maximum Ratings [1]', 66]]],
      [82, [['Notes:', 394]]],
      [87, [['Symbol', 67], ['Parameter', 114], ['Units', 240], ['Absolute Maximum', 300], ['1. Operation of this device above any one of', 394]]],
      [100, [['these parameters may cause permanent', 403]]],
      [105, [['VCC', 67], ['Supply Voltage', 114], ['V', 240], ['7', 302], ['damage.', 403]]],
      [118, [['PD', 67], ['Power Dissipation', 114], ['mW', 240], ['230', 300], ['2. Derate 7.4 mW/°C above 119°C.', 394]]],
      [127, [['Mounted on a 1 inch square board.', 403]]],
      [135, [['Pin', 67], ['RF Input Power', 114], ['dBm', 240], ['18', 300], ['3. Measured with a liquid crystal method.', 394]]],
      [145, [['See application note.', 403]]],
      [150, [['TJ', 67], ['Junction Temperature', 114], ['°C', 240], ['150', 300]]],
      [165, [['TSTG', 67], ['Storage Temperature', 114], ['°C', 240], ['-65 to 150', 300]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Supply Voltage', 'VCC', null, null, null, null, 7, 'V'],
    ['Power Dissipation', 'PD', null, null, null, null, 230, 'mW'],
    ['RF Input Power', 'Pin', null, null, null, null, 18, 'dBm'],
    ['Junction Temperature', 'TJ', null, null, null, null, 150, '°C'],
    ['Storage Temperature', 'TSTG', null, null, -65, null, 150, '°C'],
  ]);
  // (A title may start with the part it is for.)
  assert.equal(rows[0].table, 'XR-2206 Absolute Maximum Ratings');
});

test('a package drawing\'s dimension table (Min/Max under MILLIMETERS and INCHES, or under DIMENSIONS) is no characteristics table', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['Parameter', 40], ['Symbol', 200], ['Min', 260], ['Max', 300], ['Unit', 340]]],
      [135, [['Supply Voltage', 40], ['VCC', 200], ['2.7', 260], ['5.5', 300], ['V', 340]]],
      [300, [['Package Outline', 40]]],
      [320, [['MILLIMETERS', 150], ['INCHES', 250]]],
      [332, [['Dimension', 40], ['Min', 140], ['Max', 180], ['Min', 240], ['Max', 280]]],
      [345, [['Overall Length', 40], ['9.14', 140], ['9.78', 180], ['.360', 240], ['.385', 280]]],
      [358, [['Lead Thickness', 40], ['0.20', 140], ['0.38', 180], ['.008', 240], ['.015', 280]]],
      [500, [['DIMENSIONS', 150]]],
      [512, [['SYMBOL', 75], ['MIN.', 133], ['MAX.', 189]]],
      [523, [['A', 88], ['0.80 (0.031)', 119], ['1.00 (0.039)', 177]]],
      [534, [['A1', 86], ['0 (0)', 119], ['0.10 (0.004)', 177]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [['Supply Voltage', 'VCC', null, null, 2.7, null, 5.5, 'V']]);
});

test('two condition columns (Test Conditions, Temp): a row\'s conditions are both, set apart by a comma', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['Parameter', 40], ['Symbol', 160], ['Test Conditions', 210], ['Temp', 310], ['Min', 350], ['Typ', 390], ['Max', 430], ['Unit', 470]]],
      [135, [['Offset Voltage', 40], ['VOS', 160], ['VCM = 0 V', 210], ['25°C', 310], ['0.5', 392], ['2', 432], ['mV', 470]]],
      [148, [['VCM = 0 V', 210], ['Full', 310], ['3', 432], ['mV', 470]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Offset Voltage', 'VOS', 'VCM = 0 V, 25°C', null, null, 0.5, 2, 'mV'],
    ['Offset Voltage', 'VOS', 'VCM = 0 V, Full', null, null, null, 3, 'mV'],
  ]);
});

test('a row that goes on under the row above after a wider gap still takes its name, symbol and unit', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['Symbol', 40], ['Parameter', 90], ['Frequency', 250], ['Unit', 310], ['Min', 350], ['Typ', 390], ['Max', 430]]],
      [133, [['NF', 40], ['Noise Figure', 90], ['900 MHz', 252], ['dB', 312], ['3.5', 390], ['4.5', 430]]],
      [150, [['2 GHz', 256], ['3.6', 390], ['4.8', 430]]],
      [163, [['IP3', 40], ['Third Order Intercept', 90], ['dBm', 310], ['24.8', 388]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Noise Figure', 'NF', '900 MHz', null, null, 3.5, 4.5, 'dB'],
    ['Noise Figure', 'NF', '2 GHz', null, null, 3.6, 4.8, 'dB'],
    ['Third Order Intercept', 'IP3', null, null, null, 24.8, null, 'dBm'],
  ]);
});

test('Parameter | Symbol | Values (Min. Typ. Max. under it) | Unit | Note / Test Condition: a dash for no condition is none', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['Parameter', 40], ['Symbol', 160], ['Values', 250], ['Unit', 330], ['Note / Test Condition', 370]]],
      [131, [['Min.', 210], ['Typ.', 250], ['Max.', 290]]],
      [146, [['Supply current', 40], ['IS', 160], ['–', 212], ['1.2', 250], ['2.0', 290], ['mA', 330], ['VS = 13.5 V', 370]]],
      [159, [['Input voltage high', 40], ['VIH', 160], ['2.0', 210], ['–', 254], ['–', 294], ['V', 330], ['–', 372]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Supply current', 'IS', 'VS = 13.5 V', null, null, 1.2, 2, 'mA'],
    ['Input voltage high', 'VIH', null, null, 2, null, null, 'V'],
  ]);
});

test('a column of bullets with no head between the conditions and the limits (● for the full temperature range) takes no value', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['SYMBOL', 40], ['PARAMETER', 90], ['CONDITIONS', 220], ['MIN', 350], ['TYP', 390], ['MAX', 430], ['UNITS', 470]]],
      [135, [['VOS', 40], ['Input Offset Voltage', 90], ['VCM = 0 V', 220], ['10', 392], ['50', 432], ['µV', 470]]],
      [148, [['●', 336], ['75', 432], ['µV', 470]]],
      [161, [['AVOL', 40], ['Large-Signal Gain', 90], ['RL = 10k', 220], ['●', 336], ['1000', 346], ['3000', 386], ['V/mV', 470]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Input Offset Voltage', 'VOS', 'VCM = 0 V', null, null, 10, 50, 'µV'],
    ['Input Offset Voltage', 'VOS', null, null, null, null, 75, 'µV'],
    ['Large-Signal Gain', 'AVOL', 'RL = 10k', null, 1000, 3000, null, 'V/mV'],
  ]);
});

test('symbols in a column of their own far left of a centred "Parameter", with no head ("IDM", "ID @ TC = 25°C"): the rows\' symbols and conditions', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 40]]],
      [120, [['Parameter', 150], ['Max.', 330], ['Units', 380]]],
      [135, [['ID @ TC = 25°C', 40], ['Continuous Drain Current, VGS @ 10V', 120], ['33', 332], ['A', 382]]],
      [148, [['IDM', 40], ['Pulsed Drain Current', 120], ['110', 330], ['A', 382]]],
      [161, [['PD @TC = 25°C', 40], ['Power Dissipation', 120], ['130', 330], ['W', 382]]],
      [174, [['VGS', 40], ['Gate-to-Source Voltage', 120], ['± 20', 330], ['V', 382]]],
      [187, [['TJ, TSTG', 40], ['Operating Junction and', 120], ['-55 to + 175', 316], ['°C', 380]]],
      [196, [['Storage Temperature Range', 120]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Continuous Drain Current, VGS @ 10V', 'ID', 'TC = 25°C', null, null, null, 33, 'A'],
    ['Pulsed Drain Current', 'IDM', null, null, null, null, 110, 'A'],
    ['Power Dissipation', 'PD', 'TC = 25°C', null, null, null, 130, 'W'],
    ['Gate-to-Source Voltage', 'VGS', null, null, -20, null, 20, 'V'],
    ['Operating Junction and Storage Temperature Range', 'TJ, TSTG', null, null, -55, null, 175, '°C'],
  ]);
});

test('Parameter | Frequency (GHz) | Min. | Typ. | Max. | Units: the frequencies are the rows\' conditions, in the header\'s unit', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Specifications', 40]]],
      [120, [['Parameter', 40], ['Frequency (GHz)', 170], ['Min.', 270], ['Typ.', 310], ['Max.', 350], ['Units', 390]]],
      [135, [['Gain', 40], ['0.05 - 1', 180], ['14.0', 270], ['15.5', 310], ['dB', 392]]],
      [146, [['1 - 3', 186], ['13.0', 270], ['14.8', 310]]],
      [159, [['Noise Figure', 40], ['0.05 - 3', 180], ['2.8', 312], ['3.5', 352], ['dB', 392]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Gain', null, '0.05 - 1 GHz', null, 14, 15.5, null, 'dB'],
    ['Gain', null, '1 - 3 GHz', null, 13, 14.8, null, 'dB'],
    ['Noise Figure', null, '0.05 - 3 GHz', null, null, 2.8, 3.5, 'dB'],
  ]);
});

test('PARAMETER | SYMBOL | 10 s | STEADY STATE | UNIT: columns with no limit word between the names and the units hold values, each its own variant', () => {
  const rows = readTables(
    page([
      [100, [['ABSOLUTE MAXIMUM RATINGS (TA = 25 °C, unless otherwise noted)', 40]]],
      [120, [['PARAMETER', 40], ['SYMBOL', 200], ['10 s', 270], ['STEADY STATE', 320], ['UNIT', 400]]],
      [135, [['Continuous Drain Current', 40], ['ID', 204], ['8.5', 272], ['6.3', 330], ['A', 402]]],
      [148, [['Maximum Power Dissipation', 40], ['PD', 204], ['2.5', 272], ['1.4', 330], ['W', 402]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Continuous Drain Current', 'ID', null, '10 s', null, null, 8.5, 'A'],
    ['Continuous Drain Current', 'ID', null, 'STEADY STATE', null, null, 6.3, 'A'],
    ['Maximum Power Dissipation', 'PD', null, '10 s', null, null, 2.5, 'W'],
    ['Maximum Power Dissipation', 'PD', null, 'STEADY STATE', null, null, 1.4, 'W'],
  ]);
});

test('short lines of the prose in a page column left of a table, on the rows\' lines, are not taken into its rows', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 240]]],
      [120, [['Parameter', 300], ['Max.', 460], ['Units', 510]]],
      [135, [['The device is built', 40], ['Pulsed Drain Current', 270], ['110', 460], ['A', 512]]],
      [148, [['for high current', 40], ['Power Dissipation', 270], ['130', 460], ['W', 512]]],
      [161, [['and low losses.', 40], ['Gate-to-Source Voltage', 270], ['± 20', 460], ['V', 512]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Pulsed Drain Current', null, null, null, null, null, 110, 'A'],
    ['Power Dissipation', null, null, null, null, null, 130, 'W'],
    ['Gate-to-Source Voltage', null, null, null, -20, null, 20, 'V'],
  ]);
});

test('PARAMETER | MIN NOM MAX | UNIT (TI recommended operating conditions): the nominal value is the typical one', () => {
  const rows = readTables(
    page([
      [100, [['Recommended Operating Conditions', 40]]],
      [120, [['PARAMETER', 40], ['MIN', 300], ['NOM', 340], ['MAX', 380], ['UNIT', 420]]],
      [135, [['VCC', 40], ['Supply voltage', 80], ['2', 304], ['5', 344], ['6', 384], ['V', 424]]],
      [148, [['TA', 40], ['Operating free-air temperature', 80], ['-40', 300], ['85', 382], ['°C', 422]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.min, r.typ, r.max, r.unit]),
    [
      [2, 5, 6, 'V'],
      [-40, null, 85, '°C'],
    ],
  );
});

test('"NOM" beside a dimension of a drawing, with no Min and Max around it, names no column', () => {
  const rows = readTables(
    page([
      [100, [['Package Outline', 40]]],
      [120, [['0.125', 200], ['Typ', 320]]],
      [133, [['NOM', 200], ['Min', 420]]],
      [146, [['0.325', 120], ['0.018 ± 0.003', 300]]],
    ]),
  );
  assert.deepEqual(rows, []);
});

test('Parameter | Symbol | Values (Min. Typ. Max.) | Unit | Note / Test Condition (Infineon): "Values" over the limits is no variant', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['Parameter', 40], ['Symbol', 160], ['Values', 250], ['Unit', 340], ['Note / Test Condition', 380]]],
      [131, [['Min.', 220], ['Typ.', 252], ['Max.', 284]]],
      [146, [['Drain-source breakdown voltage', 40], ['V(BR)DSS', 160], ['600', 220], ['–', 256], ['–', 288], ['V', 344], ['VGS = 0 V, ID = 1 mA', 380]]],
      [159, [['Gate threshold voltage', 40], ['VGS(th)', 160], ['2.5', 220], ['3', 254], ['3.5', 284], ['V', 344], ['VDS = VGS, ID = 0.5 mA', 380]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Drain-source breakdown voltage', 'V(BR)DSS', 'VGS = 0 V, ID = 1 mA', null, 600, null, null, 'V'],
    ['Gate threshold voltage', 'VGS(th)', 'VDS = VGS, ID = 0.5 mA', null, 2.5, 3, 3.5, 'V'],
  ]);
});

test('Parameter | Symbol | Limits (Min. Typ. Max.) | Unit | Conditions (Rohm): "Limits" over the limits is no variant', () => {
  const rows = readTables(
    page([
      [100, [['Electrical characteristics (Ta = 25°C, VCC = 5 V)', 40]]],
      [120, [['Parameter', 40], ['Symbol', 160], ['Limits', 250], ['Unit', 340], ['Conditions', 380]]],
      [131, [['Min.', 220], ['Typ.', 252], ['Max.', 284]]],
      [146, [['Circuit current', 40], ['ICC', 160], ['–', 224], ['1.2', 254], ['2.0', 284], ['mA', 342], ['No load', 380]]],
      [159, [['Output voltage', 40], ['VO', 160], ['4.9', 220], ['5.0', 252], ['5.1', 284], ['V', 344], ['IO = 10 mA', 380]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Circuit current', 'ICC', 'No load', null, null, 1.2, 2, 'mA'],
    ['Output voltage', 'VO', 'IO = 10 mA', null, 4.9, 5, 5.1, 'V'],
  ]);
  assert.equal(rows[0].table_conditions, 'Ta = 25°C, VCC = 5 V');
});

test('a dimensions table under a drawing\'s letters (UNIT | b max. | D max. | G1 max. | L min.) over a row in mm is no characteristics table', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['Parameter', 40], ['Symbol', 200], ['Min', 260], ['Max', 300], ['Unit', 340]]],
      [135, [['Supply Voltage', 40], ['VCC', 200], ['2.7', 260], ['5.5', 300], ['V', 340]]],
      [300, [['PACKAGE OUTLINE', 40]]],
      [320, [['b', 110], ['D', 140], ['G1', 170], ['L', 200]]],
      [330, [['UNIT', 76], ['max.', 106], ['max.', 137], ['max.', 167], ['min.', 199]]],
      [345, [['mm', 80], ['0.56', 106], ['1.85', 137], ['4.25', 167], ['25.4', 199]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [['Supply Voltage', 'VCC', null, null, 2.7, null, 5.5, 'V']]);
});

test('grades lettered over Min/Max (A | B | C) with rows in volts are a characteristics table still', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['A', 215], ['B', 295], ['C', 375]]],
      [130, [['Parameter', 40], ['Min', 200], ['Max', 230], ['Min', 280], ['Max', 310], ['Min', 360], ['Max', 390], ['Unit', 430]]],
      [145, [['Supply Voltage', 40], ['2.7', 200], ['5.5', 230], ['3.0', 280], ['5.5', 310], ['4.5', 360], ['5.5', 390], ['V', 430]]],
    ]),
  );
  assert.deepEqual(rows.map((r) => [r.variant, r.min, r.max]), [['A', 2.7, 5.5], ['B', 3, 5.5], ['C', 4.5, 5.5]]);
});

// Characteristics tables read by the header's geometry: columns and groups, rows from lines of
// limits, names and conditions by drawn rules or spacing, ratings lists.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Line, PageLayout, Rule } from '../../layout/types';
import type { ElectricalCharacteristic } from '../../types';
import { readTables } from './tables';

const fixture = (name: string): PageLayout[] => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

/** A page from rows of [text, x0] cells at baseline y (width by 5 pt a character at 9 pt). */
function page(rows: [number, [string, number][]][], rules: Rule[] = []): PageLayout[] {
  const lines: Line[] = rows.map(([y, cells]) => {
    const segments = cells.map(([text, x]) => ({ text, x0: x, x1: x + text.length * 4.5, y, size: 9 }));
    return { text: cells.map((c) => c[0]).join(' '), segments, x0: segments[0].x0, x1: segments[segments.length - 1].x1, y, size: 9, block: 0 };
  });
  return [{ number: 1, width: 612, height: 792, lines, text: lines.map((l) => l.text).join('\n'), rules }];
}
const hr = (y: number, x0 = 40, x1 = 560): Rule => ({ x0, x1, y0: y, y1: y });

const brief = (r: ElectricalCharacteristic) => [r.parameter, r.symbol, r.conditions, r.variant, r.min, r.typ, r.max, r.unit];

test('generated datasheets: ratings with ±, ranges and text values; characteristics with conditions (datasheet-3, datasheet-5)', () => {
  const three = readTables(fixture('datasheet-3.json'));
  assert.deepEqual(brief(three[0]), ['Supply Voltage', 'VS', null, null, -18, null, 18, 'V']);
  assert.deepEqual(three[0].printed, { value: '±18' });
  assert.deepEqual(brief(three[2]), ['Operating Temperature', 'TA', null, null, -40, null, 125, '°C']);
  assert.deepEqual(brief(three[3]), ['Input Offset Voltage', 'VOS', 'VS = ±15 V', null, null, 10, 60, 'µV']);
  assert.equal(three[3].table, 'Electrical Characteristics');
  assert.deepEqual(brief(three[7]), ['Common-Mode Rejection Ratio', 'CMRR', 'VCM = ±13 V', null, 120, 130, null, 'dB']);
  const five = readTables(fixture('datasheet-5.json'));
  assert.deepEqual(brief(five.find((r) => r.symbol === 'RDS(on)')!), ['Static Drain-Source On-Resistance', 'RDS(on)', 'VGS = 10 V, ID = 0.22 A', null, null, 0.7, 3.5, 'Ω']);
});

test('a ruled table: a name centred over its rows, a condition heading the rows below it, a condition wrapped around its row', () => {
  const rows = readTables(
    page(
      [
        [100, [['Electrical Characteristics', 40]]],
        [112, [['(VI - VO = 5 V, TA = 25 °C unless otherwise specified)', 40]]],
        [130, [['Parameter', 44], ['Symbol', 200], ['Conditions', 280], ['Min.', 400], ['Typ.', 440], ['Max.', 480], ['Unit', 520]]],
        [145, [['TA = +25°C', 250]]],
        [151, [['-', 405], ['0.01', 440], ['0.04', 480], ['%/V', 520]]],
        [157, [['Line Regulation', 44], ['Rline', 200], ['3V ≤ VI - VO ≤ 40V', 250]]],
        [172, [['3V ≤ VI - VO ≤ 40V', 250], ['-', 405], ['0.02', 440], ['0.07', 480], ['%/V', 520]]],
        [187, [['10mA ≤ IO ≤ IMAX', 250]]],
        [198, [['VO < 5V', 250], ['-', 405], ['18', 440], ['25', 480], ['mV', 520]]],
        [204, [['Load Regulation', 44], ['Rload', 200]]],
        [210, [['VO ≥ 5V', 250], ['-', 405], ['0.4', 440], ['0.5', 480], ['%/VO', 520]]],
        [230, [['Reference Voltage', 44], ['VREF', 200], ['10mA ≤ IO ≤ IMAX', 250], ['1.20', 400], ['1.25', 440], ['1.30', 480], ['V', 520]]],
      ],
      [hr(122), hr(136), hr(164, 245), hr(178), hr(218), hr(240)],
    ),
  );
  assert.deepEqual(rows.map(brief), [
    ['Line Regulation', 'Rline', 'TA = +25°C, 3V ≤ VI - VO ≤ 40V', null, null, 0.01, 0.04, '%/V'],
    ['Line Regulation', 'Rline', '3V ≤ VI - VO ≤ 40V', null, null, 0.02, 0.07, '%/V'],
    ['Load Regulation', 'Rload', '10mA ≤ IO ≤ IMAX, VO < 5V', null, null, 18, 25, 'mV'],
    ['Load Regulation', 'Rload', '10mA ≤ IO ≤ IMAX, VO ≥ 5V', null, null, 0.4, 0.5, '%/VO'],
    ['Reference Voltage', 'VREF', '10mA ≤ IO ≤ IMAX', null, 1.2, 1.25, 1.3, 'V'],
  ]);
  assert.equal(rows[0].table_conditions, 'VI - VO = 5 V, TA = 25 °C unless otherwise specified');
});

test('grade groups over Min/Typ/Max are variants; a section heading; an unruled table split by its named rows', () => {
  const rows = readTables(
    page([
      [100, [['SPECIFICATIONS', 40]]],
      [120, [['A Grade', 330], ['B Grade', 450]]],
      [132, [['Parameter', 44], ['Symbol', 180], ['Min', 310], ['Typ', 345], ['Max', 380], ['Min', 430], ['Typ', 465], ['Max', 500], ['Unit', 540]]],
      [146, [['DC ACCURACY', 44]]],
      [158, [['Integral Nonlinearity', 50], ['INL', 180], ['±0.5', 345], ['±2', 380], ['±0.3', 465], ['±1', 500], ['LSB', 540]]],
      [170, [['Offset Error', 50], ['VOS', 180], ['1', 345], ['5', 380], ['0.5', 465], ['3', 500], ['mV', 540]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Integral Nonlinearity', 'INL', null, 'A Grade', -2, 0.5, 2, 'LSB'],
    ['Integral Nonlinearity', 'INL', null, 'B Grade', -1, 0.3, 1, 'LSB'],
    ['Offset Error', 'VOS', null, 'A Grade', null, 1, 5, 'mV'],
    ['Offset Error', 'VOS', null, 'B Grade', null, 0.5, 3, 'mV'],
  ]);
  assert.ok(rows.every((r) => r.section === 'DC ACCURACY'));
});

test('limits at temperatures under an axis label: a "(Max)" parameter\'s lone limits are maxima; VCC from its column', () => {
  const rows = readTables(
    page([
      [100, [['DC Electrical Specifications', 40]]],
      [115, [['LIMITS AT INDICATED TEMPERATURES (°C)', 300]]],
      [125, [['TEST CONDITIONS', 170]]],
      [135, [['PARAMETER', 50], ['VCC (V)', 200], ['-55', 300], ['+125', 350], ['MIN', 400], ['MAX', 450], ['UNITS', 520]]],
      [150, [['Quiescent Device Current, IDD (Max)', 50], ['5', 205], ['1', 300], ['30', 350], ['-', 400], ['1', 450], ['µA', 520]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Quiescent Device Current, IDD (Max)', null, 'VCC = 5 V', '-55', null, null, 1, 'µA'],
    ['Quiescent Device Current, IDD (Max)', null, 'VCC = 5 V', '+125', null, null, 30, 'µA'],
    ['Quiescent Device Current, IDD (Max)', null, 'VCC = 5 V', null, null, null, 1, 'µA'],
  ]);
});

test('ratings printed as lists: with dot leaders, and plainly beside their values', () => {
  const leaders = readTables(page([[100, [['ABSOLUTE MAXIMUM RATINGS', 40]]], [115, [['VDD to GND ..................... -0.3V to +6V', 40]]], [127, [['DOUT Current ..................... ±25mA', 40]]]]));
  assert.deepEqual(leaders.map(brief), [
    ['VDD to GND', null, null, null, -0.3, null, 6, 'V'],
    ['DOUT Current', null, null, null, -25, null, 25, 'mA'],
  ]);
  const plain = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 40]]],
      [115, [['Storage Temperature, TS', 44], ['–55˚C to +150˚C', 300]]],
      [130, [['Lead Solder Temperature, max.', 44], ['260˚C for 10 s', 300]]],
      [142, [['(1.6 mm below seating plane)', 44]]],
    ]),
  );
  assert.deepEqual(plain.map(brief), [
    ['Storage Temperature, TS', 'TS', null, null, -55, null, 150, '°C'],
    ['Lead Solder Temperature, max. (1.6 mm below seating plane)', null, 'for 10 s', null, null, null, 260, '°C'],
  ]);
});

test('values under the parts they are for (stacked part names over each column, no Parameter heading): a row per part group, conditions in a column of their own', () => {
  const rows = readTables(
    page([
      [80, [['absolute maximum ratings over operating free-air temperature range', 50]]],
      [102, [['LM158, LM158A', 398]]],
      [107, [['LM2904', 472]]],
      [112, [['LM258, LM258A', 398], ['UNIT', 519]]],
      [117, [['LM2904Q', 469]]],
      [122, [['LM358, LM358A', 398]]],
      [136, [['Supply voltage, VCC', 52], ['32', 438], ['26', 485], ['V', 526]]],
      [150, [['Input voltage, VI (either input)', 52], ['–0.3 to 32', 411], ['–0.3 to 26', 471], ['V', 526]]],
      [164, [['Junction temperature, TJ', 52], ['150', 433], ['150', 480], ['°C', 524]]],
      [178, [['Thermal impedance, θJA', 52], ['D package', 308], ['97', 438], ['97', 485], ['°C/W', 519]]],
      [192, [['P package', 308], ['85', 438], ['85', 485], ['°C/W', 519]]],
      [206, [['PW package', 308], ['149', 433], ['149', 481], ['°C/W', 519]]],
    ]),
  );
  assert.deepEqual(brief(rows[0]), ['Supply voltage, VCC', null, null, 'LM158, LM158A, LM258, LM258A, LM358, LM358A', null, null, 32, 'V']);
  assert.deepEqual(brief(rows[1]), ['Supply voltage, VCC', null, null, 'LM2904, LM2904Q', null, null, 26, 'V']);
  assert.deepEqual(brief(rows[3]), ['Input voltage, VI (either input)', null, null, 'LM2904, LM2904Q', -0.3, null, 26, 'V']);
  const thermal = rows.filter((r) => r.unit === '°C/W' && r.variant === 'LM2904, LM2904Q');
  assert.deepEqual(thermal.map((r) => [r.conditions, r.max]), [['D package', 97], ['P package', 85], ['PW package', 149]]);
});

test('part names in a row under Symbol | Parameter | Units, "Max." over them: a Max column per part', () => {
  const rows = readTables(
    page([
      [588, [['Thermal Characteristics Ta = 25°C unless otherwise noted', 64]]],
      [607, [['Max.', 381]]],
      [614, [['Symbol', 78], ['Parameter', 189], ['Units', 497]]],
      [623, [['PN2222A', 312], ['*MMBT2222A', 366], ['**PZT2222A', 431]]],
      [637, [['PD', 91], ['Total Device Dissipation', 132], ['625', 323], ['350', 385], ['1,000', 444], ['mW', 501]]],
      [678, [['RθJA', 87], ['Thermal Resistance, Junction to Ambient', 132], ['200', 322], ['357', 385], ['125', 447], ['°C/W', 498]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.symbol, r.variant, r.max, r.unit]),
    [
      ['PD', 'PN2222A', 625, 'mW'],
      ['PD', 'MMBT2222A', 350, 'mW'],
      ['PD', 'PZT2222A', 1000, 'mW'],
      ['RθJA', 'PN2222A', 200, '°C/W'],
      ['RθJA', 'MMBT2222A', 357, '°C/W'],
      ['RθJA', 'PZT2222A', 125, '°C/W'],
    ],
  );
});

test('a ruled table with symbols left of names that start before their centred header: a name wrapped around its rows is one name', () => {
  // "PARAMETER" centred over a symbol and a name column; each parameter a ruled cell, its name
  // wrapped over lines above and below the lines of values, its symbol centred between them.
  const rows = readTables(
    page(
      [
        [100, [['PARAMETER', 110], ['TEST CONDITIONS', 240], ['MIN', 400], ['TYP', 440], ['MAX', 480], ['UNIT', 520]]],
        [112, [['VIO', 52], ['Input offset voltage', 97], ['VCC = 5 V', 240], ['2', 440], ['7', 480], ['mV', 520]]],
        [121, [['IIB', 52], ['Input bias current', 97], ['VO = 1.4 V', 240], ['-20', 440], ['-150', 480], ['nA', 520]]],
        [134, [['Common-mode', 97], ['VCC = 5 V', 240]]],
        [140, [['CMRR', 52], ['65', 400], ['80', 440], ['dB', 520]]],
        [146, [['rejection ratio', 97]]],
        [162, [['Large-signal differential', 97], ['RL = 2 kΩ', 240], ['25', 400], ['100', 440]]],
        [168, [['AVD', 52], ['V/mV', 520]]],
        [174, [['voltage amplification', 97], ['RL = 10 kΩ', 240], ['15', 400]]],
      ],
      [hr(106), hr(116), hr(126), hr(152), hr(180), hr(165, 390, 510)],
    ),
  );
  assert.deepEqual(rows.map(brief), [
    ['Input offset voltage', 'VIO', 'VCC = 5 V', null, null, 2, 7, 'mV'],
    ['Input bias current', 'IIB', 'VO = 1.4 V', null, null, -20, -150, 'nA'],
    ['Common-mode rejection ratio', 'CMRR', 'VCC = 5 V', null, 65, 80, null, 'dB'],
    ['Large-signal differential voltage amplification', 'AVD', 'RL = 2 kΩ', null, 25, 100, null, 'V/mV'],
    ['Large-signal differential voltage amplification', 'AVD', 'RL = 10 kΩ', null, 15, null, null, 'V/mV'],
  ]);
});

test('a ruled cell with several named rows keeps its first line as their section heading', () => {
  const rows = readTables(
    page(
      [
        [100, [['Parameter', 44], ['Symbol', 200], ['Min', 400], ['Typ', 440], ['Max', 480], ['Unit', 520]]],
        [118, [['INPUT CHARACTERISTICS', 44]]],
        [130, [['Offset Voltage', 44], ['VOS', 200], ['1', 440], ['7', 480], ['mV', 520]]],
        [142, [['Input Bias Current', 44], ['IB', 200], ['-6', 400], ['-4', 440], ['µA', 520]]],
        [160, [['DYNAMIC PERFORMANCE', 44]]],
        [172, [['Propagation Delay', 44], ['tP', 200], ['4.5', 440], ['6.5', 480], ['ns', 520]]],
      ],
      [hr(108), hr(150), hr(180)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.section, r.parameter]),
    [
      ['INPUT CHARACTERISTICS', 'Offset Voltage'],
      ['INPUT CHARACTERISTICS', 'Input Bias Current'],
      ['DYNAMIC PERFORMANCE', 'Propagation Delay'],
    ],
  );
});

test('a rating named "Package thermal impedance" is a row of the table; a "Package information" heading ends it', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 40]]],
      [120, [['Parameter', 44], ['Value', 400], ['Unit', 480]]],
      [134, [['Supply voltage, VCC', 44], ['32', 400], ['V', 480]]],
      [148, [['Package thermal impedance, θJA', 44], ['97', 400], ['°C/W', 480]]],
      [162, [['Storage temperature range, Tstg', 44], ['–65 to 150', 400], ['°C', 480]]],
      [190, [['PACKAGE INFORMATION', 44]]],
      [204, [['Pin count', 44], ['8', 400]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.min, r.max, r.unit]),
    [
      ['Supply voltage, VCC', null, 32, 'V'],
      ['Package thermal impedance, θJA', null, 97, '°C/W'],
      ['Storage temperature range, Tstg', -65, 150, '°C'],
    ],
  );
});

test('a part name under a parameter in its ruled cell is part of the name; parts on each row of values are their variants', () => {
  const rows = readTables(
    page(
      [
        [100, [['Parameter', 44], ['Conditions', 220], ['Min', 400], ['Max', 460], ['Unit', 520]]],
        [115, [['Input Low Voltage, VIL (Max)', 44], ['VCC = 5 V', 220], ['1', 460], ['V', 520]]],
        [122, [['CD4049UB', 44]]],
        [129, [['VCC = 10 V', 220], ['2', 460], ['V', 520]]],
        [148, [['Breakdown voltage : BC546', 44], ['IC = 10 mA', 220], ['80', 400], ['V', 520]]],
        [160, [[': BC547', 44], ['80', 400], ['V', 520]]],
      ],
      [hr(106), hr(138), hr(168)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.variant, r.min, r.max]),
    [
      ['Input Low Voltage, VIL (Max) CD4049UB', null, null, 1],
      ['Input Low Voltage, VIL (Max) CD4049UB', null, null, 2],
      ['Breakdown voltage', 'BC546', 80, null],
      ['Breakdown voltage', 'BC547', 80, null],
    ],
  );
});

test('a line in parentheses under a name continues it; a name whose values stand on its continuation leaves the next row its own', () => {
  const rows = readTables(
    page([
      [100, [['Parameter', 44], ['Symbol', 200], ['Conditions', 250], ['Min', 400], ['Typ', 440], ['Max', 480], ['Unit', 520]]],
      [114, [['Input offset current', 44], ['0.25', 440], ['0.7', 480], ['nA', 520]]],
      [126, [['(Note 6)', 44], ['1.5', 480], ['nA', 520]]],
      [140, [['Differential Propagation Delay', 44]]],
      [152, [['(Rising vs. Falling)', 44], ['ΔtP', 200], ['100 mV step', 250], ['0.5', 440], ['2.0', 480], ['ns', 520]]],
      [164, [['Rise Time', 44], ['20% to 80%', 250], ['2.5', 440], ['ns', 520]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.typ, r.max]),
    [
      ['Input offset current (Note 6)', 0.25, 0.7],
      ['Input offset current (Note 6)', null, 1.5],
      ['Differential Propagation Delay (Rising vs. Falling)', 0.5, 2],
      ['Rise Time', 2.5, null],
    ],
  );
});

test('in a table ruled into cells, a text at the left of a wide cell stands under the header word centred in it', () => {
  const vr = (x: number, y0: number, y1: number): Rule => ({ x0: x, x1: x, y0, y1 });
  const rows = readTables(
    page(
      [
        [100, [['PARAMETER', 95], ['SYMBOL', 191], ['CONDITIONS', 295], ['MIN', 429], ['TYP', 460], ['MAX', 489], ['UNITS', 527]]],
        [115, [['Offset Error', 62], ['MAX124_A', 236], ['±0.5', 460], ['±3.0', 489]]],
        [121, [['LSB', 532]]],
        [128, [['MAX124_B/C', 236], ['±0.5', 460], ['±4.0', 489]]],
      ],
      [hr(92, 57, 558), hr(106, 57, 558), hr(134, 57, 558), ...[57, 187, 230, 413, 521, 558].map((x) => vr(x, 92, 134))],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.symbol, r.conditions, r.max, r.unit]),
    [
      ['Offset Error', null, 'MAX124_A', 3, 'LSB'],
      ['Offset Error', null, 'MAX124_B/C', 4, 'LSB'],
    ],
  );
});

test('a ruled name cell with one symbol is one parameter over its rows, unless its rows are in other units', () => {
  const rows = readTables(
    page(
      [
        [100, [['Parameter', 44], ['Symbol', 160], ['Conditions', 220], ['Min', 400], ['Typ', 440], ['Max', 480], ['Unit', 520]]],
        [114, [['Input Offset', 44], ['VO = 1.4V', 220], ['±1', 440], ['±2', 480]]],
        [120, [['VIO', 160], ['mV', 520]]],
        [126, [['Voltage', 44], ['VCM = 0 to 1.5V', 220], ['±4.0', 480]]],
        [144, [['Total Device Dissipation', 44], ['625', 480], ['mW', 520]]],
        [150, [['PD', 160]]],
        [156, [['Derate above 25°C', 44], ['5.0', 480], ['mW/°C', 520]]],
      ],
      [hr(106), hr(120, 390, 510), hr(134), hr(150, 390, 560), hr(164)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.max, r.unit]),
    [
      ['Input Offset Voltage', 2, 'mV'],
      ['Input Offset Voltage', 4, 'mV'],
      ['Total Device Dissipation', 625, 'mW'],
      ['Derate above 25°C', 5, 'mW/°C'],
    ],
  );
});

test('a condition in parentheses under a name is the rest of the name; a line that starts by setting a variable heads a section', () => {
  const rows = readTables(
    page([
      [100, [['Symbol', 44], ['Parameter', 100], ['Test Conditions', 250], ['Min', 400], ['Max', 460], ['Unit', 520]]],
      [114, [['V(BR)CBO', 44], ['Collector-Base', 100], ['IC = -10 µA', 250], ['-60', 400], ['V', 520]]],
      [124, [['Breakdown Voltage', 100]]],
      [134, [['(IE = 0)', 100]]],
      [150, [['Tamb = 125 °C', 100]]],
      [164, [['ICBO', 44], ['Collector Cut-off Current', 100], ['VCB = -50 V', 250], ['-20', 460], ['µA', 520]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.section, r.parameter]),
    [
      [null, 'Collector-Base Breakdown Voltage (IE = 0)'],
      ['Tamb = 125 °C', 'Collector Cut-off Current'],
    ],
  );
});

test('a limit word over a note mark ("Typ" over "(Note 1)") under a "Limits" group is still the Typ column', () => {
  const rows = readTables(
    page([
      [100, [['Symbol', 44], ['Parameter', 100], ['Test Conditions', 250], ['Limits', 420], ['Units', 520]]],
      [112, [['Min', 360], ['Typ', 420], ['Max', 470]]],
      [122, [['(Note 1)', 410]]],
      [140, [['ISB', 44], ['Standby Current', 100], ['VIN = GND or VCC', 250], ['10', 425], ['50', 470], ['µA', 520]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [['Standby Current', 'ISB', 'VIN = GND or VCC', null, null, 10, 50, 'µA']]);
});

test('entries with dot leaders indented under a line of words are that parameter, each entry its variant', () => {
  const rows = readTables(
    page([
      [100, [['Thermal Information', 324]]],
      [112, [['Package Thermal Impedance, θJA (see Note1):', 324]]],
      [122, [['E (PDIP) Package . . . . . . . . . . . . . . 67oC/W', 332]]],
      [132, [['D (SOIC) Package . . . . . . . . . . . . . . 73oC/W', 332]]],
      [142, [['Maximum Junction Temperature . . . . . . . . .150oC', 324]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.variant, r.max, r.unit]),
    [
      ['Package Thermal Impedance, θJA (see Note1)', 'E (PDIP) Package', 67, '°C/W'],
      ['Package Thermal Impedance, θJA (see Note1)', 'D (SOIC) Package', 73, '°C/W'],
      ['Maximum Junction Temperature', null, 150, '°C'],
    ],
  );
});

test('leaders of mixed dots and ellipses; words after a ratings value are its conditions; "min." makes it a minimum', () => {
  const rows = readTables(
    page([
      [100, [['ABSOLUTE MAXIMUM RATINGS', 40]]],
      [114, [['Storage Temperature Range………………...…………..…………-55°C to +125°C', 40]]],
      [128, [['Soldering Temperature (DIP, leads)..………………....+260°C for 10 seconds', 40]]],
      [142, [['ESD Rating . . . . . . . . . . . . 2000V min.', 40]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.conditions, r.min, r.max, r.unit]),
    [
      ['Storage Temperature Range', null, -55, 125, '°C'],
      ['Soldering Temperature (DIP, leads)', 'for 10 seconds', null, 260, '°C'],
      ['ESD Rating', null, 2000, null, 'V'],
    ],
  );
});

test('a leader entry whose value is no number is kept as printed, with no limits; a title set like its entries heads them', () => {
  const rows = readTables(
    page([
      [100, [['ABSOLUTE MAXIMUM RATINGS', 40]]],
      [114, [['VA, VB, VW to GND . . . . . . . . . . . . . 0 V, VDD', 40]]],
      [128, [['Package Power Dissipation . . . . . . . (TJ max–TA)/θJA', 40]]],
      [142, [['Thermal Resistance θJA', 40]]],
      [156, [['P-DIP (N-8) . . . . . . . . . . . . . . . 103°C/W', 49]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.variant, r.printed, r.max, r.unit]),
    [
      ['VA, VB, VW to GND', null, { value: '0 V, VDD' }, null, null],
      ['Package Power Dissipation', null, { value: '(TJ max–TA)/θJA' }, null, null],
      ['Thermal Resistance θJA', 'P-DIP (N-8)', { value: '103°C/W' }, 103, '°C/W'],
    ],
  );
});

test('a "Symbol | Test | Conditions | Max | Units" header starts a table whose tests are its parameters', () => {
  const rows = readTables(
    page([
      [100, [['Capacitance', 44], ['TA = +25°C, f = 100/400 KHz', 120]]],
      [118, [['Symbol', 50], ['Test', 170], ['Conditions', 300], ['Max', 380], ['Units', 420]]],
      [134, [['CI/O', 55], ['Input/Output Capacitance (SDA)', 100], ['VI/O = 0V', 300], ['8', 385], ['pF', 425]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [['Input/Output Capacitance (SDA)', 'CI/O', 'VI/O = 0V', null, null, null, 8, 'pF']]);
});

test('plain ratings lists: a name begun on the line above, a head over indented entries (with a symbol line), "min." values, a rating named like a title', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 72], ['Operating Ratings', 333]]],
      [115, [['All Input or Output Voltages', 72], ['Ambient Operating Temperature', 333]]],
      [125, [['with Respect to Ground', 90], ['6.5V to –0.3V', 246], ['FM24C256', 351], ['0°C to +70 °C', 491]]],
      [135, [['ESD Rating', 72], ['2000V min.', 254], ['FM24C256E', 351], ['-40°C to +85 °C', 484]]],
      [150, [['Package Thermal Resistance', 333]]],
      [160, [['θJA', 340]]],
      [170, [['H Package', 347], ['150°C/W', 494]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.symbol, r.variant, r.min, r.max, r.unit]),
    [
      ['All Input or Output Voltages with Respect to Ground', null, null, 6.5, -0.3, 'V'],
      ['ESD Rating', null, null, 2000, null, 'V'],
      ['Ambient Operating Temperature', null, 'FM24C256', 0, 70, '°C'],
      ['Ambient Operating Temperature', null, 'FM24C256E', -40, 85, '°C'],
      ['Package Thermal Resistance', 'θJA', 'H Package', null, 150, '°C/W'],
    ],
  );
});

test('a plain list value that goes on alone on the next line ("−0.3V to" over "(VCC+0.3V)") is finished, and the name line after it is its own', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 50]]],
      [120, [['Supply Voltage (VCC) (Note 3)', 53], ['6.5V', 252]]],
      [140, [['Voltage at Any Pin', 53], ['−0.3V to', 238]]],
      [146, [['(VCC+0.3V)', 227]]],
      [158, [['Except Control Inputs', 61]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.printed.value, r.min, r.max]),
    [
      ['Supply Voltage (VCC) (Note 3)', '6.5V', null, 6.5],
      ['Voltage at Any Pin Except Control Inputs', '−0.3V to (VCC+0.3V)', -0.3, null],
    ],
  );
});

test('a limit in words or as a bound is a row kept as printed, with no number', () => {
  const rows = readTables(
    page([
      [100, [['Parameter', 44], ['Symbol', 200], ['Min', 400], ['Typ', 440], ['Max', 480], ['Unit', 520]]],
      [114, [['Power Dissipation', 44], ['PD', 200], ['Internally limited', 420]]],
      [128, [['Aperture Jitter', 44], ['<50', 440], ['ps', 520]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.printed, r.min, r.typ, r.max]),
    [
      ['Power Dissipation', { typ: 'Internally limited' }, null, null, null],
      ['Aperture Jitter', { typ: '<50' }, null, null, null],
    ],
  );
});

test('a "PARAMETER | TEST CONDITIONS | TYP | UNIT" header starts a table', () => {
  const rows = readTables(
    page([
      [100, [['PARAMETER', 175], ['TEST CONDITIONS', 381], ['TYP', 512], ['UNIT', 540]]],
      [121, [['SR', 73], ['Slew rate at unity gain', 106], ['RL = 1 MΩ, CL = 30 pF', 341], ['0.3', 516], ['V/μs', 541]]],
    ]),
  );
  assert.deepEqual(rows.map((r) => [r.parameter, r.conditions, r.typ, r.unit]), [['Slew rate at unity gain', 'RL = 1 MΩ, CL = 30 pF', 0.3, 'V/µs']]);
});

test('part names such as "74HC00" under a group label over one column are that column\'s variants', () => {
  const rows = readTables(
    page([
      [282, [['TYPICAL', 419]]],
      [291, [['SYMBOL', 61], ['PARAMETER', 169], ['CONDITIONS', 305], ['UNIT', 508]]],
      [300, [['74HC00', 395], ['74HCT00', 445]]],
      [316, [['tPHL/tPLH', 53], ['propagation delay', 117], ['CL = 15 pF', 287], ['7', 389], ['10', 443], ['ns', 496]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.variant, r.typ, r.max, r.unit]),
    [
      ['propagation delay', '74HC00', 7, null, 'ns'],
      ['propagation delay', '74HCT00', 10, null, 'ns'],
    ],
  );
});

test('a note line over both the names and the limits of a header is no group label', () => {
  const rows = readTables(
    page([
      [295, [['Voltages are referenced to GND (ground = 0 V)', 59]]],
      [307, [['SYMBOL', 62], ['PARAMETER', 116], ['MIN.', 252], ['MAX.', 281], ['UNIT', 314]]],
      [323, [['VCC', 62], ['DC supply voltage', 116], ['−0.5', 252], ['+7', 281], ['V', 314]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [['DC supply voltage', 'VCC', null, null, -0.5, null, 7, 'V']]);
});

test('a plain ratings entry with its own value heads the indented entries under it', () => {
  const rows = readTables(
    page([
      [100, [['Operating Conditions', 301]]],
      [118, [['Temperature Range (Note 1)', 310], ['TMIN≤TA≤TMAX', 459]]],
      [131, [['ADC0808CCN,ADC0809CCN', 319], ['−40˚C≤TA≤+85˚C', 450]]],
      [144, [['Range of VCC (Note 1)', 310], ['4.5 VDC to 6.0 VDC', 443]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.variant, r.printed.value]),
    [
      ['Temperature Range (Note 1)', null, 'TMIN≤TA≤TMAX'],
      ['Temperature Range (Note 1)', 'ADC0808CCN,ADC0809CCN', '−40°C≤TA≤+85°C'],
      ['Range of VCC (Note 1)', null, '4.5 VDC to 6.0 VDC'],
    ],
  );
});

test('the title of a table beside a header, on its line, is no column of it', () => {
  const rows = readTables(
    page([
      [128, [['Parameter', 54], ['Rating', 206], ['Table 3. Truth Table', 333]]],
      [141, [['VCC to GND', 54], ['32 V', 206], ['Inputs', 395]]],
      [177, [['Digital Output to GND', 54], ['−0.5 V to VLL + 0.3 V', 206], ['0', 333], ['X', 370]]],
      [189, [['Storage Temperature', 54], ['−65°C to +150°C', 206], ['1', 333], ['X', 370]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.min, r.max, r.unit]),
    [
      ['VCC to GND', null, 32, 'V'],
      ['Digital Output to GND', -0.5, null, 'V'],
      ['Storage Temperature', -65, 150, '°C'],
    ],
  );
  // The truth table's cells are not read into the rows.
  assert.ok(rows.every((r) => r.bbox[2] < 333), JSON.stringify(rows.map((r) => r.bbox)));
});

test('a plain ratings list under part names: a row per value for the part over it, a value centred across them for all, ratings in words', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 72], ['Operating Ratings', 333]]],
      [112, [['XY10/XY10B/', 241], ['XY10BL/', 300]]],
      [121, [['XY10C', 250], ['XY10CL', 302]]],
      [134, [['Total Supply Voltage', 72], ['45V', 255], ['7V', 308]]],
      [144, [['Power Dissipation (Note 3)', 72], ['internally limited', 244]]],
      [154, [['Storage Temperature Range', 72], ['−55˚C to +150˚C', 250]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.variant, r.printed.value, r.max]),
    [
      ['Total Supply Voltage', 'XY10/XY10B/XY10C', '45V', 45],
      ['Total Supply Voltage', 'XY10BL/XY10CL', '7V', 7],
      ['Power Dissipation (Note 3)', null, 'internally limited', null],
      ['Storage Temperature Range', null, '−55°C to +150°C', 150],
    ],
  );
});

test('a plain ratings list that fills its page column goes on at the top of the next, under the head it ended with (heads nested by indentation)', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 50], ['Dual-In-Line Package (plastic)', 313], ['260˚C', 498]]],
      [112, [['Supply Voltage (VCC) (Note 3)', 53], ['6.5V', 252], ['Molded Chip Carrier Package', 313]]],
      [124, [['Storage Temperature Range', 53], ['−65˚C to +150˚C', 206], ['Vapor Phase (60 seconds)', 321], ['215˚C', 498]]],
      [136, [['Lead Temp. (Soldering, 10 seconds)', 53], ['Infrared (15 seconds)', 321], ['220˚C', 498]]],
      [148, [['ESD Susceptibility (Note 8)', 304], ['400V', 501]]],
      [163, [['Operating Conditions', 301]]],
      [175, [['Temperature Range', 310], ['−40˚C to +85˚C', 450]]],
    ]),
  );
  assert.deepEqual(
    rows.filter((r) => r.table === 'Absolute Maximum Ratings').map((r) => [r.parameter, r.variant, r.printed.value]),
    [
      ['Supply Voltage (VCC) (Note 3)', null, '6.5V'],
      ['Storage Temperature Range', null, '−65°C to +150°C'],
      ['Lead Temp. (Soldering, 10 seconds)', 'Dual-In-Line Package (plastic)', '260°C'],
      ['Lead Temp. (Soldering, 10 seconds)', 'Molded Chip Carrier Package, Vapor Phase (60 seconds)', '215°C'],
      ['Lead Temp. (Soldering, 10 seconds)', 'Molded Chip Carrier Package, Infrared (15 seconds)', '220°C'],
      ['ESD Susceptibility (Note 8)', null, '400V'],
    ],
  );
  // The other column's own list is its own.
  assert.deepEqual(rows.filter((r) => r.table === 'Operating Conditions').map((r) => r.parameter), ['Temperature Range']);
});

test('a line of the next page column\'s text on a header\'s line is no column of it: the table ends before it', () => {
  const rows = readTables(
    page([
      [128, [['Parameter', 54], ['Rating', 234], ['Stresses above those listed under Absolute Maximum Ratings', 333]]],
      [141, [['Supply Voltage', 54], ['7.0 V', 235], ['may cause permanent damage to the device. This is a stress', 333]]],
      [153, [['Operating Temperature Range', 54], ['−40°C to +85°C', 234], ['THERMAL RESISTANCE', 333]]],
      [163, [['Junction Temperature Range', 54], ['Table 4.', 333]]],
      [175, [['R, RU, RM Packages', 63], ['−65°C to +150°C', 235], ['8-Lead SOIC (R)', 333], ['158', 457]]],
    ]),
  );
  assert.deepEqual(
    rows.filter((r) => r.table !== 'THERMAL RESISTANCE').map((r) => [r.parameter, r.min, r.max, r.unit]),
    [
      ['Supply Voltage', null, 7, 'V'],
      ['Operating Temperature Range', -40, 85, '°C'],
      ['Junction Temperature Range R, RU, RM Packages', -65, 150, '°C'],
    ],
  );
});

test('in a ruled unit column, a unit centred in a merged cell holds for the rows of its cell only', () => {
  const rows = readTables(
    page(
      [
        [100, [['Parameter', 44], ['Conditions', 200], ['Typ', 440], ['Max', 480], ['Units', 520]]],
        [115, [['Operating mode', 200], ['VDD = 3.6V', 300], ['0.9', 440], ['1.5', 480]]],
        [122, [['Supply Current', 44], ['mA', 522]]],
        [129, [['VDD = 5.25V', 300], ['1.6', 440], ['2.5', 480]]],
        [136, [['Power-down', 200], ['VDD = 3.6V', 300], ['1.9', 440], ['10', 480]]],
        [143, [['µA', 522]]],
        [150, [['VDD = 5.25V', 300], ['3.5', 440], ['15', 480]]],
      ],
      [hr(106), hr(132.5, 195), hr(156)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.typ, r.max, r.unit]),
    [
      [0.9, 1.5, 'mA'],
      [1.6, 2.5, 'mA'],
      [1.9, 10, 'µA'],
      [3.5, 15, 'µA'],
    ],
  );
});

test('a table headed only by package labels under its title: a symbol and a name left of them, a "Max" word saying which limit the values are, units right of them', () => {
  const rows = readTables(
    page([
      [100, [['THERMAL DATA', 67]]],
      [120, [['TO-39', 372], ['TO-18', 443]]],
      [135, [['Rthj-case', 77], ['Thermal Resistance Junction-Case', 120], ['Max', 328], ['58.3', 376], ['97.3', 447], ['°C/W', 498]]],
      [146, [['Rthj-amb', 79], ['Thermal Resistance Junction-Ambient', 120], ['Max', 329], ['292', 378], ['437.5', 444], ['°C/W', 498]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.symbol, r.variant, r.min, r.max, r.unit]),
    [
      ['Thermal Resistance Junction-Case', 'Rthj-case', 'TO-39', null, 58.3, '°C/W'],
      ['Thermal Resistance Junction-Case', 'Rthj-case', 'TO-18', null, 97.3, '°C/W'],
      ['Thermal Resistance Junction-Ambient', 'Rthj-amb', 'TO-39', null, 292, '°C/W'],
      ['Thermal Resistance Junction-Ambient', 'Rthj-amb', 'TO-18', null, 437.5, '°C/W'],
    ],
  );
});

test('a sideways table (the row labels\' kind, then quantities as column heads): each cell a row of its column\'s quantity for its row\'s package; a note digit on a head goes', () => {
  const rows = readTables(
    page([
      [100, [['Supply Voltage', 54], ['THERMAL RESISTANCE', 333]]],
      [112, [['Table 4.', 333]]],
      [124, [['Package Type', 333], ['θJA1', 457], ['θJC', 505], ['Unit', 543]]],
      [136, [['8-Lead SOIC (R)', 333], ['158', 457], ['43', 505], ['°C/W', 543]]],
      [148, [['8-Lead MSOP (RM)', 333], ['240', 457], ['43', 505], ['°C/W', 543]]],
      [166, [['1θJA is specified for the worst-case conditions', 333]]],
    ]),
  );
  assert.deepEqual(
    rows.filter((r) => r.table === 'Table 4').map((r) => [r.parameter, r.symbol, r.variant, r.max, r.unit]),
    [
      ['θJA', 'θJA', '8-Lead SOIC (R)', 158, '°C/W'],
      ['θJC', 'θJC', '8-Lead SOIC (R)', 43, '°C/W'],
      ['θJA', 'θJA', '8-Lead MSOP (RM)', 240, '°C/W'],
      ['θJC', 'θJC', '8-Lead MSOP (RM)', 43, '°C/W'],
    ],
  );
});

test('a row of labels with no title right above it, or inside another table, heads no table', () => {
  const rows = readTables(
    page([
      [100, [['Param.', 66], ['Sym', 111], ['Characteristics', 156], ['Min', 251], ['Max', 301], ['Units', 342]]],
      [120, [['D1', 66], ['VIH1', 102], ['High-level input', 145], ['2.0', 253], ['VCC+1', 296], ['V', 350]]],
      [131, [['D2', 66], ['VIH2', 102], ['voltage', 145], ['0.7 VCC', 243], ['VCC+1', 296], ['V', 350]]],
      [148, [['D3', 66], ['VIL1', 102], ['Low-level input', 145], ['-0.3', 251], ['0.8', 303], ['V', 350]]],
      [200, [['Ordering', 66]]],
      [215, [['LM10C', 250], ['LM10CL', 300]]],
      [228, [['Supply Voltage', 66], ['45V', 255], ['7V', 305]]],
      [240, [['Input Voltage', 66], ['40V', 255], ['7V', 305]]],
    ]),
  );
  assert.deepEqual(rows.map((r) => [r.symbol, r.min, r.max]), [
    ['VIH1', 2, null],
    ['VIH2', null, null],
    ['VIL1', -0.3, 0.8],
  ]);
});

test('two tables side by side, each header on the line of the other table\'s caption or first row: each read on its own side', () => {
  const rows = readTables(
    page([
      [380, [['Figure 3. Timing Diagram', 104], ['Table 6. Timing Specifications', 333]]],
      [396, [['Table 5. Timing Specification for', 54], ['Parameter', 333], ['Label', 487], ['Limit', 520], ['Units', 551]]],
      [406, [['Parameter', 54], ['Label', 184], ['Limit', 223], ['Units', 261], ['Clock Period', 333], ['tACK', 487], ['400', 520], ['ns', 551]]],
      [418, [['Data Clock Period', 54], ['tCK', 184], ['300', 223], ['ns', 261], ['Clock Low Time', 333], ['tACL', 487], ['50', 520], ['ns', 551]]],
      [430, [['Data Clock Low Time', 54], ['tCL', 184], ['80', 223], ['ns', 261], ['Clear Pulse Width', 333], ['tCLR', 487], ['50', 520], ['ns', 551]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.table, r.parameter, r.variant, r.max, r.unit]),
    [
      ['Table 6. Timing Specifications', 'Clock Period', null, 400, 'ns'],
      ['Table 6. Timing Specifications', 'Clock Low Time', null, 50, 'ns'],
      ['Table 6. Timing Specifications', 'Clear Pulse Width', null, 50, 'ns'],
      ['Table 5. Timing Specification for', 'Data Clock Period', null, 300, 'ns'],
      ['Table 5. Timing Specification for', 'Data Clock Low Time', null, 80, 'ns'],
    ],
  );
});

test('a heading right of the header with no role of its own and no number ("NOTES") is a column of that header, not another table: its note numbers stay out of the units', () => {
  const rows = readTables(
    page([
      [438, [['RECOMMENDED DC OPERATING CONDITIONS', 42]]],
      [453, [['PARAMETER', 48], ['SYMBOL', 142], ['MIN', 228], ['TYP', 300], ['MAX', 370], ['UNITS', 438], ['NOTES', 484]]],
      [467, [['Supply', 48], ['VDD', 158], ['2.7', 233], ['5.5', 377], ['V', 452], ['1,2', 492]]],
      [481, [['Logic 0', 48], ['VIL', 160], ['-0.3', 231], ['0.8', 377], ['V', 452], ['1', 496]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.symbol, r.min, r.max, r.unit]),
    [
      ['Supply', 'VDD', 2.7, 5.5, 'V'],
      ['Logic 0', 'VIL', -0.3, 0.8, 'V'],
    ],
  );
});

test('words after a rating are its conditions ("240 for 5 sec"); a unit broken at its slash around its row\'s line is read whole', () => {
  const rows = readTables(
    page([
      [100, [['Parameter', 47], ['Symbol', 289], ['Rating', 399], ['Unit', 515]]],
      [112, [['Storage Temperature', 47], ['TSTG', 296], ['-65 to +150', 390], ['°C', 519]]],
      [124, [['Soldering Temperature (Iron)', 47], ['TSOL-I', 294], ['240 for 5 sec', 387], ['°C', 519]]],
      [140, [['%/', 515]]],
      [146, [['Long-Term Stability', 47], ['ST', 296], ['1', 405]]],
      [152, [['1000HR', 503]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.conditions, r.max, r.unit]),
    [
      ['Storage Temperature', null, 150, '°C'],
      ['Soldering Temperature (Iron)', 'for 5 sec', 240, '°C'],
      ['Long-Term Stability', null, 1, '%/1000HR'],
    ],
  );
});

test('a name ending with a colon over indented rows of values is their parameter, each row its variant; a limit written with its symbol ("θJA = 75°C/W") gives the symbol', () => {
  const rows = readTables(
    page([
      [128, [['Parameter', 54], ['Rating', 206]]],
      [141, [['VCC to GND', 54], ['32 V', 206]]],
      [153, [['Storage Temperature', 54], ['−65°C to +150°C', 206]]],
      [165, [['Thermal Impedance:', 54]]],
      [177, [['SOIC (R) Package', 63], ['θJA = 75°C/W', 206]]],
      [189, [['PDIP (N) Package', 63], ['θJA = 50°C/W', 206]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.section, r.parameter, r.symbol, r.variant, r.max, r.unit]),
    [
      [null, 'VCC to GND', null, null, 32, 'V'],
      [null, 'Storage Temperature', null, null, 150, '°C'],
      [null, 'Thermal Impedance', 'θJA', 'SOIC (R) Package', 75, '°C/W'],
      [null, 'Thermal Impedance', 'θJA', 'PDIP (N) Package', 50, '°C/W'],
    ],
  );
});

test('indented sub-rows under a name: "for <part>" rows are that part\'s, a line "at ..." heads the rows under it as their conditions (the name\'s own "at ..." the first)', () => {
  const rows = readTables(
    page([
      [585, [['Symbol', 74], ['Parameter', 195], ['Value', 394], ['Unit', 499]]],
      [599, [['IC', 87], ['Collector Current', 116], ['-0.6', 398], ['A', 506]]],
      [612, [['Ptot', 84], ['Total Dissipation at Tamb ≤ 25 oC', 116]]],
      [623, [['for XY2905', 190], ['0.6', 400], ['W', 504]]],
      [633, [['for XY2907', 190], ['0.4', 400], ['W', 504]]],
      [644, [['at Tcase ≤ 25 oC', 190]]],
      [654, [['for XY2905', 190], ['3', 404], ['W', 504]]],
      [664, [['for XY2907', 190], ['1.8', 400], ['W', 504]]],
      [678, [['Tstg', 83], ['Storage Temperature', 116], ['-65 to 200', 385], ['oC', 504]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.symbol, r.conditions, r.variant, r.max, r.unit]),
    [
      ['Collector Current', 'IC', null, null, -0.6, 'A'],
      ['Total Dissipation', 'Ptot', 'at Tamb ≤ 25 oC', 'XY2905', 0.6, 'W'],
      ['Total Dissipation', 'Ptot', 'at Tamb ≤ 25 oC', 'XY2907', 0.4, 'W'],
      ['Total Dissipation', 'Ptot', 'at Tcase ≤ 25 oC', 'XY2905', 3, 'W'],
      ['Total Dissipation', 'Ptot', 'at Tcase ≤ 25 oC', 'XY2907', 1.8, 'W'],
      ['Storage Temperature', 'Tstg', null, null, 200, '°C'],
    ],
  );
});

test('a capitalised word over rows is their section, not a symbol; qualifiers right-aligned in the name cells are conditions', () => {
  const rows = readTables(
    page([
      [100, [['Absolute Maximum Ratings', 40]]],
      [120, [['Parameter', 44], ['Symbol', 400], ['Value', 460], ['Units', 520]]],
      [135, [['Storage Temperature', 44], ['TSTG', 400], ['-55 to +125', 460], ['°C', 520]]],
      [148, [['EMITTER', 44]]],
      [160, [['DC/Average Forward Input Current', 44], ['Each Channel', 326], ['IF (avg)', 400], ['20', 460], ['mA', 520]]],
      [172, [['Reverse Input Voltage', 44], ['Each Channel', 326], ['VR', 400], ['5', 460], ['V', 520]]],
      [184, [['DETECTOR', 44]]],
      [196, [['Emitter-Base Reverse Voltage', 44], ['(6N138 and 6N139)', 303.5], ['VER', 400], ['0.5', 460], ['V', 520]]],
      [208, [['Output Power Dissipation', 44], ['Each Channel', 326], ['PO', 400], ['100', 460], ['mW', 520]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.section, r.parameter, r.conditions, r.max]),
    [
      [null, 'Storage Temperature', null, 125],
      ['EMITTER', 'DC/Average Forward Input Current', 'Each Channel', 20],
      ['EMITTER', 'Reverse Input Voltage', 'Each Channel', 5],
      ['DETECTOR', 'Emitter-Base Reverse Voltage', '(6N138 and 6N139)', 0.5],
      ['DETECTOR', 'Output Power Dissipation', 'Each Channel', 100],
    ],
  );
});

test('a title after a bullet ("n" is Wingdings\' ■) ends the header above it, and is named without it: the notes over it are no header', () => {
  const rows = readTables(
    page([
      [222, [['*1 Pulse width <=100μs, Duty ratio : 0.001', 18]]],
      [231, [['*2 40 to 60% RH, AC for 1 minute', 18]]],
      [254, [['n Electro-optical Characteristics', 18], ['( Ta= 25˚C)', 384]]],
      [269, [['Parameter', 71], ['Symbol', 161], ['Conditions', 236], ['MIN.', 317], ['TYP.', 349], ['MAX.', 378], ['Unit', 411]]],
      [280, [['Forward voltage', 57], ['VF', 169], ['IF = 20mA', 200], ['-', 323], ['1.2', 350], ['1.4', 381], ['V', 415]]],
      [292, [['Peak forward voltage', 57], ['VFM', 166], ['IFM = 0.5A', 200], ['-', 323], ['-', 354], ['3.0', 381], ['V', 415]]],
    ]),
  );
  assert.deepEqual(rows.map(brief), [
    ['Forward voltage', 'VF', 'IF = 20mA', null, null, 1.2, 1.4, 'V'],
    ['Peak forward voltage', 'VFM', 'IFM = 0.5A', null, null, null, 3, 'V'],
  ]);
  assert.equal(rows[0].table, 'Electro-optical Characteristics', 'the title without its bullet');
});

test('group labels left of the names, under the Parameter header, are the sections of the rows of their cells; a "*1 " note ends the table', () => {
  const rows = readTables(
    page(
      [
        [100, [['Absolute Maximum Ratings', 18]]],
        [120, [['Parameter', 84], ['Symbol', 191], ['Rating', 240], ['Unit', 290]]],
        [131, [['Forward current', 65], ['IF', 200], ['50', 245], ['mA', 291]]],
        [142, [['Peak forward current', 65], ['IFM', 198], ['1', 248], ['A', 293]]],
        [148, [['Input', 25]]],
        [154, [['Reverse voltage', 65], ['VR', 198], ['6', 248], ['V', 293]]],
        [176, [['Collector-emitter voltage', 65], ['VCEO', 195], ['35', 245], ['V', 293]]],
        [182, [['Output', 23]]],
        [188, [['Collector current', 65], ['IC', 200], ['50', 245], ['mA', 291]]],
        [210, [['Total power dissipation', 65], ['Ptot', 198], ['200', 243], ['mW', 290]]],
        [224, [['*1 Pulse width <=100μs, Duty ratio : 0.001', 18]]],
        [236, [['PC817A', 36], ['A', 125], ['80 to 160', 191]]],
        [248, [['PC817B', 36], ['B', 125], ['130 to 260', 191]]],
      ],
      [hr(113, 20, 305), hr(125, 20, 305), hr(160, 20, 305), hr(194, 20, 305), hr(203, 20, 305), hr(216, 20, 305)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.section, r.parameter, r.max]),
    [
      ['Input', 'Forward current', 50],
      ['Input', 'Peak forward current', 1],
      ['Input', 'Reverse voltage', 6],
      ['Output', 'Collector-emitter voltage', 35],
      ['Output', 'Collector current', 50],
      [null, 'Total power dissipation', 200],
    ],
  );
});

test('a table that runs to the foot of its page goes on at the top of the next one, without its header; figure labels there do not', () => {
  const first = page([
    [100, [['DC Electrical Characteristics', 40]]],
    [120, [['Parameter', 44], ['Symbol', 160], ['Condition', 220], ['Min', 330], ['Max', 380], ['Units', 430]]],
    [135, [['Input Low Voltage', 44], ['VIL', 160], ['0.5', 330], ['0.3', 380], ['V', 430]]],
    [150, [['I/O Capacitance', 44], ['CI/O', 160], ['10', 380], ['pF', 430]]],
    [760, [['13 of 16', 280]]],
  ])[0];
  const next = page([
    [50, [['DS0000', 500]]],
    [80, [['Active Supply Current', 44], ['ICC', 160], ['E2 Write', 220], ['400', 380], ['µA', 430]]],
    [95, [['Standby Supply Current', 44], ['ISTBY', 160], ['1', 380], ['µA', 430]]],
    [760, [['14 of 16', 280]]],
  ])[0];
  const rows = readTables([first, { ...next, number: 2 }]);
  assert.deepEqual(
    rows.filter((r) => r.page === 2).map((r) => [r.table, r.parameter, r.symbol, r.conditions, r.max, r.unit]),
    [
      ['DC Electrical Characteristics', 'Active Supply Current', 'ICC', 'E2 Write', 400, 'µA'],
      ['DC Electrical Characteristics', 'Standby Supply Current', 'ISTBY', null, 1, 'µA'],
    ],
  );
  // A figure's labels at the top of the next page are no rows of the table.
  const figure = page([
    [80, [['TM', 60], ['90 %', 380]]],
    [95, [['HPM', 60]]],
    [110, [['10 %', 380]]],
  ])[0];
  assert.equal(readTables([first, { ...figure, number: 2 }]).filter((r) => r.page === 2).length, 0);
});

test('a capitals heading on the first line of a ruled name cell is the section; a word hyphenated at a wrap is one word; "> 10¹²" is a limit', () => {
  const rows = readTables(
    page(
      [
        [100, [['Electrical Characteristics', 40]]],
        [120, [['Parameter', 44], ['Test Conditions', 200], ['Symbol', 300], ['Min', 350], ['Typ', 380], ['Max', 410], ['Unit', 440]]],
        [135, [['EMITTER', 44], ['TA = 25°C', 200], ['VF', 300], ['1.30', 380], ['1.7', 410], ['V', 440]]],
        [146, [['Input Forward Voltage', 44], ['IF = 1.6 mA', 200], ['1.75', 410]]],
        [165, [['Common mode transient immu-', 44], ['IF = 0 mA', 200], ['CMH', 300], ['1000', 350], ['10000', 380], ['V/µs', 440]]],
        [176, [['nity at logic high', 44]]],
        [195, [['Isolation resistance', 44], ['VIO = 500 V', 200], ['RIO', 300], ['> 10¹²', 410], ['Ω', 440]]],
      ],
      [hr(127), hr(155), hr(185), hr(205)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.section, r.parameter, r.min, r.typ, r.max, r.printed.max ?? null]),
    [
      ['EMITTER', 'Input Forward Voltage', null, 1.3, 1.7, '1.7'],
      ['EMITTER', 'Input Forward Voltage', null, null, 1.75, '1.75'],
      [null, 'Common mode transient immunity at logic high', 1000, 10000, null, null],
      [null, 'Isolation resistance', null, null, null, '> 10¹²'],
    ],
  );
});

test('"Note 1,2" wrapped from a name goes on with it and does not end the table; a hyphen inside a line stays', () => {
  const rows = readTables(
    page([
      [100, [['Coupler', 40]]],
      [110, [['Parameter', 74], ['Test condition', 213], ['Symbol', 320], ['Min', 375], ['Typ.', 424], ['Max', 472], ['Unit', 521]]],
      [122, [['Input- output capacitance', 74], ['VF = 0 V, f = 1.0 MHz', 213], ['1.0', 425], ['pF', 524]]],
      [136, [['K3, Transfer gain (K2/K1) see', 74], ['IF = 10 mA', 213], ['K3', 328], ['0.56', 374], ['1.00', 423], ['1.65', 472], ['K2/K1', 517]]],
      [146, [['Note 1,2', 74]]],
      [158, [['Transfer gain linearity', 74], ['IF = 1.0 to 10 mA', 213], ['∆K3', 326], ['± 0.25', 420], ['%', 525]]],
    ], [hr(114), hr(128), hr(150), hr(164)]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.min, r.typ, r.max]),
    [
      ['Input- output capacitance', null, 1, null],
      ['K3, Transfer gain (K2/K1) see Note 1,2', 0.56, 1, 1.65],
      ['Transfer gain linearity', null, 0.25, null],
    ],
  );
});

test('a limit set centred across two ruled rows (a merged cell) is the limit of both', () => {
  const rows = readTables(
    page(
      [
        [100, [['Transfer Characteristics', 40]]],
        [120, [['Parameter', 44], ['Test Conditions', 180], ['Symbol', 300], ['Device', 340], ['Min', 400], ['Typ', 430], ['Max', 460], ['Unit', 490]]],
        [135, [['Current transfer ratio', 44], ['(IF = 0.5 mA, VO = 0.4 V)', 180], ['CTR', 300], ['6N139', 345], ['1100', 430]]],
        [143, [['400', 400], ['%', 490]]],
        [151, [['Each Channel', 200], ['HCPL-2731', 340], ['3500', 430]]],
      ],
      [hr(127), hr(139, 155, 390), hr(156)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.conditions, r.min, r.typ, r.unit]),
    [
      ['Current transfer ratio', '(IF = 0.5 mA, VO = 0.4 V)', 400, 1100, '%'],
      ['Current transfer ratio', 'Each Channel', 400, 3500, '%'],
    ],
  );
});

test('limits wrapped over the lines around their row\'s name ("1.216 x" above it, "VBAT" under it) are that row\'s; limits that do not read as one are left alone', () => {
  const rows = readTables(
    page([
      [100, [['Parameter', 48], ['Symbol', 234], ['Min', 380], ['Typ', 430], ['Max', 476], ['Units', 526]]],
      [114, [['VBAT Leakage Current', 48], ['IBATLKG', 227], ['5', 438], ['50', 482], ['nA', 526]]],
      [128, [['1.216 x', 378], ['1.25 x', 427], ['1.284 x', 471]]],
      [134, [['Power-Fail Voltage', 48], ['VPF', 235], ['V', 529]]],
      [140, [['VBAT', 383], ['VBAT', 430], ['VBAT', 476]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.symbol, r.printed, r.unit]),
    [
      ['VBAT Leakage Current', 'IBATLKG', { typ: '5', max: '50' }, 'nA'],
      ['Power-Fail Voltage', 'VPF', { min: '1.216 x VBAT', typ: '1.25 x VBAT', max: '1.284 x VBAT' }, 'V'],
    ],
  );
});

test('a plain list entry is not continued by a sentence of a note under it; a terminal name wrapped after its hyphen keeps it', () => {
  const plain = readTables(
    page([
      [100, [['Absolute Maximum Ratings*', 40]]],
      [115, [['Operating Temperature Range', 40], ['-55°C to +125°C', 300]]],
      [127, [['Storage Temperature Range', 40], ['-55°C to +125°C', 300]]],
      [145, [['* This is a stress rating only and functional operation of the device at these or any other conditions above', 40]]],
      [157, [['those indicated in the operation sections of this specification is not implied. Exposure to absolute', 52]]],
    ]),
  );
  assert.deepEqual(plain.map((r) => [r.parameter, r.min, r.max, r.unit]), [
    ['Operating Temperature Range', -55, 125, '°C'],
    ['Storage Temperature Range', -55, 125, '°C'],
  ]);
  const rows = readTables(
    page(
      [
        [100, [['Output', 40]]],
        [110, [['Parameter', 44], ['Test condition', 200], ['Symbol', 300], ['Min', 350], ['Typ', 380], ['Max', 410], ['Unit', 440]]],
        [124, [['Saturation voltage, collector-', 44], ['ICE = 0.5 mA', 200], ['VCEsat', 300], ['0.4', 410], ['V', 440]]],
        [134, [['emitter', 44]]],
      ],
      [hr(115), hr(140)],
    ),
  );
  assert.equal(rows[0].parameter, 'Saturation voltage, collector-emitter');
});

test('a bound on a line with its own symbol is a row of the name above', () => {
  const rows = readTables(
    page([
      [100, [['Coupler', 40]]],
      [110, [['Parameter', 74], ['Test condition', 193], ['Symbol', 340], ['Value', 419], ['Unit', 505]]],
      [124, [['Isolation resistance', 74], ['VIO = 500 V, Tamb = 25 °C', 193], ['RIO', 343], ['> 10¹²', 419], ['Ω', 509]]],
      [138, [['VIO = 500 V, Tamb = 100 °C', 193], ['RIO', 343], ['> 10¹¹', 419], ['Ω', 509]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.conditions, r.printed.value]),
    [
      ['Isolation resistance', 'VIO = 500 V, Tamb = 25 °C', '> 10¹²'],
      ['Isolation resistance', 'VIO = 500 V, Tamb = 100 °C', '> 10¹¹'],
    ],
  );
});

test('a merged limit cell across two ruled rows may share its line with the name and symbol centred in theirs', () => {
  const rows = readTables(
    page(
      [
        [100, [['Transfer Characteristics', 40]]],
        [120, [['Parameter', 44], ['Test Conditions', 180], ['Symbol', 300], ['Device', 340], ['Min', 400], ['Typ', 430], ['Max', 460], ['Unit', 490]]],
        [135, [['(IF = 1.6 mA, VO = 0.4 V)', 180], ['6N139', 345], ['1300', 430]]],
        [143, [['Current transfer ratio', 44], ['CTR', 300], ['500', 400], ['%', 490]]],
        [151, [['Each Channel', 200], ['HCPL-2731', 340], ['2500', 430]]],
      ],
      [hr(127), hr(139, 155, 390), hr(156)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.symbol, r.conditions, r.min, r.typ, r.unit]),
    [
      ['Current transfer ratio', 'CTR', '(IF = 1.6 mA, VO = 0.4 V)', 500, 1300, '%'],
      ['Current transfer ratio', 'CTR', 'Each Channel', 500, 2500, '%'],
    ],
  );
});

test('a Device column names each row\'s part; words after a value are its conditions; a count "50k" keeps its row', () => {
  const rows = readTables(
    page([
      [100, [['Electrical Characteristics', 40]]],
      [120, [['Parameter', 44], ['Symbol', 200], ['Device', 250], ['Min', 320], ['Value', 360], ['Unit', 420]]],
      [135, [['Logic high output current', 44], ['IOH', 200], ['6N139', 250], ['100', 360], ['µA', 420]]],
      [150, [['Lead Solder Temperature', 44], ['TSOL', 200], ['260 for 10 sec', 350], ['°C', 420]]],
      [165, [['EEPROM Writes', 44], ['50k', 320], ['Writes', 420]]],
    ]),
  );
  assert.deepEqual(
    rows.map((r) => [r.parameter, r.variant, r.conditions, r.min, r.max, r.unit]),
    [
      ['Logic high output current', '6N139', null, null, 100, 'µA'],
      ['Lead Solder Temperature', null, 'for 10 sec', null, 260, '°C'],
      ['EEPROM Writes', null, null, null, null, 'Writes'],
    ],
  );
});

test('a name and conditions centred across two ruled rows ("Response time" over "Rise time" and "Fall time") are both rows\'', () => {
  const rows = readTables(
    page(
      [
        [100, [['Electro-optical Characteristics', 18]]],
        [115, [['Parameter', 71], ['Symbol', 161], ['Conditions', 236], ['MIN.', 317], ['TYP.', 349], ['MAX.', 378], ['Unit', 411]]],
        [127, [['Cut-off frequency', 57], ['fc', 171], ['VCE = 5V, IC = 2mA', 200], ['-', 323], ['80', 351], ['-', 385], ['kHz', 413]]],
        [140, [['Floating capacitance', 57], ['Cf', 170], ['V = 0, f = 1MHz', 200], ['-', 323], ['0.6', 350], ['1.0', 381], ['pF', 414]]],
        [153, [['Rise time', 112], ['tr', 171], ['-', 323], ['4', 353], ['18', 383], ['µs', 414]]],
        [159, [['Response time', 61], ['VCE = 2V, IC = 2mA', 200]]],
        [165, [['Fall time', 112], ['tf', 171], ['-', 323], ['3', 353], ['18', 383], ['µs', 414]]],
      ],
      [hr(108), hr(120), hr(133), hr(146), hr(160, 115, 200), hr(160, 300, 430), hr(171)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.section, r.parameter, r.conditions, r.typ, r.max]),
    [
      [null, 'Cut-off frequency', 'VCE = 5V, IC = 2mA', 80, null],
      [null, 'Floating capacitance', 'V = 0, f = 1MHz', 0.6, 1],
      ['Response time', 'Rise time', 'VCE = 2V, IC = 2mA', 4, 18],
      ['Response time', 'Fall time', 'VCE = 2V, IC = 2mA', 3, 18],
    ],
  );
});

test('a part on a row of values holds for the rows of values under it in its ruled name cell, up to the next part', () => {
  const rows = readTables(
    page(
      [
        [100, [['Symbol', 44], ['Parameter', 100], ['Conditions', 260], ['Min', 420], ['Max', 460], ['Unit', 510]]],
        [115, [['ICBO', 44], ['collector cut-off current', 100]]],
        [127, [['2N2222', 110], ['VCB = 50 V', 260], ['-', 420], ['10', 460], ['nA', 510]]],
        [139, [['VCB = 50 V; Tamb = 150 °C', 260], ['-', 420], ['10', 460], ['µA', 510]]],
        [155, [['ICBO', 44], ['collector cut-off current', 100]]],
        [167, [['2N2222A', 110], ['VCB = 60 V', 260], ['-', 420], ['10', 460], ['nA', 510]]],
        [179, [['VCB = 60 V; Tamb = 150 °C', 260], ['-', 420], ['10', 460], ['µA', 510]]],
        [195, [['IEBO', 44], ['emitter cut-off current', 100], ['VEB = 3 V', 260], ['-', 420], ['10', 460], ['nA', 510]]],
      ],
      [hr(106), hr(131, 250), hr(144), hr(171, 250), hr(184), hr(200)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.symbol, r.conditions, r.variant, r.max, r.unit]),
    [
      ['ICBO', 'VCB = 50 V', '2N2222', 10, 'nA'],
      ['ICBO', 'VCB = 50 V; Tamb = 150 °C', '2N2222', 10, 'µA'],
      ['ICBO', 'VCB = 60 V', '2N2222A', 10, 'nA'],
      ['ICBO', 'VCB = 60 V; Tamb = 150 °C', '2N2222A', 10, 'µA'],
      ['IEBO', 'VEB = 3 V', null, 10, 'nA'],
    ],
  );
});

test('a conditions cell merged over rows ruled apart in the other columns holds for each row; a dash set close after it is the Min column\'s', () => {
  // The conditions' column (x 250 to 410) has no rules between the rows; the other columns have.
  const between = (y: number) => [hr(y, 40, 250), hr(y, 410, 560)];
  const rows = readTables(
    page(
      [
        [100, [['Symbol', 44], ['Parameter', 100], ['Conditions', 290], ['Min', 420], ['Max', 460], ['Unit', 510]]],
        [115, [['ton', 44], ['turn-on time', 100], ['ICon = 150 mA; IBoff = −15 mA −', 284], ['35', 460], ['ns', 510]]],
        [128, [['td', 44], ['delay time', 100], ['−', 420], ['10', 460], ['ns', 510]]],
        [141, [['tr', 44], ['rise time', 100], ['−', 420], ['25', 460], ['ns', 510]]],
      ],
      [hr(106), ...between(119), ...between(132), hr(145)],
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r.symbol, r.conditions, r.min, r.max]),
    [
      ['ton', 'ICon = 150 mA; IBoff = −15 mA', null, 35],
      ['td', 'ICon = 150 mA; IBoff = −15 mA', null, 10],
      ['tr', 'ICon = 150 mA; IBoff = −15 mA', null, 25],
    ],
  );
});

test('a conditions column ruled only around the table, rows not ruled apart: an empty conditions cell stays empty', () => {
  const rows = readTables(
    page(
      [
        [100, [['Parameter', 44], ['Conditions', 200], ['Min', 420], ['Max', 460], ['Unit', 510]]],
        [115, [['Supply current', 44], ['VCC = 5 V', 200], ['1', 460], ['mA', 510]]],
        [128, [['Input leakage', 44], ['−', 420], ['10', 460], ['µA', 510]]],
      ],
      [hr(106), hr(135)],
    ),
  );
  assert.deepEqual(rows.map((r) => [r.parameter, r.conditions]), [['Supply current', 'VCC = 5 V'], ['Input leakage', null]]);
});

test('a row with no part in a Device column does not take the part of the row above', () => {
  const rows = readTables(
    page(
      [
        [100, [['Parameter', 44], ['Conditions', 200], ['Device', 330], ['Min', 420], ['Max', 460], ['Unit', 510]]],
        [115, [['Propagation delay', 44], ['RL = 270 Ω', 200], ['HCPL-2731', 330], ['2', 460], ['µs', 510]]],
        [130, [['RL = 2.2 kΩ', 200], ['15', 460], ['µs', 510]]],
      ],
      [hr(106), hr(122, 180), hr(137)],
    ),
  );
  assert.deepEqual(rows.map((r) => [r.variant, r.max]), [['HCPL-2731', 2], [null, 15]]);
});

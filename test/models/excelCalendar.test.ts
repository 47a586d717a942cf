/**
 * Dates before 1 March 1900 as Excel numbers and shows them: serial 1 is 1900-01-01, serial 60
 * Excel's fictitious 1900-02-29 and serial 0 shows as 1900-01-00 (Microsoft: "Excel incorrectly
 * assumes that the year 1900 is a leap year"). Before, the engine counted from 30 December 1899
 * as HyperFormula does, so DATE(1900;1;1) was 2 and YEAR(1) was 1899, while the grid showed
 * serial 1 as 01-01-1900 (models/format/excelDate.ts, models/engine/excelDateParts.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { labelMonth } from '../../models/goals/goalJudging.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from './support/engineValueAt.js';

const open = openWorkbooks();

/** The values of `addresses` in a one-sheet English workbook holding `cells` (TEXT's codes in English). */
function valuesOf(cells: Record<string, string | number>, addresses: readonly string[]): unknown[] {
  const doc = open.document(workbookFile({ Ark1: cells }, { locale: 'en-GB' }));
  const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark1'));
  return addresses.map(at);
}

/** Excel's calendar written out independently: 1900-01-00 for 0, the real days up to 28 February, then 29 February, then 1 March. */
function excelDay(serial: number): string {
  if (serial === 0) return '1900-01-00';
  if (serial === 60) return '1900-02-29';
  const real = new Date(Date.UTC(1900, 0, serial < 60 ? serial : serial - 1));
  return real.toISOString().slice(0, 10);
}

describe('DATE numbers the first days of 1900 as Excel does', () => {
  it.each([
    ['=DATE(1900,1,1)', 1],
    ['=DATE(1900,1,31)', 31],
    ['=DATE(1900,2,1)', 32],
    ['=DATE(1900,2,28)', 59],
    ['=DATE(1900,2,29)', 60],
    ['=DATE(1900,3,1)', 61],
    ['=DATE(1900,1,0)', 0],
    ['=DATE(1900,3,0)', 60],
    ['=DATE(2024,3,15)', 45366],
    ['=DATEVALUE("1900-01-01")', 1],
    ['="1900-03-01"+0', 61],
  ])('%s is %s', (formula, serial) => {
    expect(valuesOf({ A1: formula }, ['A1'])).toEqual([serial]);
  });
});

describe('serials 0 to 61 read back as Excel reads them', () => {
  const serials = Array.from({ length: 62 }, (_, serial) => serial);
  const cells: Record<string, string | number> = {};
  for (const serial of serials) {
    const row = serial + 1;
    cells[`A${row}`] = serial;
    cells[`B${row}`] = `=TEXT(A${row},"yyyy-mm-dd")`;
    cells[`C${row}`] = `=YEAR(A${row})&"-"&TEXT(MONTH(A${row}),"00")&"-"&TEXT(DAY(A${row}),"00")`;
    cells[`D${row}`] = `=DATE(YEAR(A${row}),MONTH(A${row}),DAY(A${row}))`;
  }

  it('TEXT, YEAR/MONTH/DAY and DATE of YEAR/MONTH/DAY agree with Excel for every serial', () => {
    const values = valuesOf(cells, serials.flatMap((serial) => [`B${serial + 1}`, `C${serial + 1}`, `D${serial + 1}`]));
    expect(values).toEqual(serials.flatMap((serial) => [excelDay(serial), excelDay(serial), serial]));
  });

  it('a date cell shows them as Excel does, 0 as 00-01-1900 and 60 as 29-02-1900', () => {
    expect(serials.map((serial) => formatCellValue(serial, 'date', 'en-GB'))).toEqual(
      serials.map((serial) => excelDay(serial).split('-').reverse().join('/')),
    );
    expect(formatCellValue(60, 'date', 'da-DK')).toBe('29-02-1900');
    expect(formatCellValue(0, 'date', 'da-DK')).toBe('00-01-1900');
  });

  it('WEEKDAY counts by the serial, as Excel: serial 1 is a Sunday and 1 March 1900 a Thursday', () => {
    expect(valuesOf({ A1: '=WEEKDAY(1)', A2: '=WEEKDAY(60)', A3: '=WEEKDAY(61)', A4: '=WEEKDAY(0)' }, ['A1', 'A2', 'A3', 'A4'])).toEqual([1, 4, 5, 7]);
  });

  it('a month label holding a January 1900 serial is that month', () => {
    expect([labelMonth('1'), labelMonth('31'), labelMonth('61')]).toEqual(['1900-01', '1900-01', '1900-03']);
  });
});

describe('EDATE and EOMONTH count months in Excel\'s calendar', () => {
  it.each([
    ['=EOMONTH(DATE(1900,1,15),0)', 31],
    ['=EDATE(DATE(1900,1,15),1)', 46],
    ['=EDATE(DATE(1900,3,15),-2)', 15],
    ['=EDATE(DATE(2024,1,31),1)', 45351],
    ['=EOMONTH(DATE(2024,3,15),-1)', 45351],
    ['=DATEDIF(DATE(1900,1,1),DATE(1900,3,1),"m")', 2],
    ['=DAYS360(DATE(1900,1,1),DATE(1900,3,1))', 60],
    ['=EDATE(-1,1)', '#NUM!'],
  ])('%s is %s', (formula, expected) => {
    const [value] = valuesOf({ A1: formula }, ['A1']);
    expect(typeof value === 'object' && value !== null && 'error' in value ? value.error : value).toEqual(expected);
  });
});

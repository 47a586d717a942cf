/**
 * CELL (Danish CELLE, models/engine/cellFunction.ts) for the info types Fremskriv answers as
 * Excel does (https://support.microsoft.com/office/cell-function-51bd39a5-f338-4dbe-a33f-955d67c2b2cf);
 * LibreOffice 7.4 gives the same for each (excelCompatibilityLibreOffice.test.ts recomputes them),
 * apart from "filename", a path only a saved file has.
 */
import { describe, expect, it } from 'vitest';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale.js';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

const CELLS = { A1: 1, A2: 'tekst', A3: '=""', A4: '="x"', A5: '=1/0', A6: true, B1: 45000 };

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

describe('CELL gives what Excel gives', () => {
  it.each([
    ['=CELL("address",B2)', '$B$2'],
    ['=CELL("address",B2:C5)', '$B$2'],
    ['=CELL("Address",AB200)', '$AB$200'],
    ["=CELL(\"address\",'Plan 2024'!B2)", "'Plan 2024'!$B$2"],
    ['=CELL("address",Budget!C3)', 'Budget!$C$3'],
    ['=CELL("row",A5)', 5],
    ['=CELL("col",D1)', 4],
    ['=CELL("col",C:C)', 3],
    ['=CELL("col")', 17],
    ['=CELL("row")', 1],
    ['=CELL("contents",A4)', 'x'],
    ['=CELL("contents",A1:A3)', 1],
    ['=CELL("contents",Z9)', 0],
    ['=CELL("contents",A5)', '#DIV/0!'],
    ["=CELL(\"contents\",'Plan 2024'!B2)", 7],
    ['=CELL("type",A1)', 'v'],
    ['=CELL("type",A2)', 'l'],
    ['=CELL("type",A3)', 'l'],
    ['=CELL("type",A4)', 'l'],
    ['=CELL("type",A5)', 'v'],
    ['=CELL("type",A6)', 'v'],
    ['=CELL("type",Z9)', 'b'],
    ['=IF(CELL("type",A1)="v",A1*2,0)', 2],
    ['=CELL("filename",A1)', ''],
    ['=CELL("bogus",A1)', '#VALUE!'],
    ['=CELL("format",A1)', '#VALUE!'],
    ['=CELL(5,A1)', '#VALUE!'],
    ['=CELL("row",5)', '#VALUE!'],
  ])('%s is %o', (formula, expected) => {
    const doc = open.document(workbookFile({ Ark: { ...CELLS, Q1: formula }, 'Plan 2024': { B2: 7 }, Budget: {} }, { locale: 'en-GB' }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toEqual(expected);
  });

  it('follows an edit to the cell it reads', () => {
    const doc = open.document(workbookFile({ Ark: { A1: 1, B1: '=CELL("contents",A1)', C1: '=CELL("type",A1)' } }));
    const engine = open.engine(doc);
    const value = (address: string) => {
      const at = locate(doc, address);
      return plain(engine.value(at.sheetId, at.row, at.col));
    };
    const at = locate(doc, 'Ark!A1');
    applyOperation(doc, { type: 'setCells', sheetId: at.sheetId, cells: [{ row: at.row, col: at.col, input: 'nu tekst' }] });
    expect([value('Ark!B1'), value('Ark!C1')]).toEqual(['nu tekst', 'l']);
  });
});

describe('its Danish name', () => {
  it('is CELLE, and a workbook with it is computed on import', () => {
    expect(toDisplayFormula('=CELL("row",A1)', 'da-DK')).toBe('=CELLE("row";A1)');
    expect(fromDisplayFormula('=CELLE("address";B2)', 'da-DK')).toBe('=CELL("address",B2)');
    expect(isSupportedFunction('CELL')).toBe(true);
  });
});

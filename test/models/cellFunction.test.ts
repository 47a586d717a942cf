/**
 * CELL (Danish CELLE, models/engine/cellFunction.ts) for the info types Fremskriv answers as
 * Excel does (https://support.microsoft.com/office/cell-function-51bd39a5-f338-4dbe-a33f-955d67c2b2cf);
 * LibreOffice 7.4 gives the same for each (excelCompatibilityLibreOffice.test.ts recomputes them;
 * "format", "color" and "parentheses" are checked against Microsoft's CELL page only),
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
    ['=CELL("prefix",A1)', '#VALUE!'],
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

/** Each format on its own cell of column A, CELL's three answers for it in B, C and D. */
const FORMATS: Array<[format: string | undefined, code: string, color: number, parentheses: number]> = [
  [undefined, 'G', 0, 0],
  ['percent', 'P1', 0, 0],
  ['integer', ',0', 0, 0],
  ['number', ',2', 0, 0],
  ['date', 'D4', 0, 0],
  ['time', 'D9', 0, 0],
  ['0', 'F0', 0, 0],
  ['0.00E+00', 'S2', 0, 0],
  ['$#,##0.00', 'C2', 0, 0],
  ['$#,##0_);[Red]($#,##0)', 'C0-', 1, 0],
  ['#,##0 "kr.";[Red]-#,##0 "kr."', ',0-', 1, 0],
  ['(#,##0);(#,##0)', ',0()', 0, 1],
  ['d-mmm-yy', 'D1', 0, 0],
  ['mmm-yy', 'D3', 0, 0],
];

describe('CELL("format"), CELL("color") and CELL("parentheses") read the cell\'s number format', () => {
  const row = (i: number) => i + 1;
  const cells: Record<string, number | string> = {};
  const formats: Record<string, string> = {};
  FORMATS.forEach(([format], i) => {
    cells[`A${row(i)}`] = 1;
    if (format !== undefined) formats[`A${row(i)}`] = format;
    cells[`B${row(i)}`] = `=CELL("format",A${row(i)})`;
    cells[`C${row(i)}`] = `=CELL("color",A${row(i)})`;
    cells[`D${row(i)}`] = `=CELL("parentheses",A${row(i)})`;
  });
  const file = { ...workbookFile({ Ark: cells }), sheets: [{ name: 'Ark', cells, formats }] } as ReturnType<typeof workbookFile>;

  it.each(FORMATS.map(([format, code, color, parentheses], i) => ({ format: format ?? 'General', code, color, parentheses, i })))(
    '$format gives $code, colour $color, parentheses $parentheses (Microsoft\'s CELL page)',
    ({ code, color, parentheses, i }) => {
      const doc = open.document(file);
      expect([`B${row(i)}`, `C${row(i)}`, `D${row(i)}`].map((cell) => plain(open.value(doc, `Ark!${cell}`)))).toEqual([code, color, parentheses]);
    },
  );

  it('answers anew at the next change after the format changed, as Excel\'s volatile CELL at its next recalculation', () => {
    const doc = open.document(workbookFile({ Ark: { A1: 1, B1: '=CELL("format",A1)' } }));
    const engine = open.engine(doc);
    const at = locate(doc, 'Ark!A1');
    const shown = () => plain(engine.value(at.sheetId, 0, 1));
    expect(shown()).toBe('G');
    applyOperation(doc, { type: 'setFormat', sheetId: at.sheetId, row: 0, col: 0, format: 'percent' });
    applyOperation(doc, { type: 'setCells', sheetId: at.sheetId, cells: [{ row: 5, col: 5, input: 2 }] });
    expect(shown()).toBe('P1');
  });
});

describe('its Danish name', () => {
  it('is CELLE, and a workbook with it is computed on import', () => {
    expect(toDisplayFormula('=CELL("row",A1)', 'da-DK')).toBe('=CELLE("row";A1)');
    expect(fromDisplayFormula('=CELLE("address";B2)', 'da-DK')).toBe('=CELL("address",B2)');
    expect(isSupportedFunction('CELL')).toBe(true);
  });
});

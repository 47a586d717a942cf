/**
 * Excel's operators HyperFormula cannot parse, which made the whole formula #ERROR!: a percent
 * after a percent (`=5%%`), the intersection operator (a space between references) and the union
 * operator in a function's argument (`=SUM((A1:A2,C1:C2))`)
 * (https://support.microsoft.com/office/calculation-operators-and-precedence-in-excel-48be406d-4975-4d31-b2b8-7af9e0e2878a).
 * Each answer is LibreOffice 7.4's too, but where said. The document keeps the planner's text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isCellError } from '../../models/engine/cellValue.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';

type Expected = number | string | boolean | { error: string };

/** A1:C3 holds 1…9 row by row, D2:D4 10…12. */
const DATA = { A1: 1, B1: 2, C1: 3, A2: 4, B2: 5, C2: 6, A3: 7, B3: 8, C3: 9, D2: 10, D3: 11, D4: 12 };

const CASES: Array<[string, Expected, string]> = [
  ['=5%%', 0.0005, '5/100/100'],
  ['=-5%%', -0.0005, 'the sign applies to the percentage'],
  ['=2^5%%', 2 ** 0.0005, '% binds before ^'],
  ['=1/5%%', 2000, 'only the number before the run is the percentage'],
  ['=A2%%', 0.0004, 'a reference'],
  ['=SUM(A1:B2)%%%', 0.000012, 'a call, three percents'],
  ['="5"%%', 0.0005, 'text read as a number'],
  ['=LEN("5%%")', 3, 'text in quotes stays as written'],
  ['=SUM(A1:C3 B2:D4)', 28, 'the common part B2:C3'],
  ['=A1:C3 B2', 5, 'a range and a cell in it'],
  ['=A:A 2:2', 4, 'a column and a row: the cell where they cross'],
  ['=SUM(A:C 2:3)', 39, 'columns and rows: A2:C3'],
  ['=SUM(A1:C3 B2:D4 C3:D4)', 9, 'a chain: C3'],
  ['=SUM(A1:A2 C1:C2)', { error: '#NULL!' }, 'no cell in common; LibreOffice 7.4 gives #REF!, Microsoft’s page #NULL!'],
  ['=ISERROR(A1 C3)', true, 'no cell in common'],
  ['=SUM((A1:A2,C1:C2))', 14, 'a union: the cells of both'],
  ['=COUNT((A1:A3,C1:C2),B1)', 6, 'a union beside another argument'],
  ['=MAX((A1,C3))', 9, 'a union of cells'],
  ['=AVERAGE((A1:A2,C1:C2),(D2,D3))', 35 / 6, 'two unions'],
];

const cells: Record<string, number | string> = { ...DATA };
CASES.forEach(([formula], i) => (cells[`F${i + 1}`] = formula));
const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Operators', locale: 'en-GB', sheets: [{ name: 'Ark', cells }] });
const engine = new WorkbookEngine(doc);
const sheetId = workbookGrid(doc).sheetIdByName('Ark')!;

afterAll(() => {
  engine.destroy();
  doc.destroy();
});

describe('Excel operators the engine could not parse compute as in Excel', () => {
  it.each(CASES.map(([formula, expected, why], row) => ({ formula, expected, why, row })))('$formula is $expected ($why)', ({ formula, expected, row }) => {
    const value = engine.value(sheetId, row, 5);
    const actual = isCellError(value) ? { error: value.error } : value;
    if (typeof expected === 'number' && typeof actual === 'number') expect(actual, formula).toBeCloseTo(expected, 12);
    else expect(actual, formula).toEqual(expected);
    expect(cellInputAt(doc, sheetId, row, 5)).toBe(formula);
  });

  it('reads them in Danish, the union with the list separator', () => {
    expect(fromDisplayFormula('=SUM((A1:A2;C1:C2))', 'da-DK')).toBe('=SUM((A1:A2,C1:C2))');
    expect(fromDisplayFormula('=MIDDEL(A1:C3 B2:D4)*5%%', 'da-DK')).toBe('=AVERAGE(A1:C3 B2:D4)*5%%');
    expect(toDisplayFormula('=SUM((A1:A2,C1:C2))', 'da-DK')).toBe('=SUM((A1:A2;C1:C2))');
  });

  it('computes an intersection from the ranges as written, not as cut to the data', () => {
    // A1:C1000 is given to the engine cut to the data's rows; A500:C600 lies past them, and their common part is A500:C600.
    const wide = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Cut', locale: 'en-GB', sheets: [{ name: 'Ark', cells: { A1: 1, E1: '=COUNTBLANK(A1:C1000 A500:C600)', E2: '=ROWS(A1:C1000 A500:C600)' } }] });
    const cut = new WorkbookEngine(wide);
    const id = workbookGrid(wide).sheetIdByName('Ark')!;
    expect([cut.value(id, 0, 4), cut.value(id, 1, 4)]).toEqual([303, 101]);
    cut.destroy();
    wide.destroy();
  });
});

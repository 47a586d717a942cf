/**
 * INDIRECT as Excel computes it
 * (https://support.microsoft.com/office/indirect-function-474b3a3a-8a26-4f44-b491-92b6306fa261),
 * through the rewrite only the engine sees (models/engine/engineFormula.ts, indirectReference.ts):
 * values follow edits to the text and to the cells it names, as a fresh build computes them.
 */
import { describe, expect, it } from 'vitest';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import { engineFormula } from '../../models/engine/engineFormula.js';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { inputAt, locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const MS = 'https://support.microsoft.com/office/indirect-function-474b3a3a-8a26-4f44-b491-92b6306fa261';
const LO = `${MS}; formulas of this kind are recomputed by LibreOffice 7.4 in excelCompatibilityLibreOffice.test.ts`;

const open = openWorkbooks();

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

/** Microsoft's example: A2:A5 hold addresses and a name, B2:B5 values; Ark2 and 'Mit ark' more. */
const DATA = { A2: 'B2', A3: 'B3', A4: 'George', A5: 5, B2: 1.333, B3: 45, B4: 10, B5: 62, C1: 3 };
const SHEETS = { Ark: DATA, Ark2: { B1: 100, B2: 200, B3: 300 }, 'Mit ark': { A1: 7 } };
const NAMES = [{ name: 'George', formula: '=Ark!$B$4' }, { name: 'Tal', formula: '=Ark2!$B$1:$B$3' }];

describe('INDIRECT computes as Excel', () => {
  it.each([
    ['=INDIRECT(A2)', 1.333, `${MS}: the value of the reference in A2`],
    ['=INDIRECT(A3)', 45, `${MS}: the value of the reference in A3`],
    ['=INDIRECT(A4)', 10, `${MS}: a defined name`],
    ['=INDIRECT("B"&A5)', 62, `${MS}: "B" and the value in A5`],
    ['=INDIRECT("Ark2!B"&C1)', 300, `${LO}: another sheet, the row from a cell`],
    ['=SUM(INDIRECT("B2:B"&C1))', 46.333, `${LO}: a range whose end comes from a cell`],
    ['=SUM(INDIRECT("Ark2!B1:B"&C1))', 600, LO],
    ['=INDIRECT("\'Mit ark\'!A1")', 7, `${LO}: a quoted sheet name`],
    ['=INDIRECT("$B$3")', 45, `${LO}: absolute marks`],
    ['=SUM(INDIRECT("Tal"))', 600, `${MS}: a defined name of a range`],
    ['=INDIRECT("R3C2",FALSE)', 45, `${LO}: R1C1`],
    ['=INDIRECT("Ark2!R2C2",FALSE)', 200, `${LO}: R1C1 on another sheet`],
    ['=SUM(INDIRECT("R[-19]C[-15]:R[-17]C[-15]",FALSE))', 46.333, `${LO}: R1C1 counted from the formula's cell (Q20)`],
    ['=INDIRECT("B3",TRUE)', 45, LO],
    ['=INDIRECT("Z99")', 0, `${LO}: an empty cell`],
    ['=INDIRECT("Ukendt!A1")', '#REF!', `${MS}: a sheet that does not exist`],
    ['=INDIRECT("ikke en reference")', '#REF!', `${MS}: no valid reference`],
    ['=INDIRECT("")', '#REF!', LO],
    ['=INDIRECT(1/0)', '#DIV/0!', LO],
    ['=ROWS(INDIRECT("B2:B5"))', 4, LO],
    ['=INDIRECT("Q20")', '#CYCLE!', `${MS}: its own cell is a circular reference`],
  ])('%s is %s (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ ...SHEETS, Ark: { ...DATA, Q20: formula } }, { names: NAMES }));
    const value = plain(open.value(doc, 'Ark!Q20'));
    if (typeof expected === 'number') expect(value).toBeCloseTo(expected, 12);
    else expect(value).toBe(expected);
  });

  it('is given to the engine with the areas its text named when last computed', () => {
    expect(engineFormula('=SUM(INDIRECT("B2:B"&N1))', () => ['Ark!$B$2:$B$4']).text).toBe('=SUM(FREMSKRIV.INDIRECT("B2:B"&N1,,Ark!$B$2:$B$4))');
    expect(engineFormula('=INDIRECT(A1,FALSE)').text).toBe('=FREMSKRIV.INDIRECT(A1,FALSE)');
    expect(engineFormula('=INDIRECT("A1:A3")*10').text).toBe('=ARRAYFORMULA(FREMSKRIV.INDIRECT("A1:A3",)*10)');
  });
});

describe('INDIRECT follows every edit', () => {
  function setup() {
    const doc = open.document(workbookFile({ ...SHEETS, Ark: { ...DATA, Q20: '=SUM(INDIRECT("B2:B"&C1))', Q21: '=INDIRECT("Ark2!B"&C1)' } }, { names: NAMES }));
    const engine = open.engine(doc);
    const value = (address: string): number | string | boolean | null => {
      const at = locate(doc, address);
      return plain(engine.value(at.sheetId, at.row, at.col));
    };
    const set = (address: string, input: number | string): void => {
      const at = locate(doc, address);
      applyOperation(doc, { type: 'setCells', sheetId: at.sheetId, cells: [{ row: at.row, col: at.col, input }] });
    };
    const fresh = (): unknown => open.engine(doc).snapshot();
    return { doc, engine, value, set, fresh };
  }

  it('an edit to the cell that makes the text moves the target', () => {
    const { engine, value, set, fresh } = setup();
    set('Ark!C1', 5);
    expect(value('Ark!Q20')).toBeCloseTo(1.333 + 45 + 10 + 62, 12);
    expect(value('Ark!Q21')).toBe(0);
    set('Ark!C1', 2);
    expect(value('Ark!Q20')).toBeCloseTo(1.333, 12);
    expect(value('Ark!Q21')).toBe(200);
    expect(engine.snapshot()).toEqual(fresh());
  });

  it('an edit to a cell the text names changes the value', () => {
    const { engine, value, set, fresh } = setup();
    set('Ark!B3', 1000);
    set('Ark2!B3', 9);
    expect(value('Ark!Q20')).toBeCloseTo(1001.333, 12);
    expect(value('Ark!Q21')).toBe(9);
    // A cell newly inside the target after it moved.
    set('Ark!C1', 4);
    set('Ark!B4', 20);
    expect(value('Ark!Q20')).toBeCloseTo(1021.333, 12);
    expect(engine.snapshot()).toEqual(fresh());
  });

  it('an edit to the formula’s own text names the new cells', () => {
    const { engine, value, set, fresh } = setup();
    set('Ark!Q21', '=INDIRECT("Ark2!B1")');
    expect(value('Ark!Q21')).toBe(100);
    set('Ark2!B1', 5);
    expect(value('Ark!Q21')).toBe(5);
    expect(engine.snapshot()).toEqual(fresh());
  });

  it('a formula reading INDIRECT’s result follows it', () => {
    const { engine, value, set, fresh } = setup();
    set('Ark!Q22', '=Q21*2');
    set('Ark!C1', 1);
    expect(value('Ark!Q22')).toBe(200);
    set('Ark2!B1', 50);
    expect(value('Ark!Q22')).toBe(100);
    expect(engine.snapshot()).toEqual(fresh());
  });
});

describe('INDIRECT in Danish and in .xlsx', () => {
  it('is INDIREKTE in Danish', () => {
    expect(toDisplayFormula('=INDIRECT("R1C1",FALSE)', 'da-DK')).toBe('=INDIREKTE("R1C1";FALSK)');
    expect(fromDisplayFormula('=SUM(INDIREKTE("B2:B"&A1))', 'da-DK')).toBe('=SUM(INDIRECT("B2:B"&A1))');
  });

  it('an exported INDIRECT is imported as computed, with the same value', async () => {
    const doc = open.document(workbookFile({ ...SHEETS, Ark: { ...DATA, Q20: '=SUM(INDIRECT("B2:B"&C1))' } }, { names: NAMES }));
    const imported = await importXlsx(await exportWorkbookXlsx(doc), { fileName: 'indirect.xlsx' });
    expect(imported.unsupported.count).toBe(0);
    const back = open.document(importedWorkbookFile(imported));
    expect(inputAt(back, 'Ark!Q20')).toBe('=SUM(INDIRECT("B2:B"&C1))');
    expect(plain(open.value(back, 'Ark!Q20'))).toBeCloseTo(46.333, 12);
  });
});

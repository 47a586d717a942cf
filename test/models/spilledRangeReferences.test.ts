/**
 * Excel's spilled range operator, `A1#`: the whole block the formula in A1 spilled into.
 * Microsoft's "Spilled range operator" page: with `=SEQUENCE(10)` in A2, `=SUM(A2#)` is
 * `=SUM(A2:A11)`, 55, and follows the spill as it grows or shrinks; `=SORT(C2#)` and
 * `=FILTER(C2#,LEN(C2#)>3)` use it inside functions. A cell that shows no spilled result gives
 * #REF! (models/engine/spilledRangeReferences.ts).
 */
import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { zipParts } from '../interchange/support/zipBuilder.js';
import { freshValues, engineValues } from '../support/engineComparison.js';
import { inputAt, locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import type { CellInput } from '../../models/workbook/workbookReader.js';
import type { WorkbookLocale } from '../../models/workbook/workbookSchema.js';

const open = openWorkbooks();
const REF = { error: '#REF!' };

/** A workbook of sheets Ark (and others), its engine, and a planner's edits and reads by address (`Ark!A1`). */
function workbook(sheets: Record<string, Record<string, CellInput>>, locale: WorkbookLocale = 'en-GB') {
  const doc = open.document(workbookFile(sheets, { locale }));
  const engine = open.engine(doc);
  const at = (address: string): unknown => {
    const { sheetId: id, row, col } = locate(doc, address.includes('!') ? address : `Ark!${address}`);
    return engine.value(id, row, col);
  };
  return {
    doc,
    engine,
    at,
    /** The values of `rows` cells down from `from`. */
    column: (from: string, rows: number): unknown[] => {
      const { sheetId: id, row, col } = locate(doc, `Ark!${from}`);
      return Array.from({ length: rows }, (_, r) => engine.value(id, row + r, col));
    },
    set(address: string, input: CellInput | null): void {
      const { sheetId: id, row, col } = locate(doc, `Ark!${address}`);
      doc.transact(() => applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row, col, input }] }));
    },
  };
}

describe('A1# reads the block A1 spilled', () => {
  it("=SUM(A2#) over =SEQUENCE(10) is 55 (Microsoft's example)", () => {
    const s = workbook({ Ark: { A2: '=SEQUENCE(10)', C2: '=SUM(A2#)', D2: '=ROWS(A2#)' } });
    expect([s.at('C2'), s.at('D2')]).toEqual([55, 10]);
  });

  it.each([
    ['=SUM(A1#)', 6],
    ['=ROWS(A1#)', 3],
    ['=COLUMNS(B6#)', 2],
    ['=INDEX(A1#,2)', 2],
    ['=SUM(B6#)', 10],
    ['=COUNTA(A1#)', 3],
    ['=AVERAGE(Ark2!A1#)', 20],
    ['=SUM(A1#*2)', 12],
    ['=SUM(A1#/A1)', 6],
    ['=LET(x,A1#/A1,SUM(x))', 6],
  ])('%s is %s', (formula, expected) => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(3)', B6: '=SEQUENCE(2,2)', E1: formula }, Ark2: { A1: '=SEQUENCE(3,1,10,10)' } });
    expect(s.at('E1')).toBe(expected);
  });

  it('=A1#*2 spills the same shape, and =Ark2!A1# the other sheet\'s block', () => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(3)', C1: '=A1#*2', D1: '=Ark2!A1#' }, Ark2: { A1: '=SEQUENCE(2,1,10,10)' } });
    expect(s.column('C1', 4)).toEqual([2, 4, 6, null]);
    expect(s.column('D1', 3)).toEqual([10, 20, null]);
  });

  it("=C1# over names spills the names, and =FILTER(C1#,LEN(C1#)>3) keeps the long ones (Microsoft's example)", () => {
    const s = workbook({ Ark: { A1: 'Ida', A2: 'Bo', A3: 'Karen', A4: 'Ida', C1: '=UNIQUE(A1:A4)', E1: '=C1#', F1: '=FILTER(C1#,LEN(C1#)>2)', G1: '=COUNTA(C1#)' } });
    expect(s.column('E1', 4)).toEqual(['Ida', 'Bo', 'Karen', null]);
    expect(s.column('F1', 3)).toEqual(['Ida', 'Karen', null]);
    expect(s.at('G1')).toBe(3);
  });

  it('=SORT(A1#) and =FILTER(A1#,A1#>1) use the block inside functions', () => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(3)', C1: '=SORT(A1#,1,-1)', D1: '=FILTER(A1#,A1#>1)' } });
    expect(s.column('C1', 4)).toEqual([3, 2, 1, null]);
    expect(s.column('D1', 3)).toEqual([2, 3, null]);
  });

  it.each([
    ['=ABS(A1#)', [1, 2, 3]],
    ['=ROUND(A1#/4,1)', [0.3, 0.5, 0.8]],
    ['=IF(A1#>1,"stor","lille")', ['lille', 'stor', 'stor']],
    ['=ABS(SUM(A1#)-A1#)', [5, 4, 3]],
    ['=VLOOKUP(A1#,H1:I3,2,FALSE)', ['en', 'to', 'tre']],
  ])('%s spills element by element where a function takes one value, as Excel 365 lifts it', (formula, expected) => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(3)', H1: 1, H2: 2, H3: 3, I1: 'en', I2: 'to', I3: 'tre', E1: formula } });
    expect(s.column('E1', 4)).toEqual([...expected, null]);
  });

  it('inside a function that spills by itself (XLOOKUP) the block is lifted as Excel 365 lifts it: one lookup per value', () => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(3)', H1: 3, H2: 2, H3: 1, I1: 'en', I2: 'to', I3: 'tre', E1: '=XLOOKUP(A1#,H1:H3,I1:I3)', F1: '=ABS(A1#)' } });
    expect(s.column('E1', 3)).toEqual(['tre', 'to', 'en']);
    expect(s.column('F1', 3)).toEqual([1, 2, 3]);
  });

  it('=ABS(A1#) follows the spill as it grows, and inside SUM the block stays one argument', () => {
    const s = workbook({ Ark: { D1: 2, A1: '=SEQUENCE(D1,1,-1,-1)', E1: '=ABS(A1#)', F1: '=SUM(ABS(A1#))' } });
    expect(s.column('E1', 3)).toEqual([1, 2, null]);
    s.set('D1', 3);
    expect(s.column('E1', 4)).toEqual([1, 2, 3, null]);
    expect(s.column('F1', 2)).toEqual([6, null]);
    expect(engineValues(s.engine, s.doc)).toEqual(freshValues(s.doc));
  });

  it('in Danish formula syntax, with ; between arguments', () => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(4)', C1: '=INDEX(A1#,3)', C2: '=SUM(A1#)' } }, 'da-DK');
    expect([s.at('C1'), s.at('C2')]).toEqual([3, 10]);
  });
});

describe('every formula using A1# follows the spill in the same change', () => {
  it('=SEQUENCE(D1) grows and shrinks: SUM, ROWS and a spilled =A1#*2 follow', () => {
    const s = workbook({ Ark: { D1: 3, A1: '=SEQUENCE(D1)', E1: '=SUM(A1#)', F1: '=ROWS(A1#)', G1: '=A1#*2' } });
    expect([s.at('E1'), s.at('F1')]).toEqual([6, 3]);
    s.set('D1', 5);
    expect([s.at('E1'), s.at('F1')]).toEqual([15, 5]);
    expect(s.column('G1', 6)).toEqual([2, 4, 6, 8, 10, null]);
    s.set('D1', 2);
    expect([s.at('E1'), s.at('F1')]).toEqual([3, 2]);
    expect(s.column('G1', 4)).toEqual([2, 4, null, null]);
    expect(engineValues(s.engine, s.doc)).toEqual(freshValues(s.doc));
  });

  it('a chain of spilled range references follows too (=SORT(A1#) in C1, =SUM(C1#) in E1)', () => {
    const s = workbook({ Ark: { D1: 2, A1: '=SEQUENCE(D1)', C1: '=SORT(A1#,1,-1)', E1: '=SUM(C1#)', F1: '=ROWS(C1#)' } });
    expect([s.at('E1'), s.at('F1')]).toEqual([3, 2]);
    s.set('D1', 4);
    expect([s.at('E1'), s.at('F1')]).toEqual([10, 4]);
    expect(s.column('C1', 5)).toEqual([4, 3, 2, 1, null]);
  });

  it('a FILTER anchor keeping one row is a block of one; keeping none, #CALC!, gives #REF!', () => {
    const s = workbook({ Ark: { A1: 1, A2: 5, A3: 9, D1: 4, C1: '=FILTER(A1:A3,A1:A3>D1)', E1: '=ROWS(C1#)' } });
    expect(s.at('E1')).toBe(2);
    s.set('D1', 8);
    expect(s.at('E1')).toBe(1);
    s.set('D1', 10);
    expect(s.at('E1')).toMatchObject(REF);
    s.set('D1', 0);
    expect(s.at('E1')).toBe(3);
  });

  it('a spill that becomes a formula of one value, and back', () => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(3)', E1: '=SUM(A1#)' } });
    s.set('A1', '=7');
    expect(s.at('E1')).toMatchObject(REF);
    s.set('A1', '=SEQUENCE(4)');
    expect(s.at('E1')).toBe(10);
  });
});

describe("A1# on a cell without a spilled result is #REF!, as in Excel", () => {
  it.each([
    ['a number', 5],
    ['a formula of one value', '=2+3'],
    ['an empty cell', null],
  ])('on %s', (_, input) => {
    const s = workbook({ Ark: { ...(input === null ? {} : { A1: input }), C1: '=SUM(A1#)', D1: '=A1#' } });
    expect([s.at('C1'), s.at('D1')]).toEqual([REF, REF].map((e) => expect.objectContaining(e)));
  });

  it('on a blocked spill (#SPILL!), and the block once it spills again', () => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(3)', A3: 'note', C1: '=SUM(A1#)' } });
    expect(s.at('A1')).toMatchObject({ error: '#SPILL!' });
    expect(s.at('C1')).toMatchObject(REF);
    s.set('A3', null);
    expect(s.at('C1')).toBe(6);
  });
});

describe('the formula keeps A1# as written', () => {
  it('moves with inserted and deleted rows, and computes at the new place', () => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(3)', C1: '=SUM(A1#)' } });
    const id = sheetId(s.doc, 'Ark');
    s.doc.transact(() => applyOperation(s.doc, { type: 'insertRows', sheetId: id, index: 0, count: 2 }));
    expect(inputAt(s.doc, 'Ark!C3')).toBe('=SUM(A3#)');
    expect(s.at('C3')).toBe(6);
    s.doc.transact(() => applyOperation(s.doc, { type: 'deleteRows', sheetId: id, index: 0, count: 1 }));
    expect(inputAt(s.doc, 'Ark!C2')).toBe('=SUM(A2#)');
    expect(s.at('C2')).toBe(6);
    expect(engineValues(s.engine, s.doc)).toEqual(freshValues(s.doc));
  });
});

describe('the formula bar and files keep A1# as written', () => {
  it.each([
    ['=INDEX(A1#,2)', '=INDEKS(A1#;2)'],
    ["=ROWS('Mit ark'!$B$2#)*2", "=RÆKKER('Mit ark'!$B$2#)*2"],
  ])('%s reads %s in Danish and back', (canonical, danish) => {
    expect(toDisplayFormula(canonical, 'da-DK')).toBe(danish);
    expect(fromDisplayFormula(danish, 'da-DK')).toBe(canonical);
  });

  it('the .xlsx export writes _xlfn.ANCHORARRAY(A1), Excel\'s file form, and the import reads it back as A1#, computed', async () => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(3)', C1: '=SUM(A1#)', D1: '=A1#*2', E1: '=ROWS(Ark2!A1#)' }, Ark2: { A1: '=SEQUENCE(2)' } });
    const xml = String(zipParts(await exportWorkbookXlsx(s.doc)).get('xl/worksheets/sheet1.xml'));
    expect(xml).toMatch(/<c r="C1"[^>]*><f>SUM\(_xlfn\.ANCHORARRAY\(A1\)\)<\/f><v>6<\/v>/);
    expect(xml).toMatch(/<c r="D1"[^>]*><f t="array" ref="D1:D3">_xlfn\.ANCHORARRAY\(A1\)\*2<\/f><v>2<\/v>/);
    // Ark2 is also a cell's address (column ARK): the sheet's name is quoted, as Excel quotes it.
    expect(xml).toContain('ROWS(_xlfn.ANCHORARRAY(&apos;Ark2&apos;!A1))');
    const imported = await importXlsx(await exportWorkbookXlsx(s.doc), { fileName: 'spill.xlsx' });
    expect(imported.sheets[0]!.cells).toMatchObject({ C1: '=SUM(A1#)', E1: "=ROWS('Ark2'!A1#)" });
    expect(imported.unsupported.found).toEqual([]);
    const back = documentFromFile(importedWorkbookFile(imported));
    const engine = new WorkbookEngine(back);
    try {
      const at = (address: string) => {
        const { sheetId: id, row, col } = locate(back, `Ark!${address}`);
        return engine.value(id, row, col);
      };
      expect(['C1', 'D1', 'D2', 'D3', 'E1'].map(at)).toEqual([6, 2, 4, 6, 2]);
    } finally {
      engine.destroy();
      back.destroy();
    }
  });
});

describe('A1# as an end of the range operator is the smallest range holding the block and the other cell, as in Excel', () => {
  const SHEET = { A1: '=SEQUENCE(5)', C1: 10, C2: 20, C3: 30, E1: 7 };

  it.each([
    ['=SUM(A1#:A3)', 15],
    ['=SUM(A1#:C3)', 75],
    ['=SUM(C3:A1#)', 75],
    ['=ROWS(A1#:A8)', 8],
    ['=SUM(A2:A1#)', 15],
  ])('%s is %o (was #ERROR!: the engine reads no range of a range)', (formula, expected) => {
    const s = workbook({ Ark: { ...SHEET, Q1: formula } });
    expect(s.at('Q1')).toBe(expected);
  });

  it('is #REF! where the cell spills no block', () => {
    const s = workbook({ Ark: { ...SHEET, Q1: '=SUM(E1#:E2)' } });
    expect(s.at('Q1')).toMatchObject(REF);
  });

  it('follows the block as it shrinks, and the .xlsx writes _xlfn.ANCHORARRAY(A1):A3', async () => {
    const s = workbook({ Ark: { A1: '=SEQUENCE(5)', Q1: '=ROWS(A1#:A3)', Q2: '=SUM(A3:A1#)' } });
    expect([s.at('Q1'), s.at('Q2')]).toEqual([5, 15]);
    s.set('A1', '=SEQUENCE(2)');
    expect([s.at('Q1'), s.at('Q2')]).toEqual([3, 3]);
    const xml = String(zipParts(await exportWorkbookXlsx(s.doc)).get('xl/worksheets/sheet1.xml'));
    expect(xml).toContain('ROWS(_xlfn.ANCHORARRAY(A1):A3)');
    expect(xml).toContain('SUM(A3:_xlfn.ANCHORARRAY(A1))');
  });
});

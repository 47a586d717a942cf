/**
 * Formulas at Excel's limits (8,192 characters, 64 nesting levels) compute as in Excel; past them
 * the cell is #NUM! and the rest of the workbook computes (models/formula/formulaDepth.ts,
 * models/engine/operatorChains.ts, models/formula/signRuns.ts).
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
import { engineValueAt } from './support/engineValueAt.js';
import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { formulaFitsEngine, formulaNesting, MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING } from '../../models/formula/formulaDepth.js';
import { withShortSignRuns } from '../../models/formula/signRuns.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { evaluate } from '../support/formulaTable.js';

/** `=t+t+…` with `terms` terms. */
function chain(term: string, terms: number, operator = '+'): string {
  return '=' + Array.from({ length: terms }, () => term).join(operator);
}

function nested(open: string, inner: string, close: string, levels: number): string {
  return '=' + open.repeat(levels) + inner + close.repeat(levels);
}

const LONGEST_A1_CHAIN = chain('A1', 2_730);
const LONGEST_ONE_CHAIN = chain('1', 4_096);

describe("Excel's limits on a formula", () => {
  it('measures length without the leading = and nesting outside text', () => {
    expect(formulaNesting('=IF(A1>0,(B1+1)/2,"(((")')).toBe(2);
    expect(formulaNesting('={1,2}+SUM((A1))')).toBe(2);
    expect(LONGEST_ONE_CHAIN.length - 1).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    expect(formulaFitsEngine(LONGEST_ONE_CHAIN)).toBe(true);
    expect(formulaFitsEngine(LONGEST_ONE_CHAIN + '+1')).toBe(false);
    expect(formulaFitsEngine(nested('SUM(', '1', ')', MAX_FORMULA_NESTING))).toBe(true);
    expect(formulaFitsEngine(nested('SUM(', '1', ')', MAX_FORMULA_NESTING + 1))).toBe(false);
  });
});

describe('a formula at Excel’s limits computes as in Excel', () => {
  it.each([
    ['2,730 terms A1+A1+… (8,190 characters)', LONGEST_A1_CHAIN, [[3]], 2_730 * 3],
    ['4,096 terms 1+1+… (8,191 characters)', LONGEST_ONE_CHAIN, [[3]], 4_096],
    ['a chain of every arithmetic operator, left to right', '=' + Array.from({ length: 600 }, () => 'A1*2-A1/3^1').join('+'), [[3]], 600 * 5],
    ['2,000 texts joined with &', chain('A1', 2_000, '&'), [['ab']], 'ab'.repeat(2_000)],
    ['64 nested IFs', nested('IF(A1>0,', 'A1*2', ',0)', 64), [[3]], 6],
    ['64 nested SUMs', nested('SUM(', 'A1', ')', 64), [[3]], 3],
    ['64 brackets around a chain of 2,000 terms', nested('(', chain('A1', 2_000).slice(1), ')', 64), [[3]], 6_000],
    ['63 nested IFs around a chain filling the rest', nested('IF(A1>0,', chain('A1', 2_500).slice(1), ',0)', 63), [[3]], 7_500],
    ['8,000 minus signs (an even number)', '=' + '-'.repeat(8_000) + 'A1', [[3]], 3],
    ['7,999 minus signs and a plus', '=+' + '-'.repeat(7_999) + 'A1', [[3]], -3],
    ['a run of signs after a binary operator', '=A1+' + '-'.repeat(1_001) + 'A1', [[3]], 0],
    ['an even run of signs turns text into a number', '=' + '-'.repeat(2_000) + '"4"', [[3]], 4],
  ])('%s', (_name, formula, data, expected) => {
    expect(formula.length - 1).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    expect(evaluate(data, withShortSignRuns(formula))).toBe(expected);
  });

  it('keeps signs inside text and quoted sheet names as written', () => {
    expect(withShortSignRuns('="a----b"&\'x----y\'!A1+-----1')).toBe('="a----b"&\'x----y\'!A1+-1');
    expect(withShortSignRuns('=A1--B1')).toBe('=A1--B1');
  });
});

describe('a workbook holding formulas at and past the limits', () => {
  it('computes those within them, follows edits, and shows #NUM! only where a formula passes them', () => {
    const doc = documentFromFile({
      format: 'fremskriv.workbook', version: 1, title: 'Limits', locale: 'en-GB',
      sheets: [{
        name: 'Data',
        cells: {
          A1: 3,
          B1: LONGEST_A1_CHAIN,
          C1: nested('IF(A1>0,', 'A1*2', ',0)', 64),
          D1: LONGEST_A1_CHAIN + '+A1+A1',
          E1: nested('(', '1', ')', 16_000),
          F1: '=B1+1',
        },
      }],
    });
    const engine = new WorkbookEngine(doc);
    try {
      const sheetId = workbookGrid(doc).sheetIdByName('Data')!;
      const at = engineValueAt(engine, sheetId);
      expect([at('B1'), at('C1'), at('F1')]).toEqual([8_190, 6, 8_191]);
      expect(at('D1')).toMatchObject({ error: '#NUM!' });
      expect(at('E1')).toMatchObject({ error: '#NUM!' });
      applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 0, input: 2 }] });
      expect([at('B1'), at('C1'), at('F1')]).toEqual([5_460, 4, 5_461]);
      applyOperation(doc, { type: 'insertRows', sheetId, index: 0, count: 1 });
      expect([at('B2'), at('C2')]).toEqual([5_460, 4]);
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });
});

describe('an .xlsx file holding formulas at Excel’s limits', () => {
  it('exports and imports them, and the imported workbook computes them', async () => {
    const cells = { A1: 3, B1: LONGEST_A1_CHAIN, C1: nested('IF(A1>0,', 'A1*2', ',0)', 64), D1: '=' + '-'.repeat(2_001) + 'A1', E1: nested('(', '1', ')', 16_000) };
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Limits', locale: 'en-GB', sheets: [{ name: 'Data', cells }] });
    const imported = await importXlsx(await exportWorkbookXlsx(doc));
    doc.destroy();
    const sheet = importedWorkbookFile(imported).sheets[0]!;
    expect(sheet.cells.B1).toBe(LONGEST_A1_CHAIN);
    expect(sheet.cells.C1).toBe(cells.C1);
    const again = documentFromFile(importedWorkbookFile(imported));
    const engine = new WorkbookEngine(again);
    try {
      const sheetId = workbookGrid(again).sheetIdByName('Data')!;
      expect([0, 1, 2, 3].map((col) => engine.value(sheetId, 0, col))).toEqual([3, 8_190, 6, -3]);
      expect(engine.value(sheetId, 0, 4)).toMatchObject({ error: '#NUM!' });
    } finally {
      engine.destroy();
      again.destroy();
    }
  });
});

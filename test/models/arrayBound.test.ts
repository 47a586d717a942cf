/**
 * A formula whose result array would be huge shows #SPILL! at once, never building the array
 * (models/engine/arrayBound.ts): vitest's own memory would not survive 100 million values.
 */
import { engineValueAt } from './support/engineValueAt.js';
import { describe, expect, it } from 'vitest';
import { MAX_ARRAY_CELLS } from '../../models/engine/arrayBound.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { evaluate } from '../support/formulaTable.js';

const NUMBERS = [[1], [2], [3]];

describe('a formula whose result array passes the bound', () => {
  it.each([
    ['=SEQUENCE(10000,10000)', 'literal sizes: 100 million values'],
    ['=SEQUENCE(1000001)', 'one value past the bound'],
    ['=SUM(SEQUENCE(10000,10000))', 'nested, where nothing spills'],
    ['=SEQUENCE(40000,18278)', "HyperFormula's own largest sheet"],
    ['=MMULT(SEQUENCE(2000,1),SEQUENCE(1,2000))', 'a product of two small arrays'],
    ['=ARRAYFORMULA(SEQUENCE(2000,1)*SEQUENCE(1,2000))', 'arithmetic over two arrays inside ARRAYFORMULA'],
    ['=TRANSPOSE(SEQUENCE(10000,10000))', 'inside another array function'],
    ['=SUMPRODUCT(B1:B2000*TRANSPOSE(B1:B2000))', 'a product element by element: 4 million values'],
    ['=SUM((B1:B1001>0)*TRANSPOSE(B1:B1000))', 'a comparison broadcast against a row, one row past the bound'],
    ['=SUMPRODUCT(B1:B2000&TRANSPOSE(B1:B2000))', 'text joined element by element'],
  ])('%s is #SPILL! (%s)', (formula) => {
    expect(evaluate(NUMBERS, formula)).toBe('#SPILL!');
  });

  it('lets a planner-sized array through: 1,000 values spill, a million are summed', () => {
    expect(evaluate(NUMBERS, '=SEQUENCE(1000)', { rows: 3, columns: 1 })).toEqual([[1], [2], [3]]);
    expect(evaluate(NUMBERS, '=SUM(SEQUENCE(1000))')).toBe(500_500);
    expect(evaluate(NUMBERS, '=ROWS(SEQUENCE(1000,1000))')).toBe(1000);
    // (1+2+3)², Microsoft's SUMPRODUCT page: arrays multiplied element by element, then summed.
    expect(evaluate(NUMBERS, '=SUMPRODUCT(A1:A3*TRANSPOSE(A1:A3))')).toBe(36);
    // Exactly the bound, 1,000 × 1,000 products of 1.
    expect(evaluate(NUMBERS, '=SUMPRODUCT((B1:B1000+1)*TRANSPOSE(B1:B1000+1))')).toBe(1_000_000);
    expect(MAX_ARRAY_CELLS).toBe(1000 * 1000);
  });

  it('follows a size read from a cell: 10^8 is #SPILL!, back to 5 computes again', () => {
    const doc = documentFromFile({
      format: 'fremskriv.workbook', version: 1, title: 'Bound', locale: 'en-GB',
      sheets: [{ name: 'Data', cells: { A1: 5, B1: '=SUM(SEQUENCE(A1))', C1: '=ROWS(SEQUENCE(A1,A1))', D1: '=SEQUENCE(A1)' } }],
    });
    const engine = new WorkbookEngine(doc);
    try {
      const sheetId = workbookGrid(doc).sheetIdByName('Data')!;
      const at = engineValueAt(engine, sheetId);
      const setA1 = (input: number): void => applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 0, input }] });
      expect([at('B1'), at('C1')]).toEqual([15, 5]);
      // Alone in its cell it spills A1 rows (spillResizing.ts).
      expect([at('D1'), at('D5'), at('D6')]).toEqual([1, 5, null]);
      setA1(100_000_000);
      expect(at('B1')).toMatchObject({ error: '#SPILL!' });
      expect(at('C1')).toMatchObject({ error: '#SPILL!' });
      expect(at('D1')).toMatchObject({ error: '#SPILL!' });
      setA1(1001);
      expect(at('B1')).toBe((1001 * 1002) / 2);
      expect(at('C1')).toMatchObject({ error: '#SPILL!' });
      setA1(5);
      expect([at('B1'), at('C1')]).toEqual([15, 5]);
      expect([at('D1'), at('D5'), at('D6')]).toEqual([1, 5, null]);
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });
});

describe("the bound on a workbook's spilled results together", () => {
  it('refuses the spill that would pass it, and lets it spill when entered again after another is cleared', () => {
    const big = '=SEQUENCE(1000,700)';
    const doc = documentFromFile({
      format: 'fremskriv.workbook', version: 1, title: 'Bound', locale: 'en-GB',
      sheets: [{ name: 'Data', cells: { A1: big, A1001: big } }],
    });
    const engine = new WorkbookEngine(doc);
    try {
      const sheetId = workbookGrid(doc).sheetIdByName('Data')!;
      const at = (row: number, col: number): unknown => engine.value(sheetId, row, col);
      const set = (row: number, input: string | null): void => applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row, col: 0, input }] });
      expect([at(999, 699), at(1999, 699)]).toEqual([700_000, 700_000]);
      set(2000, big);
      expect(at(2000, 0)).toMatchObject({ error: '#SPILL!' });
      expect(at(2000, 1)).toBeNull();
      set(0, null);
      set(2000, null);
      set(2000, big);
      expect([at(1999, 699), at(2999, 699)]).toEqual([700_000, 700_000]);
    } finally {
      engine.destroy();
      doc.destroy();
    }
    // Three spills of 700,000 values built and rebuilt: 25–30 s at load 7–8 on the 2-core VM.
  }, 180_000);
});

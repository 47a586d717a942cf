/**
 * A formula whose spill a value blocked (#SPILL!) spills again once the block is free, as in Excel:
 * the value cleared, moved away or its row deleted. HyperFormula alone keeps it at #SPILL! until
 * the formula is typed again (models/engine/blockedSpills.ts).
 */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import type { WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Goals met in months 1–4 of 5, their FILTER in C1 spilling four months down to C4; D1 a SORT spilling across D1:D3. */
function plan(): { column: (col: number) => unknown[]; apply: (op: (sheet: string) => WorkbookOperation) => void } {
  const doc = open.document(
    workbookFile({ Data: { A1: 1, A2: 2, A3: 3, A4: 4, A5: 5, B1: 1, B2: 1, B3: 1, B4: 1, B5: 0, C1: '=FILTER(A1:A5,B1:B5>0)', E1: '=SORT(A1:A3,1,-1)' } }),
  );
  const engine = open.engine(doc);
  const data = sheetId(doc, 'Data');
  return {
    column: (col) => [0, 1, 2, 3].map((row) => engine.value(data, row, col)),
    apply: (op) => applyOperation(doc, op(data)),
  };
}

const set = (row: number, col: number, input: number | null) => (sheet: string): WorkbookOperation => ({ type: 'setCells', sheetId: sheet, cells: [{ row, col, input }] });
const SPILL = { error: '#SPILL!' };

describe('a blocked spill', () => {
  it('spills again when the value blocking it is cleared', () => {
    const { column, apply } = plan();
    expect(column(2)).toEqual([1, 2, 3, 4]);
    apply(set(3, 2, 9));
    expect(column(2)[0]).toMatchObject(SPILL);
    apply(set(3, 2, null));
    expect(column(2)).toEqual([1, 2, 3, 4]);
  });

  it('stays #SPILL! while another value still blocks it, and a SORT beside it spills again on its own', () => {
    const { column, apply } = plan();
    apply(set(1, 2, 7));
    apply(set(2, 2, 8));
    apply(set(2, 4, 6));
    expect(column(4)[0]).toMatchObject(SPILL);
    apply(set(2, 2, null));
    expect(column(2)[0]).toMatchObject(SPILL);
    expect(column(2)[1]).toBe(7);
    apply(set(2, 4, null));
    expect(column(4).slice(0, 3)).toEqual([3, 2, 1]);
    apply(set(1, 2, null));
    expect(column(2)).toEqual([1, 2, 3, 4]);
  });

  it("spills again when the blocking value's row is deleted", () => {
    const { column, apply } = plan();
    apply(set(3, 2, 9));
    expect(column(2)[0]).toMatchObject(SPILL);
    apply((sheet) => ({ type: 'deleteRows', sheetId: sheet, index: 3, count: 1 }));
    // Month 4 went with the row: the months left that count are 1–3.
    expect(column(2).slice(0, 3)).toEqual([1, 2, 3]);
  });
});

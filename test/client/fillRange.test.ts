import { describe, expect, it } from 'vitest';
import { fillDown, fillRight, type CellSource } from '../../client/src/grid/fillRange.js';
import type { CellFormat, CellInput } from '../../models/workbook/workbookSchema.js';
import { formatCellAddress } from '../../models/workbook/cellAddress.js';

function sheet(cells: Record<string, CellInput>, formats: Record<string, CellFormat> = {}): CellSource {
  return {
    input: (row, col) => cells[formatCellAddress({ row, col })],
    format: (row, col) => formats[formatCellAddress({ row, col })],
  };
}

describe('fill down and right', () => {
  it('fill down moves relative references and keeps absolute ones', () => {
    const changes = fillDown({ top: 0, left: 1, bottom: 2, right: 1 }, sheet({ B1: '=A1*$C$1' }));
    expect(changes?.cells).toEqual([
      { row: 1, col: 1, input: '=A2*$C$1' },
      { row: 2, col: 1, input: '=A3*$C$1' },
    ]);
  });

  it('fill down of one cell copies the cell above', () => {
    const changes = fillDown({ top: 3, left: 0, bottom: 3, right: 0 }, sheet({ A3: 7 }));
    expect(changes?.cells).toEqual([{ row: 3, col: 0, input: 7 }]);
  });

  it('fill down in the first row has nothing to copy', () => {
    expect(fillDown({ top: 0, left: 0, bottom: 0, right: 0 }, sheet({}))).toBeNull();
  });

  it('fill right moves references along the row, as a month-by-month projection needs', () => {
    const changes = fillRight({ top: 4, left: 10, bottom: 4, right: 12 }, sheet({ K5: '=J5+$B5-$C5*J5' }));
    expect(changes?.cells.map((c) => c.input)).toEqual(['=K5+$B5-$C5*K5', '=L5+$B5-$C5*L5']);
  });

  it('a reference filled off the sheet becomes #REF!', () => {
    const changes = fillRight({ top: 0, left: 0, bottom: 0, right: 1 }, sheet({ A1: '=A1' }));
    expect(changes?.cells[0]?.input).toBe('=B1');
    const left = fillDown({ top: 0, left: 0, bottom: 1, right: 0 }, sheet({ A1: '=A$1+A1' }));
    expect(left?.cells[0]?.input).toBe('=A$1+A2');
  });

  it('filling an empty cell clears the cells below', () => {
    const changes = fillDown({ top: 0, left: 0, bottom: 1, right: 0 }, sheet({ A2: 5 }));
    expect(changes?.cells).toEqual([{ row: 1, col: 0, input: null }]);
  });

  it('formats travel with the filled inputs', () => {
    const changes = fillDown({ top: 0, left: 0, bottom: 1, right: 0 }, sheet({ A1: 0.1 }, { A1: 'percent' }));
    expect(changes?.formats).toEqual([{ row: 1, col: 0, format: 'percent' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { fillDown, fillRight, type CellSource } from '../../client/src/grid/fillRange.js';
import { autoFill, fillTarget } from '../../client/src/grid/autoFill.js';
import type { CellFormat, CellInput } from '../../models/workbook/workbookSchema.js';
import { formatCellAddress } from '../../models/workbook/cellAddress.js';
import { formatCellValue } from '../../models/format/displayFormat.js';

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

describe('the fill handle', () => {
  it('a drag past the selection fills toward the side it went furthest; one inside fills nothing', () => {
    const source = { top: 4, left: 4, bottom: 5, right: 5 };
    expect(fillTarget(source, { row: 9, col: 6 })).toEqual({ ...source, bottom: 9 });
    expect(fillTarget(source, { row: 6, col: 10 })).toEqual({ ...source, right: 10 });
    expect(fillTarget(source, { row: 1, col: 5 })).toEqual({ ...source, top: 1 });
    expect(fillTarget(source, { row: 3, col: 0 })).toEqual({ ...source, left: 0 });
    expect(fillTarget(source, { row: 5, col: 4 })).toEqual(source);
  });

  it('filling up continues a series backwards and moves a formula\'s references up', () => {
    const series = autoFill({ top: 3, left: 0, bottom: 4, right: 0 }, { top: 1, left: 0, bottom: 4, right: 0 }, sheet({ A4: 3, A5: 4 }));
    expect(series.cells).toEqual([
      { row: 2, col: 0, input: 2 },
      { row: 1, col: 0, input: 1 },
    ]);
    const formula = autoFill({ top: 3, left: 1, bottom: 3, right: 1 }, { top: 2, left: 1, bottom: 3, right: 1 }, sheet({ B4: '=A4*2' }));
    expect(formula.cells).toEqual([{ row: 2, col: 1, input: '=A3*2' }]);
  });

  it('filling left repeats a pattern from its end, as Excel', () => {
    const changes = autoFill({ top: 0, left: 3, bottom: 0, right: 4 }, { top: 0, left: 1, bottom: 0, right: 4 }, sheet({ D1: 'Aarhus', E1: 'Odense' }));
    expect(changes.cells).toEqual([
      { row: 0, col: 2, input: 'Odense' },
      { row: 0, col: 1, input: 'Aarhus' },
    ]);
  });

  it('one cell with a formula is copied down with its references moved, like Ctrl+D', () => {
    const changes = autoFill({ top: 0, left: 1, bottom: 0, right: 1 }, { top: 0, left: 1, bottom: 2, right: 1 }, sheet({ B1: '=A1*2' }));
    expect(changes.cells).toEqual([
      { row: 1, col: 1, input: '=A2*2' },
      { row: 2, col: 1, input: '=A3*2' },
    ]);
  });

  it.each<[string, number[], number[]]>([
    ['1, 2 continues 3, 4', [1, 2], [3, 4]],
    ['10, 8 counts down', [10, 8], [6, 4]],
    ['0.1, 0.2 continues without float noise', [0.1, 0.2], [0.3, 0.4]],
    ['1, 2, 4 follows the best-fit line, as Excel', [1, 2, 4], [5.33333333333333, 6.83333333333333]],
  ])('two or more numbers continue as a series: %s', (_, values, expected) => {
    const cells = Object.fromEntries(values.map((v, i) => [`A${i + 1}`, v]));
    const changes = autoFill({ top: 0, left: 0, bottom: values.length - 1, right: 0 }, { top: 0, left: 0, bottom: values.length + 1, right: 0 }, sheet(cells));
    expect(changes.cells.map((c) => c.input)).toEqual(expected);
  });

  it('a row of numbers continues to the right', () => {
    const changes = autoFill({ top: 0, left: 0, bottom: 0, right: 1 }, { top: 0, left: 0, bottom: 0, right: 3 }, sheet({ A1: 2024, B1: 2025 }));
    expect(changes.cells).toEqual([
      { row: 0, col: 2, input: 2026 },
      { row: 0, col: 3, input: 2027 },
    ]);
  });

  it.each<[string, Record<string, string | number>, Array<string | number>]>([
    ['one number is copied, as Excel', { A1: 5 }, [5, 5]],
    ['text ending in a number counts on', { A1: 'Uge 1' }, ['Uge 2', 'Uge 3']],
    ['its leading zeros are kept', { A1: 'Item08' }, ['Item09', 'Item10']],
    ['two such texts follow their step', { A1: 'Uge 1', A2: 'Uge 3' }, ['Uge 5', 'Uge 7']],
    ['a month label runs into the next year', { A1: '2023-11' }, ['2023-12', '2024-01']],
    ['a month name continues as a word series', { A1: 'nov' }, ['dec', 'jan']],
    ['texts with different words repeat', { A1: 'Uge 1', A2: 'Dag 2' }, ['Uge 1', 'Dag 2']],
  ])('filling down: %s', (_, cells, expected) => {
    const size = Object.keys(cells).length;
    const changes = autoFill({ top: 0, left: 0, bottom: size - 1, right: 0 }, { top: 0, left: 0, bottom: size + 1, right: 0 }, sheet(cells));
    expect(changes.cells.map((c) => c.input)).toEqual(expected);
  });

  it('a month label filled up counts back', () => {
    const changes = autoFill({ top: 2, left: 0, bottom: 2, right: 0 }, { top: 0, left: 0, bottom: 2, right: 0 }, sheet({ A3: '2024-01' }));
    expect(changes.cells.map((c) => c.input)).toEqual(['2023-12', '2023-11']);
  });

  it('a block that is not all numbers repeats, formulas moved by their distance', () => {
    const changes = autoFill({ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 0, bottom: 4, right: 0 }, sheet({ A1: 'jan', A2: '=B2' }));
    expect(changes.cells.map((c) => c.input)).toEqual(['jan', '=B4', 'jan']);
  });

  it('a series keeps its cells\' format', () => {
    const changes = autoFill({ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 0, bottom: 2, right: 0 }, sheet({ A1: 0.1, A2: 0.2 }, { A1: 'percent', A2: 'percent' }));
    expect(changes.formats).toEqual([{ row: 2, col: 0, format: 'percent' }]);
  });
});

describe('the fill handle from times and dates, as Excel', () => {
  const shown = (changes: ReturnType<typeof autoFill>): string[] =>
    changes.cells.map((c) => formatCellValue(c.input as number, changes.formats.find((f) => f.row === c.row && f.col === c.col)?.format ?? 'time', 'da-DK'));

  it('one time cell counts on by an hour a cell: 09:00 → 10:00 → 11:00', () => {
    const changes = autoFill({ top: 0, left: 0, bottom: 0, right: 0 }, { top: 0, left: 0, bottom: 3, right: 0 }, sheet({ A1: 9 / 24 }, { A1: 'time' }));
    // Each exactly the typed time: =A2=TIME(10;0;0) is true.
    expect(changes.cells.map((c) => c.input)).toEqual([10 / 24, 11 / 24, 12 / 24]);
    expect(shown(changes)).toEqual(['10:00', '11:00', '12:00']);
    expect(changes.formats).toEqual([0, 1, 2].map((i) => ({ row: i + 1, col: 0, format: 'time' })));
  });

  it('one time cell filled up counts back an hour a cell, and sideways as down', () => {
    const up = autoFill({ top: 2, left: 0, bottom: 2, right: 0 }, { top: 0, left: 0, bottom: 2, right: 0 }, sheet({ A3: 9 / 24 }, { A3: 'time' }));
    expect(up.cells.map((c) => [c.row, c.input])).toEqual([[1, 8 / 24], [0, 7 / 24]]);
    const right = autoFill({ top: 0, left: 0, bottom: 0, right: 0 }, { top: 0, left: 0, bottom: 0, right: 1 }, sheet({ A1: 14.5 / 24 }, { A1: 'time12' }));
    expect(formatCellValue(right.cells[0]!.input as number, 'time12', 'en-GB')).toBe('3:30 PM');
  });

  it('two time cells continue with the step between them: 09:00, 09:30 → 10:00, 10:30', () => {
    const changes = autoFill({ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 0, bottom: 3, right: 0 }, sheet({ A1: 9 / 24, A2: 9.5 / 24 }, { A1: 'time', A2: 'time' }));
    expect(shown(changes)).toEqual(['10:00', '10:30']);
    expect(changes.cells.map((c) => c.input)).toEqual([10 / 24, 10.5 / 24]);
  });

  it('one date or date-and-time cell counts on by a day; one plain number is copied', () => {
    const date = autoFill({ top: 0, left: 0, bottom: 0, right: 0 }, { top: 0, left: 0, bottom: 2, right: 0 }, sheet({ A1: 46361 }, { A1: 'date' }));
    expect(date.cells.map((c) => c.input)).toEqual([46362, 46363]);
    const dateTime = autoFill({ top: 0, left: 0, bottom: 0, right: 0 }, { top: 0, left: 0, bottom: 1, right: 0 }, sheet({ A1: 46361 + 14.5 / 24 }, { A1: 'dateTime' }));
    expect(formatCellValue(dateTime.cells[0]!.input as number, 'dateTime', 'da-DK')).toBe('06-12-2026 14:30');
    const number = autoFill({ top: 0, left: 0, bottom: 0, right: 0 }, { top: 0, left: 0, bottom: 2, right: 0 }, sheet({ A1: 9 / 24 }));
    expect(number.cells.map((c) => c.input)).toEqual([9 / 24, 9 / 24]);
  });

  it('one duration cell counts on by an hour: 25:00:00 → 26:00:00', () => {
    const changes = autoFill({ top: 0, left: 0, bottom: 0, right: 0 }, { top: 0, left: 0, bottom: 1, right: 0 }, sheet({ A1: 25 / 24 }, { A1: 'duration' }));
    expect(formatCellValue(changes.cells[0]!.input as number, 'duration', 'da-DK')).toBe('26:00:00');
  });
});

/**
 * ROWS and COLUMNS of a range written with one end fixed (`$A$2`) and the other not, as Excel
 * counts them: between the two ends as they point from the formula's cell (models/engine/
 * nameShapes.ts). The running count planners copy down a column, `=ROWS($A$2:A2)`, is the common
 * case.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../support/formulaTable';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

describe('ROWS and COLUMNS of a range with a fixed and a moving end', () => {
  it('a running count copied down a column counts 1, 2, 3, … in every row', () => {
    const cells: Record<string, string | number> = { A1: 'Nr.', B1: 'Indsats' };
    for (let row = 2; row <= 7; row++) {
      cells[`A${row}`] = `=ROWS($B$2:B${row})`;
      cells[`C${row}`] = `=COLUMNS($B$1:B${row})+COLUMNS(D${row}:$B$1)`;
    }
    const doc = open.document(workbookFile({ Plan: cells }));
    expect([2, 3, 4, 5, 6, 7].map((row) => open.value(doc, `Plan!A${row}`))).toEqual([1, 2, 3, 4, 5, 6]);
    // One column from B to B, three from B to D, whichever end is fixed.
    expect([2, 3, 4, 5, 6, 7].map((row) => open.value(doc, `Plan!C${row}`))).toEqual([4, 4, 4, 4, 4, 4]);
  });

  it.each([
    ['=ROWS($A$2:A4)', 3, 'fixed start, moving end'],
    ['=ROWS(A2:$A$4)', 3, 'moving start, fixed end'],
    ['=ROWS(A$2:A4)', 3, 'the row fixed, the column not'],
    ['=ROWS(A4:$A$2)', 3, 'ends written bottom first'],
    ['=COLUMNS(B6:$C$7)', 2, 'columns, moving start'],
    ['=COLUMNS($D1:B1)', 3, 'columns written right first'],
    ['=ROWS(($A$2:A4))', 3, 'in parentheses'],
    ['=ROWS($2:4)', 3, 'whole rows'],
    ['=COLUMNS($B:D)', 3, 'whole columns'],
  ])('%s is %s (%s)', (formula, expected, reason) => {
    expect(evaluate([], formula), reason).toBe(expected);
  });
});

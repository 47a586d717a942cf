/**
 * Setting up a goal's trajectory without typing cell addresses: the planner selects the
 * indicator's row (or column) range in the grid, and the month labels are found in that sheet (the
 * nearest row above, or column to the left, whose cells over the same span are a run of months). And
 * the check before saving that series and months have the same length and that the deadline is one
 * of the months, naming the field that is wrong. Pure: cell values come in through `valueAt`.
 */
import type { CellValue } from '../../../models/engine/cellValue.js';
import { splitFormula } from '../../../models/formula/a1References.js';
import { labelMonth } from '../../../models/goals/goalJudging.js';
import { periodLabel } from '../../../models/goals/goalEvaluation.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import type { WorkbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { CellRange } from '../grid/selection.js';

/** A cell's value on a sheet, under the scenario on screen. */
export type ValueAt = (sheetId: string, row: number, col: number) => CellValue;

/** A problem with one field of the goal editor: a translation key (goalVerdict.*) and its values. */
export interface FieldProblem {
  field: 'series' | 'periods' | 'deadline';
  key: string;
  values: Record<string, string>;
}

/** How far from the selection the month labels are looked for. */
const SEARCH_LIMIT = 200;

function cellsOf(range: CellRange): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) cells.push([row, col]);
  return cells;
}

/**
 * Whether the cells read as a run of months, each later than the one before, within 1950–2150:
 * a row of plain numbers (an indicator) would otherwise read as date serials.
 */
function monthRun(sheetId: string, range: CellRange, valueAt: ValueAt): boolean {
  let previous = '';
  for (const [row, col] of cellsOf(range)) {
    const month = labelMonth(periodLabel(valueAt(sheetId, row, col)));
    if (month === null || month <= previous || month < '1950' || month > '2150') return false;
    previous = month;
  }
  return true;
}

/**
 * The month labels for a trajectory selected as `range`: for a row span the nearest row above (then
 * below) whose cells over the same columns are all months; for a column span the nearest column to
 * the left (then right). `'notARow'` for a block or one cell, `'noMonths'` where none is found.
 */
export function monthsFor(sheetId: string, range: CellRange, valueAt: ValueAt): CellRange | 'notARow' | 'noMonths' {
  const isRow = range.top === range.bottom && range.right > range.left;
  const isColumn = range.left === range.right && range.bottom > range.top;
  if (!isRow && !isColumn) return 'notARow';
  for (let step = 1; step <= SEARCH_LIMIT; step++) {
    for (const offset of [-step, step]) {
      const candidate = isRow
        ? { ...range, top: range.top + offset, bottom: range.bottom + offset }
        : { ...range, left: range.left + offset, right: range.right + offset };
      if (candidate.top < 0 || candidate.left < 0) continue;
      if (monthRun(sheetId, candidate, valueAt)) return candidate;
    }
  }
  return 'noMonths';
}

/** A reference typed or picked (`Fremskrivning!E5:AT5`) as its sheet and cells; null if it is not one bounded reference. */
export function resolveReference(text: string, grid: WorkbookGrid): { sheetId: string; range: CellRange } | null {
  const segments = splitFormula(text.startsWith('=') ? text : `=${text}`).filter((s) => s.kind === 'ref' || s.text.trim() !== '=');
  const only = segments[0];
  if (segments.length !== 1 || only?.kind !== 'ref') return null;
  const { sheet, start, end } = only.ref;
  const last = end ?? start;
  if (!start.row || !start.col || !last.row || !last.col) return null;
  const sheetId = sheet === undefined ? grid.listSheets()[0]?.id : grid.sheetIdByName(sheet);
  if (sheetId === undefined) return null;
  return {
    sheetId,
    range: {
      top: Math.min(start.row.index, last.row.index),
      bottom: Math.max(start.row.index, last.row.index),
      left: Math.min(start.col.index, last.col.index),
      right: Math.max(start.col.index, last.col.index),
    },
  };
}

function size(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/**
 * The first problem with a goal's trajectory fields, or null: both or neither of series and
 * months, each a reference, of the same length, and the deadline one of the months.
 */
export function trajectoryProblem(goal: GoalDefinition, grid: WorkbookGrid, valueAt: ValueAt): FieldProblem | null {
  if (goal.series === undefined && goal.periods === undefined) return null;
  if (goal.series === undefined || goal.periods === undefined) {
    return { field: goal.series === undefined ? 'series' : 'periods', key: 'goalVerdict.seriesWithoutPeriods', values: {} };
  }
  const series = resolveReference(goal.series, grid);
  if (!series) return { field: 'series', key: 'goalVerdict.badReference', values: { field: 'series', text: goal.series } };
  const periods = resolveReference(goal.periods, grid);
  if (!periods) return { field: 'periods', key: 'goalVerdict.badReference', values: { field: 'periods', text: goal.periods } };
  if (size(series.range) !== size(periods.range)) {
    return { field: 'periods', key: 'goalVerdict.seriesPeriodsLength', values: { series: String(size(series.range)), periods: String(size(periods.range)) } };
  }
  if (goal.deadline === undefined) return null;
  const labels = cellsOf(periods.range).map(([row, col]) => periodLabel(valueAt(periods.sheetId, row, col)));
  if (labels.some((label) => label === goal.deadline || labelMonth(label) === goal.deadline)) return null;
  const named = labels.filter((label): label is string => label !== null);
  return { field: 'deadline', key: 'goalVerdict.deadlineNotInMonths', values: { deadline: goal.deadline, first: named[0] ?? '', last: named[named.length - 1] ?? '' } };
}

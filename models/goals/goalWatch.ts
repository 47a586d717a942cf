/**
 * The cells goals read directly. The engine reports every cell whose value changed
 * (directly or through its precedents), so a goal needs judging again only when one of the cells
 * it names changed: a planner's edit elsewhere leaves every goal result as it was.
 */
import { splitFormula } from '../formula/a1References.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import type { GoalDefinition } from './goalModel.js';

interface WatchedRange {
  sheetId: string;
  rows: [number, number];
  cols: [number, number];
}

export interface GoalWatch {
  /** True when a goal uses a function whose references cannot be read from its text. */
  always: boolean;
  ranges: WatchedRange[];
}

const DYNAMIC = /\b(INDIRECT|OFFSET|NOW|TODAY|RAND|RANDBETWEEN)\s*\(/i;

function span(a: number | undefined, b: number | undefined): [number, number] {
  if (a === undefined || b === undefined) return [0, Number.MAX_SAFE_INTEGER];
  return [Math.min(a, b), Math.max(a, b)];
}

/** The cells that the given formulas and references name (text without `=` is a reference). */
export function watchOf(texts: ReadonlyArray<string | number | undefined>, grid: WorkbookGrid): GoalWatch {
  const watch: GoalWatch = { always: false, ranges: [] };
  const firstSheet = grid.listSheets()[0]?.id;
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    if (DYNAMIC.test(text)) watch.always = true;
    for (const segment of splitFormula(text.startsWith('=') ? text : `=${text}`)) {
      if (segment.kind !== 'ref') continue;
      const { sheet, start, end } = segment.ref;
      const sheetId = sheet === undefined ? firstSheet : grid.sheetIdByName(sheet);
      if (sheetId === undefined) continue;
      const last = end ?? start;
      watch.ranges.push({ sheetId, rows: span(start.row?.index, last.row?.index), cols: span(start.col?.index, last.col?.index) });
    }
  }
  return watch;
}

/** Per goal: what each of its parts reads. */
export interface GoalWatches {
  value: GoalWatch;
  target: GoalWatch;
  series: GoalWatch;
  periods: GoalWatch;
}

export function goalWatches(goals: readonly GoalDefinition[], grid: WorkbookGrid): GoalWatches[] {
  return goals.map((goal) => ({
    value: watchOf([goal.value], grid),
    target: watchOf([goal.target], grid),
    series: watchOf([goal.series], grid),
    periods: watchOf([goal.periods], grid),
  }));
}

interface ChangedCell {
  sheetId: string;
  row: number;
  col: number;
}

/** One sheet's changed cells and the rectangle around them. */
interface SheetChanges {
  cells: ChangedCell[];
  rows: [number, number];
  cols: [number, number];
}

/**
 * The cells an engine update changed, by sheet, each sheet with the rectangle around its changes:
 * a watch on a part of a sheet that the rectangle misses (the benchmarks beside a trajectory, the
 * month labels above it) is passed over without looking at every change.
 */
export class ChangedCells {
  private readonly bySheet = new Map<string, SheetChanges>();

  constructor(changes: readonly ChangedCell[]) {
    for (const change of changes) {
      const sheet = this.bySheet.get(change.sheetId);
      if (!sheet) {
        this.bySheet.set(change.sheetId, { cells: [change], rows: [change.row, change.row], cols: [change.col, change.col] });
        continue;
      }
      sheet.cells.push(change);
      if (change.row < sheet.rows[0]) sheet.rows[0] = change.row;
      else if (change.row > sheet.rows[1]) sheet.rows[1] = change.row;
      if (change.col < sheet.cols[0]) sheet.cols[0] = change.col;
      else if (change.col > sheet.cols[1]) sheet.cols[1] = change.col;
    }
  }

  /** Whether any changed cell lies where the watch looks. */
  reach(watch: GoalWatch): boolean {
    if (watch.always) return true;
    for (const range of watch.ranges) {
      const sheet = this.bySheet.get(range.sheetId);
      if (!sheet || !overlaps(range.rows, sheet.rows) || !overlaps(range.cols, sheet.cols)) continue;
      for (const { row, col } of sheet.cells) {
        if (row >= range.rows[0] && row <= range.rows[1] && col >= range.cols[0] && col <= range.cols[1]) return true;
      }
    }
    return false;
  }
}

function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

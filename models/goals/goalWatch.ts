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

/** Per goal: what its target reads, and what its value and trajectory read. */
export interface GoalWatches {
  target: GoalWatch;
  trajectory: GoalWatch;
}

export function goalWatches(goals: readonly GoalDefinition[], grid: WorkbookGrid): GoalWatches[] {
  return goals.map((goal) => ({
    target: watchOf([goal.target], grid),
    trajectory: watchOf([goal.value, goal.series, goal.periods], grid),
  }));
}

export function watches(watch: GoalWatch, change: { sheetId: string; row: number; col: number }): boolean {
  if (watch.always) return true;
  return watch.ranges.some(
    (r) => r.sheetId === change.sheetId && change.row >= r.rows[0] && change.row <= r.rows[1] && change.col >= r.cols[0] && change.col <= r.cols[1],
  );
}

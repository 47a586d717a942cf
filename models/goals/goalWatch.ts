/**
 * The cells goals read directly. The engine reports every cell whose value changed
 * (directly or through its precedents), so a goal needs judging again only when one of the cells
 * it names changed: a planner's edit elsewhere leaves every goal result as it was.
 */
import type { CellValue } from '../engine/cellValue.js';
import { splitFormula } from '../formula/a1References.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import type { GoalDefinition } from './goalModel.js';

export interface WatchedRange {
  sheetId: string;
  rows: [number, number];
  cols: [number, number];
}

export interface GoalWatch {
  /** True when a goal uses a function whose references cannot be read from its text. */
  always: boolean;
  ranges: WatchedRange[];
  /**
   * When the text is one bounded reference and nothing else (`Fremskrivning!E5:AT5`): its cells,
   * whose values a list read of the text holds in reading order, so that one changed cell can be
   * put in its place in that list.
   */
  cells?: WatchedRange;
  /** Whether that reference names one cell (`V5`; `V5:V5` reads as a range). */
  oneCell?: boolean;
}

const DYNAMIC = /\b(INDIRECT|OFFSET|NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY)\s*\(/i;

function span(a: number | undefined, b: number | undefined): [number, number] {
  if (a === undefined || b === undefined) return [0, Number.MAX_SAFE_INTEGER];
  return [Math.min(a, b), Math.max(a, b)];
}

/** The cells that the given formulas and references name (text without `=` is a reference). */
export function watchOf(texts: ReadonlyArray<string | number | undefined>, grid: WorkbookGrid): GoalWatch {
  const watch: GoalWatch = { always: false, ranges: [] };
  const firstSheet = grid.listSheets()[0]?.id;
  let segmentCount = 0;
  let plain: { named: boolean; oneCell: boolean } | undefined;
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    if (DYNAMIC.test(text)) watch.always = true;
    const segments = splitFormula(text.startsWith('=') ? text : `=${text}`);
    segmentCount += segments.length;
    for (const segment of segments) {
      if (segment.kind !== 'ref') continue;
      const { sheet, start, end } = segment.ref;
      const sheetId = sheet === undefined ? firstSheet : grid.sheetIdByName(sheet);
      if (sheetId === undefined) continue;
      const last = end ?? start;
      watch.ranges.push({ sheetId, rows: span(start.row?.index, last.row?.index), cols: span(start.col?.index, last.col?.index) });
      plain = { named: sheet !== undefined, oneCell: end === undefined };
    }
  }
  // `=` and one reference naming its sheet (as the engine reads it directly); a whole row or
  // column (`A:A`) is left out: its extent is the sheet's.
  const only = watch.ranges[0];
  if (segmentCount === 2 && watch.ranges.length === 1 && plain?.named && !watch.always && only!.rows[1] !== Number.MAX_SAFE_INTEGER && only!.cols[1] !== Number.MAX_SAFE_INTEGER) {
    watch.cells = only;
    watch.oneCell = plain.oneCell;
  }
  return watch;
}

/** Per goal: what each of its parts reads. */
export interface GoalWatches {
  value: GoalWatch;
  target: GoalWatch;
  trajectory: GoalWatch;
  periods: GoalWatch;
}

export function goalWatches(goals: readonly GoalDefinition[], grid: WorkbookGrid): GoalWatches[] {
  return goals.map((goal) => ({
    value: watchOf([goal.value], grid),
    target: watchOf([goal.target], grid),
    trajectory: watchOf([goal.series], grid),
    periods: watchOf([goal.periods], grid),
  }));
}

/** The parts of a goal that read cells, each kept and read again on its own. */
export type GoalPart = keyof GoalWatches;

const PARTS: readonly GoalPart[] = ['value', 'target', 'trajectory', 'periods'];

/** One watched range of one part of one goal. */
export interface WatchSlot {
  goal: number;
  part: GoalPart;
  range: WatchedRange;
}

/** Ranges taller than this are checked against every change on their sheet instead of filed by row. */
const FILED_ROWS = 1_000;

/**
 * Every goal's watched ranges filed by sheet and row, so that an engine update's changed cells
 * (hundreds after an assumption edit) find the goal parts they reach in one pass, each with a
 * look-up of its row instead of a test against every range.
 */
export class GoalWatchIndex {
  private readonly sheets = new Map<string, { byRow: Array<WatchSlot[] | undefined>; tall: WatchSlot[] }>();
  /** Parts that use a function whose references cannot be read (INDIRECT, NOW, …): any change may reach them. */
  readonly always: ReadonlyArray<{ goal: number; part: GoalPart }>;

  constructor(watches: readonly GoalWatches[]) {
    const always: Array<{ goal: number; part: GoalPart }> = [];
    watches.forEach((watch, goal) => {
      for (const part of PARTS) {
        if (watch[part].always) always.push({ goal, part });
        for (const range of watch[part].ranges) this.file({ goal, part, range });
      }
    });
    this.always = always;
  }

  private file(slot: WatchSlot): void {
    let sheet = this.sheets.get(slot.range.sheetId);
    if (!sheet) {
      sheet = { byRow: [], tall: [] };
      this.sheets.set(slot.range.sheetId, sheet);
    }
    const [top, bottom] = slot.range.rows;
    if (bottom - top >= FILED_ROWS) sheet.tall.push(slot);
    else for (let row = top; row <= bottom; row++) (sheet.byRow[row] ??= []).push(slot);
  }

  /** Calls `visit` for each watched range that each changed cell lies in. */
  route(
    update: { forEachChange(visit: (sheetId: string, row: number, col: number, value: CellValue) => void): void },
    visit: (slot: WatchSlot, row: number, col: number, value: CellValue) => void,
  ): void {
    let sheetId: string | undefined;
    let sheet: { byRow: Array<WatchSlot[] | undefined>; tall: WatchSlot[] } | undefined;
    update.forEachChange((changedSheet, row, col, value) => {
      if (changedSheet !== sheetId) {
        sheetId = changedSheet;
        sheet = this.sheets.get(sheetId);
      }
      if (!sheet) return;
      const filed = sheet.byRow[row];
      if (filed) for (const slot of filed) if (col >= slot.range.cols[0] && col <= slot.range.cols[1]) visit(slot, row, col, value);
      for (const slot of sheet.tall) {
        const { rows, cols } = slot.range;
        if (row >= rows[0] && row <= rows[1] && col >= cols[0] && col <= cols[1]) visit(slot, row, col, value);
      }
    });
  }
}

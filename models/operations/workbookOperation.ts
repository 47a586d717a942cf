/**
 * Every change to a workspace is one of these operations, applied by `applyOperation` as one Yjs
 * transaction. The grid, the importers, the CLI and the randomized tests all go through it.
 * Sheets, goals and scenarios are addressed by id; cells by zero-based row and column.
 * Cell inputs and goal formulas are in canonical form (English function names, `.` decimals).
 */
import type { CellFormat, CellInput, WorkbookLocale } from '../workbook/workbookSchema.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import type { ScenarioDefinition } from '../scenarios/scenarioModel.js';
import type { AssumptionBounds } from '../workbook/assumptionBounds.js';
import type { FrozenPanes } from '../workbook/frozenPanes.js';
import type { DataLink } from '../actuals/dataLink.js';
import type { SheetVisibility } from '../workbook/sheetVisibility.js';
import type { HorizontalAlignment } from '../workbook/cellAlignment.js';

export interface CellEdit {
  row: number;
  col: number;
  /** null clears the cell. */
  input: CellInput | null;
}

export type WorkbookOperation =
  | { type: 'setTitle'; title: string }
  | { type: 'setLocale'; locale: WorkbookLocale }
  /** Marks a saved version as the adopted plan (its id, as the server lists it); null unmarks (planTrajectories.ts). */
  | { type: 'setAdoptedVersion'; versionId: string | null }
  | { type: 'addSheet'; sheetId: string; name: string; index?: number; rows?: number; cols?: number }
  | { type: 'renameSheet'; sheetId: string; name: string }
  | { type: 'deleteSheet'; sheetId: string }
  | { type: 'moveSheet'; sheetId: string; index: number }
  /** Hides or shows a sheet's tab, as Excel does (sheetVisibility.ts); the last visible sheet cannot be hidden. */
  | { type: 'setSheetVisibility'; sheetId: string; visibility: SheetVisibility }
  | { type: 'setCells'; sheetId: string; cells: CellEdit[] }
  | { type: 'setFormat'; sheetId: string; row: number; col: number; rows?: number; cols?: number; format: CellFormat | null }
  /** Excel's Wrap Text on (true) or off for the block `row`,`col` (`rows` × `cols`, 1 × 1 when absent; wrapText.ts). */
  | { type: 'setWrapText'; sheetId: string; row: number; col: number; rows?: number; cols?: number; wrap: boolean }
  /** The block's horizontal alignment (`rows` × `cols`, 1 × 1 when absent; cellAlignment.ts); null is General, Excel's default by type. */
  | { type: 'setAlignment'; sheetId: string; row: number; col: number; rows?: number; cols?: number; alignment: HorizontalAlignment | null }
  /**
   * Merges the block `row`,`col` (`rows` × `cols`, two cells or more, within the sheet) into one area,
   * as Excel's Merge & Center: only its top-left cell keeps its content; areas wholly inside it are
   * taken in, one overlapping part of it is refused (mergeEdits.ts, workbook/mergedCells.ts).
   */
  | { type: 'mergeCells'; sheetId: string; row: number; col: number; rows: number; cols: number }
  /** Unmerges every merged area the block overlaps, as Excel's Unmerge Cells. */
  | { type: 'unmergeCells'; sheetId: string; row: number; col: number; rows: number; cols: number }
  /**
   * Cut and paste: the block `row`,`col` (`rows` × `cols`) goes to `toRow`,`toCol` of `toSheetId`
   * (its own sheet when absent); references follow (moveCells.ts).
   */
  | { type: 'moveCells'; sheetId: string; row: number; col: number; rows: number; cols: number; toSheetId?: string; toRow: number; toCol: number }
  | { type: 'insertRows'; sheetId: string; index: number; count: number }
  | { type: 'deleteRows'; sheetId: string; index: number; count: number }
  | { type: 'insertColumns'; sheetId: string; index: number; count: number }
  | { type: 'deleteColumns'; sheetId: string; index: number; count: number }
  /** Hides `count` rows (columns) from `index`, or shows them again, as Excel's Hide and Unhide (hiddenEdits.ts, workbook/hiddenLines.ts). */
  | { type: 'hideRows' | 'unhideRows' | 'hideColumns' | 'unhideColumns'; sheetId: string; index: number; count: number }
  | { type: 'putGoal'; goal: GoalDefinition }
  | { type: 'deleteGoal'; goalId: string }
  | { type: 'moveGoal'; goalId: string; index: number }
  | { type: 'putScenario'; scenario: ScenarioDefinition }
  | { type: 'deleteScenario'; scenarioId: string }
  | { type: 'setScenarioInput'; scenarioId: string; sheetId: string; row: number; col: number; input: CellInput | null }
  /** An assumption's allowed bounds (Excel's data validation); null removes them. */
  | { type: 'setAssumptionBounds'; sheetId: string; row: number; col: number; bounds: AssumptionBounds | null }
  /** A column's width in pixels, shared with colleagues; null goes back to the default. */
  | { type: 'setColumnWidth'; sheetId: string; col: number; width: number | null }
  /** How many rows and columns stay in view, shared with colleagues; null goes back to the sheet's suggestion. */
  | { type: 'setFrozenPanes'; sheetId: string; panes: FrozenPanes | null }
  /**
   * Makes the workbook equal to a saved version (its Yjs state, as stored by the server) as one
   * change on top of the history, so the restorer's UndoManager can undo it (restoreVersion.ts).
   */
  | { type: 'restoreVersion'; state: Uint8Array }
  /** Keeps the choices of an actuals import with its sheet (actuals/dataLink.ts). */
  | { type: 'putDataLink'; sheetId: string; link: DataLink }
  /**
   * Defines a name, or changes an existing one's formula (canonical A1: `=Antagelser!$B$1`,
   * `=0.02`); names are unique per scope without regard to case (nameEdits.ts). `sheetId` scopes
   * the name to that sheet (Excel's "Scope: Ark1"); without it, the name is the workbook's.
   */
  | { type: 'defineName'; name: string; formula: string; sheetId?: string }
  | { type: 'deleteName'; name: string; sheetId?: string }
  /** Renames a name of a scope; every formula using it follows (nameEdits.ts), as in Excel's Name Manager. */
  | { type: 'renameName'; name: string; newName: string; sheetId?: string };

export type WorkbookOperationType = WorkbookOperation['type'];

/** A rejected operation: the document is unchanged and `message` says why. */
export class WorkbookOperationError extends Error {
  constructor(
    message: string,
    readonly code:
      | 'unknown-sheet'
      | 'invalid-sheet-name'
      | 'duplicate-sheet-name'
      | 'last-sheet'
      | 'last-visible-sheet'
      | 'out-of-range'
      | 'unknown-goal'
      | 'unknown-scenario'
      | 'invalid-goal'
      | 'invalid-scenario'
      | 'invalid-input'
      | 'too-many-sheets'
      | 'too-many-goals'
      | 'too-many-scenarios'
      | 'too-many-assumptions'
      | 'invalid-name',
    /** What the browser's sentence for `code` names (the bound a `too-many-…` refusal met: `{ max }`). */
    readonly values?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'WorkbookOperationError';
  }
}

/** Default size of a new sheet: room for 3½ years of months and a hundred indicators. */
export const NEW_SHEET_ROWS = 200;
export const NEW_SHEET_COLUMNS = 52;

/**
 * What the checks of a batch need to know of the workbook, as the batch's earlier operations
 * leave it: the shown sheets with their names and sizes, the goal ids, the scenarios' names.
 * Read once from the document, then moved forward by `note(op)` without touching the document,
 * so that a whole batch is checked before any of it is applied (all or nothing).
 */
import type * as Y from 'yjs';
import { readGoals } from '../goals/goalModel.js';
import { locateInputReference, readScenarios } from '../scenarios/scenarioModel.js';
import { sameSheetName, resolveSheetNames } from '../workbook/sheetNames.js';
import { sheetVisibilities } from '../workbook/sheetVisibility.js';
import { workbookGrid, type SheetInfo } from '../workbook/WorkbookGrid.js';
import { goalsArray, scenariosArray, sheetsMap } from '../workbook/workbookSchema.js';
import type { BoundedRecord } from '../workbook/workbookBounds.js';
import { scopedNameKey, storedNames } from '../workbook/definedNames.js';
import { areasAfterDeletion, areasAfterInsertion, areasOverlap, sheetMerges, type MergedArea } from '../workbook/mergedCells.js';
import { areasAfterMove } from '../workbook/mergedMoves.js';
import { blockMove } from './moveCells.js';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type WorkbookOperation } from './workbookOperation.js';

interface SheetState {
  id: string;
  name: string;
  rows: number;
  cols: number;
  /** Whether its tab is shown (sheetVisibility.ts); a workbook keeps one such sheet. */
  visible: boolean;
  /** Its merged areas (mergedCells.ts). */
  merges: MergedArea[];
}

export class BatchView {
  /** Shown sheets in tab order. */
  private sheets: SheetState[];
  /** Every sheet id the document holds (shown, deleted or unreadable) or the batch added. */
  private readonly takenIds: Set<string>;
  readonly goalIds: Set<string>;
  /** Scenario id → name. */
  readonly scenarios: Map<string, string>;
  /**
   * Scenario id → the cells its inputs replace (`sheetId!row:col`, positions as the workbook stood
   * when read or as the batch's operation named them): how many assumptions each holds
   * (workbookBounds.ts' MAX_SCENARIO_INPUTS). Lines the batch inserts or deletes do not move them,
   * so the count is a bound, not an exact tally; the server counts by the cells' identities.
   */
  private readonly scenarioInputs = new Map<string, Set<string>>();
  /** Scenarios the batch creates without an id so far: each counts once (workbookBounds.ts). */
  private unnamedScenarios = 0;
  /** The defined names' keys, a sheet's after its id (definedNames.ts' scopedNameKey). */
  readonly names: Set<string>;

  constructor(doc: Y.Doc) {
    const grid = workbookGrid(doc);
    this.sheets = sheetVisibilities(grid).map(({ id, name, visibility }) => ({
      id,
      name,
      rows: grid.axisLength(id, 'rows'),
      cols: grid.axisLength(id, 'cols'),
      visible: visibility === 'visible',
      merges: sheetMerges(doc, id),
    }));
    this.takenIds = new Set(sheetsMap(doc).keys());
    this.goalIds = new Set(readGoals(goalsArray(doc), grid).map((g) => g.id));
    const scenarios = readScenarios(scenariosArray(doc), grid);
    this.scenarios = new Map(scenarios.map((s) => [s.id, s.name]));
    for (const scenario of scenarios) this.scenarioInputs.set(scenario.id, this.inputPositions(Object.keys(scenario.inputs)));
    this.names = new Set(storedNames(doc).map((n) => scopedNameKey(n.name, n.sheet)));
  }

  /** How many sheets, goals and scenarios the workbook holds (workbookBounds.ts). */
  recordCounts(): Record<BoundedRecord, number> {
    return { sheets: this.sheets.length, goals: this.goalIds.size, scenarios: this.scenarios.size };
  }

  /** How many assumptions the scenario holds after the batch writes `row`, `col` of `sheetId` into it. */
  inputsAfter(scenarioId: string, sheetId: string, row: number, col: number): number {
    const inputs = this.scenarioInputs.get(scenarioId);
    if (!inputs) return 1;
    return inputs.size + (inputs.has(`${sheetId}!${row}:${col}`) ? 0 : 1);
  }

  private inputPositions(references: readonly string[]): Set<string> {
    const positions = new Set<string>();
    for (const reference of references) {
      const cell = locateInputReference(reference, this);
      if (cell) positions.add(`${cell.sheetId}!${cell.row}:${cell.col}`);
    }
    return positions;
  }

  listSheets(): SheetInfo[] {
    return this.sheets.map(({ id, name }) => ({ id, name }));
  }

  visibleSheetIds(): string[] {
    return this.sheets.filter((s) => s.visible).map((s) => s.id);
  }

  sheet(sheetId: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === sheetId);
  }

  /** The sheet's merged areas as the batch leaves them so far. */
  merges(sheetId: string): readonly MergedArea[] {
    return this.sheet(sheetId)?.merges ?? [];
  }

  sheetIdByName(name: string): string | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name))?.id;
  }

  isTakenSheetId(sheetId: string): boolean {
    return this.takenIds.has(sheetId);
  }

  /** Moves the view past an operation that passed its check. */
  note(op: WorkbookOperation): void {
    switch (op.type) {
      case 'addSheet': {
        this.takenIds.add(op.sheetId);
        const sheet = { id: op.sheetId, name: op.name.trim(), rows: Math.max(1, op.rows ?? NEW_SHEET_ROWS), cols: Math.max(1, op.cols ?? NEW_SHEET_COLUMNS), visible: true, merges: [] };
        const index = Math.min(Math.max(0, op.index ?? this.sheets.length), this.sheets.length);
        this.sheets.splice(index, 0, sheet);
        const names = resolveSheetNames(this.sheets.map((s) => s.name));
        this.sheets.forEach((s, i) => (s.name = names[i]!));
        return;
      }
      case 'renameSheet':
        this.sheet(op.sheetId)!.name = op.name.trim();
        return;
      case 'deleteSheet':
        this.sheets = this.sheets.filter((s) => s.id !== op.sheetId);
        // The sheet's names go with it (nameEdits.ts).
        for (const key of [...this.names]) if (key.startsWith(`${op.sheetId}!`)) this.names.delete(key);
        return;
      case 'setSheetVisibility':
        this.sheet(op.sheetId)!.visible = op.visibility === 'visible';
        return;
      case 'moveSheet': {
        const sheet = this.sheet(op.sheetId)!;
        const rest = this.sheets.filter((s) => s !== sheet);
        rest.splice(Math.min(Math.max(0, op.index), rest.length), 0, sheet);
        this.sheets = rest;
        return;
      }
      case 'setCells':
        for (const cell of op.cells) this.grow(op.sheetId, cell.row, cell.col);
        return;
      case 'setFormat':
      case 'setWrapText':
      case 'setAlignment':
        this.grow(op.sheetId, op.row + (op.rows ?? 1) - 1, op.col + (op.cols ?? 1) - 1);
        return;
      case 'setScenarioInput': {
        const key = `${op.sheetId}!${op.row}:${op.col}`;
        const inputs = this.scenarioInputs.get(op.scenarioId) ?? new Set<string>();
        this.scenarioInputs.set(op.scenarioId, inputs);
        if (op.input === null) inputs.delete(key);
        else {
          inputs.add(key);
          this.grow(op.sheetId, op.row, op.col);
        }
        return;
      }
      case 'setAssumptionBounds':
        this.grow(op.sheetId, op.row, op.col);
        return;
      case 'setColumnWidth':
        this.grow(op.sheetId, 0, op.col);
        return;
      case 'hideRows':
        this.grow(op.sheetId, op.index + op.count - 1, 0);
        return;
      case 'hideColumns':
        this.grow(op.sheetId, 0, op.index + op.count - 1);
        return;
      case 'moveCells': {
        this.grow(op.toSheetId ?? op.sheetId, op.toRow + op.rows - 1, op.toCol + op.cols - 1);
        const from = this.sheet(op.sheetId);
        const to = this.sheet(op.toSheetId ?? op.sheetId);
        if (!from || !to) return;
        const after = areasAfterMove(from.merges, to.merges, blockMove(op));
        from.merges = after.from;
        to.merges = after.to;
        return;
      }
      case 'insertRows':
      case 'insertColumns': {
        const sheet = this.sheet(op.sheetId)!;
        if (op.type === 'insertRows') sheet.rows += op.count;
        else sheet.cols += op.count;
        sheet.merges = areasAfterInsertion(sheet.merges, op.type === 'insertRows' ? 'rows' : 'cols', op.index, op.count);
        return;
      }
      case 'mergeCells': {
        const sheet = this.sheet(op.sheetId)!;
        sheet.merges = [...sheet.merges.filter((area) => !areasOverlap(area, op)), { row: op.row, col: op.col, rows: op.rows, cols: op.cols }];
        return;
      }
      case 'unmergeCells': {
        const sheet = this.sheet(op.sheetId)!;
        sheet.merges = sheet.merges.filter((area) => !areasOverlap(area, op));
        return;
      }
      case 'deleteRows':
      case 'deleteColumns': {
        const sheet = this.sheet(op.sheetId)!;
        const axis = op.type === 'deleteRows' ? 'rows' : 'cols';
        if (op.index < sheet[axis]) sheet[axis] -= Math.min(op.count, sheet[axis] - op.index);
        sheet.merges = areasAfterDeletion(sheet.merges, axis, op.index, op.count);
        return;
      }
      case 'putGoal':
        this.goalIds.add(op.goal.id.trim());
        return;
      case 'deleteGoal':
        this.goalIds.delete(op.goalId);
        return;
      case 'putScenario': {
        // A scenario created without an id gets a fresh one, which no later operation of the batch can name.
        const id = op.scenario.id ?? `\u0000new${++this.unnamedScenarios}`;
        this.scenarios.set(id, op.scenario.name.trim());
        this.scenarioInputs.set(id, this.inputPositions(Object.keys(op.scenario.inputs)));
        return;
      }
      case 'deleteScenario':
        this.scenarios.delete(op.scenarioId);
        this.scenarioInputs.delete(op.scenarioId);
        return;
      case 'defineName':
        this.names.add(scopedNameKey(op.name, op.sheetId));
        return;
      case 'deleteName':
        this.names.delete(scopedNameKey(op.name, op.sheetId));
        return;
      case 'renameName':
        this.names.delete(scopedNameKey(op.name, op.sheetId));
        this.names.add(scopedNameKey(op.newName, op.sheetId));
        return;
      case 'setTitle':
      case 'setLocale':
      case 'setAdoptedVersion':
      case 'setFrozenPanes':
      case 'moveGoal':
      case 'putDataLink':
      // A restore replaces the whole view (checkOperations builds it from the version).
      case 'restoreVersion':
        return;
    }
  }

  /** Writing at a position beyond the grid grows it (WorkbookGrid.ensureRowId). */
  private grow(sheetId: string, row: number, col: number): void {
    const sheet = this.sheet(sheetId);
    if (!sheet) return;
    sheet.rows = Math.max(sheet.rows, row + 1);
    sheet.cols = Math.max(sheet.cols, col + 1);
  }
}

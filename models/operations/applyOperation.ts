/**
 * The one entry for every change to a workspace: `applyOperation(doc, op)` checks the operation
 * (operationChecks.ts, pure) and applies it as one Yjs transaction, or throws a
 * WorkbookOperationError and leaves the document as it was.
 *
 * @example applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 1, input: '=A1*2' }] })
 */
import type * as Y from 'yjs';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { WORKBOOK_LOCALES } from '../workbook/workbookSchema.js';
import { setCells, setFormat } from './cellEdits.js';
import { checkOperations } from './operationChecks.js';
import { putDataLink } from './dataLinkEdits.js';
import { deleteGoal, moveGoal, putGoal } from './goalEdits.js';
import { mergeCells, unmergeCells } from './mergeEdits.js';
import { moveCells } from './moveCells.js';
import { defineName, deleteName, renameName } from './nameEdits.js';
import { deleteScenario, putScenario, setScenarioInput } from './scenarioEdits.js';
import { addSheet, deleteSheet, moveSheet, renameSheet, setAdoptedVersion, setLocale, setSheetVisibility, setTitle } from './sheetEdits.js';
import { deleteLines, insertLines } from './structuralEdits.js';
import { setLinesHidden } from './hiddenEdits.js';
import { restoreVersion } from './restoreVersion.js';
import { setAlignment, setAssumptionBounds, setColumnWidth, setFrozenPanes, setWrapText } from './sheetSettingsEdits.js';
import { WorkbookOperationError, type WorkbookOperation } from './workbookOperation.js';

function applyInTransaction(doc: Y.Doc, op: WorkbookOperation): void {
  const grid = workbookGrid(doc);
  switch (op.type) {
    case 'setTitle':
      return setTitle(doc, op.title);
    case 'setLocale':
      if (!(WORKBOOK_LOCALES as readonly string[]).includes(op.locale)) {
        throw new WorkbookOperationError(`unsupported locale ${String(op.locale)}`, 'invalid-input');
      }
      return setLocale(doc, op.locale);
    case 'setAdoptedVersion':
      return setAdoptedVersion(doc, op.versionId);
    case 'addSheet':
      return addSheet(grid, op);
    case 'renameSheet':
      return renameSheet(grid, op.sheetId, op.name);
    case 'deleteSheet':
      return deleteSheet(grid, op.sheetId);
    case 'moveSheet':
      return moveSheet(grid, op.sheetId, op.index);
    case 'setSheetVisibility':
      return setSheetVisibility(grid, op.sheetId, op.visibility);
    case 'setCells':
      return setCells(grid, op.sheetId, op.cells);
    case 'setFormat':
      return setFormat(grid, op);
    case 'mergeCells':
      return mergeCells(grid, op);
    case 'unmergeCells':
      return unmergeCells(grid, op);
    case 'moveCells':
      return moveCells(grid, op);
    case 'insertRows':
      return insertLines(grid, op.sheetId, 'rows', op.index, op.count);
    case 'deleteRows':
      return deleteLines(grid, op.sheetId, 'rows', op.index, op.count);
    case 'insertColumns':
      return insertLines(grid, op.sheetId, 'cols', op.index, op.count);
    case 'deleteColumns':
      return deleteLines(grid, op.sheetId, 'cols', op.index, op.count);
    case 'hideRows':
    case 'unhideRows':
    case 'hideColumns':
    case 'unhideColumns':
      return setLinesHidden(grid, op, op.type.endsWith('Rows') ? 'rows' : 'cols', op.type.startsWith('hide'));
    case 'putGoal':
      return putGoal(grid, op.goal);
    case 'deleteGoal':
      return deleteGoal(grid, op.goalId);
    case 'moveGoal':
      return moveGoal(grid, op.goalId, op.index);
    case 'putScenario':
      putScenario(grid, op.scenario);
      return;
    case 'deleteScenario':
      return deleteScenario(grid, op.scenarioId);
    case 'setScenarioInput':
      return setScenarioInput(grid, op);
    case 'setAssumptionBounds':
      return setAssumptionBounds(grid, op);
    case 'setColumnWidth':
      return setColumnWidth(grid, op);
    case 'setFrozenPanes':
      return setFrozenPanes(grid, op);
    case 'setWrapText':
      return setWrapText(grid, op);
    case 'setAlignment':
      return setAlignment(grid, op);
    case 'restoreVersion':
      return restoreVersion(doc, op.state);
    case 'putDataLink':
      return putDataLink(grid, op.sheetId, op.link);
    case 'defineName':
      return defineName(grid, op.name, op.formula, op.sheetId);
    case 'deleteName':
      return deleteName(grid, op.name, op.sheetId);
    case 'renameName':
      return renameName(grid, op.name, op.newName, op.sheetId);
  }
}

/**
 * Applies `op` as one transaction with the given origin (the UndoManager tracks a user's own
 * origin). The check happens before any change, so a rejected operation changes nothing.
 */
export function applyOperation(doc: Y.Doc, op: WorkbookOperation, origin: unknown = null): void {
  applyOperations(doc, [op], origin);
}

/**
 * Several operations as one transaction, all or nothing: Yjs cannot roll back a transaction that
 * threw halfway, so the whole batch is checked first (checkOperations, against the workbook as
 * the batch's earlier operations leave it) and applied only when every operation passes.
 * A restoreVersion in a batch is checked too: the operations after it are checked against the version.
 */
export function applyOperations(doc: Y.Doc, ops: readonly WorkbookOperation[], origin: unknown = null): void {
  const problem = checkOperations(doc, ops);
  if (problem) throw problem;
  doc.transact(() => {
    for (const op of ops) applyInTransaction(doc, op);
  }, origin);
}

/**
 * The pure check of every operation, as HyperFormula pairs `isItPossibleToAddRows` with
 * `addRows`: `checkOperations(doc, ops)` says whether the whole batch can be applied, and why
 * not, without changing the document. `applyOperations` checks first and applies only a batch
 * that passes, so a batch is all or nothing; the importer asks the same question before it
 * applies (no trial on a scratch copy).
 *
 * @example const problem = checkOperations(doc, ops); if (problem) return answer(400, problem.message)
 */
import type * as Y from 'yjs';
import { dataLinkSchema } from '../actuals/dataLink.js';
import { goalDefinitionSchema } from '../goals/goalModel.js';
import { locateInputReference, scenarioDefinitionSchema, scenarioInputValueSchema } from '../scenarios/scenarioModel.js';
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import { sameSheetName, sheetNameProblem } from '../workbook/sheetNames.js';
import { isCellFormat, WORKBOOK_LOCALES } from '../workbook/workbookSchema.js';
import { formatCodeProblem } from '../workbook/formatCode.js';
import { BatchView } from './batchView.js';
import { checkInput, checkPosition } from './cellEdits.js';
import { checkArea, checkMerge } from './mergeEdits.js';
import { checkMove, checkMoveMerges } from './moveCells.js';
import { checkDefinedName, checkNameScope, checkRename } from './nameEdits.js';
import { definedNameProblem, MAX_DEFINED_NAMES, scopedNameKey } from '../workbook/definedNames.js';
import { versionDoc } from './restoreVersion.js';
import { checkAlignment, checkBounds, checkColumnWidth, checkFrozenPanes } from './sheetSettingsEdits.js';
import { checkCount } from './structuralEdits.js';
import { checkHiddenLines } from './hiddenEdits.js';
import { isLastVisible, lastVisibleSheet } from './sheetEdits.js';
import { isSheetVisibility } from '../workbook/sheetVisibility.js';
import { WorkbookOperationError, type WorkbookOperation } from './workbookOperation.js';
import { MAX_SCENARIO_INPUTS, RECORD_BOUNDS, recordBoundMessage, scenarioInputsBoundMessage, type BoundedRecord } from '../workbook/workbookBounds.js';

function fail(message: string, code: WorkbookOperationError['code']): never {
  throw new WorkbookOperationError(message, code);
}

function requireSheet(view: BatchView, sheetId: string): { rows: number; cols: number } {
  return view.sheet(sheetId) ?? fail(`unknown sheet ${sheetId}`, 'unknown-sheet');
}

function checkName(view: BatchView, name: unknown, exceptSheetId?: string): void {
  if (typeof name !== 'string') fail('a sheet name is text', 'invalid-sheet-name');
  const problem = sheetNameProblem(name);
  if (problem) fail(`sheet name "${name}" is not allowed (${problem})`, 'invalid-sheet-name');
  const trimmed = name.trim();
  if (view.listSheets().some((s) => s.id !== exceptSheetId && sameSheetName(s.name, trimmed))) {
    fail(`a sheet named "${trimmed}" already exists`, 'duplicate-sheet-name');
  }
}

function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return `${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim();
}

/** Throws the WorkbookOperationError that applying `op` after the view's batch would throw. */
function checkOne(view: BatchView, op: WorkbookOperation): void {
  switch (op.type) {
    case 'setTitle':
      if (typeof op.title !== 'string') fail('a title is text', 'invalid-input');
      return;
    case 'setLocale':
      if (!(WORKBOOK_LOCALES as readonly string[]).includes(op.locale)) fail(`unsupported locale ${String(op.locale)}`, 'invalid-input');
      return;
    case 'setAdoptedVersion':
      // The document's schema (schemaRules.ts) holds at most 200 characters of plain text here.
      if (op.versionId !== null && (typeof op.versionId !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(op.versionId))) {
        fail('a version id is letters, digits, "_" or "-"', 'invalid-input');
      }
      return;
    case 'addSheet': {
      if (typeof op.sheetId !== 'string' || !op.sheetId || view.isTakenSheetId(op.sheetId) || !/^[A-Za-z0-9_-]+$/.test(op.sheetId)) {
        fail(`sheet id "${String(op.sheetId)}" is taken or invalid`, 'invalid-input');
      }
      checkName(view, op.name);
      // Found by test/models/operationValidation.test.ts: a size beyond Excel's limits was accepted.
      for (const [size, limit] of [[op.rows, MAX_ROWS], [op.cols, MAX_COLUMNS]] as const) {
        if (size !== undefined && (!Number.isInteger(size) || size > limit)) {
          fail(`a sheet holds at most ${MAX_ROWS} rows and ${MAX_COLUMNS} columns`, 'out-of-range');
        }
      }
      return;
    }
    case 'renameSheet':
      requireSheet(view, op.sheetId);
      checkName(view, op.name, op.sheetId);
      return;
    case 'deleteSheet':
      requireSheet(view, op.sheetId);
      if (view.listSheets().length <= 1) fail('a workbook keeps at least one sheet', 'last-sheet');
      if (isLastVisible(view.visibleSheetIds(), op.sheetId)) throw lastVisibleSheet();
      return;
    case 'setSheetVisibility':
      requireSheet(view, op.sheetId);
      if (!isSheetVisibility(op.visibility)) fail(`unknown sheet visibility ${String(op.visibility)}`, 'invalid-input');
      if (op.visibility !== 'visible' && isLastVisible(view.visibleSheetIds(), op.sheetId)) throw lastVisibleSheet();
      return;
    case 'moveSheet':
      requireSheet(view, op.sheetId);
      if (!Number.isInteger(op.index)) fail(`cannot move a sheet to ${op.index}`, 'out-of-range');
      return;
    case 'setCells':
      requireSheet(view, op.sheetId);
      if (!Array.isArray(op.cells)) fail('setCells needs a list of cells', 'invalid-input');
      for (const edit of op.cells) {
        checkPosition(edit.row, edit.col);
        checkInput(edit.input);
      }
      return;
    case 'setFormat':
      requireSheet(view, op.sheetId);
      checkPosition(op.row, op.col);
      checkPosition(op.row + (op.rows ?? 1) - 1, op.col + (op.cols ?? 1) - 1);
      if (op.format !== null && !isCellFormat(op.format)) {
        const raw: unknown = op.format;
        fail(typeof raw === 'string' ? (formatCodeProblem(raw) ?? 'unknown format') : 'unknown format', 'invalid-input');
      }
      return;
    case 'mergeCells':
      checkMerge(op, requireSheet(view, op.sheetId), view.merges(op.sheetId));
      return;
    case 'unmergeCells':
      requireSheet(view, op.sheetId);
      checkArea(op, { rows: Infinity, cols: Infinity });
      return;
    case 'moveCells':
      requireSheet(view, op.sheetId);
      requireSheet(view, op.toSheetId ?? op.sheetId);
      checkMove(op);
      checkMoveMerges(op, view.merges(op.sheetId), view.merges(op.toSheetId ?? op.sheetId));
      return;
    case 'insertRows':
    case 'insertColumns': {
      checkCount(op.index, op.count);
      const sheet = requireSheet(view, op.sheetId);
      const [have, limit, axis] = op.type === 'insertRows' ? [sheet.rows, MAX_ROWS, 'rows'] : [sheet.cols, MAX_COLUMNS, 'cols'];
      if (have + op.count > limit) fail(`a sheet holds at most ${limit} ${axis}`, 'out-of-range');
      return;
    }
    case 'deleteRows':
    case 'deleteColumns': {
      checkCount(op.index, op.count);
      const sheet = requireSheet(view, op.sheetId);
      const [have, axis] = op.type === 'deleteRows' ? [sheet.rows, 'rows'] : [sheet.cols, 'cols'];
      if (op.index < have && Math.min(op.count, have - op.index) >= have) fail(`a sheet keeps at least one of its ${axis}`, 'out-of-range');
      return;
    }
    case 'hideRows':
    case 'unhideRows':
    case 'hideColumns':
    case 'unhideColumns':
      requireSheet(view, op.sheetId);
      checkHiddenLines(op.type.endsWith('Rows') ? 'rows' : 'cols', op.index, op.count);
      return;
    case 'putGoal': {
      const parsed = goalDefinitionSchema.safeParse(op.goal);
      if (!parsed.success) fail(`goal ${String(op.goal?.id)}: ${firstIssue(parsed.error)}`, 'invalid-goal');
      return;
    }
    case 'deleteGoal':
    case 'moveGoal':
      if (!view.goalIds.has(op.goalId)) fail(`unknown goal ${op.goalId}`, 'unknown-goal');
      return;
    case 'putScenario': {
      const count = op.scenario?.inputs && typeof op.scenario.inputs === 'object' ? Object.keys(op.scenario.inputs).length : 0;
      if (count > MAX_SCENARIO_INPUTS) tooManyInputs(count);
      const parsed = scenarioDefinitionSchema.safeParse(op.scenario);
      if (!parsed.success) fail(`scenario: ${firstIssue(parsed.error)}`, 'invalid-scenario');
      const { id, name, inputs } = parsed.data;
      for (const [otherId, other] of view.scenarios) {
        if (otherId !== id && other.toLowerCase() === name.toLowerCase()) fail(`a scenario named "${name}" already exists`, 'invalid-scenario');
      }
      for (const reference of Object.keys(inputs)) {
        if (!locateInputReference(reference, view)) fail(`scenario "${name}": "${reference}" is not a cell on a known sheet`, 'invalid-scenario');
      }
      return;
    }
    case 'deleteScenario':
      if (!view.scenarios.has(op.scenarioId)) fail(`unknown scenario ${op.scenarioId}`, 'unknown-scenario');
      return;
    case 'setScenarioInput':
      if (!view.scenarios.has(op.scenarioId)) fail(`unknown scenario ${op.scenarioId}`, 'unknown-scenario');
      requireSheet(view, op.sheetId);
      checkPosition(op.row, op.col);
      if (op.input !== null && !scenarioInputValueSchema.safeParse(op.input).success) {
        fail('a scenario input is a number, text or a boolean, not a formula', 'invalid-input');
      }
      if (op.input !== null) {
        const after = view.inputsAfter(op.scenarioId, op.sheetId, op.row, op.col);
        if (after > MAX_SCENARIO_INPUTS) tooManyInputs(after);
      }
      return;
    case 'setAssumptionBounds':
      requireSheet(view, op.sheetId);
      checkPosition(op.row, op.col);
      checkBounds(op.bounds);
      return;
    case 'setColumnWidth':
      requireSheet(view, op.sheetId);
      checkPosition(0, op.col);
      checkColumnWidth(op.width);
      return;
    case 'setWrapText':
      requireSheet(view, op.sheetId);
      checkPosition(op.row, op.col);
      checkPosition(op.row + (op.rows ?? 1) - 1, op.col + (op.cols ?? 1) - 1);
      if (typeof op.wrap !== 'boolean') fail('wrap is true or false', 'invalid-input');
      return;
    case 'setAlignment':
      requireSheet(view, op.sheetId);
      checkPosition(op.row, op.col);
      checkPosition(op.row + (op.rows ?? 1) - 1, op.col + (op.cols ?? 1) - 1);
      checkAlignment(op.alignment);
      return;
    case 'setFrozenPanes':
      requireSheet(view, op.sheetId);
      checkFrozenPanes(op.panes);
      return;
    case 'restoreVersion':
      // Checked by checkOperations: the rest of the batch is checked against the version.
      return;
    case 'putDataLink': {
      requireSheet(view, op.sheetId);
      const parsed = dataLinkSchema.safeParse(op.link);
      if (!parsed.success) fail(`data link: ${firstIssue(parsed.error)}`, 'invalid-input');
      return;
    }
    case 'defineName':
      checkNameScope(op.sheetId, (sheetId) => view.sheet(sheetId) !== undefined);
      checkDefinedName(op.name, op.formula, (sheet) => view.sheetIdByName(sheet));
      if (!view.names.has(scopedNameKey(op.name, op.sheetId)) && view.names.size >= MAX_DEFINED_NAMES) fail(`a workbook holds at most ${MAX_DEFINED_NAMES} names`, 'invalid-name');
      return;
    case 'deleteName':
      if (typeof op.name !== 'string' || definedNameProblem(op.name) !== null) fail(`"${String(op.name).slice(0, 60)}" is no name`, 'invalid-name');
      checkNameScope(op.sheetId, (sheetId) => view.sheet(sheetId) !== undefined);
      return;
    case 'renameName':
      checkNameScope(op.sheetId, (sheetId) => view.sheet(sheetId) !== undefined);
      checkRename(op.name, op.newName, view.names, op.sheetId);
      return;
    default:
      fail(`unknown operation ${String((op as { type?: unknown }).type)}`, 'invalid-input');
  }
}

/** The workbook as a restore leaves it: the version's sheets, goals and scenarios (throws when the state is no workbook). */
function restoredView(state: unknown): BatchView {
  const version = versionDoc(state);
  try {
    return new BatchView(version);
  } finally {
    version.destroy();
  }
}

/** A scenario past MAX_SCENARIO_INPUTS assumptions (workbookBounds.ts), as the server refuses it. */
function tooManyInputs(after: number): never {
  throw new WorkbookOperationError(`${scenarioInputsBoundMessage()} (this would make ${after})`, 'too-many-assumptions', { max: String(MAX_SCENARIO_INPUTS) });
}

const TOO_MANY: Readonly<Record<BoundedRecord, WorkbookOperationError['code']>> = {
  sheets: 'too-many-sheets',
  goals: 'too-many-goals',
  scenarios: 'too-many-scenarios',
};

/**
 * The batch's whole effect against the workbook's bounds (workbookBounds.ts), as the server
 * counts a live update: a replacing import adds its sheets before it deletes the old ones, so
 * only the count the batch leaves is judged, and only when the batch grows it.
 */
function checkRecordCounts(before: Record<BoundedRecord, number>, view: BatchView): void {
  const after = view.recordCounts();
  for (const record of Object.keys(RECORD_BOUNDS) as BoundedRecord[]) {
    if (after[record] > RECORD_BOUNDS[record] && after[record] > before[record]) {
      throw new WorkbookOperationError(`${recordBoundMessage(record)} (this would make ${after[record]})`, TOO_MANY[record], { max: String(RECORD_BOUNDS[record]) });
    }
  }
}

/**
 * Null when every operation of the batch can be applied in order, else the error of the first
 * that cannot (the document is not changed either way).
 */
export function checkOperations(doc: Y.Doc, ops: readonly WorkbookOperation[]): WorkbookOperationError | null {
  let view = new BatchView(doc);
  const before = view.recordCounts();
  try {
    for (const op of ops) {
      if (op.type === 'restoreVersion') view = restoredView(op.state);
      else {
        checkOne(view, op);
        view.note(op);
      }
    }
    checkRecordCounts(before, view);
  } catch (error) {
    if (error instanceof WorkbookOperationError) return error;
    throw error;
  }
  return null;
}

/** Null when the operation can be applied now, else why not. */
export function checkOperation(doc: Y.Doc, op: WorkbookOperation): WorkbookOperationError | null {
  return checkOperations(doc, [op]);
}

/**
 * Puts an imported workbook into a live workspace through applyOperations, so that every
 * connected client receives it like any other edit. `sheets` adds the file's sheets beside the
 * workspace's (renaming clashes), with the file's defined names the workspace does not have yet;
 * `replace` makes the workspace the file's workbook (sheets, names, goals, scenarios, title) as
 * one change. The operations are checked as a batch first
 * (checkOperations): if any is refused, the live workspace is never touched.
 *
 * @example applyImport(workspace.doc, imported, 'sheets', IMPORT_ORIGIN)
 */
import type * as Y from 'yjs';
import { fileSheetSize, sheetSettingsOperations } from '../format/sheetSettingsOperations.js';
import { readGoals } from '../goals/goalModel.js';
import { adoptDynamicArrays } from '../engine/legacyFormulas.js';
import { applyOperations } from '../operations/applyOperation.js';
import { checkOperations } from '../operations/operationChecks.js';
import { type CellEdit, type WorkbookOperation } from '../operations/workbookOperation.js';
import { readScenarios } from '../scenarios/scenarioModel.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import { newIdentity } from '../workbook/identities.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray, scenariosArray } from '../workbook/workbookSchema.js';
import { nameKey, storedNames, type DefinedName } from '../workbook/definedNames.js';
import { sameSheetName } from '../workbook/sheetNames.js';
import { acceptableSheetName, renameKey, repointSheets, type SheetRenames } from './importedSheetNames.js';
import type { ImportedWorkbook } from './importedWorkbook.js';
import { importWarning, listed, type ImportWarning } from './importWarnings.js';

export const IMPORT_MODES = ['sheets', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface AppliedImport {
  /** The sheets as they are named in the workspace now. */
  sheets: string[];
  goals: number;
  scenarios: number;
  warnings: ImportWarning[];
}

interface SheetPlan {
  sheetId: string;
  name: string;
  adds: WorkbookOperation[];
  fills: WorkbookOperation[];
}

function sheetPlans(doc: Y.Doc, imported: ImportedWorkbook, names: string[], renames: SheetRenames): SheetPlan[] {
  return imported.sheets.map((sheet, i) => {
    const sheetId = newIdentity(doc);
    const { rows, cols } = fileSheetSize(sheet);
    const cells: CellEdit[] = Object.entries(sheet.cells).map(([key, input]) => ({
      ...parseCellAddress(key)!,
      input: typeof input === 'string' && input.startsWith('=') ? repointSheets(input, renames) : input,
    }));
    const fills: WorkbookOperation[] = [{ type: 'setCells', sheetId, cells }];
    for (const [key, format] of Object.entries(sheet.formats ?? {})) fills.push({ type: 'setFormat', sheetId, ...parseCellAddress(key)!, format });
    fills.push(...sheetSettingsOperations(sheetId, sheet));
    return { sheetId, name: names[i]!, adds: [{ type: 'addSheet', sheetId, name: names[i]!, rows, cols }], fills };
  });
}

/** A sheet's name's scope: the id its sheet is added under (the file's sheets and the plans are in the same order). */
function scopeOf(name: DefinedName, imported: ImportedWorkbook, plans: readonly { sheetId: string }[]): { sheetId?: string } {
  if (name.sheet === undefined) return {};
  const at = imported.sheets.findIndex((s) => sameSheetName(s.name, name.sheet!));
  return { sheetId: plans[at]?.sheetId ?? `\u0000${name.sheet}` };
}

/** The operations that add the file's sheets beside the workspace's own. */
function addSheetsOperations(doc: Y.Doc, imported: ImportedWorkbook): { ops: WorkbookOperation[]; names: string[] } {
  const taken = workbookGrid(doc).listSheets().map((s) => s.name);
  const renames: SheetRenames = new Map();
  const names = imported.sheets.map((sheet) => {
    const name = acceptableSheetName(sheet.name, taken);
    if (name !== sheet.name) renames.set(renameKey(sheet.name), name);
    return name;
  });
  const plans = sheetPlans(doc, imported, names, renames);
  const existing = new Set(storedNames(doc).map((n) => nameKey(n.name)));
  // A sheet's names arrive with their sheet; only the workbook's can clash with the workspace's.
  const defines = (imported.names ?? [])
    .filter((n) => n.sheet !== undefined || !existing.has(nameKey(n.name)))
    .map((n): WorkbookOperation => ({ type: 'defineName', name: n.name, formula: repointSheets(n.formula, renames), ...scopeOf(n, imported, plans) }));
  return { ops: [...plans.flatMap((p) => p.adds), ...plans.flatMap((p) => p.fills), ...defines], names };
}

/**
 * The operations that make the workspace the file's workbook. New sheets arrive under temporary
 * names, the old ones are deleted, then the new ones take their names, and only then are cells
 * written, so that formulas resolve to the new sheets.
 */
function replaceOperations(doc: Y.Doc, imported: ImportedWorkbook): { ops: WorkbookOperation[]; names: string[] } {
  const grid = workbookGrid(doc);
  const existing = grid.listSheets();
  const taken = [...existing.map((s) => s.name), ...imported.sheets.map((s) => s.name)];
  const plans = sheetPlans(doc, imported, imported.sheets.map((s) => s.name), new Map());
  const ops: WorkbookOperation[] = [
    ...plans.map((p): WorkbookOperation => ({ ...(p.adds[0] as Extract<WorkbookOperation, { type: 'addSheet' }>), name: acceptableSheetName(p.name, taken) })),
    ...existing.map((s): WorkbookOperation => ({ type: 'deleteSheet', sheetId: s.id })),
    ...plans.map((p): WorkbookOperation => ({ type: 'renameSheet', sheetId: p.sheetId, name: p.name })),
    ...plans.flatMap((p) => p.fills),
    // The old sheets' names went with them.
    ...storedNames(doc).filter((n) => n.sheet === undefined).map((n): WorkbookOperation => ({ type: 'deleteName', name: n.name })),
    ...(imported.names ?? []).map((n): WorkbookOperation => ({ type: 'defineName', name: n.name, formula: n.formula, ...scopeOf(n, imported, plans) })),
    ...readGoals(goalsArray(doc), grid).map((g): WorkbookOperation => ({ type: 'deleteGoal', goalId: g.id })),
    ...readScenarios(scenariosArray(doc), grid).map((s): WorkbookOperation => ({ type: 'deleteScenario', scenarioId: s.id })),
    { type: 'setTitle', title: imported.title },
    { type: 'setLocale', locale: imported.locale },
    ...imported.goals.map((goal): WorkbookOperation => ({ type: 'putGoal', goal })),
    ...imported.scenarios.map((scenario): WorkbookOperation => ({ type: 'putScenario', scenario })),
  ];
  return { ops, names: plans.map((p) => p.name) };
}

export function importOperations(doc: Y.Doc, imported: ImportedWorkbook, mode: ImportMode): { ops: WorkbookOperation[]; names: string[] } {
  return mode === 'replace' ? replaceOperations(doc, imported) : addSheetsOperations(doc, imported);
}

/**
 * Applies the import as one transaction with `origin` (`dryRun`: only the check). Throws the
 * WorkbookOperationError of the first refused operation, with the live document untouched.
 */
export function applyImport(doc: Y.Doc, imported: ImportedWorkbook, mode: ImportMode, origin: unknown, options: { dryRun?: boolean } = {}): AppliedImport {
  const own = new Set(storedNames(doc).map((n) => nameKey(n.name)));
  const clashes = mode === 'sheets' ? (imported.names ?? []).filter((n) => n.sheet === undefined && own.has(nameKey(n.name))).map((n) => n.name) : [];
  const { ops, names } = importOperations(doc, imported, mode);
  const problem = checkOperations(doc, ops);
  if (problem) throw problem;
  // The file's formulas are written in the dynamic-array dialect (legacy ones with SINGLE,
  // xlsxCells.ts): a new workspace is marked so, an unmarked one is brought to it first.
  if (!options.dryRun) {
    doc.transact(() => {
      adoptDynamicArrays(doc, origin);
      applyOperations(doc, ops, origin);
    }, origin);
  }
  const warnings: ImportWarning[] = [];
  const carried = imported.goals.length + imported.scenarios.length > 0;
  if (clashes.length > 0) warnings.push(importWarning('namesClash', { names: listed(clashes, 20) }));
  if (mode === 'sheets' && carried) warnings.push(importWarning('goalsNotImported', {}));
  return {
    sheets: names,
    goals: mode === 'replace' ? imported.goals.length : 0,
    scenarios: mode === 'replace' ? imported.scenarios.length : 0,
    warnings,
  };
}

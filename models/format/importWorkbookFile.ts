/**
 * Seeds an empty document from a v1 file, as one transaction. Seeding happens once, on the server
 * (or in a fresh document for the CLI): re-inserting a file into a live document would duplicate
 * its content for everyone already holding it.
 */
import type * as Y from 'yjs';
import { applyOperations } from '../operations/applyOperation.js';
import { WorkbookOperationError, type WorkbookOperation } from '../operations/workbookOperation.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import { newIdentity } from '../workbook/identities.js';
import { sameSheetName } from '../workbook/sheetNames.js';
import { DYNAMIC_ARRAYS, sheetsMap, type CellInput } from '../workbook/workbookSchema.js';
import { adoptDynamicArrays, markDynamicArrays } from '../engine/legacyFormulas.js';
import { WorkbookFileError, type WorkbookFile } from './workbookFile.js';
import { fileSheetSize, sheetSettingsOperations } from './sheetSettingsOperations.js';

function sheetOperations(doc: Y.Doc, file: WorkbookFile): { adds: WorkbookOperation[]; fills: WorkbookOperation[] } {
  const adds: WorkbookOperation[] = [];
  const fills: WorkbookOperation[] = [];
  for (const sheet of file.sheets) {
    const sheetId = newIdentity(doc);
    const { rows, cols } = fileSheetSize(sheet);
    adds.push({ type: 'addSheet', sheetId, name: sheet.name, rows, cols });
    const cells = Object.entries(sheet.cells).map(([key, input]: [string, CellInput]) => ({ ...parseCellAddress(key)!, input }));
    fills.push({ type: 'setCells', sheetId, cells });
    for (const [key, format] of Object.entries(sheet.formats ?? {})) {
      fills.push({ type: 'setFormat', sheetId, ...parseCellAddress(key)!, format });
    }
    fills.push(...sheetSettingsOperations(sheetId, sheet));
  }
  return { adds, fills };
}

/** The id of the added sheet named `name` (any case); a name of no sheet reads as no scope the operation knows, which it refuses. */
function sheetIdNamed(adds: readonly WorkbookOperation[], name: string): string {
  const add = adds.find((op) => op.type === 'addSheet' && sameSheetName(op.name, name));
  return add?.type === 'addSheet' ? add.sheetId : `\u0000${name}`;
}

/**
 * Fills an empty document with the file's workbook. Throws WorkbookFileError saying what failed.
 * A file without `formulaDialect` was written before formulas spilled: its formulas get SINGLE
 * where legacy Excel intersects (legacyFormulas.ts), so they compute what they did.
 */
export function importWorkbookFile(doc: Y.Doc, file: WorkbookFile): void {
  if (sheetsMap(doc).size > 0) throw new WorkbookFileError('a workbook file is only imported into an empty workspace');
  const { adds, fills } = sheetOperations(doc, file);
  const ops: WorkbookOperation[] = [
    { type: 'setTitle', title: file.title },
    { type: 'setLocale', locale: file.locale },
    ...adds,
    ...fills,
    ...(file.names ?? []).map(({ name, formula, sheet }): WorkbookOperation => ({ type: 'defineName', name, formula, ...(sheet === undefined ? {} : { sheetId: sheetIdNamed(adds, sheet) }) })),
    ...(file.goals ?? []).map((goal): WorkbookOperation => ({ type: 'putGoal', goal })),
    ...(file.scenarios ?? []).map((scenario): WorkbookOperation => ({ type: 'putScenario', scenario })),
  ];
  try {
    doc.transact(() => {
      applyOperations(doc, ops);
      if (file.formulaDialect === DYNAMIC_ARRAYS) markDynamicArrays(doc);
      else adoptDynamicArrays(doc);
    });
  } catch (error) {
    if (error instanceof WorkbookOperationError) throw new WorkbookFileError(`cannot import the workbook: ${error.message}`);
    throw error;
  }
}

/**
 * Bringing a document stored before formulas spilled to Excel 365's dialect, once. Until the
 * nineteenth session a typed `=A1:A3*2` (or `=Data!B2:B9*2` filled down, `=ABS(A1:A3)`) was
 * intersected with the formula's row as legacy Excel reads it; now it spills (engineFormula.ts).
 * A document without the `formulaDialect` marker (workbookSchema.ts) still holds such formulas,
 * and opened as it is would spill or show #SPILL! where a planner's figures stood. As Excel 365
 * shows an old file's formula with `@`, each range legacy Excel intersects is written as
 * `SINGLE(…)` (legacyIntersection, the .xlsx importer's rewrite), then the marker is set, in one
 * transaction: the values are exactly the ones computed before.
 *
 * @example adoptDynamicArrays(doc, 'fremskriv:formula-dialect') // → 2 (formulas rewritten), 0 once marked
 */
import * as Y from 'yjs';
import { isFormula } from '../formula/a1References.js';
import { decodeFormula, encodeFormula, type GridAllocator } from '../formula/storedFormula.js';
import { parseInputKey, scenarioInputsMap } from '../scenarios/scenarioModel.js';
import { recordMaps } from '../workbook/uniqueRecords.js';
import { workbookGrid, type WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { writesDynamicArrays } from '../workbook/workbookReader.js';
import { DYNAMIC_ARRAYS, FORMULA_DIALECT_KEY, metaMap, scenariosArray } from '../workbook/workbookSchema.js';
import { arrayNames } from './arrayNames.js';
import { legacyIntersection } from './engineFormula.js';

/** Marks a document's formulas as written in the dynamic-array dialect (a new document's, or one just brought to it). */
export function markDynamicArrays(doc: Y.Doc): void {
  if (!writesDynamicArrays(doc)) metaMap(doc).set(FORMULA_DIALECT_KEY, DYNAMIC_ARRAYS);
}

/**
 * Rewrites an unmarked document's legacy formulas (cells and scenario inputs) with SINGLE where
 * legacy Excel intersects, and marks it, in one transaction with `origin`; the number of formulas
 * rewritten. A marked document is left untouched (0), so running it again changes nothing.
 */
export function adoptDynamicArrays(doc: Y.Doc, origin: unknown = null): number {
  if (writesDynamicArrays(doc)) return 0;
  let rewritten = 0;
  doc.transact(() => {
    const grid = workbookGrid(doc);
    const fixed = existingIdentities(grid);
    for (const { id: sheetId } of grid.listSheets()) {
      const cells = grid.sheetParts(sheetId)?.cells;
      if (!cells) continue;
      for (const [key, stored] of [...cells.entries()]) {
        const legacy = legacyFormula(stored, sheetId, fixed, false, doc);
        if (legacy === null) continue;
        cells.set(key, legacy);
        rewritten++;
      }
    }
    for (const scenario of recordMaps(scenariosArray(doc))) {
      const inputs = scenarioInputsMap(scenario);
      if (!inputs) continue;
      for (const [key, stored] of [...inputs.entries()]) {
        const sheetId = parseInputKey(key)?.sheetId;
        const legacy = sheetId === undefined ? null : legacyFormula(stored, sheetId, fixed, true, doc);
        if (legacy === null) continue;
        inputs.set(key, legacy);
        rewritten++;
      }
    }
    metaMap(doc).set(FORMULA_DIALECT_KEY, DYNAMIC_ARRAYS);
  }, origin);
  return rewritten;
}

/**
 * A stored state (a saved version's) as the dialect reads it: the same bytes when it is marked,
 * else the state brought to the dialect. Bytes that are no Yjs state come back as they are, for
 * the reader after to refuse as it does (restoreVersion.ts's versionDoc).
 */
export function dynamicArrayState(state: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    if (writesDynamicArrays(doc)) return state;
    adoptDynamicArrays(doc);
    return Y.encodeStateAsUpdate(doc);
  } catch {
    return state;
  } finally {
    doc.destroy();
  }
}

/**
 * The stored formula with SINGLE where legacy Excel intersects, or null when it needs none (or
 * is no formula). Only a formula whose A1 text encodes back to exactly what is stored is
 * rewritten: one naming a deleted row (`#REF!`) keeps its identities rather than lose them.
 */
function legacyFormula(stored: unknown, sheetId: string, grid: GridAllocator, qualify: boolean, doc: Y.Doc): string | null {
  if (typeof stored !== 'string' || !isFormula(stored)) return null;
  try {
    const decoded = decodeFormula(stored, sheetId, grid);
    // A range name (`=Udgifter*2`) is intersected as a written range is (`=@Udgifter*2`).
    const intersected = legacyIntersection(decoded, arrayNames({ ...grid, doc }, sheetId));
    if (intersected === decoded || encodeFormula(decoded, sheetId, grid, qualify) !== stored) return null;
    return encodeFormula(intersected, sheetId, grid, qualify);
  } catch {
    // A formula the reader cannot take apart stays as stored (it shows its error either way).
    return null;
  }
}

/** The grid's identities as they are: a position past the grid throws instead of growing it. */
function existingIdentities(grid: WorkbookGrid): GridAllocator {
  const existing = (ids: readonly string[], index: number): string => {
    const id = ids[index];
    if (id === undefined) throw new RangeError('a reference past the grid');
    return id;
  };
  return {
    sheetIdByName: (name) => grid.sheetIdByName(name),
    sheetName: (id) => grid.sheetName(id),
    rowIndex: (id, rowId) => grid.rowIndex(id, rowId),
    colIndex: (id, colId) => grid.colIndex(id, colId),
    ensureRowId: (id, index) => existing(grid.rowIds(id), index),
    ensureColId: (id, index) => existing(grid.colIds(id), index),
  };
}

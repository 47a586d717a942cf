/**
 * What one Yjs transaction changed in the workbook's sheets, read from `transaction.changed` once
 * per transaction however many engines follow the document (one per scenario, and the goals'
 * cache beside them): each used to walk the changed types itself.
 */
import type * as Y from 'yjs';
import { sheetOrderArray, sheetsMap } from '../workbook/workbookSchema.js';
import { namesMap } from '../workbook/definedNames.js';

export interface DocumentChanges {
  /** Sheets added, removed, reordered, renamed or marked deleted; or a defined name changed (rare, and read by any sheet's formulas). */
  structure: boolean;
  /** Sheets whose rows or columns changed. */
  axes: ReadonlySet<string>;
  /** Sheets whose hidden rows changed: SUBTOTAL 101–111 and some AGGREGATE options read them (hiddenLines.ts). */
  hiddenRows: ReadonlySet<string>;
  /** Per sheet: the keys (`rowId:colId`) of its changed cells. */
  cells: ReadonlyMap<string, ReadonlySet<string>>;
  /** True when the transaction changed nothing but cells and cell formats (a planner's edit). */
  onlyCellEdits: boolean;
}

/** The key of the summary in `transaction.meta` (Yjs's place for what observers attach to a transaction). */
const SUMMARY = Symbol('documentChanges');

/** The changed keys of one shared type in `tr`, or undefined when it did not change. */
export function changedKeys(tr: Y.Transaction, type: unknown): Set<string | null> | undefined {
  // Yjs types are invariant in their content, so a Y.Map<CellInput> is no AbstractType<…> to tsc.
  return (tr.changed as Map<unknown, Set<string | null>>).get(type);
}

/** The summary of `tr` (made by the first caller after the transaction, shared by the rest). */
export function documentChanges(tr: Y.Transaction): DocumentChanges {
  let changes = tr.meta.get(SUMMARY) as DocumentChanges | undefined;
  if (!changes) {
    changes = summarize(tr);
    tr.meta.set(SUMMARY, changes);
  }
  return changes;
}

/** A map's changed keys (never null, unlike an array's), without copying them when it can. */
function mapKeys(keys: Set<string | null>): ReadonlySet<string> {
  if (!keys.has(null)) return keys as ReadonlySet<string>;
  return new Set([...keys].filter((k): k is string => k !== null));
}

function summarize(tr: Y.Transaction): DocumentChanges {
  const sheetsRoot: unknown = sheetsMap(tr.doc);
  const order: unknown = sheetOrderArray(tr.doc);
  const names: unknown = namesMap(tr.doc);
  let structure = false;
  let onlyCellEdits = true;
  const axes = new Set<string>();
  const hiddenRows = new Set<string>();
  const cells = new Map<string, ReadonlySet<string>>();
  for (const [type, keys] of tr.changed) {
    const part = type._item?.parentSub;
    if (type === sheetsRoot || type === order || type === names) structure = true;
    else if (type.parent === sheetsRoot) {
      structure ||= keys.has('name') || keys.has('deleted');
      // The sheet's first hidden row made its map (or a restore replaced it).
      const sheetId = type._item?.parentSub;
      if (sheetId && keys.has('hiddenRows')) hiddenRows.add(sheetId);
    } else if (type.parent?.parent === sheetsRoot) {
      const sheetId = type.parent?._item?.parentSub;
      // Bounds, column widths, frozen panes, wrapped cells, alignment, merged areas and hidden columns change no value: like formats, cell edits for the engine.
      if (part === 'cells' || part === 'formats' || part === 'validations' || part === 'colWidths' || part === 'frozenPanes' || part === 'wrapText' || part === 'alignment' || part === 'merges' || part === 'hiddenCols') {
        if (sheetId && part === 'cells') cells.set(sheetId, mapKeys(keys));
        continue;
      }
      if (sheetId && (part === 'rows' || part === 'cols')) axes.add(sheetId);
      if (sheetId && part === 'hiddenRows') hiddenRows.add(sheetId);
    }
    onlyCellEdits = false;
  }
  return { structure, axes, hiddenRows, cells, onlyCellEdits };
}

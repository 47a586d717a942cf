/**
 * A workbook keeps at least one visible sheet (Excel refuses to hide the last one, and so does
 * applyOperation), but the network carries raw Yjs: a peer could hide the last visible sheet, or
 * delete it while only hidden sheets remain. The schema check (updateSchemaCheck.ts) looks at
 * one item at a time; whether a sheet stays visible depends on the whole update and on how Yjs
 * resolves it against the document, so an update that may hide one is tried on a scratch copy
 * of the document and refused when the copy, which had a visible sheet, has none left.
 *
 * The copy costs an encoding and a decoding of the whole document (about 0.1 s on the template,
 * 2 s on a 2 MB workspace at load 26–30; README, Known limitations), paid only by updates that
 * hide, delete or remove a sheet, which a planner makes by hand and rarely; every other update is
 * not affected.
 */
import * as Y from 'yjs';
import { storesVisibleSheet } from '../../models/workbook/sheetVisibility.js';
import { WorkbookGrid } from '../../models/workbook/WorkbookGrid.js';

function hasVisibleSheet(doc: Y.Doc): boolean {
  const grid = new WorkbookGrid(doc);
  try {
    return storesVisibleSheet(grid);
  } finally {
    grid.destroy();
  }
}

/** False when `update` would leave `doc`, which has a visible sheet, without one. */
export function keepsVisibleSheet(doc: Y.Doc, update: Uint8Array): boolean {
  if (!hasVisibleSheet(doc)) return true;
  const trial = new Y.Doc();
  try {
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(trial, update);
    return hasVisibleSheet(trial);
  } finally {
    trial.destroy();
  }
}

/**
 * The cell menu's "Flet og centrer" (Merge & Center), a toggle as Excel's button: on a selection
 * touching a merged area it unmerges, otherwise it merges the selection, whose area shows its text
 * centred (styles.css `fx-merged`). Merging keeps only the top-left cell's content; where other
 * cells hold some, the planner is asked first, as Excel warns ("Merging cells only keeps the
 * upper-left value"), and the cells are emptied in the merge's own undo step (mergeEdits.ts).
 */
import i18next from 'i18next';
import { mergeDropsContent } from '../../../models/operations/mergeEdits.js';
import { areasOverlap, type MergedArea } from '../../../models/workbook/mergedCells.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { ask } from '../ui/dialogs.js';
import type { GridController } from './GridController.js';

/** Whether the toggle unmerges `block` (it touches a merged area) rather than merging it. */
export function mergeToggleUnmerges(controller: GridController, block: MergedArea): boolean {
  return controller.merges.list().some((area) => areasOverlap(area, block));
}

export async function toggleMergeAndCenter(controller: GridController, block: MergedArea): Promise<void> {
  const { session, sheetId } = controller;
  if (mergeToggleUnmerges(controller, block)) {
    session.apply({ type: 'unmergeCells', sheetId, ...block });
    return;
  }
  const dropped = mergeDropsContent(workbookGrid(session.doc), sheetId, block).length;
  if (dropped > 0) {
    const sure = await ask({
      title: i18next.t('grid.menu.mergeDropTitle'),
      message: i18next.t('grid.menu.mergeDropMessage', { count: dropped }),
      confirmLabel: i18next.t('grid.menu.mergeConfirm'),
    });
    session.focusGrid.set(session.focusGrid.get() + 1);
    if (sure === null) return;
  }
  session.apply({ type: 'mergeCells', sheetId, ...block });
}

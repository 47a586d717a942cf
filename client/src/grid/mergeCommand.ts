/**
 * The cell menu's "Flet og centrer" (Merge & Center), a toggle as Excel's button: on a selection
 * touching a merged area it unmerges, otherwise it merges the selection and centres its top-left
 * cell (cellAlignment.ts), in one undo step; "Flet celler" (Merge Cells) merges keeping that
 * cell's alignment. A merged area shows its top-left cell's alignment. Merging keeps only the top-left cell's content; where other
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

/** `center`: Merge & Center (the area's top-left cell centred); false: Merge Cells, keeping its alignment. */
export async function toggleMergeAndCenter(controller: GridController, block: MergedArea, center = true): Promise<void> {
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
  session.apply([
    { type: 'mergeCells', sheetId, ...block },
    ...(center ? [{ type: 'setAlignment', sheetId, row: block.row, col: block.col, alignment: 'center' } as const] : []),
  ]);
}

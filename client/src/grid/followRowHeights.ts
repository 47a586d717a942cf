/** AG Grid follows the rows grown for their wrapped cells (rowHeights.ts), apart so that rowHeights.ts needs no GridController. */
import type { GridApi } from 'ag-grid-community';
import type { GridController, RowData } from './GridController.js';

/**
 * Gives AG Grid the rows' heights again whenever what the grid shows changed (a wrapped cell's
 * value or format, a column's width) and a row's height with it; once per task, however many
 * changes came. Returns the function that stops it.
 */
export function followRowHeights(controller: Pick<GridController, 'painter' | 'rowHeights'>, api: () => GridApi<RowData> | null): () => void {
  let queued = false;
  const measure = (): void => {
    queued = false;
    const grid = api();
    if (!controller.rowHeights.update() || !grid) return;
    grid.resetRowHeights();
    // The frozen rows' heights are read only when they are given (AG Grid's resetRowHeights skips them).
    const frozen = Array.from({ length: grid.getPinnedTopRowCount() }, (_, i) => grid.getPinnedTopRow(i)?.data).filter((row) => row !== undefined);
    if (frozen.length > 0) grid.setGridOption('pinnedTopRowData', frozen.map(({ row }) => ({ row })));
  };
  return controller.painter.onChange(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(measure);
  });
}

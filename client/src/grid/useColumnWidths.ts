/**
 * The sheet's column widths as kept in the workbook (shared with colleagues, kept when switching
 * sheets), and what a planner's drag of a column edge stores: the `setColumnWidth` operation.
 */
import { useMemo } from 'react';
import type { ColumnResizedEvent } from 'ag-grid-community';
import { sheetColumnWidths } from '../../../models/workbook/columnWidths.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { useStore } from '../ui/store.js';
import { columnOfId } from './gridColumns.js';

/** Column position → pixels; a new map only when a width changed (so AG Grid keeps its columns otherwise). */
export function useColumnWidths(session: WorkbookSession, sheetId: string): ReadonlyMap<number, number> {
  const revision = useStore(session.revision);
  void revision;
  const key = JSON.stringify(sheetColumnWidths(session.doc, sheetId));
  return useMemo(() => new Map((JSON.parse(key) as Array<{ col: number; width: number }>).map(({ col, width }) => [col, width])), [key]);
}

/** A finished drag of a column's edge (not AG Grid's own sizing) → the width, stored for everyone. */
export function storeResizedColumn(session: WorkbookSession, sheetId: string, event: ColumnResizedEvent): void {
  if (!event.finished || event.source !== 'uiColumnResized' || !event.column || session.readOnly) return;
  const col = columnOfId(event.column.getColId());
  if (col !== null) session.apply({ type: 'setColumnWidth', sheetId, col, width: Math.round(event.column.getActualWidth()) });
}

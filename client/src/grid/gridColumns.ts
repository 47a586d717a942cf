/** AG Grid's columns for a sheet: the row numbers, then one column per sheet column (A, B, …). */
import type { CellClassParams, ColDef, ICellRendererParams } from 'ag-grid-community';
import { columnLabel } from '../../../models/workbook/cellAddress.js';
import { columnWidth, ROW_HEADER_WIDTH } from '../../../models/workbook/sheetLayout.js';
import { CellEditor } from './CellEditor.js';
import { CellView } from './CellView.js';
import type { FrozenPanes } from './frozenPanes.js';
import type { MergedAreas } from './mergedAreas.js';
import type { HiddenLines } from './hiddenLines.js';
import type { GridController, RowData } from './GridController.js';
import { hiddenMarkers } from './hiddenMarkers.js';

export const ROW_HEADER = 'rowHeader';


function mergesOf(context: unknown): MergedAreas | undefined {
  return (context as { merges?: MergedAreas } | undefined)?.merges;
}

// The grid never acts on a key itself: GridController and CellEditor implement Excel's keys.
const ownKeys = (): boolean => true;

/** Where the row above is hidden (hiddenLines.ts), the row number shows the gap, as Excel's double line. */
function rowHeaderClass(p: CellClassParams<RowData>): string {
  const hidden = (p.context as { hidden?: HiddenLines } | undefined)?.hidden;
  return p.data && p.data.row > 0 && hidden?.rows.has(p.data.row - 1) ? 'fx-row-header fx-after-hidden' : 'fx-row-header';
}

/** The row number; below hidden rows (or above those that end the sheet), with the marker that shows them again (hiddenMarkers.ts). */
function rowHeaderCell(p: ICellRendererParams<RowData>): string | HTMLElement {
  const text = p.data ? String(p.data.row + 1) : '';
  const controller = p.context as GridController | undefined;
  const markers = p.data && controller?.hidden ? hiddenMarkers(controller, 'rows', p.data.row) : [];
  if (markers.length === 0) return text;
  const cell = document.createElement('span');
  cell.textContent = text;
  cell.append(...markers);
  return cell;
}

/** `widths`: the workbook's column widths by position (useColumnWidths.ts); others get the defaults. `hidden`: the hidden columns. */
export function sheetColumns(cols: number, frozen: FrozenPanes, labelColumn: boolean, editable: boolean, widths: ReadonlyMap<number, number> = new Map(), hidden: ReadonlySet<number> = new Set()): Array<ColDef<RowData>> {
  const defs: Array<ColDef<RowData>> = [
    {
      colId: ROW_HEADER,
      headerName: '',
      pinned: 'left',
      lockPinned: true,
      width: ROW_HEADER_WIDTH,
      resizable: false,
      editable: false,
      valueGetter: (p) => (p.data ? p.data.row + 1 : ''),
      cellClass: rowHeaderClass,
      cellRenderer: rowHeaderCell,
      suppressKeyboardEvent: ownKeys,
    },
  ];
  for (let col = 0; col < cols; col++) {
    defs.push({
      colId: `c${col}`,
      headerName: columnLabel(col),
      width: columnWidth(col, labelColumn, widths),
      hide: hidden.has(col),
      pinned: col < frozen.cols ? 'left' : null,
      lockPinned: true,
      editable,
      valueGetter: () => null,
      // A merged area's left cell spans its columns, its top-left cell its rows too (mergedAreas.ts); the context is the sheet's GridController.
      colSpan: (p) => (p.data ? (mergesOf(p.context)?.span(p.data.row, col) ?? 1) : 1),
      rowSpan: (p) => (p.data && !p.node?.rowPinned ? (mergesOf(p.context)?.rowSpan(p.data.row, col) ?? 1) : 1),
      cellClassRules: {
        'fx-merged': (p) => !!p.data && (mergesOf(p.context)?.at(p.data.row, col)?.row ?? -1) === p.data.row,
        'fx-merged-rows': (p) => !!p.data && !p.node?.rowPinned && (mergesOf(p.context)?.rowSpan(p.data.row, col) ?? 1) > 1,
      },
      cellRenderer: CellView,
      cellRendererParams: { col },
      cellEditor: CellEditor,
      cellEditorParams: { col },
      suppressKeyboardEvent: ownKeys,
    });
  }
  return defs;
}

export function columnOfId(colId: string): number | null {
  const match = /^c(\d+)$/.exec(colId);
  return match ? Number(match[1]) : null;
}

/**
 * One sheet as a spreadsheet grid: AG Grid renders and virtualises rows and columns; the
 * GridController does selection, keys, editing and repaints.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createGrid, type CellContextMenuEvent, type CellMouseDownEvent, type CellMouseOverEvent, type ColumnHeaderClickedEvent, type ColumnResizedEvent, type GridApi, type GridReadyEvent, type RowHeightParams } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { PresenceTracker } from '../presence/PresenceTracker.js';
import { useStore } from '../ui/store.js';
import type { GridController, RowData } from './GridController.js';
import { columnOfId, ROW_HEADER, sheetColumns } from './gridColumns.js';
import { copySelection, pasteIntoSelection } from './gridCommands.js';
import type { FrozenPanes } from './frozenPanes.js';
import { GridContextMenu } from './GridContextMenu.js';
import { pointing } from './interactionState.js';
import { offerKeyPicking } from './crossSheetKeys.js';
import { gridTheme } from './gridTheme.js';
import { storeResizedColumn, useColumnWidths } from './useColumnWidths.js';
import { selectionContains, selectionRange } from './selection.js';
import './gridModules.js';
import { markMoment } from '../session/pageMoments.js';
import { gatherFrozenCells } from './frozenStrip.js';
import { previewWheelScrolling } from './scrollPreview.js';
import { ColumnLetterHeader } from './ColumnLetterHeader.js';
import { followRowHeights } from './followRowHeights.js';
import { columnWidth, ROW_HEIGHT } from '../../../models/workbook/sheetLayout.js';

/** The rows from `first` up to `end` that are not hidden, as AG Grid's row data. */
function shownRows(first: number, end: number, hidden: ReadonlySet<number>): RowData[] {
  const rows: RowData[] = [];
  for (let row = first; row < end; row++) if (!hidden.has(row)) rows.push({ row });
  return rows;
}

/** The sheet's size; re-renders only when rows or columns were inserted or deleted. */
function useSheetShape(session: WorkbookSession, sheetId: string): { rows: number; cols: number } {
  const revision = useStore(session.revision);
  const grid = workbookGrid(session.doc);
  void revision;
  const rows = grid.rowIds(sheetId).length;
  const cols = grid.colIds(sheetId).length;
  return useMemo(() => ({ rows, cols }), [rows, cols]);
}

// Stable props: a new object or function here would make AG Grid rebuild its columns and cells.
// The header shows the column's letter only; no cell shows AG Grid's tooltips (an error's
// explanation is the cell's title): see ColumnLetterHeader.ts and client/build/agGridPatches.ts.
const DEFAULT_COL_DEF = { sortable: false, suppressHeaderMenuButton: true, suppressMovable: true, resizable: true, headerComponent: ColumnLetterHeader, tooltip: false };
const rowId = (p: { data: RowData }): string => String(p.data.row);

interface ViewProps {
  controller: GridController;
  presence: PresenceTracker;
  frozen: FrozenPanes;
  labelColumn: boolean;
  onFreeze(panes: FrozenPanes): void;
}

/** The grid of one sheet, once its controller exists (see SheetGrid). */
export function SheetGridView({ controller, presence, frozen, labelColumn, onFreeze }: ViewProps): React.JSX.Element {
  const { t } = useTranslation();
  const { session, sheetId } = controller;
  const shape = useSheetShape(session, sheetId);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  // Whether Shift and Ctrl were held on the last press: AG Grid's columnHeaderClicked does not tell its mouse event.
  const shiftPressed = useRef(false);
  const ctrlPressed = useRef(false);
  // A right click on a row number or column letter: the menu, for the selected lines when they hold
  // that one (Excel's header menu, e.g. "Vis skjulte rækker" over rows selected around hidden ones), else for that line alone.
  const lineMenu = (axis: 'rows' | 'cols', line: number, mouse: MouseEvent): void => {
    const range = selectionRange(session.selection.get());
    const held = axis === 'rows' ? range.left === 0 && line >= range.top && line <= range.bottom : range.top === 0 && line >= range.left && line <= range.right;
    if (!held && axis === 'rows') controller.select({ active: { row: line, col: 0 }, corner: { row: line, col: controller.bounds().cols - 1 } }, false);
    if (!held && axis === 'cols') controller.pointer.onColumnHeaderClicked(line, false);
    mouse.preventDefault();
    setMenu({ x: mouse.clientX, y: mouse.clientY });
  };
  const onHeaderContextMenu = (event: React.MouseEvent): void => {
    const header = event.target instanceof Element ? event.target.closest('.ag-header-cell') : null;
    const col = columnOfId(header?.getAttribute('col-id') ?? '');
    if (col !== null) lineMenu('cols', col, event.nativeEvent);
  };

  useEffect(() => {
    controller.setTranslation(t);
  }, [controller, t]);
  useEffect(() => {
    controller.painter.setPeers(presence.peers.get());
    return presence.peers.subscribe(() => controller.painter.setPeers(presence.peers.get()));
  }, [controller, presence]);

  useEffect(
    () => session.focusGrid.subscribe(() => controller.focusCell(session.selection.get().active)),
    [controller, session, sheetId],
  );
  // The formula bar's arrows pick here for a formula from another sheet (crossSheetKeys.ts).
  useEffect(() => offerKeyPicking(session, controller), [controller, session]);

  useEffect(() => {
    const inGrid = (): boolean => {
      const active = document.activeElement;
      return !!wrapper.current && !!active && wrapper.current.contains(active) && !active.closest('input, textarea') && !controller.editingCell();
    };
    const onCopy = (event: ClipboardEvent): void => {
      if (!inGrid() || !event.clipboardData) return;
      if (copySelection(controller, event.clipboardData)) event.preventDefault();
    };
    const onCut = (event: ClipboardEvent): void => {
      if (!inGrid() || !event.clipboardData || session.readOnly) return;
      // The cells stay until the paste moves them (pendingCut.ts).
      if (copySelection(controller, event.clipboardData, true)) event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent): void => {
      if (!inGrid() || !event.clipboardData) return;
      event.preventDefault();
      if (session.readOnly) return session.tell('notice.readOnly');
      pasteIntoSelection(controller, event.clipboardData.getData('text/plain'));
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [controller, session]);

  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    // Capture, so that a click that picks a reference never reaches AG Grid (which would end the edit).
    const onMouse = (event: MouseEvent): void => controller.pointer.onGridMouseEvent(event);
    const types = ['pointerdown', 'mousedown', 'click'] as const;
    for (const type of types) element.addEventListener(type, onMouse, true);
    return () => {
      for (const type of types) element.removeEventListener(type, onMouse, true);
    };
  }, [controller]);

  const widths = useColumnWidths(session, sheetId);
  // Hidden rows are left out of the row data, hidden columns' defs hidden (hiddenLines.ts).
  const [hiddenVersion, setHiddenVersion] = useState(0);
  useEffect(() => controller.hidden.onChange(() => setHiddenVersion((v) => v + 1)), [controller]);
  const columnDefs = useMemo(
    () => sheetColumns(shape.cols, frozen, labelColumn, !session.readOnly, widths, controller.hidden.cols),
    [shape.cols, frozen, labelColumn, session.readOnly, widths, controller.hidden.cols, hiddenVersion],
  );
  // Wrapped cells' rows grow to fit their lines (rowHeights.ts), measured at the columns' widths on screen.
  controller.rowHeights.columnWidth = (col) => api.current?.getColumn(`c${col}`)?.getActualWidth() ?? columnWidth(col, labelColumn, widths);
  useEffect(() => followRowHeights(controller, () => api.current), [controller]);
  // AG Grid lays out a row's spans when it draws the row: merged or unmerged areas draw their rows again.
  // An area over several rows needs rows placed for row spanning, fixed when the grid is made (mergedAreas.ts).
  const [spansRows, setSpansRows] = useState(() => controller.merges.spansRows());
  useEffect(() => controller.merges.onChange(() => {
    setSpansRows(controller.merges.spansRows());
    api.current?.redrawRows();
    controller.painter.repaintAll();
  }), [controller]);
  const hiddenRows = controller.hidden.rows;
  const rowData = useMemo(() => shownRows(frozen.rows, shape.rows, hiddenRows), [shape.rows, frozen.rows, hiddenRows]);
  const pinnedTopRowData = useMemo(() => shownRows(0, Math.min(frozen.rows, shape.rows), hiddenRows), [frozen.rows, shape.rows, hiddenRows]);

  useEffect(() => {
    // Rows or columns were inserted, deleted, hidden or shown: every position may show another cell now.
    api.current?.redrawRows();
    controller.painter.repaintAll();
  }, [controller, shape, hiddenVersion]);

  const host = useRef<HTMLDivElement>(null);
  // The frozen cells of the scrolling rows, in one sticky strip (frozenStrip.ts) while the grid lives.
  const releaseFrozenCells = useRef<(() => void) | null>(null);
  const stopScrollPreview = useRef<(() => void) | null>(null);
  const gridEvents = useMemo(
    () => ({
      onGridReady: (e: GridReadyEvent<RowData>): void => {
        markMoment('gridReady');
        const rows = host.current?.querySelector<HTMLElement>('.ag-grid-scrolling-container');
        if (rows) releaseFrozenCells.current = gatherFrozenCells(rows);
        if (wrapper.current && host.current) stopScrollPreview.current = previewWheelScrolling(wrapper.current, host.current, e.api, controller);
        controller.attach(e.api);
        session.gridShown.set(true);
        // Shown to pick a reference from: the formula bar keeps the focus (crossSheetPointing.ts).
        if (!pointing(session.interaction.state.get())) controller.focusCell(session.selection.get().active);
      },
      onCellMouseDown: (e: CellMouseDownEvent<RowData>): void => {
        const colId = e.column.getColId();
        const col = colId === ROW_HEADER ? ROW_HEADER : columnOfId(colId);
        if (e.data && col !== null && e.event instanceof MouseEvent) controller.pointer.onCellMouseDown(e.data.row, col, e.event);
      },
      onCellMouseOver: (e: CellMouseOverEvent<RowData>): void => {
        const col = columnOfId(e.column.getColId());
        if (e.data && col !== null && e.event instanceof MouseEvent) controller.pointer.onCellMouseOver(e.data.row, col, e.event.buttons);
      },
      onColumnHeaderClicked: (e: ColumnHeaderClickedEvent<RowData>): void => {
        const col = 'getColId' in e.column ? columnOfId(e.column.getColId()) : null;
        if (col !== null) controller.pointer.onColumnHeaderClicked(col, shiftPressed.current, ctrlPressed.current);
      },
      onColumnResized: (e: ColumnResizedEvent<RowData>): void => {
        // Numbers are fitted to their column's width, and text is clipped only where it does not fit.
        const col = e.column ? columnOfId(e.column.getColId()) : null;
        if (col !== null) controller.painter.repaintColumn(col);
        else controller.painter.repaintAll();
        storeResizedColumn(session, sheetId, e);
      },
      onCellContextMenu: (e: CellContextMenuEvent<RowData>): void => {
        const col = columnOfId(e.column.getColId());
        const mouse = e.event instanceof MouseEvent ? e.event : null;
        if (e.data && mouse && e.column.getColId() === ROW_HEADER) return lineMenu('rows', e.data.row, mouse);
        if (!e.data || col === null || !mouse) return;
        if (!selectionContains(session.selection.get(), e.data.row, col)) {
          controller.select({ active: { row: e.data.row, col }, corner: { row: e.data.row, col } }, false);
        }
        setMenu({ x: mouse.clientX, y: mouse.clientY });
      },
    }),
    [controller, session, sheetId],
  );

  // AG Grid's plain-DOM grid (not ag-grid-react, which renders every row and cell through React):
  // new rows and columns scrolled into view cost only AG Grid's own DOM work and CellView's paint.
  const api = useRef<GridApi<RowData> | null>(null);
  const initial = useRef({ columnDefs, rowData, pinnedTopRowData });
  initial.current = { columnDefs, rowData, pinnedTopRowData };
  useEffect(() => {
    if (!host.current) return;
    markMoment('gridCreating');
    controller.rowHeights.update();
    const created = createGrid<RowData>(host.current, {
      ...initial.current,
      theme: gridTheme,
      context: controller,
      getRowId: rowId,
      getRowHeight: (p: RowHeightParams<RowData>): number => (p.data ? controller.rowHeights.height(p.data.row) : ROW_HEIGHT),
      // What a cell spanning rows is tall per row (AG Grid's rowSpan).
      rowHeight: ROW_HEIGHT,
      suppressRowTransform: spansRows,
      defaultColDef: DEFAULT_COL_DEF,
      readOnlyEdit: true,
      stopEditingWhenCellsLoseFocus: true,
      suppressRowHoverHighlight: true,
      suppressColumnMoveAnimation: true,
      suppressDragLeaveHidesColumns: true,
      animateRows: false,
      // Issue 17: a smaller buffer builds fewer cells per column scrolled in (2 rows: about a
      // quarter fewer), but a cell reached by the name box or the keyboard must be in the DOM when
      // it takes the focus, and AG Grid builds rows scrolled to in a later frame: with 2 the
      // focus was lost after a jump (gridMouse's cross-sheet pick). Not debounceVerticalScrollbar,
      // for the same reason.
      rowBuffer: 8,
      preventDefaultOnContextMenu: true,
      ...gridEvents,
    });
    api.current = created;
    return () => {
      api.current = null;
      releaseFrozenCells.current?.();
      releaseFrozenCells.current = null;
      stopScrollPreview.current?.();
      stopScrollPreview.current = null;
      controller.detach(created);
      created.destroy();
    };
    // A sheet, frozen panes or row spanning of its own: a grid of its own (as a React key would).
  }, [controller, gridEvents, sheetId, frozen.rows, frozen.cols, spansRows]);
  // Later shapes reach the same grid; AG Grid ignores a value it already has.
  useEffect(() => api.current?.setGridOption('columnDefs', columnDefs), [columnDefs]);
  useEffect(() => api.current?.setGridOption('rowData', rowData), [rowData]);
  useEffect(() => api.current?.setGridOption('pinnedTopRowData', pinnedTopRowData), [pinnedTopRowData]);

  return (
    <div className="sheet-grid" ref={wrapper} onKeyDown={(e) => controller.onKeyDown(e.nativeEvent)} onContextMenu={onHeaderContextMenu} onMouseDownCapture={(e) => {
        shiftPressed.current = e.shiftKey;
        ctrlPressed.current = e.ctrlKey || e.metaKey;
      }}>
      <div className="sheet-grid-host" ref={host} />
      {menu && (
        <GridContextMenu
          controller={controller}
          position={menu}
          frozen={frozen}
          onFreeze={onFreeze}
          onClose={() => setMenu(null)}
        />
      )}
    </div>
  );
}

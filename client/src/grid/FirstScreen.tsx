/**
 * The static first screen (issue 17): the visible part of the sheet as plain DOM, painted the
 * moment the document is synced, while AG Grid (about 0.5 s of the main thread on a 2-core
 * machine) is created behind it. Every cell shows what the grid will show (cellPaint: the typed
 * value, or a formula's last value from the server or this browser, in the planner's format),
 * at the grid's sizes (its columns, 24 px rows and header, the same frozen panes), so nothing
 * moves when the grid takes over.
 *
 * It loses no key: a click selects the cell the grid then starts on, text typed meanwhile is shown
 * in the active cell and handed to the grid, which opens the cell's editor with it
 * (session.typedAhead, SheetGrid.tsx), and Enter, Tab, the arrows or a click elsewhere commit it
 * and move as the grid would (session/keysBeforeGrid.ts). A dead key or an input method's key
 * moves the focus to a hidden field that takes the composition (´ then e: é), as the grid opens its
 * editor for one; the field's text is the entry's. Other keys wait for the grid.
 * WorkbookLayout removes it once the grid is shown (or failed).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnLabel } from '../../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { ROW_HEIGHT } from '../../../models/workbook/sheetLayout.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { useStore } from '../ui/store.js';
import { cellPaint, type GridMarks } from './cellPaint.js';
import { textRoom } from './cellTextWidth.js';
import { sheetColumns } from './gridColumns.js';
import { cellSelection } from './selection.js';
import { useColumnWidths } from './useColumnWidths.js';
import { useSheetPanes } from './sheetPanes.js';
import { markMoment } from '../session/pageMoments.js';
import { clickBeforeGrid, composingKey, keyBeforeGrid, type KeysBeforeGrid } from '../session/keysBeforeGrid.js';
import { commitEarlyEntries } from '../workspace/cellEdits.js';
import { keyStroke } from './keyboardNavigation.js';
import { TabRun } from './tabRun.js';
import './firstScreen.css';

const NO_MARKS: GridMarks = { outlines: [], fillHandle: false };
/** Classes of cellPaint the first screen shows (selection edges and marks belong to the grid). */
const SHOWN: ReadonlySet<string> = new Set(['fx-num', 'fx-err', 'fx-spill', 'fx-input', 'fx-active']);

interface Props {
  session: WorkbookSession;
  sheetId: string;
  /** Where a viewer's own view settings are kept (the workspace id), as for the grid. */
  storageScope: string;
}

export function FirstScreen({ session, sheetId, storageScope }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const revision = useStore(session.revision);
  const evaluation = useStore(session.evaluation);
  const selection = useStore(session.selection);
  const typed = useStore(session.typedAhead);
  const locale = useStore(session.locale);
  const { frozen, labelColumn } = useSheetPanes(session, sheetId, storageScope);
  const widths = useColumnWidths(session, sheetId);
  const screen = useRef<HTMLDivElement>(null);
  /** Takes a dead key's or an input method's composition (a div composes nothing); holds the entry's text meanwhile. */
  const composer = useRef<HTMLTextAreaElement>(null);
  const tabRun = useRef(new TabRun());
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const element = screen.current;
    if (element) setSize({ width: element.clientWidth, height: element.clientHeight });
  }, []);
  // Painted: the goal panel may render now, the grid after it (WorkbookLayout).
  useEffect(() => {
    if (!size) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      markMoment('firstScreen');
      timer = window.setTimeout(() => session.firstScreenShown.set(true), 0);
    });
    // Keys typed before the grid is ready come here, unless something else has the focus (the
    // name prompt's field).
    if (!document.activeElement || document.activeElement === document.body) screen.current?.focus({ preventScroll: true });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [session, size]);

  const grid = workbookGrid(session.doc);
  const rowCount = grid.rowIds(sheetId).length;
  const colCount = grid.colIds(sheetId).length;
  const columns = useMemo(() => {
    const defs = sheetColumns(colCount, frozen, labelColumn, !session.readOnly, widths);
    const shown: Array<{ col: number; width: number }> = [];
    let right = defs[0]?.width ?? 0;
    for (let col = 0; col < colCount && size && right < size.width; col++) {
      const width = defs[col + 1]?.width ?? 0;
      shown.push({ col, width });
      right += width;
    }
    return { rowHeader: defs[0]?.width ?? 0, shown };
  }, [colCount, frozen, labelColumn, session.readOnly, widths, size]);
  const rows = size ? Math.min(rowCount, Math.ceil(size.height / ROW_HEIGHT)) : 0;

  const active = selection.active;
  /** The keys so far, as keysBeforeGrid.ts reads them (the entries ended before are committed already). */
  const keysNow = (): KeysBeforeGrid => ({ active: session.selection.get().active, typed: session.typedAhead.get(), entries: [] });
  /** Commits the entries `next` ended, and shows its typed text and active cell. */
  const carryOn = (next: KeysBeforeGrid): void => {
    commitEarlyEntries(session, sheetId, next.entries);
    session.typedAhead.set(next.typed);
    // An ended entry leaves the composing field: the keys come to the screen again.
    if (next.typed === '' && composer.current && document.activeElement === composer.current) {
      composer.current.value = '';
      screen.current?.focus({ preventScroll: true });
    }
    const { row, col } = session.selection.get().active;
    if (next.active.row !== row || next.active.col !== col) session.selection.set(cellSelection(next.active));
  };
  const body: React.JSX.Element[] = [];
  void revision;
  void evaluation;
  void locale;
  const pinned = columns.shown.filter(({ col }) => col < frozen.cols);
  const center = columns.shown.filter(({ col }) => col >= frozen.cols);
  const pinnedWidth = pinned.reduce((sum, { width }) => sum + width, 0);
  // Frozen columns are a pane of their own, as in the grid: text runs on within it, not out of it.
  const panes = (cell: (column: { col: number; width: number }) => React.JSX.Element): React.JSX.Element => (
    <>
      {pinned.length > 0 && (
        <div className="fs-pane fs-pane-right" style={{ width: pinnedWidth }}>
          {pinned.map(cell)}
        </div>
      )}
      <div className="fs-pane fs-center">{center.map(cell)}</div>
    </>
  );
  for (let row = 0; row < rows; row++) {
    const cell = ({ col, width }: { col: number; width: number }): React.JSX.Element => {
      const paint = cellPaint(session, sheetId, row, col, null, NO_MARKS, t, textRoom(width));
      const isActive = active.row === row && active.col === col;
      return (
        <div
          key={col}
          role="gridcell"
          className={['fs-cell', ...paint.classes.filter((name) => SHOWN.has(name))].join(' ')}
          style={{ width }}
          title={paint.title || undefined}
          data-first-cell={paint.address}
          onMouseDown={() => carryOn(clickBeforeGrid(keysNow(), { row, col }))}
        >
          <span className="fx-text">{isActive && typed !== '' ? typed : paint.text}</span>
        </div>
      );
    };
    body.push(
      <div key={row} role="row" className={row === frozen.rows - 1 ? 'fs-row fs-pane-bottom' : 'fs-row'}>
        <div className="fs-row-header" style={{ width: columns.rowHeader }}>
          {row + 1}
        </div>
        {panes(cell)}
      </div>,
    );
  }

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const stroke = keyStroke(event.nativeEvent);
    const canType = !session.readOnly;
    const field = composer.current;
    const goes = field ? composingKey(stroke, canType, event.target === field, event.nativeEvent.isComposing) : 'keys';
    if (goes === 'field') return;
    if (field && goes === 'compose') {
      // Not prevented: the platform composes into the field, which has the focus from now on.
      field.value = session.typedAhead.get();
      field.focus({ preventScroll: true });
      field.setSelectionRange(field.value.length, field.value.length);
      return;
    }
    const next = keyBeforeGrid(keysNow(), stroke, { rows, cols: columns.shown.length }, canType, tabRun.current);
    if (!next) return;
    event.preventDefault();
    carryOn(next);
  };

  return (
    <div className="first-screen" ref={screen} tabIndex={-1} role="grid" aria-busy="true" aria-label={t('grid.label')} onKeyDown={onKeyDown}>
      <div role="row" className="fs-row fs-header">
        <div className="fs-row-header" style={{ width: columns.rowHeader }} />
        {panes(({ col, width }) => (
          <div key={col} role="columnheader" className="fs-col-header" style={{ width }}>
            {columnLabel(col)}
          </div>
        ))}
      </div>
      {body}
      <textarea ref={composer} className="fs-composer" aria-hidden="true" tabIndex={-1} onInput={(e) => session.typedAhead.set(e.currentTarget.value)} />
    </div>
  );
}

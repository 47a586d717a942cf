/**
 * Issue 17: scrolling fast with the wheel draws the view on a canvas instead of making AG Grid
 * build and remove DOM cells at every step. AG Grid builds each row's cells for every column
 * scrolled in (a cell controller, its component, listeners, then style, layout and paint): on the
 * 2-core development VM that filled the frames of a fast scroll of the 100 × 120 sheet, and one
 * in ten to thirty took three vsyncs or more. While the wheel scrolls the grid's viewport, its
 * scroll events are kept from AG Grid (the browser still moves what is built), a canvas over the
 * viewport shows every cell in view at the new position (previewCanvas.ts, from the same paint as
 * the grid's cells), and once the scroll has rested for SETTLE_MS AG Grid is told the final
 * position once, builds that view over its frames, and the canvas goes when AG Grid is done.
 *
 * Only the wheel (and a touchpad) is previewed: a scroll the grid makes itself (a key moving past
 * the edge, the name box, a search) or a scrollbar drag reaches AG Grid at once, so the cell it
 * moves to is there to take the focus. A key or a click during the preview first lets AG Grid
 * catch up, at once.
 */
import type { Column, GridApi } from 'ag-grid-community';
import { columnLabel, MAX_COLUMNS } from '../../../models/workbook/cellAddress.js';
import { ROW_HEIGHT } from '../../../models/workbook/sheetLayout.js';
import type { CellPaint } from './cellPaint.js';
import { textRoom } from './cellTextWidth.js';
import { columnOfId } from './gridColumns.js';
import type { GridController, RowData } from './GridController.js';
import { inIdleSlices } from './longIdlePeriod.js';
import { narrowedRowBuffer } from './narrowRowBuffer.js';
import { previewPress } from './previewPress.js';
import { drawPreview, readPreviewLook, type PreviewLook } from './previewCanvas.js';
import { layoutBand, previewLayout, type PreviewColumn, type PreviewGrid, type PreviewLayout } from './previewLayout.js';

/** A scroll this soon after a wheel step is the wheel's (the browser animates each step). */
const WHEEL_SCROLL_MS = 400;
/** How long the scroll rests before AG Grid builds the view. */
const SETTLE_MS = 120;
/** Cells whose paint a preview keeps at most (the view of a large screen is about 1,000). */
const MAX_KEPT_PAINTS = 20_000;
/** The idle time the row buffer's return waits for (the browser gives at most 50 ms). */
const LONG_IDLE_MS = 40;
/** The idle time each slice of the unseen drawing between previews waits for (warm, all of it takes 1–5 ms on the 2-core VM). */
const READY_IDLE_MS = 12;
/** The first, cold unseen drawing is done in this many bands of the view first, a slice each. */
const COLD_BANDS = 4;
/**
 * The final view's cells are painted in this many bands from the top, one band a frame, under the
 * canvas: painted at once, that frame took 19 ms of CPU traced on the 2-core VM (paint, pre-paint,
 * layerize), the one frame over 33 ms left in most fast scrolls.
 */
const PAINT_BANDS = 3;

interface ScrollPosition {
  left: number;
  top: number;
}

function previewColumn(column: Column): PreviewColumn {
  return { col: columnOfId(column.getColId()), left: column.getLeft() ?? 0, width: column.getActualWidth() };
}

/**
 * Previews wheel scrolling of the grid in `host` (the element AG Grid was created in), drawn
 * over it in `wrapper` (positioned); returns the function that stops it.
 */
export function previewWheelScrolling(wrapper: HTMLElement, host: HTMLElement, api: GridApi<RowData>, controller: GridController): () => void {
  const viewport = host.querySelector<HTMLElement>('.ag-grid-viewport');
  const content = host.querySelector<HTMLElement>('.ag-grid-scrolling-container');
  const area = host.querySelector<HTMLElement>('.ag-grid-scrollable-area');
  if (!viewport || !content || !area) return () => undefined;
  const canvas = document.createElement('canvas');
  canvas.className = 'fx-scroll-preview';
  canvas.setAttribute('aria-hidden', 'true');
  wrapper.append(canvas);
  // Opaque, and drawn straight to the screen rather than committed with the page's frame: the
  // commit of a changed canvas cost 15–19 ms of the first preview frame on the 2-core VM, 1–4 ms so.
  const context = canvas.getContext('2d', { alpha: false, desynchronized: true });
  // Without a canvas to draw on, the wheel scrolls AG Grid as it would without the preview.
  if (!context) {
    canvas.remove();
    return () => undefined;
  }

  const rowBuffer = narrowedRowBuffer(api, LONG_IDLE_MS);
  let lastWheel = -Infinity;
  let previewing = false;
  /** True while the final position is handed to AG Grid: that scroll event is its. */
  let releasing = false;
  /** Counts the scroll events kept from AG Grid: a catch-up is over only if none came since. */
  let kept = 0;
  let settle: ReturnType<typeof setTimeout> | null = null;
  /** The frame the final position is handed to AG Grid at the start of (see `settleLater`). */
  let releaseFrame = 0;
  let frame = 0;
  let look: PreviewLook | null = null;
  /** Where the viewport was scrolled to at its last scroll event. */
  let scrolled: ScrollPosition = { left: 0, top: 0 };
  /** AG Grid's rows are narrowed after the preview's first frame. */
  let narrowPending = false;
  let grid: Omit<PreviewGrid, 'scrollLeft' | 'scrollTop'> | null = null;

  const measure = (): void => {
    const box = viewport.getBoundingClientRect();
    const outer = wrapper.getBoundingClientRect();
    const header = host.querySelector<HTMLElement>('.ag-header');
    const frozenRows: number[] = [];
    for (let i = 0; i < api.getPinnedTopRowCount(); i++) {
      const row = api.getPinnedTopRow(i)?.data?.row;
      if (row !== undefined) frozenRows.push(row);
    }
    const columns = api.getAllDisplayedColumns();
    // AG Grid's own scrollbars take the viewport's right and bottom edges when shown.
    const edge = (selector: string): DOMRect | null => {
      const bar = host.querySelector<HTMLElement>(selector);
      return bar && bar.offsetWidth > 0 && bar.offsetHeight > 0 ? bar.getBoundingClientRect() : null;
    };
    const right = edge('.ag-body-vertical-scroll');
    const bottom = edge('.ag-body-horizontal-scroll');
    grid = {
      width: right ? Math.min(viewport.clientWidth, right.left - box.left) : viewport.clientWidth,
      height: bottom ? Math.min(viewport.clientHeight, bottom.top - box.top) : viewport.clientHeight,
      headerHeight: header ? header.getBoundingClientRect().height : ROW_HEIGHT,
      rowHeight: ROW_HEIGHT, tallRows: controller.rowHeights.tallRows(),
      bodyTop: content.getBoundingClientRect().top - box.top + viewport.scrollTop,
      frozenColumns: columns.filter((c) => c.getPinned() === 'left').map(previewColumn),
      columns: columns.filter((c) => !c.getPinned()).map(previewColumn),
      frozenRows,
      firstBodyRow: api.getDisplayedRowAtIndex(0)?.data?.row ?? 0,
      bodyRows: api.getDisplayedRowCount(), hiddenRows: [...controller.hidden.rows].sort((x, y) => x - y),
    };
    // The canvas covers the cells' area, not AG Grid's scrollbars beside it.
    const scale = window.devicePixelRatio || 1;
    canvas.style.left = `${box.left - outer.left}px`;
    canvas.style.top = `${box.top - outer.top}px`;
    canvas.style.width = `${grid.width}px`;
    canvas.style.height = `${grid.height}px`;
    // Sizing a canvas allocates and clears its pixels: only when the area's size changed.
    const width = Math.round(grid.width * scale);
    const height = Math.round(grid.height * scale);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    look ??= readPreviewLook(host);
  };

  // While the canvas covers them, the cells AG Grid has built are clipped away (styles.css,
  // `[data-previewing]`): the browser still scrolls them under the canvas, and rasterised every
  // tile scrolled in (26 raster tasks per preview frame in a trace, with the tiles' preparation on
  // the compositor thread) while the main thread waited for those frames to be drawn. A clip, not
  // `visibility: hidden`: that restyled every cell (10 ms at load 11) and needed an exception
  // for the active cell, which would otherwise have lost the focus.
  /** How many bands of the view are painted (see PAINT_BANDS); the clip hides the rest. */
  let paintedBands = 0;
  const hideCells = (): void => {
    wrapper.dataset.previewing = '';
    if (paintedBands) area.style.clipPath = '';
    paintedBands = 0;
  };
  /** Once AG Grid has built the final position, or at once when a key or a click needs its cells. */
  const showCells = (): void => {
    delete wrapper.dataset.previewing;
    if (paintedBands) area.style.clipPath = '';
    paintedBands = 0;
  };
  /** Shows the next band of the view's cells, from the top (the area clipped spans the whole sheet: the view is at the scroll position). */
  const showBand = (): void => {
    paintedBands++;
    const shownTo = scrolled.top + ((grid?.height ?? viewport.clientHeight) * paintedBands) / PAINT_BANDS;
    area.style.clipPath = `inset(0 0 calc(100% - ${Math.ceil(shownTo)}px) 0)`;
  };

  // What each cell shows is read once per preview: a wheel step moves the view by a few rows or
  // columns, and reading every cell's text, format and text width again was most of a preview
  // frame's script. A colleague's edit arriving during the preview shows once the scroll rests.
  const paints = new Map<number, CellPaint>();
  const paintOf = (row: number, col: number, width: number): CellPaint => {
    const key = row * MAX_COLUMNS + col;
    const known = paints.get(key);
    if (known) return known;
    if (paints.size >= MAX_KEPT_PAINTS) paints.clear();
    const paint = controller.painter.paintFor(row, col, textRoom(width));
    paints.set(key, paint);
    return paint;
  };

  /** Draws a layout of the view onto the canvas (shown or not). */
  const drawLayout = (layout: PreviewLayout): void => {
    if (!grid || !look) return;
    const scale = window.devicePixelRatio || 1;
    context.setTransform(scale, 0, 0, scale, 0, 0);
    drawPreview(context, grid, layout, paintOf, columnLabel, look);
  };
  const layoutAt = ({ left, top }: ScrollPosition): PreviewLayout | null => (grid ? previewLayout({ ...grid, scrollLeft: left, scrollTop: top }) : null);
  /** Draws the view at a scroll position onto the canvas (shown or not). */
  const paint = (at: ScrollPosition): void => {
    const layout = layoutAt(at);
    if (layout) drawLayout(layout);
  };

  const draw = (): void => {
    frame = 0;
    if (!previewing) return;
    paint(scrolled);
    // Shown in the frame it is drawn in. The canvas stays in the page, transparent, between
    // previews: hiding it (display: none) dropped its layer, and showing it again cost the frame
    // a 15 ms commit of the new layer on the 2-core VM.
    canvas.dataset.shown = '';
    // AG Grid narrows its rows once the first preview frame is drawn, in a task of its own: it
    // removes the rows past the view, and in the preview's first frame that and the layout it
    // needed were half the frame's CPU in a profile (load 4-8).
    if (narrowPending) {
      narrowPending = false;
      setTimeout(() => {
        if (previewing) rowBuffer.narrow();
      }, 0);
    }
  };

  /** The painter's revision the kept paints were read at. */
  let paintsAt = -1;
  const forgetStalePaints = (): void => {
    const revision = controller.painter.revision;
    if (revision !== paintsAt) paints.clear();
    paintsAt = revision;
  };

  // Between previews the canvas is kept drawn, unseen, at the grid's position with what the cells
  // show, in idle time after each change: the first preview frame then finds every cell's paint
  // read, its code warm and its fonts loaded (cold, that frame drew for two vsyncs on the 2-core VM).
  // It is done in slices that fit the idle time between frames: the cells' paints as far as each
  // period goes, the first drawing a band at a time, then the view. Waiting for one long idle
  // period instead, it never came while anything asked for frames (the benchmark's frame counter),
  // and the first preview frame was drawn cold.
  let readyAt: { left: number; top: number; revision: number } | null = null;
  let stopReady: (() => void) | null = null;
  let coldBandsDrawn = 0;
  const readyStep = (deadline: IdleDeadline): boolean => {
    const at = { left: viewport.scrollLeft, top: viewport.scrollTop };
    const revision = controller.painter.revision;
    const done = previewing || (readyAt?.revision === revision && readyAt.left === at.left && readyAt.top === at.top);
    try {
      if (!done) {
        measure();
        forgetStalePaints();
        const layout = layoutAt(at);
        if (!layout) return true;
        for (const cell of layout.regions.flatMap((region) => region.cells)) {
          if (cell.col !== null) paintOf(cell.row, cell.col, cell.width);
          if (deadline.timeRemaining() < 1) return false;
        }
        if (coldBandsDrawn < COLD_BANDS) {
          drawLayout(layoutBand(layout, { index: coldBandsDrawn++, of: COLD_BANDS }, grid?.height ?? 0));
          return false;
        }
        drawLayout(layout);
        readyAt = { ...at, revision };
      }
    } catch {
      // A preview that cannot be drawn is not started either (onScroll measures again).
    }
    stopReady = null;
    return true;
  };
  let stopped = false;
  const readyLater = (): void => {
    if (!stopped) stopReady ??= inIdleSlices(READY_IDLE_MS, readyStep);
  };
  readyLater();
  const stopReadyOnChange = controller.painter.onChange(readyLater);

  const hide = (): void => {
    previewing = false;
    narrowPending = false;
    showCells();
    delete canvas.dataset.shown;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    readyLater();
  };

  /** Forgets a hand-over still waiting for the scroll to rest or for its frame. */
  const cancelRelease = (): void => {
    if (settle !== null) clearTimeout(settle);
    settle = null;
    if (releaseFrame) cancelAnimationFrame(releaseFrame);
    releaseFrame = 0;
  };

  /** AG Grid takes the final position; the canvas stays until it has built that view. */
  const release = (now: boolean): void => {
    cancelRelease();
    const at = kept;
    if (now) showCells();
    releasing = true;
    try {
      viewport.dispatchEvent(new Event('scroll'));
    } finally {
      releasing = false;
    }
    if (now) {
      api.flushAllAnimationFrames();
      return hide();
    }
    // AG Grid builds the final view with its cells still clipped away under the canvas (laid out,
    // not painted), then they are painted a band a frame, still covered, and the canvas goes in the
    // frame after the last. Shown while built, each row was painted and rasterised as it came, in every frame of the
    // catch-up: 1–7 ms of paint per frame, and 5 of 729 frames over 33 ms in an alternated A/B on the
    // 2-core VM against 1 of 726 this way (load 3–4, 2026-12-05).
    const done = (): void => {
      if (!previewing || kept !== at) return;
      if (!api.isAnimationFrameQueueEmpty()) return void requestAnimationFrame(done);
      if (wrapper.dataset.previewing !== undefined) {
        if (paintedBands < PAINT_BANDS - 1) showBand();
        else showCells();
        return void requestAnimationFrame(done);
      }
      hide();
      rowBuffer.widenWhenIdle();
    };
    requestAnimationFrame(done);
  };

  /**
   * Once the scroll has rested SETTLE_MS, AG Grid takes the final position at the start of a
   * frame: the columns scrolled in are built in that frame, and the rows AG Grid schedules for its
   * own next frame. From a timer, both landed in one frame (on the 2-core VM 11 ms for the
   * columns and their headers, then 12 ms of rows with 6 ms of layout and 5 of paint: two vsyncs).
   */
  const settleLater = (): void => {
    cancelRelease();
    settle = setTimeout(() => {
      settle = null;
      releaseFrame = requestAnimationFrame(() => {
        releaseFrame = 0;
        release(false);
      });
    }, SETTLE_MS);
  };

  const onWheel = (): void => {
    lastWheel = performance.now();
  };
  const onScroll = (event: Event): void => {
    if (event.target !== viewport || releasing) return;
    if (!previewing && performance.now() - lastWheel > WHEEL_SCROLL_MS) return readyLater();
    if (!previewing) {
      // Whatever fails here, AG Grid keeps the scroll: the preview must never stop the grid scrolling.
      try {
        measure();
      } catch {
        return;
      }
    }
    // Read before anything changes the page in this frame: read later (after the cells are
    // hidden, or in the frame's callback) it forced the frame's style and layout early.
    scrolled = { left: viewport.scrollLeft, top: viewport.scrollTop };
    if (!previewing) {
      previewing = true;
      forgetStalePaints();
      hideCells();
      narrowPending = true;
    }
    // A scroll during AG Grid's catch-up hides its cells again.
    else if (wrapper.dataset.previewing === undefined || paintedBands) hideCells();
    event.stopImmediatePropagation();
    kept++;
    if (!frame) frame = requestAnimationFrame(draw);
    settleLater();
  };
  /**
   * A key or a click acts on the cells built: AG Grid catches up first. A scroll after it is not
   * the wheel's (a key moving past the view's edge scrolls at once, and AG Grid must build the
   * row it moves to, or the key after it is lost). True if it ended a preview.
   */
  const onInput = (): boolean => {
    lastWheel = -Infinity;
    if (!previewing) return false;
    release(true);
    return true;
  };
  /** A key anywhere (the name box too) may move to a row past the view: the buffer comes back. */
  const onKey = (): void => {
    onInput();
    rowBuffer.widen();
  };

  wrapper.addEventListener('wheel', onWheel, { capture: true, passive: true });
  wrapper.addEventListener('scroll', onScroll, { capture: true });
  document.addEventListener('keydown', onKey, { capture: true });
  // A press during the preview was aimed at the cells clipped away: previewPress.ts sends it on.
  const stopPress = previewPress(wrapper, host, onInput);
  return () => {
    stopped = true;
    stopReady?.();
    stopReadyOnChange();
    wrapper.removeEventListener('wheel', onWheel, { capture: true });
    wrapper.removeEventListener('scroll', onScroll, { capture: true });
    document.removeEventListener('keydown', onKey, { capture: true });
    rowBuffer.stop();
    stopPress();
    cancelRelease();
    hide();
    canvas.remove();
  };
}

/**
 * While the wheel-scroll preview shows (scrollPreview.ts), AG Grid keeps only the rows in view:
 * its row buffer (the rows it builds above and below the view, 8 on each side here) is 0 from the
 * preview's first frame until the page is idle or the planner presses a key. When the scroll rests, AG
 * Grid destroys the rows it had and builds those at the new position, in the frame after it is
 * given that position; with the buffer that was every row of about 46, and that frame took two
 * vsyncs on the 2-core development VM (issue 17). Without it, about 30.
 *
 * The buffer comes back before a key acts (a key may move past the view's edge, where AG Grid
 * must have the row built to focus its cell: scrollPreview.ts calls `widen` first), or in an idle
 * period of at least `idleMs`: AG Grid then builds the buffer rows at once, in one task.
 */
import type { GridApi } from 'ag-grid-community';
import type { RowData } from './GridController.js';
import { inLongIdlePeriod } from './longIdlePeriod.js';

export interface NarrowedRowBuffer {
  /** Keeps only the rows in view, until a key or an idle period. */
  narrow(): void;
  /** Brings the buffer back now (AG Grid builds its rows in this task). */
  widen(): void;
  /** Brings the buffer back in the next idle period long enough for it. */
  widenWhenIdle(): void;
  stop(): void;
}

export function narrowedRowBuffer(api: GridApi<RowData>, idleMs: number): NarrowedRowBuffer {
  /** The buffer to bring back; null while it is not narrowed. */
  let kept: number | null = null;
  let stopWaiting = (): void => undefined;

  const widen = (): void => {
    stopWaiting();
    if (kept === null) return;
    const buffer = kept;
    kept = null;
    api.setGridOption('rowBuffer', buffer);
  };

  return {
    narrow() {
      stopWaiting();
      if (kept !== null) return;
      kept = api.getGridOption('rowBuffer') ?? 10;
      api.setGridOption('rowBuffer', 0);
    },
    widen,
    widenWhenIdle() {
      stopWaiting();
      if (kept !== null) stopWaiting = inLongIdlePeriod(idleMs, widen);
    },
    stop: () => stopWaiting(),
  };
}

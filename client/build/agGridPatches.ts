/**
 * A build step (Vite plugin) that changes four places in AG Grid Community's ES build, each a piece
 * of scroll work no grid option reaches (issue 17: no frame over 33 ms while scrolling the large sheet).
 *
 * - **Frame budget.** AG Grid builds the rows and cells scrolled to in animation frames, and each
 *   frame works through its queue for up to 60 ms (`AnimationFrameService.requestFrame` binds
 *   `executeFrame(60)`). On the 2-core development VM that made every fast scroll a run of 50–66 ms
 *   tasks plus the browser's style, layout and paint: frames of 70–100 ms. With a budget of
 *   `FRAME_BUDGET_MS` a frame ends after the first queued row or cell task past it, so the browser
 *   paints more often and the rest follows in the next frames (what AG Grid does anyway once 60 ms
 *   are spent); the total work is the same. 4 ms rather than 12: a frame's style, layout and paint
 *   of the new cells come on top of the budget, and at 12 ms that sum passed 33 ms of CPU in 6–19
 *   tasks per fast scroll of the large sheet; at 4 ms in 2–3 (bench/largeSheetProfile.ts).
 * - **Scroll listener order.** AG Grid 36 scrolls both ways in one viewport and listens to its
 *   `scroll` event twice: the horizontal listener first, which builds the cells of the columns
 *   scrolled in, then the vertical one, which reads the viewport's `scrollTop` and the fake
 *   scrollbar's visibility — a forced layout of all those new cells in the middle of the event,
 *   and the frame lays them out again after the cell renderers are added. The vertical listener
 *   is registered first, so it reads the layout before anything has changed it (and does nothing
 *   more when only `scrollLeft` moved). On the 2-core VM (load ~10, 2026-12-04 21:28, two profiled
 *   runs each) that took the vertical listener from 3–8 ms to 0.3–0.4 ms in each frame that adds a
 *   column, and the scroll events' CPU from about 450 to 315 ms per fast scroll.
 *
 * - **Cell tooltips.** AG Grid 36 gives every cell a tooltip feature (a bean and its mouse and
 *   key listeners) whenever its tooltip module is loaded, and the cell editors load it, even for a
 *   column whose `tooltip` is `false`, AG Grid's own option for "no tooltip here". Fremskriv's
 *   cells never show AG Grid's tooltips (an error's explanation is the cell's `title`, CellView.ts)
 *   and say so with `tooltip: false` (SheetGridView.tsx); the patch makes AG Grid honour that
 *   before it builds the feature. Each column scrolled in built one per row.
 *
 * - **Pinned height events.** AG Grid 36's pinned row model announces `pinnedHeightChanged`
 *   every time it checks its rows' heights, which it does on every redraw and every scroll it
 *   handles, changed or not (its other pinned row model announces only a change). Each
 *   announcement makes the grid body re-measure its viewport in the next frame: a forced style and
 *   layout of everything built (74 of 215 profile samples of the wheel preview's first frame, at
 *   load 16, 2026-12-05). The patch announces a change of a row's height or top, or of the pinned
 *   rows' total heights (rows frozen or unfrozen), as before, and nothing when nothing changed.
 *
 * The risk is an AG Grid upgrade: each patch matches one exact text of ag-grid-community's ES build
 * and the build fails (it never silently skips) when that text is gone or is there twice, so
 * whoever upgrades sees it and checks the new code. Tested in test/client/agGridPatches.test.ts
 * against the installed package.
 */
import type { Plugin } from 'vite';

/** Milliseconds of AG Grid's row and cell building per frame; the browser's rendering follows. */
export const FRAME_BUDGET_MS = 4;

export interface AgGridPatch {
  name: string;
  /** The exact text of ag-grid-community 36.2's `main.esm.mjs`, there once. */
  find: string;
  replace: string;
}

export const AG_GRID_PATCHES: readonly AgGridPatch[] = [
  {
    name: 'frame budget',
    find: 'this.executeFrame.bind(this, 60)',
    replace: `this.executeFrame.bind(this, ${FRAME_BUDGET_MS})`,
  },
  {
    name: 'scroll listener order',
    find: 'addScrollListener() {\n    this.addHorizontalScrollListeners();\n    this.addVerticalScrollListeners();\n  }',
    replace: 'addScrollListener() {\n    this.addVerticalScrollListeners();\n    this.addHorizontalScrollListeners();\n  }',
  },
  {
    name: 'cell tooltips',
    find: 'enableTooltipFeature() {\n    this.tooltipFeature = this.beans.tooltipSvc?.enableCellTooltipFeature(this);\n  }',
    replace: 'enableTooltipFeature() {\n    if (this.column.colDef.tooltip === false) return;\n    this.tooltipFeature = this.beans.tooltipSvc?.enableCellTooltipFeature(this);\n  }',
  },
  {
    name: 'pinned height events',
    find: '    forEach(this.pinnedTopRows, updateRowHeight);\n    this.eventSvc.dispatchEvent({\n      type: "pinnedHeightChanged"\n    });\n    return anyChange;',
    replace:
      '    forEach(this.pinnedTopRows, updateRowHeight);\n    const fxHeights = `${this.getPinnedTopTotalHeight()} ${this.getPinnedBottomTotalHeight()}`;\n    if (anyChange || fxHeights !== this.fxAnnouncedHeights) {\n      this.fxAnnouncedHeights = fxHeights;\n      this.eventSvc.dispatchEvent({\n        type: "pinnedHeightChanged"\n      });\n    }\n    return anyChange;',
  },
];

const AG_GRID_MODULE = /[\\/]ag-grid-community[\\/]dist[\\/]package[\\/]main\.esm\.mjs$/;

/** AG Grid's ES module with every patch applied; throws when a text to patch is not there exactly once. */
export function patchAgGrid(code: string, patches: readonly AgGridPatch[] = AG_GRID_PATCHES): string {
  let patched = code;
  for (const { name, find, replace } of patches) {
    const at = patched.indexOf(find);
    if (at < 0 || patched.indexOf(find, at + 1) >= 0) {
      throw new Error(`agGridPatches: AG Grid's ${name} (\`${find.split('\n')[0]}\` …) is not in ag-grid-community exactly once; check client/build/agGridPatches.ts against the installed version`);
    }
    patched = patched.slice(0, at) + replace + patched.slice(at + find.length);
  }
  return patched;
}

/** For `plugins` (production build) and `optimizeDeps.rolldownOptions.plugins` (dev server). */
export function agGridPatches(): Plugin {
  return {
    name: 'fremskriv-ag-grid-patches',
    transform(code, id) {
      if (!AG_GRID_MODULE.test(id.split('?')[0]!)) return null;
      return { code: patchAgGrid(code), map: null };
    },
  };
}

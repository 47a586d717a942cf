/**
 * A build step (Vite plugin) that shortens AG Grid's per-frame work budget (issue 17).
 *
 * AG Grid Community builds the rows and cells scrolled to in animation frames, and each frame
 * works through its queue for up to 60 ms (`AnimationFrameService.requestFrame` binds
 * `executeFrame(60)`), a figure no grid option changes. On the 2-core development VM that made
 * every fast scroll a run of 50–66 ms tasks plus the browser's style, layout and paint: frames of
 * 70–100 ms. With a budget of `FRAME_BUDGET_MS` a frame ends after the first queued row or cell
 * task past it, so the browser paints more often and the rest follows in the next frames (what
 * AG Grid does anyway once 60 ms are spent); the total work is the same. 4 ms rather than 12:
 * a frame's style, layout and paint of the new cells come on top of the budget, and at 12 ms
 * that sum passed 33 ms of CPU in 6–19 tasks per fast scroll of the large sheet; at 4 ms in 2–3,
 * with the same main-thread CPU time in all (bench/largeSheetProfile.ts; the A/B in README).
 *
 * The risk is an AG Grid upgrade: the patch matches one exact line of ag-grid-community's ES
 * build and the build fails (it never silently skips) when that line is gone, so whoever
 * upgrades sees it and checks the new animation-frame service. Tested in
 * test/client/agGridFrameBudget.test.ts against the installed package.
 */
import type { Plugin } from 'vite';

/** Milliseconds of AG Grid's row and cell building per frame; the browser's rendering follows. */
export const FRAME_BUDGET_MS = 4;

/** The line of AG Grid's animation-frame service that sets its budget (ag-grid-community 36.2). */
export const AG_GRID_FRAME_LINE = 'this.executeFrame.bind(this, 60)';

const AG_GRID_MODULE = /[\\/]ag-grid-community[\\/]dist[\\/]package[\\/]main\.esm\.mjs$/;

/** AG Grid's ES module with the shorter budget; throws when the line to patch is not there once. */
export function patchFrameBudget(code: string, budgetMs: number = FRAME_BUDGET_MS): string {
  const at = code.indexOf(AG_GRID_FRAME_LINE);
  if (at < 0 || code.indexOf(AG_GRID_FRAME_LINE, at + 1) >= 0) {
    throw new Error(`agGridFrameBudget: AG Grid's animation-frame budget (\`${AG_GRID_FRAME_LINE}\`) is not in ag-grid-community exactly once; check client/build/agGridFrameBudget.ts against the installed version`);
  }
  return code.slice(0, at) + `this.executeFrame.bind(this, ${budgetMs})` + code.slice(at + AG_GRID_FRAME_LINE.length);
}

/** For `plugins` (production build) and `optimizeDeps.rolldownOptions.plugins` (dev server). */
export function agGridFrameBudget(): Plugin {
  return {
    name: 'fremskriv-ag-grid-frame-budget',
    transform(code, id) {
      if (!AG_GRID_MODULE.test(id.split('?')[0]!)) return null;
      return { code: patchFrameBudget(code), map: null };
    },
  };
}

/**
 * F6 and Shift+F6 move the keyboard between the page's panes, as Excel's F6 does between the
 * sheet, the ribbon and a task pane: the grid, the side panel (its chosen tab: Mål, Sammenligning,
 * Versioner), the sheet tabs and the top bar, round. In the grid Tab moves between cells, as in
 * Excel, so before a keyboard planner could reach the goal cards and "Hvad skal der til?" only by
 * Shift+Tab round the whole page (the planner walk-through).
 */
import { useEffect } from 'react';

/** The panes in F6's order: where each is, and what in it takes the keyboard. */
const PANES: ReadonlyArray<{ inside: string; target: string | null }> = [
  // null: the grid's active cell, which the grid focuses itself (`focusGrid`).
  { inside: '.grid-area .sheet-stack', target: null },
  { inside: '.side-panel', target: '.side-panel [role="tab"][aria-selected="true"]' },
  { inside: '.sheet-tabs', target: '.sheet-tabs [role="tab"][aria-selected="true"]' },
  { inside: '.topbar', target: '.topbar select, .topbar button' },
];

export function usePaneKeys(focusGrid: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey) return;
      // Not while a dialog holds the keyboard.
      if (document.activeElement?.closest('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      const at = PANES.findIndex((pane) => document.activeElement?.closest(pane.inside));
      // From outside every pane (the formula bar, the page's body), the grid.
      if (at < 0) return focusGrid();
      const step = event.shiftKey ? PANES.length - 1 : 1;
      for (let k = 1; k < PANES.length; k++) {
        const pane = PANES[(at + step * k) % PANES.length]!;
        if (pane.target === null) return focusGrid();
        const target = document.querySelector<HTMLElement>(pane.target);
        if (target) return target.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [focusGrid]);
}

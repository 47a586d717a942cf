/**
 * Where a grown cell editor can be seen: the grid clips it at the nearest box around it that hides
 * overflow (the rows end at the sheet's last row, the viewport at the view's bottom) and under a
 * horizontal scrollbar that covers the view. CellEditor.revealLines scrolls or grows upward by
 * what lies below this line.
 */

/** The lowest point on the page (client pixels) where `element` still shows, up to and including `viewport`. */
export function visibleBottom(element: HTMLElement, viewport: HTMLElement): number {
  let bottom = Infinity;
  for (let box = element.parentElement; box; box = box.parentElement) {
    const style = getComputedStyle(box);
    if (style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain)) {
      bottom = Math.min(bottom, box.getBoundingClientRect().top + box.clientTop + box.clientHeight);
    }
    if (box === viewport) break;
  }
  return Math.min(bottom, coveringScrollbarTop(viewport.closest('.sheet-grid-host')));
}

/**
 * The top of AG Grid's horizontal scrollbar, which lies over the grid's bottom edge (an overlay
 * scrollbar, `ag-scrollbar-invisible`, too: its strip takes the clicks and hid an editor's second
 * line); Infinity where there is none.
 */
function coveringScrollbarTop(host: Element | null): number {
  const bar = host?.querySelector<HTMLElement>('.ag-body-horizontal-scroll');
  return bar && bar.offsetHeight > 0 ? bar.getBoundingClientRect().top : Infinity;
}

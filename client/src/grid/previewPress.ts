/**
 * A press on the grid while the wheel preview shows (scrollPreview.ts) reaches the cell under it.
 *
 * The browser picks a press's element before the page sees the press: while the preview shows,
 * the grid's cells are clipped away under the canvas, and a clip hides them from the pointer too,
 * so the press landed on the empty scrollable area. The cell under the pointer was not selected,
 * the focus left the grid for the page, and the keys typed next were lost (found with the page's
 * CPU slowed 6 times, where every click within about 1.5 s of a fast wheel scroll was). The press
 * ends the preview and AG Grid builds the view at once; then the press is sent again to the
 * element under the pointer, its mousedown too, and the focus goes where the browser's own press
 * would have put it.
 */

/** Elements a press of the mouse gives the focus to (the grid's cells have a tabindex). */
const FOCUSABLE = '[tabindex], input, textarea, select, button, a[href]';

function mouseInit(event: MouseEvent): MouseEventInit {
  const { screenX, screenY, clientX, clientY, button, buttons, detail, view, ctrlKey, shiftKey, altKey, metaKey } = event;
  return { bubbles: true, cancelable: true, composed: true, screenX, screenY, clientX, clientY, button, buttons, detail, view, ctrlKey, shiftKey, altKey, metaKey };
}

/**
 * Sees each press in `wrapper` first (captured); `endPreview` ends the preview and says whether
 * one showed. Returns the function that stops it.
 */
export function previewPress(wrapper: HTMLElement, host: HTMLElement, endPreview: () => boolean): () => void {
  /** Where the press's mousedown (dispatched after its pointerdown) goes instead of its own target. */
  let pressed: Element | null = null;

  const onPointerDown = (event: PointerEvent): void => {
    pressed = null;
    if (!endPreview() || !event.isTrusted) return;
    const under = document.elementFromPoint(event.clientX, event.clientY);
    if (!under || under === event.target || !host.contains(under)) return;
    event.stopImmediatePropagation();
    const { pointerId, pointerType, isPrimary, width, height, pressure } = event;
    const copy = new PointerEvent('pointerdown', { ...mouseInit(event), pointerId, pointerType, isPrimary, width, height, pressure });
    // A cancelled pointerdown has no mousedown after it: the press's own is cancelled alike.
    if (!under.dispatchEvent(copy)) event.preventDefault();
    else if (pointerType === 'mouse') pressed = under;
  };

  // On the window, captured: before any listener of the page sees the mousedown's stale target.
  const onMouseDown = (event: MouseEvent): void => {
    const target = pressed;
    pressed = null;
    if (!target || !event.isTrusted || !target.isConnected) return;
    event.stopImmediatePropagation();
    // The browser's own focus change would put the focus on the page (the area is not focusable).
    event.preventDefault();
    if (target.dispatchEvent(new MouseEvent('mousedown', mouseInit(event)))) {
      target.closest<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });
    }
  };

  wrapper.addEventListener('pointerdown', onPointerDown, { capture: true });
  window.addEventListener('mousedown', onMouseDown, { capture: true });
  return () => {
    pressed = null;
    wrapper.removeEventListener('pointerdown', onPointerDown, { capture: true });
    window.removeEventListener('mousedown', onMouseDown, { capture: true });
  };
}

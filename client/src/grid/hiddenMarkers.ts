/**
 * The marker where lines are hidden, as Excel's double line on the header boundary and Google
 * Sheets' arrows: a small button at the edge of the row number or column letter after the hidden
 * run, named for what it hides ("Skjulte rækker 5–7"), that shows the run again when clicked.
 * Hidden lines at the sheet's end, with no shown line after them, have theirs at the far edge of
 * the last shown line (Excel's double line after it).
 */
import { columnLabel } from '../../../models/workbook/cellAddress.js';
import type { HiddenAxis } from '../../../models/workbook/hiddenLines.js';
import type { GridController } from './GridController.js';

/** The run of hidden lines just before `line` (up to `line` − 1), or null when the line before is shown. */
export function hiddenRunBefore(line: number, hidden: ReadonlySet<number>): { index: number; count: number } | null {
  let index = line;
  while (index > 0 && hidden.has(index - 1)) index--;
  return index < line ? { index, count: line - index } : null;
}

/** The run of hidden lines after `line` up to the sheet's end (`count` lines), or null when a line after it is shown or none follows. */
export function hiddenRunToEnd(line: number, hidden: ReadonlySet<number>, count: number): { index: number; count: number } | null {
  for (let index = line + 1; index < count; index++) if (!hidden.has(index)) return null;
  return line + 1 < count ? { index: line + 1, count: count - line - 1 } : null;
}

/** The markers on `line`'s header on `axis`: for the hidden lines before it, and for those after it when they run to the sheet's end. */
export function hiddenMarkers(controller: GridController, axis: HiddenAxis, line: number): HTMLButtonElement[] {
  const hidden = controller.hidden[axis];
  if (hidden.size === 0) return [];
  const before = hiddenRunBefore(line, hidden);
  const after = hidden.has(line + 1) ? hiddenRunToEnd(line, hidden, axis === 'rows' ? controller.bounds().rows : controller.bounds().cols) : null;
  return [...(before ? [hiddenMarker(controller, axis, before, 'before')] : []), ...(after ? [hiddenMarker(controller, axis, after, 'after')] : [])];
}

function hiddenMarker(controller: GridController, axis: HiddenAxis, run: { index: number; count: number }, side: 'before' | 'after'): HTMLButtonElement {
  const name = (at: number): string => (axis === 'rows' ? String(at + 1) : columnLabel(at));
  const label = controller.translate(`grid.hiddenMarker.${axis}`, { count: run.count, from: name(run.index), to: name(run.index + run.count - 1) });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `fx-hidden-marker fx-hidden-marker-${axis}${side === 'after' ? ' fx-hidden-marker-end' : ''}`;
  button.setAttribute('aria-label', label);
  button.title = `${label}: ${controller.translate('grid.hiddenMarker.show')}`;
  button.disabled = controller.session.readOnly;
  // The press is the marker's: the header under it neither selects its line nor starts a drag.
  for (const type of ['pointerdown', 'mousedown', 'dblclick', 'contextmenu'] as const) button.addEventListener(type, (event) => event.stopPropagation());
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const { sheetId } = controller;
    controller.session.apply({ type: axis === 'rows' ? 'unhideRows' : 'unhideColumns', sheetId, index: run.index, count: run.count });
  });
  return button;
}

/**
 * The marker where lines are hidden, as Excel's double line on the header boundary and Google
 * Sheets' arrows: a small button at the edge of the row number or column letter after the hidden
 * run, named for what it hides ("Skjulte rækker 5–7"), that shows the run again when clicked.
 * Hidden lines at the sheet's end, with no shown line after them, have no marker.
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

/** The marker for the hidden lines before `line` on `axis`, or null where none are hidden. */
export function hiddenMarker(controller: GridController, axis: HiddenAxis, line: number): HTMLButtonElement | null {
  const run = hiddenRunBefore(line, controller.hidden[axis]);
  if (!run) return null;
  const name = (at: number): string => (axis === 'rows' ? String(at + 1) : columnLabel(at));
  const label = controller.translate(`grid.hiddenMarker.${axis}`, { count: run.count, from: name(run.index), to: name(run.index + run.count - 1) });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `fx-hidden-marker fx-hidden-marker-${axis}`;
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

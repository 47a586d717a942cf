/**
 * Reading and driving the workbook grid in a page opened by `browserHarness.ts`: what a cell
 * shows, the formula bar, sheet tabs, cell marks, a mouse drag, and the goal badges beside the grid.
 * The Danish labels are the ones the harness's da-DK pages show.
 *
 * @example
 *   await typeIntoCell(page, 'H5', '=2*21');
 *   await expectCell(page, 'H5', '42');
 *   expect(await formulaOf(page, 'H5')).toBe('=2*21');
 */
import type { Locator, Page } from 'playwright-core';
import { goToCell, gridCell, waitUntil } from './browserHarness.js';

/** The text a cell shows, trimmed ('' for an empty cell). */
export async function cellText(page: Page, address: string): Promise<string> {
  return ((await gridCell(page, address).textContent()) ?? '').trim();
}

/** Waits until a cell shows `text` (values arrive from the engine worker and from colleagues). */
export async function expectCell(page: Page, address: string, text: string): Promise<void> {
  await waitUntil(async () => (await cellText(page, address)) === text, `${address} shows "${text}" (it shows "${await cellText(page, address)}")`);
}

/** The formula bar, which shows and edits the active cell's content. */
export function formulaBar(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Formel' });
}

/** Goes to a cell through the name box and reads its content (a formula as typed) from the formula bar. */
export async function formulaOf(page: Page, address: string): Promise<string> {
  await goToCell(page, address);
  return formulaBar(page).inputValue();
}

/** Waits until the tab of the sheet `name` is the selected one. */
export async function waitForSheet(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await waitUntil(async () => (await tab.getAttribute('aria-selected')) === 'true', `the sheet ${name} is shown`);
}

/** Clicks the tab of the sheet `name` and waits until it is shown. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await waitForSheet(page, name);
}

/**
 * Starts typing a formula in a cell of one sheet, then shows another sheet for picking there with
 * the keys (Excel's point mode across sheets), whose active cell is first set where they start.
 *
 * @example
 *   await typeFormulaToPickOn(page, { sheet: 'Forudsætninger', cell: 'J40', text: '=SUM(' }, { sheet: 'Budget', activeCell: 'B5' });
 */
export async function typeFormulaToPickOn(
  page: Page,
  formula: { sheet: string; cell: string; text: string },
  shown: { sheet: string; activeCell: string },
): Promise<void> {
  await showSheet(page, shown.sheet);
  await goToCell(page, shown.activeCell);
  await showSheet(page, formula.sheet);
  await goToCell(page, formula.cell);
  await page.keyboard.type(formula.text);
  await showSheet(page, shown.sheet);
}

/**
 * Whether a cell carries a class of the grid's painting: `fx-sel` (selected), `fx-input` (a
 * scenario's assumption), `fx-peer` (a colleague's cursor), `fx-mark-cut` (outlined as cut), ….
 */
export async function cellHasClass(page: Page, address: string, className: string): Promise<boolean> {
  return ((await gridCell(page, address).getAttribute('class')) ?? '').split(/\s+/).includes(className);
}

/**
 * The rendered cells the grid paints as selected, in document order, and its active cell: what the
 * planner sees selected, even while the name box names a formula's cell (a cross-sheet edit).
 *
 * @example
 *   expect(await selectedCells(page)).toEqual({ active: 'B9', selected: ['B9', 'B10'] });
 */
export async function selectedCells(page: Page): Promise<{ active: string | null; selected: string[] }> {
  const active = await page.locator('[data-cell].fx-active').first().getAttribute('data-cell', { timeout: 1_000 }).catch(() => null);
  const selected = await page.locator('[data-cell].fx-sel').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.cell ?? ''));
  return { active, selected };
}

/** Presses the mouse on one cell (or element) and releases it over another, as a planner drags. */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  await page.mouse.down();
  await to.hover();
  await page.mouse.up();
}

/** A column's header ('C' → col-id c2). */
export function columnHeader(page: Page, column: string): Locator {
  return page.locator(`.ag-header-cell[col-id="c${column.charCodeAt(0) - 65}"]`).first();
}

/** The row number's cell of a sheet row (1 is the first; the row numbers sit in the frozen strip, frozenStrip.ts, not in their rows). */
export function rowHeader(page: Page, row: number): Locator {
  return page.locator('.ag-cell[col-id="rowHeader"]', { hasText: new RegExp(`^${row}$`) }).first();
}

/** Drags a column's right edge `dx` pixels (negative: narrower), as a planner resizes a column. */
export async function dragColumnEdge(page: Page, column: string, dx: number): Promise<void> {
  const box = (await columnHeader(page, column).locator('.ag-header-cell-resize').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
}

/** A goal badge's status: 'met', 'missed', … (null while the badge has none). */
export async function goalStatus(page: Page, goalId: string): Promise<string | null> {
  return page.locator(`[data-goal-id="${goalId}"]`).getAttribute('data-status');
}

/**
 * Waits until the wheel's scroll has come to rest (the viewport unmoved for `restMs`: the browser
 * animates each wheel step after the event's dispatch has returned) and the grid has built its
 * cells (the preview drawn meanwhile is gone: client/src/grid/scrollPreview.ts).
 */
export async function waitForScrollToRest(page: Page, restMs = 300): Promise<void> {
  await page.waitForFunction(
    (rest) => {
      const viewport = document.querySelector<HTMLElement>('.sheet-grid .ag-grid-viewport');
      if (!viewport) return false;
      const state = window as unknown as { scrollRest?: { at: string; since: number } };
      const at = `${viewport.scrollLeft},${viewport.scrollTop}`;
      if (state.scrollRest?.at !== at) state.scrollRest = { at, since: performance.now() };
      const shown = document.querySelector('.sheet-grid .fx-scroll-preview')?.hasAttribute('data-shown') ?? false;
      return !shown && performance.now() - state.scrollRest.since >= rest;
    },
    restMs,
    { polling: 50 },
  );
}

/**
 * Types each value and presses the key after it, as a planner entering a row or a column.
 *
 * @example
 *   await typeEntries(page, [['5', 'Enter'], ['7', 'Tab']]); // 5, Enter, 7, Tab
 */
export async function typeEntries(page: Page, entries: ReadonlyArray<readonly [text: string, key: string]>): Promise<void> {
  for (const [text, key] of entries) {
    if (text !== '') await page.keyboard.type(text);
    await page.keyboard.press(key);
  }
}

/** Waits until the grid's cell editor is open (text typed before the grid was there opens it). */
export async function waitForCellEditor(page: Page, timeoutMs: number): Promise<void> {
  await waitUntil(async () => (await page.locator('.ag-cell-inline-editing input, .ag-cell-inline-editing textarea').count()) > 0, "the grid's editor opened with what was typed", timeoutMs);
}

/**
 * A Danish keyboard's dead key ´ (code Equal, naming no character) then e, as Chromium's own
 * input methods compose them into whatever holds the focus; `ready` waits, between the two, for
 * what takes the composition (the grid's editor, the first screen's field).
 */
export async function composeAcuteE(page: Page, ready: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Dead', code: 'Equal', windowsVirtualKeyCode: 187 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Dead', code: 'Equal', windowsVirtualKeyCode: 187 });
    await ready();
    await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: 'é' });
  } finally {
    await cdp.detach();
  }
}

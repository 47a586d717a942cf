/**
 * Excel's selection and entry keys in the real grid, beyond moving and editing (gridKeys.test.ts):
 * typing into a selected block, Ctrl+Enter, Ctrl+Shift+Enter, selecting rows, columns, the region and the last cell,
 * today's date and the time (stored as a time of day), PageUp/PageDown, End mode (shown where Excel's
 * status bar shows it, End then Enter), typed durations, 12-hour times and dates with a time, and
 * Alt+Enter (at the view's bottom too). Each test works in its own
 * empty corner of the template's first sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { expectNameBox, goToCell, gridCell, nameBox, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { expectCell, formulaBar, formulaOf } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

/** Waits until each cell is painted selected (`true`) or not (`false`). */
async function expectSelected(page: Page, cells: Record<string, boolean>): Promise<void> {
  for (const [address, selected] of Object.entries(cells)) {
    // A cell not drawn (scrolled out of view) counts as not yet answering, so the wait fails by its message.
    const painted = async (): Promise<boolean | null> => ((await gridCell(page, address).getAttribute('class', { timeout: 1_000 }).catch(() => null)) ?? '').split(/\s+/).includes('fx-sel');
    await waitUntil(async () => (await painted()) === selected, `${address} is ${selected ? '' : 'not '}selected`);
  }
}

/** Today as the Danish interface types a date, 05-12-2026. */
function todayShown(): string {
  const today = new Date();
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(today.getDate())}-${two(today.getMonth() + 1)}-${today.getFullYear()}`;
}

/** Whether the editor's first and last lines show: the page's topmost element there is the editor (nothing clips or covers it). */
async function editorLinesShow(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>('.fx-editor');
    if (!editor) return false;
    const box = editor.getBoundingClientRect();
    const x = box.left + box.width / 2;
    return box.height > 40 && document.elementFromPoint(x, box.top + 4) === editor && document.elementFromPoint(x, box.bottom - 4) === editor;
  });
}

/** Types two lines (Alt+Enter between) into the active cell and waits until both lines of the grown editor show. */
async function typeTwoLinesInView(page: Page, first: string, second: string): Promise<void> {
  await page.keyboard.type(first);
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.type(second);
  await waitUntil(() => editorLinesShow(page), 'both lines of the grown editor show');
}

/** Goes to `from` and stretches the selection with Shift+arrows (`down` rows, `right` columns). */
async function selectBlock(page: Page, from: string, down: number, right: number): Promise<void> {
  await goToCell(page, from);
  for (let i = 0; i < down; i++) await page.keyboard.press('Shift+ArrowDown');
  for (let i = 0; i < right; i++) await page.keyboard.press('Shift+ArrowRight');
}

/** The addresses of `count` cells down the column from `from` (J44, 3: J44, J45, J46). */
function cellsDown(from: string, count: number): string[] {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(from)!;
  return Array.from({ length: count }, (_, i) => `${column}${Number(row) + i}`);
}

/** Types `values` down the column from `from`. */
async function typeDown(page: Page, from: string, values: string[]): Promise<void> {
  for (const [i, address] of cellsDown(from, values.length).entries()) await typeIntoCell(page, address, values[i]!);
}

/** Waits until the cells down the column from `from` show `texts`. */
async function expectDown(page: Page, from: string, texts: string[]): Promise<void> {
  for (const [i, address] of cellsDown(from, texts.length).entries()) await expectCell(page, address, texts[i]!);
}

/** Selects `rows` cells down from `from`, types `text` and ends the entry with `keys` (Control+Enter …). */
async function enterIntoColumn(page: Page, from: string, rows: number, text: string, keys: string): Promise<void> {
  await selectBlock(page, from, rows - 1, 0);
  await page.keyboard.type(text);
  await page.keyboard.press(keys);
}

/** Waits until the block from `active` to `corner` is still selected with `active` the active cell. */
async function expectSelectionKept(page: Page, active: string, corner: string): Promise<void> {
  await expectNameBox(page, active);
  await expectSelected(page, { [active]: true, [corner]: true });
}

describe("Excel's selection and entry keys", () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it('values typed into a selected block with Enter fill it column by column, and the block stays selected', async () => {
    await selectBlock(page, 'H40', 1, 1);
    for (const [value, next] of [['1', 'H41'], ['2', 'I40'], ['3', 'I41']]) {
      await page.keyboard.type(value!);
      await page.keyboard.press('Enter');
      await expectNameBox(page, next!);
    }
    await expectCell(page, 'H40', '1');
    await expectCell(page, 'H41', '2');
    await expectCell(page, 'I40', '3');
    await expectSelected(page, { H40: true, I41: true });
  }, 30_000);

  it("Ctrl+Enter puts the typed formula into every selected cell, each with its own references, and keeps the selection", async () => {
    await typeDown(page, 'J44', ['5', '6', '7']);
    await enterIntoColumn(page, 'K44', 3, '=J44*2', 'Control+Enter');
    await expectDown(page, 'K44', ['10', '12', '14']);
    await expectSelectionKept(page, 'K44', 'K46');
    expect(await formulaOf(page, 'K46')).toBe('=J46*2');
  }, 30_000);

  it('one Ctrl+Z takes back a Ctrl+Enter over the whole selection', async () => {
    await selectBlock(page, 'L50', 0, 2);
    await page.keyboard.type('x');
    await page.keyboard.press('Control+Enter');
    await expectCell(page, 'N50', 'x');
    await page.keyboard.press('Control+Z');
    await expectCell(page, 'L50', '');
    await expectCell(page, 'N50', '');
  }, 30_000);

  // Excel makes one legacy array formula over the selection ({=…}); Fremskriv computes the formula
  // as typed in the active cell, spilling, instead of moving it into each cell as Ctrl+Enter does.
  it('Ctrl+Shift+Enter puts a formula into the active cell only, where its result spills over the selection, and keeps the selection', async () => {
    await typeDown(page, 'P60', ['1', '2', '3']);
    await enterIntoColumn(page, 'Q60', 3, '=P60:P62*2', 'Control+Shift+Enter');
    await expectDown(page, 'Q60', ['2', '4', '6']);
    await expectSelectionKept(page, 'Q60', 'Q62');
    // One value stays in the active cell: no other cell gets a sum of other rows.
    await enterIntoColumn(page, 'R60', 3, '=SUM(P60:P62)', 'Control+Shift+Enter');
    await expectDown(page, 'R60', ['6', '']);
    expect(await formulaOf(page, 'R60')).toBe('=SUM(P60:P62)');
    expect(await formulaOf(page, 'R62')).toBe('');
  }, 30_000);

  it("Shift+Space selects the active cell's row, keeps the active cell where it was and starts no edit", async () => {
    await goToCell(page, 'H56');
    await page.keyboard.press('Shift+Space');
    await expectSelected(page, { A56: true, G56: true, I56: true, H57: false });
    await expectNameBox(page, 'H56');
    expect(await page.locator('.fx-editor').count()).toBe(0);
  }, 30_000);

  it("Ctrl+Space selects the active cell's column and keeps the active cell where it was", async () => {
    await goToCell(page, 'H57');
    await page.keyboard.press('Control+Space');
    await expectSelected(page, { H54: true, H58: true, I57: false });
    await expectNameBox(page, 'H57');
  }, 30_000);

  it('Ctrl+A selects the filled block around the active cell, and pressed again the whole sheet, the active cell staying where it was', async () => {
    for (const address of ['I60', 'J60', 'I61', 'J61']) await typeIntoCell(page, address, '1');
    await goToCell(page, 'J61');
    await page.keyboard.press('Control+A');
    await expectSelected(page, { I60: true, J61: true, K61: false, I62: false });
    await expectNameBox(page, 'J61');
    await page.keyboard.press('Control+A');
    await expectSelected(page, { K61: true, I62: true });
    await expectNameBox(page, 'J61');
  }, 30_000);

  it('Shift+arrow after Enter moved the active cell inside a range stretches the range from where it was started, as in Excel', async () => {
    await selectBlock(page, 'H74', 2, 1);
    await page.keyboard.press('Enter');
    await expectNameBox(page, 'H75');
    await page.keyboard.press('Shift+ArrowDown');
    await expectSelected(page, { H74: true, I77: true, H78: false });
    await expectNameBox(page, 'H75');
    await page.keyboard.press('Shift+ArrowLeft');
    await expectSelected(page, { H74: true, H77: true, I74: false, I77: false });
  }, 30_000);

  it('PageDown moves the active cell by the rows in view and scrolls the view as far, so the cell keeps its place on the screen; PageUp goes back', async () => {
    await goToCell(page, 'H20');
    // The rows wholly in view: the grid's height below the column letters and any frozen rows.
    const rowsInView = await page.locator('.sheet-grid .ag-root').first().evaluate((root) => {
      const height = (selector: string): number => root.querySelector(selector)?.getBoundingClientRect().height ?? 0;
      return Math.floor((root.getBoundingClientRect().height - height('.ag-header') - height('.ag-floating-top')) / 24);
    });
    expect(rowsInView).toBeGreaterThan(20);
    const y = async (address: string): Promise<number> => (await gridCell(page, address).boundingBox())!.y;
    const before = await y('H20');
    await page.keyboard.press('PageDown');
    const below = `H${20 + rowsInView}`;
    await expectNameBox(page, below);
    await waitUntil(async () => Math.abs((await y(below)) - before) <= 1, `${below} is drawn where H20 was`);
    await page.keyboard.press('Shift+PageUp');
    await expectSelected(page, { H19: false, H20: true, H30: true });
    await expectNameBox(page, below);
    await page.keyboard.press('PageUp');
    await expectNameBox(page, 'H20');
  }, 30_000);

  it('Alt+PageDown moves a screen right and Alt+PageUp a screen back left', async () => {
    await goToCell(page, 'B20');
    await page.keyboard.press('Alt+PageDown');
    await waitUntil(async () => (await nameBox(page).inputValue()) !== 'B20', 'Alt+PageDown moves');
    const [, column] = /^([A-Z]+)20$/.exec(await nameBox(page).inputValue()) ?? [];
    // A screen of columns (more than three at 1440 px wide), not one.
    expect(column!.length > 1 || column!.charCodeAt(0) - 'B'.charCodeAt(0) > 3).toBe(true);
    await gridCell(page, `${column}20`).waitFor();
    await page.keyboard.press('Alt+PageUp');
    await expectNameBox(page, 'B20');
  }, 30_000);

  it('End then an arrow jumps to the edge of the filled block as Ctrl+arrow does; the next arrow moves one cell again', async () => {
    for (const address of ['J88', 'J89', 'J90']) await typeIntoCell(page, address, '1');
    await goToCell(page, 'J88');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    await expectNameBox(page, 'J90');
    await page.keyboard.press('ArrowUp');
    await expectNameBox(page, 'J89');
  }, 30_000);

  it('the status bar says End-tilstand while End waits for its arrow, and no more after the arrow, End again or a click', async () => {
    const status = page.locator('.grid-status[role="status"]');
    const shows = async (text: string): Promise<void> => waitUntil(async () => (await status.textContent()) === text, `the status bar says "${text}" (it says "${await status.textContent()}")`);
    await goToCell(page, 'J88');
    await shows('');
    await page.keyboard.press('End');
    await shows('End-tilstand');
    await screenshot(page, 'end-mode-status');
    await page.keyboard.press('ArrowDown');
    await shows('');
    await expectNameBox(page, 'J90');
    await page.keyboard.press('End');
    await shows('End-tilstand');
    await page.keyboard.press('End');
    await shows('');
    await page.keyboard.press('End');
    await gridCell(page, 'J89').click();
    await shows('');
    await expectNameBox(page, 'J89');
  }, 30_000);

  it('Alt+Enter in the cell editor puts a line break into the text, the editor grows a line, and Enter still commits', async () => {
    await goToCell(page, 'H80');
    await page.keyboard.type('Linje 1');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.type('Linje 2');
    const editor = page.locator('.fx-editor');
    expect(await editor.inputValue()).toBe('Linje 1\nLinje 2');
    expect((await editor.boundingBox())!.height).toBeGreaterThan(40);
    await screenshot(page, 'alt-enter-editor');
    await page.keyboard.press('Enter');
    await expectNameBox(page, 'H81');
    expect(await formulaOf(page, 'H80')).toBe('Linje 1\nLinje 2');
    // Edited again with F2, the line break is still there.
    await page.keyboard.press('F2');
    expect(await editor.inputValue()).toBe('Linje 1\nLinje 2');
    await page.keyboard.press('Escape');
  }, 30_000);

  it('Alt+Enter in a cell on the view\'s bottom row keeps the new line in view: the view scrolls by what it hides', async () => {
    await goToCell(page, 'R1');
    await goToCell(page, 'R150');
    // The name box scrolled down to R150: it is the last row in view.
    // The name box scrolled down to R150: the row below it is out of view.
    expect(await gridCell(page, 'R151').isVisible().catch(() => false) && (await page.evaluate(() => {
      const below = document.querySelector<HTMLElement>('[data-cell="R151"]');
      if (!below) return false;
      const box = below.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === below;
    }))).toBe(false);
    await typeTwoLinesInView(page, 'Første', 'Anden');
    await screenshot(page, 'alt-enter-bottom-row');
    await page.keyboard.press('Enter');
    expect(await formulaOf(page, 'R150')).toBe('Første\nAnden');
  }, 30_000);

  it("Alt+Enter in the sheet's last row, where nothing is left to scroll, grows the editor upward over the row above", async () => {
    await goToCell(page, 'S1');
    await page.keyboard.press('Control+ArrowDown');
    await waitUntil(async () => (await nameBox(page).inputValue()) !== 'S1', 'Ctrl+Down reaches the last row');
    const last = await nameBox(page).inputValue();
    const cell = (await gridCell(page, last).boundingBox())!;
    await typeTwoLinesInView(page, 'Sidste række', 'Linje 2');
    expect((await page.locator('.fx-editor').boundingBox())!.y).toBeLessThan(cell.y - 5);
    await screenshot(page, 'alt-enter-last-row');
    await page.keyboard.press('Escape');
  }, 30_000);

  it('Ctrl+End goes to the last used row and column, and to a cell typed beyond them', async () => {
    await goToCell(page, 'B10');
    await page.keyboard.press('Control+End');
    await waitUntil(async () => (await nameBox(page).inputValue()) !== 'B10', 'Ctrl+End moves');
    const [, column, row] = /^([A-Z])(\d+)$/.exec(await nameBox(page).inputValue())!;
    const beyond = `${String.fromCharCode(column!.charCodeAt(0) + 1)}${Number(row) + 1}`;
    await typeIntoCell(page, beyond, 'sidst');
    await goToCell(page, 'B10');
    await page.keyboard.press('Control+End');
    await expectNameBox(page, beyond);
  }, 30_000);

  it("Ctrl+; types today's date, which Enter stores as a date", async () => {
    const shown = todayShown();
    await goToCell(page, 'H66');
    await page.keyboard.press('Control+;');
    await waitUntil(async () => (await formulaBar(page).inputValue()) === shown, `the editor holds ${shown}`);
    await page.keyboard.press('Enter');
    await expectCell(page, 'H66', shown);
    // A date, not text: DAG (DAY) reads its day of the month.
    await typeIntoCell(page, 'I66', '=DAG(H66)');
    await expectCell(page, 'I66', String(new Date().getDate()));
  }, 30_000);

  it("Ctrl+Shift+; types the time of day, which Enter stores as a time; Ctrl+; types today's date in the formula bar too", async () => {
    await goToCell(page, 'I84');
    await page.keyboard.press('Control+Shift+Semicolon');
    await waitUntil(async () => /^\d\d:\d\d$/.test(await formulaBar(page).inputValue()), 'the editor holds the time, 14:05');
    const typed = await formulaBar(page).inputValue();
    await page.keyboard.press('Enter');
    // Shown as Excel's h:mm shows it (07:30 as 7:30); a time of day, so TIME (HOUR) reads its hour.
    await expectCell(page, 'I84', typed.replace(/^0(?=\d)/, ''));
    await typeIntoCell(page, 'J84', '=TIME(I84)');
    await expectCell(page, 'J84', String(Number(typed.slice(0, 2))));
    await goToCell(page, 'H84');
    await formulaBar(page).click();
    await page.keyboard.type('Fra ');
    await page.keyboard.press('Control+;');
    const dated = `Fra ${todayShown()}`;
    await waitUntil(async () => (await formulaBar(page).inputValue()) === dated, `the formula bar holds ${dated}`);
    await page.keyboard.press('Enter');
    await expectCell(page, 'H84', dated);
  }, 30_000);

  it('a typed time is a time of day, as in Excel: the cell shows 14:05, the formula bar 14:05:00, and =H86*24*60 is its minutes', async () => {
    await typeIntoCell(page, 'H86', '14:05');
    await expectCell(page, 'H86', '14:05');
    await typeIntoCell(page, 'H87', '7:30:15');
    await expectCell(page, 'H87', '7:30:15');
    await typeIntoCell(page, 'I86', '=H86*24*60');
    await expectCell(page, 'I86', '845');
    await goToCell(page, 'H86');
    await waitUntil(async () => (await formulaBar(page).inputValue()) === '14:05:00', 'the formula bar shows 14:05:00');
    // Typed again over a time cell, a time keeps its format.
    await typeIntoCell(page, 'H86', '9:15');
    await expectCell(page, 'H86', '9:15');
    await expectCell(page, 'I86', '555');
  }, 30_000);

  it('a typed 25:00, 2:30 PM, 2 PM and date with a time are numbers, as in Excel: 25:00:00, 2:30 PM, 2:00 PM, 05-12-2026 14:30', async () => {
    await typeIntoCell(page, 'L80', '25:00');
    await expectCell(page, 'L80', '25:00:00');
    await typeIntoCell(page, 'M80', '=L80*24');
    await expectCell(page, 'M80', '25');
    await typeIntoCell(page, 'L81', '2:30 pm');
    await expectCell(page, 'L81', '2:30 PM');
    await typeIntoCell(page, 'M81', '2 pm');
    await expectCell(page, 'M81', '2:00 PM');
    // Too wide for the standard column: the column widens to show it, as in Excel (not ####).
    await typeIntoCell(page, 'L82', '5-12-2026 14:30');
    await expectCell(page, 'L82', '05-12-2026 14:30');
    await typeIntoCell(page, 'M82', '=DAG(L82)+TIME(L82)');
    await expectCell(page, 'M82', '19');
    await goToCell(page, 'L82');
    await waitUntil(async () => (await formulaBar(page).inputValue()) === '05-12-2026 14:30:00', 'the formula bar shows 05-12-2026 14:30:00');
  }, 30_000);

  it('End then Enter goes to the last nonblank cell in the row, past a gap, as in Excel', async () => {
    for (const address of ['L93', 'M93', 'Q93']) await typeIntoCell(page, address, '1');
    await goToCell(page, 'K93');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expectNameBox(page, 'Q93');
    // End mode is over: Enter moves down again.
    await page.keyboard.press('Enter');
    await expectNameBox(page, 'Q94');
  }, 30_000);

  it('F4 while a formula is typed makes the reference at the caret absolute, and pressed again fixes only its row', async () => {
    await goToCell(page, 'H70');
    await page.keyboard.type('=SUM(B10');
    await page.keyboard.press('F4');
    expect(await formulaBar(page).inputValue()).toBe('=SUM($B$10');
    await page.keyboard.press('F4');
    await page.keyboard.type(')*2');
    await page.keyboard.press('Enter');
    expect(await formulaOf(page, 'H70')).toBe('=SUM(B$10)*2');
  }, 30_000);
});

/**
 * Freezing and unfreezing rows from the context menu, as a planner does on a long sheet: the rows
 * above the cell stay at the top under the column letters, the rest follow right below them with
 * no gap and no overlap, and unfreezing (or freezing fewer rows) gives the room back. AG Grid's
 * pinned row heights are announced only when they change (client/build/agGridPatches.ts), so a
 * change in the number of frozen rows must still reach the grid's layout.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gridCell, serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { waitForScrollToRest } from '../harness/gridPage.js';
import { openLargeSheetPage } from './largeSheetPage.js';

const FREEZE_HERE = 'Frys rækker over og kolonner til venstre for cellen';
const UNFREEZE = 'Ophæv frysning';

async function chooseFromCellMenu(page: Page, address: string, item: string): Promise<void> {
  await gridCell(page, address).click();
  await gridCell(page, address).click({ button: 'right' });
  await page.getByRole('menuitem', { name: item }).click();
}

/** Where rows 1 to `rows` of column B are, top to bottom, and the column letters' bottom edge. */
async function rowEdges(page: Page, rows: number): Promise<{ headerBottom: number; edges: Array<{ top: number; bottom: number } | null> }> {
  return page.evaluate((count) => {
    const header = document.querySelector('.ag-header')!.getBoundingClientRect();
    const edges = Array.from({ length: count }, (_, i) => {
      const cell = document.querySelector(`[data-cell="B${i + 1}"]`);
      if (!cell) return null;
      const box = cell.getBoundingClientRect();
      return { top: Math.round(box.top), bottom: Math.round(box.bottom) };
    });
    return { headerBottom: Math.round(header.bottom), edges };
  }, rows);
}

/**
 * Rows 1 to `rows` follow one another from the column letters down, a row line apart, with the
 * frozen part's thicker border below its last row only: no gap, no overlap.
 */
async function expectRowsStacked(page: Page, rows: number, frozen: number): Promise<void> {
  await waitUntil(async () => (await rowEdges(page, rows)).edges.every((edge) => edge !== null), `rows 1 to ${rows} are shown`);
  const { headerBottom, edges } = await rowEdges(page, rows);
  expect(edges[0]!.top).toBe(headerBottom);
  const apart = frozen === 1 ? 2 : 1;
  const rowLine = edges[apart]!.top - edges[apart - 1]!.bottom;
  for (let i = 1; i < rows; i++) {
    const between = edges[i]!.top - edges[i - 1]!.bottom;
    if (i === frozen) expect(between, `the frozen border under row ${i}`).toBeGreaterThan(rowLine);
    else expect(between, `row ${i + 1} starts a row line under row ${i}`).toBe(rowLine);
  }
}

/** Chooses "freeze here" (or "unfreeze") at `address` and checks that `frozen` rows stay at the top, stacked with the rest. */
async function freezeAt(page: Page, address: string, item: string, frozen: number): Promise<void> {
  await chooseFromCellMenu(page, address, item);
  await expect.poll(() => frozenRowCount(page)).toBe(frozen);
  await expectRowsStacked(page, 8, frozen);
}

/** How many sheet rows the grid keeps at the top. */
function frozenRowCount(page: Page): Promise<number> {
  return page.locator('.ag-grid-pinned-top-rows-container .ag-row').count();
}

describe('freezing rows', () => {
  const live = serverAndBrowser();

  it('keeps the rows above the cell at the top with the rest right below them, and unfreezing or freezing fewer gives the room back', async () => {
    const page = await openLargeSheetPage(live);

    await freezeAt(page, 'C5', FREEZE_HERE, 4);
    // Scrolled down, the frozen rows stay and the first row below them is a later one, right under row 4.
    // The wheel turns where the pointer is: over the sheet, not where the menu's item was.
    await gridCell(page, 'C5').hover();
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 120);
    await waitUntil(async () => (await page.locator('.ag-grid-viewport').evaluate((v) => v.scrollTop)) > 400, 'the sheet scrolled down');
    await waitForScrollToRest(page);
    await expectRowsStacked(page, 4, 0);
    const firstBelow = await page.evaluate(() => {
      const frozenBottom = document.querySelector('[data-cell="B4"]')!.getBoundingClientRect().bottom;
      const below = [...document.querySelectorAll('.ag-grid-scrolling-container [data-cell^="B"]')]
        .map((cell) => ({ row: Number((cell as HTMLElement).dataset.cell!.slice(1)), top: cell.getBoundingClientRect().top }))
        .filter(({ top }) => top >= frozenBottom)
        .sort((a, b) => a.top - b.top)[0];
      return below ? { ...below, gap: below.top - frozenBottom } : null;
    });
    expect(firstBelow!.row).toBeGreaterThan(5);
    expect(firstBelow!.gap).toBeLessThan(24);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -120);
    await waitUntil(async () => (await page.locator('.ag-grid-viewport').evaluate((v) => v.scrollTop)) === 0, 'back at the top');

    await freezeAt(page, 'C5', UNFREEZE, 0);
    await freezeAt(page, 'C3', FREEZE_HERE, 2);
    await freezeAt(page, 'C6', FREEZE_HERE, 5);
    await freezeAt(page, 'C2', FREEZE_HERE, 1);
  }, 90_000);
});

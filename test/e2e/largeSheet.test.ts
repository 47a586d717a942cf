/**
 * A planner's large sheet, 100 indicators × 120 months of formulas, in a real browser: it opens
 * with values, scrolls to the far months, and an assumption edit reaches the grid and the goal.
 * How long the page blocks meanwhile is measured by `npm run bench` (open.largeSheet*), not here.
 */
import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../models/workbook/cellAddress.js';
import type { Page } from 'playwright-core';
import { goToCell, gridCell, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { goalStatus, showSheet } from '../harness/gridPage.js';
import { LARGE_SHEET } from '../support/largeSheetWorkbook.js';
import { openLargeSheetPage } from './largeSheetPage.js';

/** A Danish number as the grid shows it (`11.281,89085`) read back, or NaN when it is not one. */
function danishNumber(text: string): number {
  return /^\d{1,3}(\.\d{3})*(,\d+)?$/.test(text) ? Number(text.replaceAll('.', '').replace(',', '.')) : Number.NaN;
}

/**
 * The rendered cells of the last month: each shows indicator i's start (1000 + i - 2, row i)
 * grown by `growth` a month for the 120 months, in Danish format with General's 10 digits.
 */
async function expectShownMonths(page: Page, lastMonth: string, growth: number): Promise<void> {
  await waitUntil(async () => {
    const shown = await page.locator(`[data-cell^="${lastMonth}"]`).evaluateAll((cells) => cells.map((c) => [(c as HTMLElement).dataset.cell ?? '', c.textContent ?? ''] as const));
    const rows = shown.map(([address, text]) => ({ row: Number(address.slice(lastMonth.length)), text })).filter(({ row }) => row >= 2);
    return rows.length > 5 && rows.every(({ row, text }) => Math.abs(danishNumber(text) - (1000 + row - 2) * (1 + growth) ** LARGE_SHEET.months) < 1e-3);
  }, `the last month's cells show their rows' values at ${growth * 100} % growth, in Danish format`);
}

describe('a sheet of 100 indicators × 120 months', () => {
  const live = serverAndBrowser();

  it('opens with values, scrolls to the last month, and an assumption edit reaches grid and goal', async () => {
    // 1000 grown by 1 % a month, in Danish format; the goal is met at that growth.
    const page = await openLargeSheetPage(live);
    await expect.poll(() => goalStatus(page, LARGE_SHEET.goalId)).toBe('met');

    await gridCell(page, 'C2').click();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 120);
    for (let i = 0; i < 80; i++) await page.mouse.wheel(400, 0);
    const lastMonth = columnLabel(LARGE_SHEET.months + 1);
    const shownInLastMonth = (): Promise<string[]> =>
      page.locator(`[data-cell^="${lastMonth}"]`).evaluateAll((cells) => cells.map((c) => c.textContent ?? '').filter((text) => text !== ''));
    await waitUntil(async () => (await shownInLastMonth()).length > 1, `the last month (column ${lastMonth}) is rendered with values`);
    // Every cell painted while scrolling fast shows its own row's value, in Danish format.
    await expectShownMonths(page, lastMonth, 0.01);

    await showSheet(page, 'Antagelser');
    await typeIntoCell(page, 'B1', '2 %');
    await waitUntil(async () => (await goalStatus(page, LARGE_SHEET.goalId)) === 'missed', 'the goal reacts to 2 % growth');
    await showSheet(page, 'Indikatorer');
    await expect.poll(() => gridCell(page, 'C2').textContent()).toBe('1.020');
    // A far cell, scrolled to after the edit, shows the value the new growth gives.
    await goToCell(page, `${lastMonth}60`);
    await expectShownMonths(page, lastMonth, 0.02);
    await screenshot(page, 'view-large-sheet');
  }, 120_000);
});

/**
 * A planner's large sheet, 100 indicators × 120 months of formulas, in a real browser: it opens
 * with values, scrolls to the far months, and an assumption edit reaches the grid and the goal.
 * How long the page blocks meanwhile is measured by `npm run bench` (open.largeSheet*), not here.
 */
import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../models/workbook/cellAddress.js';
import { gridCell, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { goalStatus, showSheet } from '../harness/gridPage.js';
import { LARGE_SHEET, largeSheetWorkbook } from '../support/largeSheetWorkbook.js';

describe('a sheet of 100 indicators × 120 months', () => {
  const live = serverAndBrowser();

  it('opens with values, scrolls to the last month, and an assumption edit reaches grid and goal', async () => {
    const response = await fetch(`${live.server.url}/api/workspaces`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${live.server.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(largeSheetWorkbook()),
    });
    expect(response.status).toBe(201);
    const { id, editorToken } = (await response.json()) as { id: string; editorToken: string };
    const page = await live.browser.openWorkbook(`${live.server.url}/w/${id}#token=${editorToken}`);
    // 1000 grown by 1 % a month, in Danish format; the goal is met at that growth.
    await expect.poll(() => gridCell(page, 'C2').textContent()).toBe('1.010');
    await expect.poll(() => goalStatus(page, LARGE_SHEET.goalId)).toBe('met');

    await gridCell(page, 'C2').click();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 120);
    for (let i = 0; i < 80; i++) await page.mouse.wheel(400, 0);
    const lastMonth = columnLabel(LARGE_SHEET.months + 1);
    const shownInLastMonth = (): Promise<string[]> =>
      page.locator(`[data-cell^="${lastMonth}"]`).evaluateAll((cells) => cells.map((c) => c.textContent ?? '').filter((text) => text !== ''));
    await waitUntil(async () => (await shownInLastMonth()).length > 1, `the last month (column ${lastMonth}) is rendered with values`);

    await showSheet(page, 'Antagelser');
    await typeIntoCell(page, 'B1', '2 %');
    await waitUntil(async () => (await goalStatus(page, LARGE_SHEET.goalId)) === 'missed', 'the goal reacts to 2 % growth');
    await showSheet(page, 'Indikatorer');
    await expect.poll(() => gridCell(page, 'C2').textContent()).toBe('1.020');
    await screenshot(page, 'view-large-sheet');
  }, 120_000);
});

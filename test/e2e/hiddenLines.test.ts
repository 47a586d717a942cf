/**
 * Hidden rows and columns in the real grid, as a planner hides a helper column or detail rows:
 * "Skjul kolonne" in the cell menu removes the column from the grid, the arrow keys step over it
 * as Excel's do, SUBTOTAL(109,…) passes over hidden rows, and "Vis skjulte kolonner" over a
 * selection across it shows it again. Works in an empty corner of the template's first sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNameBox, goToCell, gridCell, screenshot, serverAndBrowser, typeIntoCell, waitUntil } from '../harness/browserHarness.js';
import { cellText } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

async function chooseFromCellMenu(page: Page, address: string, item: string): Promise<void> {
  await gridCell(page, address).click({ button: 'right' });
  await page.getByRole('menuitem', { name: item }).click();
}

const shown = async (page: Page, address: string): Promise<number> => page.locator(`[data-cell="${address}"]`).count();

describe('hidden rows and columns', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it('"Skjul kolonne" removes the column, the arrow keys step over it, and "Vis skjulte kolonner" brings it back', async () => {
    await typeIntoCell(page, 'M60', 'hjælp');
    await goToCell(page, 'M60');
    await waitUntil(async () => (await shown(page, 'M60')) === 1, 'M60 is in the grid');
    await chooseFromCellMenu(page, 'M60', 'Skjul kolonne');
    await waitUntil(async () => (await shown(page, 'M60')) === 0, 'column M is no longer shown');
    expect(await shown(page, 'L60')).toBe(1);
    await screenshot(page, 'hidden-column');

    await goToCell(page, 'L60');
    await page.keyboard.press('ArrowRight');
    await expectNameBox(page, 'N60');
    await page.keyboard.press('ArrowLeft');
    await expectNameBox(page, 'L60');

    await page.keyboard.press('Shift+ArrowRight');
    await expectNameBox(page, 'L60');
    await chooseFromCellMenu(page, 'L60', 'Vis skjulte kolonner');
    await waitUntil(async () => (await shown(page, 'M60')) === 1, 'column M is shown again');
    expect(await cellText(page, 'M60')).toBe('hjælp');
  }, 120_000);

  it('hidden rows leave the grid, Down steps over them and SUBTOTAL(109,…) passes over them', async () => {
    await typeIntoCell(page, 'L70', '1');
    await typeIntoCell(page, 'L71', '20');
    await typeIntoCell(page, 'L72', '300');
    await typeIntoCell(page, 'L74', '=SUBTOTAL(109;L70:L72)');
    await waitUntil(async () => (await cellText(page, 'L74')) === '321', 'SUBTOTAL counts every shown row');
    await goToCell(page, 'L71');
    await chooseFromCellMenu(page, 'L71', 'Skjul række');
    await waitUntil(async () => (await shown(page, 'L71')) === 0, 'row 71 is no longer shown');
    await waitUntil(async () => (await cellText(page, 'L74')) === '301', 'SUBTOTAL(109) passes over the hidden row');
    await goToCell(page, 'L70');
    await page.keyboard.press('ArrowDown');
    await expectNameBox(page, 'L72');
    await page.keyboard.press('ArrowUp');
    await expectNameBox(page, 'L70');
  }, 120_000);
});

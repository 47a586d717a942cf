/**
 * F6 and Shift+F6 move a keyboard planner between the page's panes, as Excel's F6 does: the grid,
 * the side panel's chosen tab (Mål), the sheet tabs and the top bar, round. In the grid Tab moves
 * between cells, so before the goal cards were reachable only by Shift+Tab round the whole page
 * (the planner walk-through).
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { goToCell, serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { createWorkspace } from './workspaceApi.js';
import { focusName as focused } from './focusName.js';

async function expectFocus(page: Page, expected: (text: string) => boolean, what: string): Promise<void> {
  await waitUntil(async () => expected(await focused(page)), `focus on ${what} (it is on ${await focused(page)})`);
}

describe('F6 between the panes', () => {
  const live = serverAndBrowser();

  it('F6 from the grid goes to the goals tab, the sheet tabs, the top bar and back to the grid; Shift+F6 goes back', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await goToCell(page, 'B5');
    const inGrid = (text: string): boolean => text.startsWith('gridcell');
    await expectFocus(page, inGrid, 'a grid cell');
    await page.keyboard.press('F6');
    await expectFocus(page, (text) => text === 'tab: Mål', 'the goals tab');
    await page.keyboard.press('F6');
    await expectFocus(page, (text) => text === 'tab: Forudsætninger', 'the active sheet tab');
    await page.keyboard.press('F6');
    await expectFocus(page, (text) => text === 'select: Scenarie', 'the scenario switcher');
    await page.keyboard.press('F6');
    await expectFocus(page, inGrid, 'the grid again');
    await page.keyboard.press('Shift+F6');
    await expectFocus(page, (text) => text === 'select: Scenarie', 'the scenario switcher, backwards');
  }, 120_000);
});

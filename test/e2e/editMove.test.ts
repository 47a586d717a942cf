/**
 * Enter after typing into a cell: the goal cards show the edit before the grid moves on to the next
 * cell (client/src/grid/heldEditMove.ts, issue 17), and nothing the planner does meanwhile is lost
 * or done twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { expectNameBox, goToCell, nameBox, serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { expectCell, goalStatus } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

/** The address of the grid cell that has the keyboard focus (null when the focus is elsewhere). */
async function focusedCell(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-cell]')?.getAttribute('data-cell') ?? null);
}

describe('Enter commits, the goal cards follow and the grid moves down', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', 'MM3 is judged met');
  }, 60_000);

  it('an assumption typed with Enter flips its goal, the next cell takes the focus, and one Ctrl+Z undoes it', async () => {
    await goToCell(page, 'B6');
    await page.keyboard.type('0,9');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'missed', 'MM3 turns missed');
    await expectNameBox(page, 'B7');
    await waitUntil(async () => (await focusedCell(page)) === 'B7', 'B7 has the focus');
    await page.keyboard.press('Control+z');
    await expectCell(page, 'B6', '1,00');
    await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', 'MM3 is met again');
  }, 30_000);

  it('keys typed straight after Enter go into the next cell, and each edit is one undo step', async () => {
    await goToCell(page, 'H40');
    // No wait between the keys: the second value arrives while the first edit's move may be held.
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');
    await expectCell(page, 'H40', '7');
    await expectCell(page, 'H41', '8');
    await expectNameBox(page, 'H42');
    await page.keyboard.press('Control+z');
    await expectCell(page, 'H41', '');
    await expectCell(page, 'H40', '7');
    await page.keyboard.press('Control+z');
    await expectCell(page, 'H40', '');
  }, 30_000);

  it('the focus taken straight after Enter (the name box, without a click) stays where the planner put it', async () => {
    await goToCell(page, 'H50');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    // Focused as a shortcut or a screen reader would: only the focus moves, no click.
    await nameBox(page).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('G50');
    await page.keyboard.press('Enter');
    await expectCell(page, 'H50', '3');
    expect(await nameBox(page).inputValue()).toBe('G50');
    await waitUntil(async () => (await focusedCell(page)) === 'G50', 'G50 has the focus');
  }, 30_000);
});

/** Every goal card's text, in panel order. */
async function cardTexts(page: Page): Promise<string[]> {
  return page.locator('[data-goal-id]').allTextContents();
}

describe('the other scenarios follow an edit once the goal cards show it (issue 17)', () => {
  const live = serverAndBrowser();

  it('an assumption typed with Enter, another scenario chosen at once: its cards show the edit, as a colleague sees them', async () => {
    const { editorUrl } = await createWorkspace(live.server);
    const editor = await live.browser.openWorkbook(editorUrl);
    const colleague = await live.browser.openWorkbook(editorUrl);
    for (const page of [editor, colleague]) await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', 'MM3 is judged met');
    await colleague.getByRole('combobox', { name: 'Scenarie' }).selectOption({ label: 'Lavkonjunktur' });
    await waitUntil(async () => (await goalStatus(colleague, 'LM1a')) === 'missed', 'Lavkonjunktur is judged');
    const before = await cardTexts(colleague);
    // A rate that is no scenario's input: every scenario recomputes it.
    await goToCell(editor, 'B10');
    await editor.keyboard.type('3');
    await editor.keyboard.press('Enter');
    await editor.getByRole('combobox', { name: 'Scenarie' }).selectOption({ label: 'Lavkonjunktur' });
    await waitUntil(async () => JSON.stringify(await cardTexts(colleague)) !== JSON.stringify(before), "the colleague's Lavkonjunktur cards show the edit");
    await waitUntil(async () => JSON.stringify(await cardTexts(editor)) === JSON.stringify(await cardTexts(colleague)), "the editor's Lavkonjunktur cards show what the colleague's do");
  }, 90_000);
});

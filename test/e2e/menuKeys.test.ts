/**
 * Every menu of the page is a WAI-ARIA menu to the keyboard (the planner walk-through: the scenario
 * menu and the export menu had no arrow keys, so a planner without a mouse tabbed through them, and
 * Escape left the scenario menu open): Down or Up on a menu's button opens it, Up, Down, Home and
 * End move between its items, a letter goes to the next item starting with it, Enter or Space
 * chooses, and Escape closes it back to its button.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { createWorkspace } from './workspaceApi.js';
import { focusName as focused } from './focusName.js';

async function expectFocus(page: Page, expected: string): Promise<void> {
  await waitUntil(async () => (await focused(page)) === expected, `focus on ${expected} (it is on ${await focused(page)})`);
}

/** The names of a menu's items a planner can choose, in order. */
async function enabledItems(page: Page, menuName: string): Promise<string[]> {
  const items = page.getByRole('menu', { name: menuName }).locator('[role="menuitem"]:not(:disabled)');
  return (await items.allTextContents()).map((text) => text.trim());
}

describe('the menus and the keyboard', () => {
  const live = serverAndBrowser();

  it('the scenario menu: Down on its button opens it on its first item, the arrows, Home and End move, Escape closes it back to its button', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const toggle = page.getByRole('button', { name: 'Scenariemenu' });
    await toggle.focus();
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'menuitem: Nyt scenarie');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const items = await enabledItems(page, 'Scenariemenu');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'menuitem: Duplikér scenarie');
    await page.keyboard.press('End');
    await expectFocus(page, `menuitem: ${items.at(-1)}`);
    await page.keyboard.press('Home');
    await expectFocus(page, 'menuitem: Nyt scenarie');
    // Up from the first item wraps to the last, as in a desktop menu.
    await page.keyboard.press('ArrowUp');
    await expectFocus(page, `menuitem: ${items.at(-1)}`);
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.getByRole('menu', { name: 'Scenariemenu' }).count()) === 0, 'the menu closed');
    await expectFocus(page, 'button: Scenariemenu');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  }, 120_000);

  it('the scenario menu: Enter chooses the focused item, and the question it asks gives the focus back to the menu button', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.getByRole('button', { name: 'Scenariemenu' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'menuitem: Duplikér scenarie');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Duplikér scenarie' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await dialog.count()) === 0, 'the question closed');
    await expectFocus(page, 'button: Scenariemenu');
  }, 120_000);

  it('the export menu: Up on its button opens it on its last item, a letter goes to the item starting with it, Escape closes it back to its button', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const toggle = page.getByRole('button', { name: 'Eksportér', exact: true });
    await toggle.focus();
    await page.keyboard.press('ArrowUp');
    const items = await enabledItems(page, 'Eksportér');
    expect(items[0]).toBe('Hele arbejdsområdet (.xlsx)');
    await expectFocus(page, `menuitem: ${items.at(-1)}`);
    await page.keyboard.press('Home');
    await expectFocus(page, 'menuitem: Hele arbejdsområdet (.xlsx)');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, `menuitem: ${items[1]}`);
    // "a" goes to the sheet's CSV ("Arket »…« som CSV"), the only item starting with it.
    await page.keyboard.press('a');
    const csv = items.find((item) => item.startsWith('Arket'));
    expect(csv).toBeDefined();
    await expectFocus(page, `menuitem: ${csv}`);
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.getByRole('menu', { name: 'Eksportér' }).count()) === 0, 'the menu closed');
    await expectFocus(page, 'button: Eksportér');
  }, 120_000);

  it("the sheet tab's menu: a letter goes to the next item starting with it, again to the one after", async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.getByRole('tablist', { name: 'Ark', exact: true }).getByRole('tab', { name: 'Budget', exact: true }).focus();
    await page.keyboard.press('Shift+F10');
    await expectFocus(page, 'menuitem: Omdøb');
    await page.keyboard.press('s');
    await expectFocus(page, 'menuitem: Skjul ark');
    await page.keyboard.press('s');
    await expectFocus(page, 'menuitem: Slet ark');
    await page.keyboard.press('End');
    await expectFocus(page, 'menuitem: Slet ark');
    await page.keyboard.press('Home');
    await expectFocus(page, 'menuitem: Omdøb');
  }, 120_000);
});

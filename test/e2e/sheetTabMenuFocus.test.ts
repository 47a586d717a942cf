/**
 * The sheet tab's menu from the keyboard (the planner walk-through): a tab says it has a menu
 * (aria-haspopup, aria-expanded), the context-menu key or Shift+F10 opens it, and whatever is
 * chosen there — a question answered or cancelled, a move, hiding, deleting — leaves the focus on
 * a tab, never on the page's body, from where a keyboard user starts again at the top.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { createWorkspace } from './workspaceApi.js';

function tab(page: Page, name: string): Locator {
  return page.getByRole('tablist', { name: 'Ark', exact: true }).getByRole('tab', { name, exact: true });
}

/** The focused element's role and text, or "(the page body)". */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '(the page body)';
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim()}`;
  });
}

async function expectFocus(page: Page, expected: string): Promise<void> {
  await waitUntil(async () => (await focused(page)) === expected, `focus on ${expected} (it is on ${await focused(page)})`);
}

/** Opens the tab's menu from the keyboard, as a planner without a mouse does. */
async function openMenu(page: Page, name: string): Promise<Locator> {
  await tab(page, name).focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: `Menu for arket ${name}` });
  await menu.waitFor();
  return menu;
}

describe('the sheet tab menu and the keyboard', () => {
  const live = serverAndBrowser();

  it('a tab says it opens a menu; Shift+F10 opens it on its first item and Escape closes it back to the tab', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const budget = tab(page, 'Budget');
    expect(await budget.getAttribute('aria-haspopup')).toBe('menu');
    expect(await budget.getAttribute('aria-expanded')).toBe('false');
    const menu = await openMenu(page, 'Budget');
    expect(await budget.getAttribute('aria-expanded')).toBe('true');
    await expectFocus(page, 'menuitem: Omdøb');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'menuitem: Flyt til venstre');
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await menu.count()) === 0, 'the menu closed');
    await expectFocus(page, 'tab: Budget');
    expect(await budget.getAttribute('aria-expanded')).toBe('false');
  }, 120_000);

  it('renaming, cancelled or answered, and moving leave the focus on the tab', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await openMenu(page, 'Budget');
    await page.keyboard.press('Enter');
    const question = page.getByRole('dialog', { name: 'Omdøb ark' });
    await question.waitFor();
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await question.count()) === 0, 'the question closed');
    await expectFocus(page, 'tab: Budget');

    await openMenu(page, 'Budget');
    await page.keyboard.press('Enter');
    await question.getByRole('textbox').fill('Budget 2023');
    await page.keyboard.press('Enter');
    await tab(page, 'Budget 2023').waitFor();
    await expectFocus(page, 'tab: Budget 2023');

    const menu = await openMenu(page, 'Budget 2023');
    await menu.getByRole('menuitem', { name: 'Flyt til venstre' }).focus();
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await page.getByRole('tablist', { name: 'Ark', exact: true }).getByRole('tab').allTextContents()).indexOf('Budget 2023') === 2, 'the tab moved left');
    await expectFocus(page, 'tab: Budget 2023');
  }, 120_000);

  it('after hiding or deleting another sheet through its menu, the focus is on the tab of the sheet shown; hiding the sheet shown puts it in the next sheet\'s grid, as a tab click does', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    let menu = await openMenu(page, 'Budget');
    await menu.getByRole('menuitem', { name: 'Skjul ark' }).focus();
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await tab(page, 'Budget').count()) === 0, 'Budget hidden');
    await expectFocus(page, 'tab: Forudsætninger');

    menu = await openMenu(page, 'Jobindsats MM5');
    await menu.getByRole('menuitem', { name: 'Slet ark' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Slet' }).waitFor();
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await tab(page, 'Jobindsats MM5').count()) === 0, 'Jobindsats MM5 deleted');
    await expectFocus(page, 'tab: Forudsætninger');

    menu = await openMenu(page, 'Forudsætninger');
    await menu.getByRole('menuitem', { name: 'Skjul ark' }).focus();
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await page.getByRole('tablist', { name: 'Ark', exact: true }).getByRole('tab', { selected: true }).textContent()) === 'Fremskrivning', 'Fremskrivning shown');
    await waitUntil(async () => (await focused(page)).startsWith('gridcell'), `the keyboard in Fremskrivning's grid (it is on ${await focused(page)})`);
  }, 120_000);
});

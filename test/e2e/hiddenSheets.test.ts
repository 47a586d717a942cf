/**
 * Hidden sheets in two real browsers on one workspace: a planner hides helper sheets through the
 * tab menu, the tabs vanish for a colleague too (whose screen leaves a sheet hidden under him),
 * formulas reading a hidden sheet keep their values, Ctrl+PageDown steps over hidden sheets, and
 * "Vis ark …" brings one back for both.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gridCell, screenshot, serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { expectCell } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

function tabs(page: Page): Locator {
  return page.getByRole('tablist', { name: 'Ark', exact: true }).getByRole('tab');
}

async function tabNames(page: Page): Promise<string[]> {
  return tabs(page).allTextContents();
}

async function selectedTab(page: Page): Promise<string | null> {
  return page.getByRole('tablist', { name: 'Ark', exact: true }).getByRole('tab', { selected: true }).textContent();
}

async function hideFromMenu(page: Page, sheet: string): Promise<void> {
  await tabs(page).filter({ hasText: sheet }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Skjul ark' }).click();
}

describe('hidden sheets', () => {
  const live = serverAndBrowser();

  it('hiding and unhiding through the tab menu shows the same tabs to a colleague, and formulas keep reading the hidden sheet', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    const all = ['Forudsætninger', 'Fremskrivning', 'Benchmark', 'Budget', 'Jobindsats', 'Jobindsats MM5'];
    await waitUntil(async () => JSON.stringify(await tabNames(bo)) === JSON.stringify(all), 'every tab for Bo');
    expect(await selectedTab(bo)).toBe('Forudsætninger');

    // Anna hides the assumptions sheet Bo is looking at: its tab goes for both, and Bo is moved
    // to the next visible sheet, whose formulas still read the hidden one.
    await tabs(anna).filter({ hasText: 'Fremskrivning' }).click();
    await waitUntil(async () => (await gridCell(anna, 'B5').innerText()).trim() !== '', 'Fremskrivning!B5 computed');
    const projected = await gridCell(anna, 'B5').innerText();
    await hideFromMenu(anna, 'Forudsætninger');
    await hideFromMenu(anna, 'Benchmark');
    const shown = ['Fremskrivning', 'Budget', 'Jobindsats', 'Jobindsats MM5'];
    for (const page of [anna, bo]) await waitUntil(async () => JSON.stringify(await tabNames(page)) === JSON.stringify(shown), 'hidden tabs gone');
    await waitUntil(async () => (await selectedTab(bo)) === 'Fremskrivning', 'Bo moved off the hidden sheet');
    await expectCell(bo, 'B5', projected);
    await screenshot(bo, 'hidden-sheets-colleague');

    // Ctrl+PageDown steps over the hidden Benchmark, as in Excel.
    await gridCell(anna, 'A1').click();
    await anna.keyboard.press('Control+PageDown');
    await waitUntil(async () => (await selectedTab(anna)) === 'Budget', 'Ctrl+PageDown on Budget');
    await anna.keyboard.press('Control+PageUp');
    await waitUntil(async () => (await selectedTab(anna)) === 'Fremskrivning', 'Ctrl+PageUp back on Fremskrivning');

    // "Vis ark …" lists the hidden sheets; the chosen one comes back for both, on Anna's screen.
    await tabs(anna).filter({ hasText: 'Budget' }).click({ button: 'right' });
    await anna.getByRole('menuitem', { name: 'Vis ark …' }).click();
    const dialog = anna.getByRole('dialog', { name: 'Vis ark' });
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Annullér', 'Forudsætninger', 'Benchmark']);
    await screenshot(anna, 'hidden-sheets-unhide-dialog');
    await dialog.getByRole('button', { name: 'Forudsætninger' }).click();
    const back = ['Forudsætninger', 'Fremskrivning', 'Budget', 'Jobindsats', 'Jobindsats MM5'];
    for (const page of [anna, bo]) await waitUntil(async () => JSON.stringify(await tabNames(page)) === JSON.stringify(back), 'Forudsætninger back');
    expect(await selectedTab(anna)).toBe('Forudsætninger');
  }, 120_000);

  it('the last visible sheet cannot be hidden from the menu', async () => {
    const workspace = await createWorkspace(live.server);
    const page = await live.browser.openWorkbook(workspace.editorUrl);
    // "Jobindsats MM5" first: while it is shown, "Jobindsats" names two tabs.
    for (const sheet of ['Fremskrivning', 'Benchmark', 'Budget', 'Jobindsats MM5', 'Jobindsats']) await hideFromMenu(page, sheet);
    await waitUntil(async () => JSON.stringify(await tabNames(page)) === JSON.stringify(['Forudsætninger']), 'one tab left');
    await tabs(page).click({ button: 'right' });
    expect(await page.getByRole('menuitem', { name: 'Skjul ark' }).isDisabled()).toBe(true);
    expect(await page.getByRole('menuitem', { name: 'Slet ark' }).isDisabled()).toBe(true);
  }, 90_000);
});

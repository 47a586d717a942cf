/**
 * Horizontal alignment in the real grid, as a planner used to Excel and Google Sheets sets it:
 * Ctrl+Shift+L / E / R on the selection, undone with Ctrl+Z, seen by a colleague; the cell menu's
 * "Flet celler" keeps the top-left cell's alignment where "Flet og centrer" centres it. Works in an
 * empty corner of the template's first sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goToCell, gridCell, screenshot, serverAndBrowser, typeIntoCell, waitUntil } from '../harness/browserHarness.js';
import { cellHasClass, expectCell } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

/** How the cell at `address` lays out its text (the AG Grid cell's computed `text-align`). */
async function textAlign(page: Page, address: string): Promise<string> {
  return page.evaluate((at) => {
    const cell = document.querySelector(`[data-cell="${at}"]`)?.closest('.ag-cell');
    return cell ? getComputedStyle(cell).textAlign : '';
  }, address);
}

async function alignedAs(page: Page, address: string, align: string): Promise<void> {
  await waitUntil(async () => (await textAlign(page, address)) === align, `${address} is aligned ${align} (it is ${await textAlign(page, address)})`);
}

describe('horizontal alignment', () => {
  const live = serverAndBrowser();
  let anna: Page;
  let bo: Page;

  beforeAll(async () => {
    const workspace = await createWorkspace(live.server);
    anna = await live.browser.openWorkbook(workspace.editorUrl);
    bo = await live.browser.openWorkbook(workspace.editorUrl);
  }, 120_000);

  it('Ctrl+Shift+R, E and L align the selected text and number right, centred and left; a colleague sees it; Ctrl+Z takes a step back', async () => {
    await typeIntoCell(anna, 'L60', 'Ledige');
    await typeIntoCell(anna, 'M60', '1234');
    // General: text at the start (left), a number right.
    await alignedAs(anna, 'L60', 'start');
    await alignedAs(anna, 'M60', 'right');

    await goToCell(anna, 'L60');
    await anna.keyboard.press('Shift+ArrowRight');
    await anna.keyboard.press('Control+Shift+R');
    await alignedAs(anna, 'L60', 'right');
    await alignedAs(anna, 'M60', 'right');
    await anna.keyboard.press('Control+Shift+E');
    await alignedAs(anna, 'L60', 'center');
    await alignedAs(anna, 'M60', 'center');
    await screenshot(anna, 'alignment-centred');

    // The colleague, looking at the same cells, sees them centred.
    await goToCell(bo, 'L60');
    await expectCell(bo, 'M60', '1.234');
    await alignedAs(bo, 'L60', 'center');
    await alignedAs(bo, 'M60', 'center');

    await anna.keyboard.press('Control+Shift+L');
    await alignedAs(anna, 'M60', 'left');
    await alignedAs(bo, 'M60', 'left');
    await anna.keyboard.press('Control+Z');
    await alignedAs(anna, 'M60', 'center');
    await alignedAs(anna, 'L60', 'center');
    expect(await cellHasClass(anna, 'L60', 'fx-al-center')).toBe(true);
  }, 180_000);

  it('"Flet celler" keeps the heading\'s own alignment, "Flet og centrer" centres it, and the cell menu aligns as the keys do', async () => {
    await typeIntoCell(anna, 'L70', 'Kvartal 1');
    await goToCell(anna, 'L70');
    await anna.keyboard.press('Shift+ArrowRight');
    await gridCell(anna, 'L70').click({ button: 'right' });
    await anna.getByRole('menuitem', { name: 'Flet celler', exact: true }).click();
    await waitUntil(async () => (await anna.locator('[data-cell="M70"]').count()) === 0, 'L70:M70 merged');
    // General text, as before the merge: at the start (left), not centred.
    await alignedAs(anna, 'L70', 'start');

    await gridCell(anna, 'L70').click({ button: 'right' });
    await anna.getByRole('menuitem', { name: 'Højrejuster', exact: true }).click();
    await alignedAs(anna, 'L70', 'right');
    await goToCell(bo, 'L70');
    await alignedAs(bo, 'L70', 'right');

    await gridCell(anna, 'L70').click({ button: 'right' });
    await anna.getByRole('menuitem', { name: 'Ophæv fletning', exact: true }).click();
    await waitUntil(async () => (await anna.locator('[data-cell="M70"]').count()) === 1, 'L70:M70 unmerged');
    await typeIntoCell(anna, 'L80', 'Kvartal 2');
    await goToCell(anna, 'L80');
    await anna.keyboard.press('Shift+ArrowRight');
    await gridCell(anna, 'L80').click({ button: 'right' });
    await anna.getByRole('menuitem', { name: 'Flet og centrer', exact: true }).click();
    await waitUntil(async () => (await anna.locator('[data-cell="M80"]').count()) === 0, 'L80:M80 merged');
    await alignedAs(anna, 'L80', 'center');
    await goToCell(bo, 'L80');
    await alignedAs(bo, 'L80', 'center');
  }, 180_000);
});

/** Cut on one sheet and paste on another in the real grid, as in Excel: the cells move and references follow. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { goToCell, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellHasClass, expectCell, formulaOf, showSheet } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe('cut on one sheet, paste on another', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it('moves the cells to the other sheet, and a formula that referred to them follows with the sheet named', async () => {
    // Forudsætninger, the first sheet: H24:H25 are cut; J24 refers into them.
    await typeIntoCell(page, 'H24', '41');
    await typeIntoCell(page, 'H25', '1');
    await typeIntoCell(page, 'J24', '=H24+H25*2');
    await expectCell(page, 'J24', '43');
    await goToCell(page, 'H24');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+X');
    await waitUntil(() => cellHasClass(page, 'H25', 'fx-mark-cut'), 'the cut block is outlined');

    await showSheet(page, 'Budget');
    await goToCell(page, 'H24');
    // The outline belongs to the cut's own sheet; the same address here is not marked.
    expect(await cellHasClass(page, 'H24', 'fx-mark-cut')).toBe(false);
    await page.keyboard.press('Control+V');
    await expectCell(page, 'H24', '41');
    await expectCell(page, 'H25', '1');
    await screenshot(page, 'grid-cut-pasted-on-another-sheet');

    await showSheet(page, 'Forudsætninger');
    await expectCell(page, 'H24', '');
    await expectCell(page, 'H25', '');
    await expectCell(page, 'J24', '43');
    expect(await cellHasClass(page, 'H24', 'fx-mark-cut')).toBe(false);
    expect(await formulaOf(page, 'J24')).toBe('=Budget!H24+Budget!H25*2');

    // One undo puts the cells back on their sheet and the formula as it was.
    await page.keyboard.press('Control+Z');
    await expectCell(page, 'H24', '41');
    expect(await formulaOf(page, 'J24')).toBe('=H24+H25*2');
  }, 60_000);
});

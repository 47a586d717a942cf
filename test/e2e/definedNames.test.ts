/**
 * Defined names in the grid, as in Excel: typing a new name in the name box names the selection,
 * a formula uses the name, and typing the name again selects its cells.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { goToCell, nameBox, serverAndBrowser, typeAndSelectColumn, typeIntoCell } from '../harness/browserHarness.js';
import { cellHasClass, expectCell } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe('the name box names a selection and goes to a name', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it('a selection named in the name box is used by a formula and selected again by its name', async () => {
    await typeAndSelectColumn(page, 'H30', ['100', '200', '300']);
    const box = nameBox(page);
    await box.click();
    await box.fill('Udgifter');
    await box.press('Enter');
    await page.getByText('Markeringen hedder nu Udgifter', { exact: false }).waitFor();
    await typeIntoCell(page, 'J30', '=SUM(Udgifter)');
    await expectCell(page, 'J30', '600');
    await goToCell(page, 'A1');
    await box.click();
    await box.fill('udgifter');
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('H30');
    expect(await cellHasClass(page, 'H32', 'fx-sel')).toBe(true);
  }, 60_000);
});

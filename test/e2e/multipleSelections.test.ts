/**
 * Several selection areas in the real grid, as planners make them in Excel: Ctrl+click adds a
 * cell, Delete clears every area (one Ctrl+Z brings them back), and a copy of separate cells is
 * refused with Excel's own sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { gridCell, goToCell, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellHasClass, expectCell } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe('several selection areas', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    const workspace = await createWorkspace(live.server);
    page = await live.browser.openWorkbook(workspace.editorUrl);
  });

  it('Ctrl+click on two separate cells selects both; Ctrl+C says it cannot; Delete clears both and Ctrl+Z brings them back', async () => {
    await typeIntoCell(page, 'N10', '5');
    await typeIntoCell(page, 'P12', '8');
    await typeIntoCell(page, 'O11', '3');
    await goToCell(page, 'N10');
    await gridCell(page, 'P12').click({ modifiers: ['ControlOrMeta'] });
    await waitUntil(async () => (await cellHasClass(page, 'N10', 'fx-sel')) && (await cellHasClass(page, 'P12', 'fx-sel')), 'both cells are selected');
    expect(await cellHasClass(page, 'O11', 'fx-sel')).toBe(false);
    expect(await cellHasClass(page, 'P12', 'fx-active')).toBe(true);
    await screenshot(page, 'grid-two-areas');

    await page.keyboard.press('ControlOrMeta+C');
    await page.getByText('Denne kommando kan ikke bruges på flere markeringer.').waitFor();

    await page.keyboard.press('Delete');
    await expectCell(page, 'N10', '');
    await expectCell(page, 'P12', '');
    await expectCell(page, 'O11', '3');

    await page.keyboard.press('ControlOrMeta+Z');
    await expectCell(page, 'N10', '5');
    await expectCell(page, 'P12', '8');
  });
});

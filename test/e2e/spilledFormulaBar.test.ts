/**
 * A cell filled by another cell's spilled result shows that formula in the formula bar, greyed,
 * as Excel does; it is not the cell's own content: typing there replaces the cell, which then
 * blocks the spill (#SPILL!) (client/src/grid/spillAnchor.ts, FormulaBar.tsx).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { goToCell, serverAndBrowser, typeIntoCell } from '../harness/browserHarness.js';
import { expectCell, formulaBar } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe('the formula bar on a spilled cell', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it("shows the spilling formula greyed, not as the cell's content; the formula's own cell shows it as its content", async () => {
    await typeIntoCell(page, 'H60', '=SEKVENS(3;2)');
    await expectCell(page, 'I62', '6');
    await goToCell(page, 'I62');
    const bar = formulaBar(page);
    expect(await bar.inputValue()).toBe('');
    expect(await bar.getAttribute('placeholder')).toBe('=SEKVENS(3;2)');
    expect(await bar.evaluate((element) => element.classList.contains('is-spilled'))).toBe(true);
    await goToCell(page, 'H60');
    expect(await bar.inputValue()).toBe('=SEKVENS(3;2)');
    expect(await bar.evaluate((element) => element.classList.contains('is-spilled'))).toBe(false);
  }, 30_000);

  it('typing into the formula bar there replaces the cell, which blocks the spill', async () => {
    await goToCell(page, 'I61');
    const bar = formulaBar(page);
    await bar.click();
    await page.keyboard.type('7');
    expect(await bar.inputValue()).toBe('7');
    await page.keyboard.press('Enter');
    await expectCell(page, 'I61', '7');
    await expectCell(page, 'H60', '#SPILL!');
    await goToCell(page, 'I61');
    expect(await bar.inputValue()).toBe('7');
    expect(await bar.getAttribute('placeholder')).toBeNull();
  }, 30_000);
});

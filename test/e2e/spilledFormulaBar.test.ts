/**
 * A cell filled by another cell's spilled result shows that formula in the formula bar, greyed,
 * as Excel does; it is not the cell's own content: typing there replaces the cell, which then
 * blocks the spill (#SPILL!). Which formula the engine worker says (models/engine/spillCorners.ts,
 * client/src/grid/spilledFormula.ts, FormulaBar.tsx).
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
    // The engine worker says which formula: its answer comes a moment after the selection.
    await expect.poll(() => bar.getAttribute('placeholder'), { timeout: 10_000 }).toBe('=SEKVENS(3;2)');
    expect(await bar.inputValue()).toBe('');
    expect(await bar.evaluate((element) => element.classList.contains('is-spilled'))).toBe(true);
    await goToCell(page, 'H60');
    expect(await bar.inputValue()).toBe('=SEKVENS(3;2)');
    expect(await bar.evaluate((element) => element.classList.contains('is-spilled'))).toBe(false);
  }, 30_000);

  it('names the formula whose spill it is where a plain formula stands above the block (read from values, the plain one was named)', async () => {
    await typeIntoCell(page, 'L59', '=5');
    await typeIntoCell(page, 'K60', '=SEKVENS(2;2)');
    await expectCell(page, 'L61', '4');
    await goToCell(page, 'L61');
    const bar = formulaBar(page);
    await expect.poll(() => bar.getAttribute('placeholder'), { timeout: 10_000 }).toBe('=SEKVENS(2;2)');
    expect(await bar.inputValue()).toBe('');
    expect(await bar.getAttribute('title')).toContain('K60');
    await goToCell(page, 'L59');
    expect(await bar.inputValue()).toBe('=5');
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

/**
 * Excel's point mode with the keys across sheets: arrows (with Shift and Ctrl) pick cells on another
 * sheet, and on the formula's own sheet shown again, for a formula typed there; the picked sheet's
 * selection follows the pick.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { expectNameBox, gridCell, nameBox, screenshot, serverAndBrowser, typeIntoCell } from '../harness/browserHarness.js';
import { cellHasClass, expectCell, formulaBar, formulaOf, selectedCells, showSheet, typeFormulaToPickOn, waitForSheet } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe('picking on another sheet with the keys', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it("arrows pick on another sheet's tab (Shift+arrow a range), and Enter commits to the formula's own cell", async () => {
    const bar = formulaBar(page);
    const tab = page.getByRole('tab', { name: 'Forudsætninger' });
    // Budget's active cell is B5 (9.500); the arrows start next to it.
    await typeFormulaToPickOn(page, { sheet: 'Forudsætninger', cell: 'J40', text: '=SUM(' }, { sheet: 'Budget', activeCell: 'B5' });
    await expectCell(page, 'B5', '9.500');
    // The name box names the formula's own cell, and its sheet's tab stays marked.
    expect(await nameBox(page).inputValue()).toBe('Forudsætninger!J40');
    expect(await tab.getAttribute('class')).toContain('is-formula-sheet');

    await page.keyboard.press('ArrowRight');
    expect(await bar.inputValue()).toBe('=SUM(Budget!C5');
    // The next arrow moves the pick, replacing the reference.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    expect(await bar.inputValue()).toBe('=SUM(Budget!B6');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await bar.inputValue()).toBe('=SUM(Budget!B6:B7');
    expect(await cellHasClass(page, 'B7', 'fx-mark-pick')).toBe(true);
    await screenshot(page, 'grid-picking-by-key-on-another-sheet');

    // After ";" the next arrow starts a new reference, next to the cell picked last.
    await page.keyboard.type(';');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await bar.inputValue()).toBe('=SUM(Budget!B6:B7;Budget!B8:B9');
    expect(await cellHasClass(page, 'B6', 'fx-mark-pick')).toBe(false);
    expect(await cellHasClass(page, 'B9', 'fx-mark-pick')).toBe(true);
    expect(await nameBox(page).inputValue()).toBe('Forudsætninger!J40');

    // After ")" no reference may follow: the arrow moves the caret, as before.
    await page.keyboard.type(')');
    await page.keyboard.press('ArrowLeft');
    const text = '=SUM(Budget!B6:B7;Budget!B8:B9)';
    expect(await bar.inputValue()).toBe(text);
    expect(await bar.evaluate((input) => (input as HTMLInputElement).selectionStart)).toBe(text.length - 1);

    await page.keyboard.press('Enter');
    await waitForSheet(page, 'Forudsætninger');
    // 12 + 6 + 6,3 + 4,9; Enter moved down from the formula's cell, as in the cell editor.
    await expectCell(page, 'J40', '29,2');
    expect(await nameBox(page).inputValue()).toBe('J41');
    expect(await tab.getAttribute('class')).not.toContain('is-formula-sheet');
    expect(await formulaOf(page, 'J40')).toBe(text);
  }, 30_000);

  it('Ctrl+Shift+Down on another sheet takes the filled block below its active cell; outside point mode Ctrl+arrow moves the caret', async () => {
    const bar = formulaBar(page);
    await typeFormulaToPickOn(page, { sheet: 'Forudsætninger', cell: 'J43', text: '=SUM(' }, { sheet: 'Budget', activeCell: 'B5' });
    // B4:B10 is filled and B11 empty: from B5 the pick runs to B10.
    await page.keyboard.press('Control+Shift+ArrowDown');
    expect(await bar.inputValue()).toBe('=SUM(Budget!B5:B10');
    expect(await cellHasClass(page, 'B10', 'fx-mark-pick')).toBe(true);
    expect(await cellHasClass(page, 'B11', 'fx-mark-pick')).toBe(false);

    await page.keyboard.type(')');
    const text = '=SUM(Budget!B5:B10)';
    await page.keyboard.press('Control+ArrowLeft');
    expect(await bar.inputValue()).toBe(text);
    expect(await bar.evaluate((input) => (input as HTMLInputElement).selectionStart)).toBeLessThan(text.length);

    await page.keyboard.press('Enter');
    await waitForSheet(page, 'Forudsætninger');
    // 9.500 + 12 + 6 + 6,3 + 4,9 + 15,4
    await expectCell(page, 'J43', '9.544,6');
    expect(await formulaOf(page, 'J43')).toBe(text);
  }, 30_000);

  it("the picked sheet's selection follows a pick by click and by keys, and stays there after Enter", async () => {
    const bar = formulaBar(page);
    await typeFormulaToPickOn(page, { sheet: 'Forudsætninger', cell: 'J49', text: '=SUM(' }, { sheet: 'Budget', activeCell: 'B5' });
    await gridCell(page, 'B8').click();
    expect(await bar.inputValue()).toBe('=SUM(Budget!B8');
    // Budget's old selection (B5) no longer shows beside the pick's outline: the pick is selected.
    expect(await selectedCells(page)).toEqual({ active: 'B8', selected: ['B8'] });

    await page.keyboard.type(';');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await bar.inputValue()).toBe('=SUM(Budget!B8;Budget!B9:B10');
    expect(await selectedCells(page)).toEqual({ active: 'B9', selected: ['B9', 'B10'] });
    // The edit goes on: the name box still names the formula's own cell.
    expect(await nameBox(page).inputValue()).toBe('Forudsætninger!J49');
    await screenshot(page, 'grid-selection-follows-pick-on-another-sheet');

    await page.keyboard.type(')');
    await page.keyboard.press('Enter');
    await waitForSheet(page, 'Forudsætninger');
    // 6,3 + 4,9 + 15,4
    await expectCell(page, 'J49', '26,6');
    await showSheet(page, 'Budget');
    expect(await nameBox(page).inputValue()).toBe('B9');
    expect(await selectedCells(page)).toEqual({ active: 'B9', selected: ['B9', 'B10'] });
    await showSheet(page, 'Forudsætninger');
    expect(await formulaOf(page, 'J49')).toBe('=SUM(Budget!B8;Budget!B9:B10)');
  }, 30_000);

  it("back on the formula's own sheet during a cross-sheet edit, an arrow picks an unqualified reference", async () => {
    const bar = formulaBar(page);
    await showSheet(page, 'Forudsætninger');
    await typeIntoCell(page, 'J47', '7');
    await typeFormulaToPickOn(page, { sheet: 'Forudsætninger', cell: 'J46', text: '=SUM(' }, { sheet: 'Budget', activeCell: 'B5' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type(';');
    expect(await bar.inputValue()).toBe('=SUM(Budget!B6;');

    await showSheet(page, 'Forudsætninger');
    expect(await nameBox(page).inputValue()).toBe('J46');
    await page.keyboard.press('ArrowDown');
    expect(await bar.inputValue()).toBe('=SUM(Budget!B6;J47');
    expect(await cellHasClass(page, 'J47', 'fx-mark-pick')).toBe(true);
    // The formula's own cell stays selected while picking on its sheet.
    expect(await selectedCells(page)).toEqual({ active: 'J46', selected: ['J46'] });

    await page.keyboard.type(')');
    await page.keyboard.press('Enter');
    // 12 + 7
    await expectCell(page, 'J46', '19');
    await expectNameBox(page, 'J47');
    expect(await formulaOf(page, 'J46')).toBe('=SUM(Budget!B6;J47)');
  }, 30_000);
});

/** Excel's keys and menus in the real grid: editing, moving, selecting, copying, filling, structure. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { expectNameBox, gridCell, goToCell, nameBox, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellHasClass, cellText, composeAcuteE, drag, expectCell, formulaBar, formulaOf, typeEntries, waitForSheet } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe('the grid as planners know it from Excel', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it('Enter commits and moves down, Tab moves right, Escape cancels an edit', async () => {
    await typeIntoCell(page, 'H20', '10');
    await expectNameBox(page, 'H21');
    await page.keyboard.type('20');
    await page.keyboard.press('Tab');
    await expectNameBox(page, 'I21');
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    await expectCell(page, 'H20', '10');
    await expectCell(page, 'H21', '20');
    expect(await cellText(page, 'I21')).toBe('');
  }, 30_000);

  it('a row typed with Tab and ended with Enter goes on at the next row of the column it began in', async () => {
    await goToCell(page, 'J22');
    await typeEntries(page, [['1', 'Tab'], ['2', 'Tab'], ['3', 'Enter']]);
    await expectNameBox(page, 'J23');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await expectCell(page, 'J23', '4');
    await expectCell(page, 'L22', '3');
    // Moving by Tab without typing starts a run too, as in Excel.
    await goToCell(page, 'J25');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectNameBox(page, 'J26');
    // Column A (the labels) is frozen: as in Excel, Home goes to the row's first unfrozen column and
    // Ctrl+Home to the unfrozen part's first cell, and the sheet's start shows again (the next
    // tests point at B10 with the mouse).
    await page.keyboard.press('Home');
    await expectNameBox(page, 'B26');
    await page.keyboard.press('Control+Home');
    await expectNameBox(page, 'B1');
    await gridCell(page, 'B10').waitFor();
  }, 30_000);

  it('F2 edits in place keeping the content; typing replaces it; Delete clears', async () => {
    await goToCell(page, 'H20');
    await page.keyboard.press('F2');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expectCell(page, 'H20', '105');
    await goToCell(page, 'H20');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expectCell(page, 'H20', '7');
    await goToCell(page, 'H20');
    await page.keyboard.press('Delete');
    await expectCell(page, 'H20', '');
  }, 30_000);

  it('a mouse drag and Shift+arrows select a range that copies as tab-separated text', async () => {
    await drag(page, gridCell(page, 'B10'), gridCell(page, 'C11'));
    expect(await gridCell(page, 'C11').getAttribute('class')).toContain('fx-sel');
    await gridCell(page, 'B10').click();
    // The click starts a new selection; wait for it before extending it from the keyboard.
    await waitUntil(async () => !(await cellHasClass(page, 'C11', 'fx-sel')), 'the click on B10 ends the dragged selection');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('31,00\t25,0 %\r\n3,2 %\t1,2 %\r\n');
  }, 30_000);

  it('Ctrl+D fills a formula down, moving its relative references', async () => {
    await typeIntoCell(page, 'I24', '=B10*2');
    await goToCell(page, 'I24');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+D');
    await goToCell(page, 'I26');
    expect(await formulaBar(page).inputValue()).toBe('=B12*2');
    await expectCell(page, 'I25', '0,064');
  }, 30_000);

  it('a formula in Danish shows in Danish and computes; an error explains itself', async () => {
    await typeIntoCell(page, 'H28', '=HVIS(B5>0,5;1;0)');
    await expectCell(page, 'H28', '1');
    await goToCell(page, 'H28');
    expect(await formulaBar(page).inputValue()).toBe('=HVIS(B5>0,5;1;0)');
    await typeIntoCell(page, 'H29', '=1/0');
    await expectCell(page, 'H29', '#DIVISION/0!');
    expect(await gridCell(page, 'H29').getAttribute('title')).toContain('Division med nul');
  }, 30_000);

  it('rows are inserted from the context menu and formulas follow their cells', async () => {
    await typeIntoCell(page, 'H31', '=H30+1');
    await typeIntoCell(page, 'H30', '41');
    await expectCell(page, 'H31', '42');
    await gridCell(page, 'H31').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Indsæt række over' }).click();
    await expectCell(page, 'H32', '42');
    await goToCell(page, 'H32');
    expect(await formulaBar(page).inputValue()).toBe('=H30+1');
  }, 30_000);

  it('the formula bar edits the active cell, and a percent cell edits as a percentage', async () => {
    await goToCell(page, 'B11');
    expect(await formulaBar(page).inputValue()).toBe('3,2 %');
    await formulaBar(page).fill('4 %');
    await formulaBar(page).press('Enter');
    await expectCell(page, 'B11', '4,0 %');
    await page.keyboard.press('ArrowDown');
    expect(await nameBox(page).inputValue()).toBe('B12');
  }, 30_000);

  it('Ctrl+Enter in the formula bar fills the selected cells, Ctrl+Shift+Enter puts a formula into the active cell only', async () => {
    for (const [i, figure] of ['1', '2'].entries()) await typeIntoCell(page, `N${40 + i}`, figure);
    for (const [from, keys] of [['O40', 'Control+Enter'], ['P40', 'Control+Shift+Enter']] as const) {
      await goToCell(page, from);
      await page.keyboard.press('Shift+ArrowDown');
      await formulaBar(page).fill('=N40*10');
      await formulaBar(page).press(keys);
    }
    await expectCell(page, 'O40', '10');
    await expectCell(page, 'O41', '20');
    expect(await formulaOf(page, 'O41')).toBe('=N41*10');
    await expectCell(page, 'P40', '10');
    expect(await formulaOf(page, 'P41')).toBe('');
  }, 30_000);

  it("in point mode Ctrl+Shift+arrow takes the filled block from the picked cell and Ctrl+arrow jumps the pick to the block's edge", async () => {
    for (const [i, figure] of ['10', '20', '30', '40'].entries()) await typeIntoCell(page, `L${41 + i}`, figure);
    await goToCell(page, 'L40');
    await page.keyboard.type('=SUM(');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Shift+ArrowDown');
    expect(await formulaBar(page).inputValue()).toBe('=SUM(L41:L44');
    expect(await cellHasClass(page, 'L41', 'fx-mark-pick')).toBe(true);
    expect(await cellHasClass(page, 'L44', 'fx-mark-pick')).toBe(true);
    await page.keyboard.type(')');
    await page.keyboard.press('Enter');
    await expectCell(page, 'L40', '100');

    // From below the block: Ctrl+Up jumps to its last cell, Ctrl+Shift+Up stretches to its first,
    // which is now the sum above it (filled cells, as Excel counts them).
    await goToCell(page, 'L47');
    await page.keyboard.type('=SUM(');
    await page.keyboard.press('Control+ArrowUp');
    expect(await formulaBar(page).inputValue()).toBe('=SUM(L44');
    await page.keyboard.press('Control+Shift+ArrowUp');
    expect(await formulaBar(page).inputValue()).toBe('=SUM(L40:L44');
    // After ")" no reference may go: Ctrl+arrow commits and moves, as before.
    await page.keyboard.type(')');
    await page.keyboard.press('Control+ArrowLeft');
    await expectNameBox(page, 'K47');
    await expectCell(page, 'L47', '200');
    expect(await formulaOf(page, 'L40')).toBe('=SUM(L41:L44)');
  }, 30_000);

  it('a dead key then a letter starts an edit of the active cell with the composed character', async () => {
    await goToCell(page, 'M30');
    await composeAcuteE(page, () => page.locator('.fx-editor').waitFor({ timeout: 10_000 }));
    await page.keyboard.type('t');
    await waitUntil(async () => (await page.locator('.fx-editor').inputValue()) === 'ét', 'the editor holds ét');
    await page.keyboard.press('Enter');
    await expectCell(page, 'M30', 'ét');
    await expectNameBox(page, 'M31');
  }, 30_000);

  it('sheets are added and renamed from the tabs', async () => {
    // A new sheet is named after the count of sheets it makes ("Ark 6" beside the template's five).
    const added = `Ark ${(await page.getByRole('tablist', { name: 'Ark', exact: true }).getByRole('tab').count()) + 1}`;
    await page.getByRole('button', { name: 'Tilføj ark' }).click();
    await page.getByRole('tab', { name: added }).waitFor();
    await page.getByRole('tab', { name: added }).dblclick();
    await page.getByRole('dialog').getByRole('textbox').fill('Noter');
    await page.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('tab', { name: 'Noter' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Noter' }).getAttribute('aria-selected')).toBe('true');
  }, 30_000);

  it('Ctrl+- deletes the rows selected whole and Ctrl++ inserts as many above, as in Excel', async () => {
    for (const [address, value] of [['V150', 'a'], ['V151', 'b'], ['V152', 'c']] as const) await typeIntoCell(page, address, value);
    await goToCell(page, 'V151');
    await page.keyboard.press('Shift+Space');
    await page.keyboard.press('Control+Minus');
    await expectCell(page, 'V151', 'c');
    await page.keyboard.press('Control+Shift+Equal');
    await expectCell(page, 'V152', 'c');
    await expectCell(page, 'V151', '');
    await expectCell(page, 'V150', 'a');
  }, 120_000);

  it('Shift+F11 adds a sheet before the one shown and shows it, as in Excel; not while a cell is being typed', async () => {
    const tabs = page.getByRole('tablist', { name: 'Ark', exact: true }).getByRole('tab');
    const before = await tabs.count();
    const shownBefore = await tabs.evaluateAll((all) => all.findIndex((tab) => tab.getAttribute('aria-selected') === 'true'));
    const shownName = await tabs.nth(shownBefore).textContent();
    await goToCell(page, 'T20');
    await page.keyboard.type('7');
    await page.keyboard.press('Shift+F11');
    await page.keyboard.press('Enter');
    await expectCell(page, 'T20', '7');
    expect(await tabs.count()).toBe(before);

    await page.keyboard.press('Shift+F11');
    await waitForSheet(page, `Ark ${before + 1}`);
    // Excel inserts the new sheet to the left of the active one; the sheet that was shown moves one tab right.
    await expect.poll(() => tabs.nth(shownBefore).textContent()).toBe(`Ark ${before + 1}`);
    await expect.poll(() => tabs.nth(shownBefore + 1).textContent()).toBe(shownName);
    await typeIntoCell(page, 'A1', 'nyt ark');
    await expectCell(page, 'A1', 'nyt ark');
  }, 120_000);
});

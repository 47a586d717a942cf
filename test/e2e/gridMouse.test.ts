/** The mouse in the real grid, as planners know it from Excel: picking references, the fill handle, cut and paste. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { gridCell, goToCell, nameBox, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellHasClass, columnHeader, drag, expectCell, formulaBar, formulaOf, rowHeader, showSheet, waitForSheet } from '../harness/gridPage.js';
import { createWorkspace, type TestWorkspace } from './workspaceApi.js';

describe('the grid under the mouse', () => {
  const live = serverAndBrowser();
  let workspace: TestWorkspace;
  let page: Page;

  beforeAll(async () => {
    workspace = await createWorkspace(live.server);
    page = await live.browser.openWorkbook(workspace.editorUrl);
  });

  it('clicking a cell while typing a formula inserts its address; a drag inserts a range', async () => {
    await typeIntoCell(page, 'H20', '5');
    await typeIntoCell(page, 'H21', '7');
    await goToCell(page, 'J20');
    await page.keyboard.type('=');
    await gridCell(page, 'H20').click();
    await page.keyboard.type('+');
    await gridCell(page, 'H21').click();
    // A second click replaces the reference just picked.
    await gridCell(page, 'H20').click();
    expect(await page.getByRole('textbox', { name: 'Redigér celle' }).inputValue()).toBe('=H20+H20');
    await page.keyboard.press('Enter');
    await expectCell(page, 'J20', '10');

    await goToCell(page, 'J21');
    await page.keyboard.type('=SUM(');
    await drag(page, gridCell(page, 'H20'), gridCell(page, 'H21'));
    await screenshot(page, 'grid-picking-a-range');
    await page.keyboard.type(')');
    await page.keyboard.press('Enter');
    await expectCell(page, 'J21', '12');
    expect(await formulaOf(page, 'J21')).toBe('=SUM(H20:H21)');

    // The same from the formula bar.
    await goToCell(page, 'J22');
    const bar = formulaBar(page);
    await bar.click();
    await bar.pressSequentially('=2*');
    await gridCell(page, 'H21').click();
    expect(await bar.inputValue()).toBe('=2*H21');
    await bar.press('Enter');
    await expectCell(page, 'J22', '14');
  });

  it('arrow keys pick references while a formula is typed (Shift+arrow a range), as in Excel', async () => {
    await typeIntoCell(page, 'L20', '3');
    await typeIntoCell(page, 'L21', '4');
    await goToCell(page, 'M20');
    await page.keyboard.type('=SUM(');
    await page.keyboard.press('ArrowLeft');
    const editor = page.getByRole('textbox', { name: 'Redigér celle' });
    expect(await editor.inputValue()).toBe('=SUM(L20');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await editor.inputValue()).toBe('=SUM(L20:L21');
    await page.keyboard.type(')');
    // After ")" no reference may follow: the arrow commits and moves, as before.
    await page.keyboard.press('ArrowDown');
    await expectCell(page, 'M20', '7');
    expect(await formulaOf(page, 'M20')).toBe('=SUM(L20:L21)');
  });

  it("a formula picks cells on another sheet through its tab; Enter commits to the formula's own cell and returns there", async () => {
    const bar = formulaBar(page);
    // Started in the cell (Forudsætninger, the first sheet): the edit goes on in the formula bar.
    await goToCell(page, 'J40');
    await page.keyboard.type('=SUM(');
    await showSheet(page, 'Budget');
    expect(await bar.inputValue()).toBe('=SUM(');
    await drag(page, gridCell(page, 'B6'), gridCell(page, 'B7'));
    await page.keyboard.type(';');
    await gridCell(page, 'B5').click();
    await screenshot(page, 'grid-picking-on-another-sheet');
    expect(await bar.inputValue()).toBe('=SUM(Budget!B6:B7;Budget!B5');
    await page.keyboard.type(')');
    await page.keyboard.press('Enter');
    await waitForSheet(page, 'Forudsætninger');
    // 12 + 6 + 9.500, and Enter moved down from the formula's cell as in the cell editor.
    await expectCell(page, 'J40', '9.518');
    expect(await nameBox(page).inputValue()).toBe('J41');
    expect(await formulaOf(page, 'J40')).toBe('=SUM(Budget!B6:B7;Budget!B5)');

    // Started in the formula bar: a pick on another sheet replaces the one just picked, as in
    // Excel; one on the formula's own sheet stays unqualified.
    await goToCell(page, 'J42');
    await bar.click();
    await bar.pressSequentially('=2*');
    await gridCell(page, 'J40').click();
    await showSheet(page, 'Budget');
    await gridCell(page, 'B6').click();
    expect(await bar.inputValue()).toBe('=2*Budget!B6');
    await page.keyboard.type('+');
    await showSheet(page, 'Forudsætninger');
    await gridCell(page, 'J40').click();
    expect(await bar.inputValue()).toBe('=2*Budget!B6+J40');
    await bar.press('Enter');
    await expectCell(page, 'J42', '9.542');

    // Escape cancels: back on the formula's sheet, the cell unchanged.
    await goToCell(page, 'J40');
    await page.keyboard.type('=1+');
    await showSheet(page, 'Budget');
    await gridCell(page, 'B8').click();
    expect(await bar.inputValue()).toBe('=1+Budget!B8');
    await page.keyboard.press('Escape');
    await waitForSheet(page, 'Forudsætninger');
    expect(await nameBox(page).inputValue()).toBe('J40');
    // The grid has the keys again.
    await waitUntil(() => page.evaluate(() => !!document.activeElement?.closest('.sheet-grid')), 'the grid has the focus');
    await page.keyboard.press('ArrowDown');
    expect(await nameBox(page).inputValue()).toBe('J41');
    await expectCell(page, 'J40', '9.518');
    expect(await formulaOf(page, 'J40')).toBe('=SUM(Budget!B6:B7;Budget!B5)');
  });

  it('a key pressed right after a click acts on the clicked cell, while the page is still busy with the click', async () => {
    await goToCell(page, 'H30');
    // Long tasks after the press and after the release, ahead of ordinary timers, as on a busy
    // machine: the key comes while the page is still busy with the click. AG Grid tells the press
    // in a timeout, which the browser runs after input: the key moved from H30, and the click's
    // selection came after it (likely scrollPreview.test's CI failures, the name box C93 for C94).
    // The mouse itself, not a locator's click, which asks the page once more after the click.
    await page.evaluate(`(() => {
      const busy = () => { const end = performance.now() + 300; while (performance.now() < end); };
      window.holdAfterPress = (event) => { if (event.isTrusted) scheduler.postTask(busy, { priority: 'user-blocking' }); };
      document.addEventListener('pointerdown', window.holdAfterPress, true);
      document.addEventListener('mouseup', window.holdAfterPress, true);
    })()`);
    try {
      const cell = (await gridCell(page, 'J32').boundingBox())!;
      await page.mouse.click(cell.x + cell.width / 2, cell.y + cell.height / 2);
      await page.keyboard.press('ArrowDown');
      await waitUntil(async () => (await nameBox(page).inputValue()) === 'J33', 'the name box shows J33');
    } finally {
      await page.evaluate(`(() => {
        document.removeEventListener('pointerdown', window.holdAfterPress, true);
        document.removeEventListener('mouseup', window.holdAfterPress, true);
      })()`);
    }
  });

  it('dragging the fill handle fills a formula down and continues a number series', async () => {
    await typeIntoCell(page, 'I24', '=H24*2');
    await typeIntoCell(page, 'H24', '1');
    await typeIntoCell(page, 'H25', '2');
    // The series: H24:H25 selected, its handle dragged to H27.
    await goToCell(page, 'H24');
    await page.keyboard.press('Shift+ArrowDown');
    await drag(page, gridCell(page, 'H25').locator('.fx-fill-handle'), gridCell(page, 'H27'));
    await expectCell(page, 'H27', '4');
    await expectCell(page, 'H26', '3');
    // The formula: I24 filled down to I27 follows its row.
    await goToCell(page, 'I24');
    await drag(page, gridCell(page, 'I24').locator('.fx-fill-handle'), gridCell(page, 'I27'));
    await expectCell(page, 'I27', '8');
    expect(await formulaOf(page, 'I27')).toBe('=H27*2');
  });

  it('dragging the fill handle from one time cell adds an hour a cell, as Excel: 09:00 → 10:00 → 11:00', async () => {
    await typeIntoCell(page, 'J24', '9:00');
    await goToCell(page, 'J24');
    await drag(page, gridCell(page, 'J24').locator('.fx-fill-handle'), gridCell(page, 'J26'));
    await expectCell(page, 'J25', '10:00');
    await expectCell(page, 'J26', '11:00');
    await waitUntil(async () => (await formulaOf(page, 'J26')) === '11:00:00', 'J26 is the time 11:00:00');
  });

  it('cut and paste moves a cell, and a formula that referred to it follows', async () => {
    await typeIntoCell(page, 'H30', '41');
    await typeIntoCell(page, 'H31', '=H30+1');
    await expectCell(page, 'H31', '42');
    await goToCell(page, 'H30');
    await page.keyboard.press('Control+X');
    await waitUntil(() => cellHasClass(page, 'H30', 'fx-mark-cut'), 'the cut cell is outlined');
    await screenshot(page, 'grid-cut-marked');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^41(\r\n)?$/);
    await goToCell(page, 'K30');
    await page.keyboard.press('Control+V');
    await expectCell(page, 'K30', '41');
    await expectCell(page, 'H30', '');
    await expectCell(page, 'H31', '42');
    expect(await formulaOf(page, 'H31')).toBe('=K30+1');
    // One undo puts the cell and the formula back.
    await page.keyboard.press('Control+Z');
    await expectCell(page, 'H30', '41');
    expect(await formulaOf(page, 'H31')).toBe('=H30+1');
  });

  it("asks an editor's name once and remembers it; a viewer is not asked", async () => {
    const context = await live.browser.newContext({ namePrompt: true });
    const viewer = await live.browser.openWorkbook(workspace.viewerUrl, context);
    expect(await viewer.getByRole('dialog').count()).toBe(0);
    await viewer.close();

    const editor = await live.browser.openWorkbook(workspace.editorUrl, context);
    const dialog = editor.getByRole('dialog', { name: 'Hvad hedder du?' });
    await dialog.waitFor();
    await screenshot(editor, 'name-prompt');
    await dialog.getByRole('textbox', { name: 'Navn, som dine kolleger ser' }).fill('Anna Berg');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await editor.getByRole('button', { name: /Anna Berg/ }).waitFor();
    await editor.reload();
    await gridCell(editor, 'A1').waitFor();
    await editor.getByRole('button', { name: /Anna Berg/ }).waitFor();
    expect(await editor.getByRole('dialog').count()).toBe(0);
  });

  it('Shift+click on a row number or a column letter selects whole lines from the active cell to it, the active cell kept (Excel)', async () => {
    await goToCell(page, 'C30');
    await rowHeader(page, 33).click({ modifiers: ['Shift'] });
    await expect.poll(() => cellHasClass(page, 'E33', 'fx-sel')).toBe(true);
    expect(await cellHasClass(page, 'A30', 'fx-sel')).toBe(true);
    expect(await cellHasClass(page, 'C29', 'fx-sel')).toBe(false);
    expect(await cellHasClass(page, 'C30', 'fx-active')).toBe(true);
    await expect.poll(() => nameBox(page).inputValue()).toBe('C30');

    await goToCell(page, 'D31');
    await columnHeader(page, 'F').click({ modifiers: ['Shift'] });
    await expect.poll(() => cellHasClass(page, 'F25', 'fx-sel')).toBe(true);
    expect(await cellHasClass(page, 'E40', 'fx-sel')).toBe(true);
    expect(await cellHasClass(page, 'C31', 'fx-sel')).toBe(false);
    expect(await cellHasClass(page, 'D31', 'fx-active')).toBe(true);
    await screenshot(page, 'grid-shift-click-column-letters');
  }, 120_000);
});

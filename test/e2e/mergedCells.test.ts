/**
 * Merged cells in the real grid, as a planner puts a heading over month columns: "Flet og centrer" in
 * the cell menu makes the selected cells one wide cell holding the first cell's text (asking first
 * when other cells hold something, as Excel warns), centred, formulas read
 * the others as blank, the arrow keys treat the area as one cell, and "Ophæv fletning" splits it
 * again; an area over several rows shows as one tall cell. Works in an empty corner of the
 * template's first sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNameBox, goToCell, gridCell, screenshot, serverAndBrowser, typeIntoCell, waitUntil } from '../harness/browserHarness.js';
import { cellText } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

async function chooseFromCellMenu(page: Page, address: string, item: string): Promise<void> {
  await gridCell(page, address).click({ button: 'right' });
  await page.getByRole('menuitem', { name: item }).click();
}

async function cellWidth(page: Page, address: string): Promise<number> {
  return (await gridCell(page, address).boundingBox())?.width ?? 0;
}

/** The box of the grid cell (AG Grid's, with its spans) showing `address`. */
async function spanned(page: Page, address: string): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate((at) => {
    const box = document.querySelector(`[data-cell="${at}"]`)?.closest('.ag-cell')?.getBoundingClientRect();
    return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : { x: 0, y: 0, width: 0, height: 0 };
  }, address);
}

describe('merged cells', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it('"Flet og centrer" shows the selection as one cell, formulas read its other cells blank, the keys step over it, and "Ophæv fletning" splits it', async () => {
    await typeIntoCell(page, 'L60', 'Kvartal 1');
    await typeIntoCell(page, 'M60', '7');
    await typeIntoCell(page, 'L62', '=M60+1');
    await waitUntil(async () => (await cellText(page, 'L62')) === '8', 'L62 reads M60');
    const single = await cellWidth(page, 'L61');

    await goToCell(page, 'L60');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await chooseFromCellMenu(page, 'L60', 'Flet og centrer');
    // M60 holds 7: merging keeps only the top-left value, so the planner is asked first.
    await page.getByRole('dialog').getByRole('button', { name: 'Flet', exact: true }).click();
    await waitUntil(async () => (await page.locator('[data-cell="M60"]').count()) === 0, 'M60 is covered by the merged cell');
    await waitUntil(async () => (await cellWidth(page, 'L60')) > 2.5 * single, 'L60 spans three columns');
    expect(await cellText(page, 'L60')).toBe('Kvartal 1');
    await waitUntil(async () => (await cellText(page, 'L62')) === '1', 'M60 is blank once merged, as in Excel');
    await screenshot(page, 'merged-heading');

    // Into the area from the left: its top-left cell; on to the right: past its far edge.
    await goToCell(page, 'K60');
    await page.keyboard.press('ArrowRight');
    await expectNameBox(page, 'L60');
    await page.keyboard.press('ArrowRight');
    await expectNameBox(page, 'O60');
    await page.keyboard.press('ArrowLeft');
    await expectNameBox(page, 'L60');

    await chooseFromCellMenu(page, 'L60', 'Ophæv fletning');
    await waitUntil(async () => (await page.locator('[data-cell="M60"]').count()) === 1, 'M60 is a cell of its own again');
    expect(Math.abs((await cellWidth(page, 'L60')) - single)).toBeLessThanOrEqual(1);
  }, 120_000);

  it('an area over several rows shows as one cell: its text once, the rows below covered, a click on them picks the area', async () => {
    await typeIntoCell(page, 'L70', 'Halvår');
    await goToCell(page, 'L70');
    for (const key of ['Shift+ArrowRight', 'Shift+ArrowDown', 'Shift+ArrowDown']) await page.keyboard.press(key);
    await chooseFromCellMenu(page, 'L70', 'Flet og centrer');
    // The grid is made again for row spanning: wait for the tall cell.
    await waitUntil(async () => (await spanned(page, 'L70')).height > 2.5 * (await spanned(page, 'L69')).height, 'L70 spans three rows');
    expect((await spanned(page, 'L70')).width).toBeGreaterThan(1.5 * (await spanned(page, 'L69')).width);
    expect(await page.evaluate(() => document.querySelectorAll('[data-cell="M71"], [data-cell="M72"]').length)).toBe(0);
    expect(await cellText(page, 'L70')).toBe('Halvår');
    // What shows at L72's place is the area's cell, so a click there picks L70, as in Excel (the area scrolled up into view first; the point near the cell's left edge, in view).
    await goToCell(page, 'L80');
    const lowest = await spanned(page, 'L72');
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-cell]')?.getAttribute('data-cell'), { x: lowest.x + 10, y: lowest.y + lowest.height / 2 })).toBe('L70');
    await page.mouse.click(lowest.x + 10, lowest.y + lowest.height / 2);
    await expectNameBox(page, 'L70');
    await screenshot(page, 'merged-rows');
  }, 120_000);

  it('a paste that would land on a covered cell is refused with Excel\'s sentence, nothing stored; one on the area\'s own cell is kept', async () => {
    await goToCell(page, 'L90');
    await page.keyboard.press('Shift+ArrowRight');
    await chooseFromCellMenu(page, 'L90', 'Flet og centrer');
    await waitUntil(async () => (await page.locator('[data-cell="M90"]').count()) === 0, 'L90:M90 merged');
    await goToCell(page, 'K90');
    await page.evaluate((text) => navigator.clipboard.writeText(text), '1\t2\t3\r\n');
    await page.keyboard.press('Control+V');
    await page.getByText('Vi kan ikke gøre det med en flettet celle', { exact: false }).waitFor();
    await typeIntoCell(page, 'K92', '=K90+COUNT(M90)');
    await waitUntil(async () => (await cellText(page, 'K92')) === '0', 'K90 and M90 hold nothing');
    await page.evaluate((text) => navigator.clipboard.writeText(text), '1\t2\r\n');
    await goToCell(page, 'K90');
    await page.keyboard.press('Control+V');
    await waitUntil(async () => (await cellText(page, 'L90')) === '2', 'L90, the area\'s own cell, takes the paste');
  }, 120_000);

  it('asks before a merge empties other cells: cancelled, nothing changes; merged, the text is centred, and one Ctrl+Z brings the values and the cells back', async () => {
    await typeIntoCell(page, 'L100', 'Mål');
    await typeIntoCell(page, 'M100', '5');
    await typeIntoCell(page, 'N100', '6');
    await typeIntoCell(page, 'L102', '=SUM(L100:N100)');
    await waitUntil(async () => (await cellText(page, 'L102')) === '11', 'L102 sums M100 and N100');
    await goToCell(page, 'L100');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');

    await chooseFromCellMenu(page, 'L100', 'Flet og centrer');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Fletning af celler bevarer kun værdien øverst til venstre').waitFor();
    await expect.poll(() => dialog.textContent()).toContain('De 2 andre celler');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await waitUntil(async () => (await dialog.count()) === 0, 'the question closed');
    expect(await page.locator('[data-cell="M100"]').count()).toBe(1);
    expect(await cellText(page, 'M100')).toBe('5');

    await chooseFromCellMenu(page, 'L100', 'Flet og centrer');
    await dialog.getByRole('button', { name: 'Flet', exact: true }).click();
    await waitUntil(async () => (await page.locator('[data-cell="M100"]').count()) === 0, 'L100:N100 merged');
    await waitUntil(async () => (await cellText(page, 'L102')) === '0', 'M100 and N100 emptied by the merge');
    expect(await page.evaluate(() => {
      const cell = document.querySelector('[data-cell="L100"]')?.closest('.ag-cell');
      return cell ? getComputedStyle(cell).textAlign : '';
    })).toBe('center');

    // The emptied cells come back with the merge's own undo step, as in Excel.
    await goToCell(page, 'L100');
    await page.keyboard.press('Control+Z');
    await waitUntil(async () => (await page.locator('[data-cell="M100"]').count()) === 1, 'one undo unmerges');
    await waitUntil(async () => (await cellText(page, 'L102')) === '11', 'the same undo brings M100 and N100 back');
    expect(await cellText(page, 'M100')).toBe('5');
  }, 180_000);

  it('a cut merged heading moves with its cells, a copied one is merged again where it is pasted, and a cut onto part of another area is refused', async () => {
    const select = async (from: string, to: string): Promise<void> => {
      await gridCell(page, from).click();
      await gridCell(page, to).click({ modifiers: ['Shift'] });
    };
    await typeIntoCell(page, 'L110', 'Overskrift');
    await goToCell(page, 'L110');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await chooseFromCellMenu(page, 'L110', 'Flet og centrer');
    await waitUntil(async () => (await page.locator('[data-cell="M110"]').count()) === 0, 'L110:N110 merged');

    await select('L110', 'O110');
    await page.keyboard.press('Control+X');
    await goToCell(page, 'L115');
    await page.keyboard.press('Control+V');
    await waitUntil(async () => (await page.locator('[data-cell="M115"]').count()) === 0, 'the area moved to L115:N115');
    await waitUntil(async () => (await page.locator('[data-cell="M110"]').count()) === 1, 'L110:N110 is no longer merged');
    expect(await cellText(page, 'L115')).toBe('Overskrift');

    await select('L115', 'O115');
    await page.keyboard.press('Control+C');
    await goToCell(page, 'L120');
    await page.keyboard.press('Control+V');
    await waitUntil(async () => (await page.locator('[data-cell="M120"]').count()) === 0, 'the copy is merged at L120:N120');
    expect(await cellText(page, 'L120')).toBe('Overskrift');
    expect(await page.locator('[data-cell="M115"]').count()).toBe(0);

    // L115:O115 cut onto K120 would put the heading's area over part of L120:N120: refused, nothing moved.
    await select('L115', 'O115');
    await page.keyboard.press('Control+X');
    await goToCell(page, 'K120');
    await page.keyboard.press('Control+V');
    await typeIntoCell(page, 'K130', 'efter');
    await waitUntil(async () => (await cellText(page, 'K130')) === 'efter', 'the next entry shows');
    expect(await cellText(page, 'K120')).toBe('');
    expect(await cellText(page, 'L115')).toBe('Overskrift');
    expect(await page.locator('[data-cell="M115"], [data-cell="M120"]').count()).toBe(0);
  }, 180_000);
});

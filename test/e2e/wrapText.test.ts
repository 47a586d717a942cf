/**
 * Excel's Wrap Text in the real grid: a line break typed with Alt+Enter turns it on, the cell
 * shows its lines (a long line broken at the column's width) and its row grows to fit them, as
 * Excel auto-fits a row whose height was never set by hand. Each test works in its own empty
 * corner of the template's first sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { expectNameBox, goToCell, gridCell, screenshot, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellHasClass, formulaOf, showSheet } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

/** The height of the cell at `address` on screen, in pixels. */
async function cellHeight(page: Page, address: string): Promise<number> {
  return (await gridCell(page, address).boundingBox())?.height ?? 0;
}

/** The lines the cell at `address` shows (its text as laid out, line by line). */
async function shownLines(page: Page, address: string): Promise<string[]> {
  return (await gridCell(page, address).innerText()).split('\n');
}

/** Types `lines` into the active cell with Alt+Enter between them and commits with Enter. */
async function typeLines(page: Page, address: string, lines: readonly string[]): Promise<void> {
  await goToCell(page, address);
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Alt+Enter');
    await page.keyboard.type(line);
  }
  await page.keyboard.press('Enter');
}

describe('Wrap Text', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it('a line break typed with Alt+Enter turns on Wrap Text: the cell shows both lines and its row grows to fit them', async () => {
    await goToCell(page, 'M60');
    const before = await cellHeight(page, 'M60');
    await typeLines(page, 'L60', ['Linje 1', 'Linje 2']);
    await expectNameBox(page, 'L61');
    await waitUntil(() => cellHasClass(page, 'L60', 'fx-wrap'), 'L60 wraps its text');
    await waitUntil(async () => (await cellHeight(page, 'L60')) >= 2 * 17, 'row 60 is tall enough for two lines');
    expect(await shownLines(page, 'L60')).toEqual(['Linje 1', 'Linje 2']);
    // The whole row grew, and the row below starts where it ends.
    expect(await cellHeight(page, 'M60')).toBe(await cellHeight(page, 'L60'));
    expect(before).toBeLessThan(await cellHeight(page, 'M60'));
    const row60 = (await gridCell(page, 'L60').boundingBox())!;
    const row61 = (await gridCell(page, 'L61').boundingBox())!;
    expect(Math.abs(row61.y - (row60.y + row60.height))).toBeLessThanOrEqual(1);
    await screenshot(page, 'wrap-text-two-lines');
    expect(await formulaOf(page, 'L60')).toBe('Linje 1\nLinje 2');
  }, 60_000);

  it("a wrapped cell's long line wraps at the column's width, and its row shrinks back once the text is deleted", async () => {
    const long = 'Ledige med dagpenge i mere end seks måneder';
    await typeLines(page, 'L70', ['Kort', long]);
    await waitUntil(async () => (await shownLines(page, 'L70')).length >= 3, 'the long line is broken at the column width');
    const lines = await shownLines(page, 'L70');
    expect(lines[0]).toBe('Kort');
    expect(lines.slice(1).join(' ')).toBe(long);
    await waitUntil(async () => (await cellHeight(page, 'L70')) >= lines.length * 17, `row 70 is tall enough for ${lines.length} lines`);
    await goToCell(page, 'L70');
    await page.keyboard.press('Delete');
    await waitUntil(async () => (await cellHeight(page, 'L70')) === (await cellHeight(page, 'L72')), 'row 70 is back to the height of the rows around it');
  }, 60_000);

  it('undo takes back the entry and its Wrap Text together', async () => {
    await typeLines(page, 'L80', ['a', 'b']);
    await waitUntil(() => cellHasClass(page, 'L80', 'fx-wrap'), 'L80 wraps its text');
    await goToCell(page, 'L82');
    await page.keyboard.press('Control+z');
    await waitUntil(async () => (await gridCell(page, 'L80').innerText()).trim() === '', 'L80 is empty again');
    expect(await cellHasClass(page, 'L80', 'fx-wrap')).toBe(false);
    await waitUntil(async () => (await cellHeight(page, 'L80')) === (await cellHeight(page, 'L82')), 'row 80 is back to the height of the rows around it');
  }, 60_000);

  it('a frozen row grows too, and the rows below it start under it', async () => {
    // Fremskrivning's first row (the months) is frozen, as its labels suggest.
    await showSheet(page, 'Fremskrivning');
    await goToCell(page, 'Z1');
    expect(await page.locator('.ag-row-pinned [data-cell="Z1"]').count()).toBe(1);
    await typeLines(page, 'Z1', ['Note', 'to linjer']);
    await waitUntil(async () => (await cellHeight(page, 'Z1')) >= 2 * 17, 'the frozen row 1 is tall enough for two lines');
    await goToCell(page, 'Z2');
    const row1 = (await gridCell(page, 'Z1').boundingBox())!;
    const row2 = (await gridCell(page, 'Z2').boundingBox())!;
    expect(row2.y).toBeGreaterThanOrEqual(row1.y + row1.height - 1);
  }, 60_000);
});

/**
 * Excel's selection and entry keys in the real grid, beyond moving and editing (gridKeys.test.ts):
 * typing into a selected block, Ctrl+Enter, selecting rows, columns, the region and the last cell,
 * and today's date. Each test works in its own empty corner of the template's first sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { expectNameBox, goToCell, gridCell, nameBox, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { expectCell, formulaBar, formulaOf } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

/** Waits until each cell is painted selected (`true`) or not (`false`). */
async function expectSelected(page: Page, cells: Record<string, boolean>): Promise<void> {
  for (const [address, selected] of Object.entries(cells)) {
    // A cell not drawn (scrolled out of view) counts as not yet answering, so the wait fails by its message.
    const painted = async (): Promise<boolean | null> => ((await gridCell(page, address).getAttribute('class', { timeout: 1_000 }).catch(() => null)) ?? '').split(/\s+/).includes('fx-sel');
    await waitUntil(async () => (await painted()) === selected, `${address} is ${selected ? '' : 'not '}selected`);
  }
}

/** Goes to `from` and stretches the selection with Shift+arrows (`down` rows, `right` columns). */
async function selectBlock(page: Page, from: string, down: number, right: number): Promise<void> {
  await goToCell(page, from);
  for (let i = 0; i < down; i++) await page.keyboard.press('Shift+ArrowDown');
  for (let i = 0; i < right; i++) await page.keyboard.press('Shift+ArrowRight');
}

describe("Excel's selection and entry keys", () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it('values typed into a selected block with Enter fill it column by column, and the block stays selected', async () => {
    await selectBlock(page, 'H40', 1, 1);
    for (const [value, next] of [['1', 'H41'], ['2', 'I40'], ['3', 'I41']]) {
      await page.keyboard.type(value!);
      await page.keyboard.press('Enter');
      await expectNameBox(page, next!);
    }
    await expectCell(page, 'H40', '1');
    await expectCell(page, 'H41', '2');
    await expectCell(page, 'I40', '3');
    await expectSelected(page, { H40: true, I41: true });
  }, 30_000);

  it("Ctrl+Enter puts the typed formula into every selected cell, each with its own references, and keeps the selection", async () => {
    for (const [i, value] of ['5', '6', '7'].entries()) await typeIntoCell(page, `J${44 + i}`, value);
    await selectBlock(page, 'K44', 2, 0);
    await page.keyboard.type('=J44*2');
    await page.keyboard.press('Control+Enter');
    await expectCell(page, 'K44', '10');
    await expectCell(page, 'K45', '12');
    await expectCell(page, 'K46', '14');
    await expectNameBox(page, 'K44');
    await expectSelected(page, { K44: true, K46: true });
    expect(await formulaOf(page, 'K46')).toBe('=J46*2');
  }, 30_000);

  it('one Ctrl+Z takes back a Ctrl+Enter over the whole selection', async () => {
    await selectBlock(page, 'L50', 0, 2);
    await page.keyboard.type('x');
    await page.keyboard.press('Control+Enter');
    await expectCell(page, 'N50', 'x');
    await page.keyboard.press('Control+Z');
    await expectCell(page, 'L50', '');
    await expectCell(page, 'N50', '');
  }, 30_000);

  it("Shift+Space selects the active cell's row and starts no edit", async () => {
    await goToCell(page, 'H56');
    await page.keyboard.press('Shift+Space');
    await expectSelected(page, { A56: true, G56: true, I56: true, H57: false });
    expect(await page.locator('.fx-editor').count()).toBe(0);
  }, 30_000);

  it("Ctrl+Space selects the active cell's column", async () => {
    await goToCell(page, 'H56');
    await page.keyboard.press('Control+Space');
    await expectSelected(page, { H54: true, H58: true, I56: false });
  }, 30_000);

  it('Ctrl+A selects the filled block around the active cell, and pressed again the whole sheet', async () => {
    for (const address of ['I60', 'J60', 'I61', 'J61']) await typeIntoCell(page, address, '1');
    await goToCell(page, 'J61');
    await page.keyboard.press('Control+A');
    await expectSelected(page, { I60: true, J61: true, K61: false, I62: false });
    await page.keyboard.press('Control+A');
    await expectSelected(page, { K61: true, I62: true });
  }, 30_000);

  it('Ctrl+End goes to the last used row and column, and to a cell typed beyond them', async () => {
    await goToCell(page, 'B10');
    await page.keyboard.press('Control+End');
    await waitUntil(async () => (await nameBox(page).inputValue()) !== 'B10', 'Ctrl+End moves');
    const [, column, row] = /^([A-Z])(\d+)$/.exec(await nameBox(page).inputValue())!;
    const beyond = `${String.fromCharCode(column!.charCodeAt(0) + 1)}${Number(row) + 1}`;
    await typeIntoCell(page, beyond, 'sidst');
    await goToCell(page, 'B10');
    await page.keyboard.press('Control+End');
    await expectNameBox(page, beyond);
  }, 30_000);

  it("Ctrl+; types today's date, which Enter stores as a date", async () => {
    const today = new Date();
    const two = (n: number): string => String(n).padStart(2, '0');
    const shown = `${two(today.getDate())}-${two(today.getMonth() + 1)}-${today.getFullYear()}`;
    await goToCell(page, 'H66');
    await page.keyboard.press('Control+;');
    await waitUntil(async () => (await formulaBar(page).inputValue()) === shown, `the editor holds ${shown}`);
    await page.keyboard.press('Enter');
    await expectCell(page, 'H66', shown);
    // A date, not text: DAG (DAY) reads its day of the month.
    await typeIntoCell(page, 'I66', '=DAG(H66)');
    await expectCell(page, 'I66', String(today.getDate()));
  }, 30_000);

  it('F4 while a formula is typed makes the reference at the caret absolute, and pressed again fixes only its row', async () => {
    await goToCell(page, 'H70');
    await page.keyboard.type('=SUM(B10');
    await page.keyboard.press('F4');
    expect(await formulaBar(page).inputValue()).toBe('=SUM($B$10');
    await page.keyboard.press('F4');
    await page.keyboard.type(')*2');
    await page.keyboard.press('Enter');
    expect(await formulaOf(page, 'H70')).toBe('=SUM(B$10)*2');
  }, 30_000);
});

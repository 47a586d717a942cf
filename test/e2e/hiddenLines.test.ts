/**
 * Hidden rows and columns in the real grid, as a planner hides a helper column or detail rows:
 * "Skjul kolonne" in the cell menu removes the column from the grid, the arrow keys step over it
 * as Excel's do, SUBTOTAL(109,…) passes over hidden rows, and "Vis skjulte kolonner" over a
 * selection across it shows it again. Works in an empty corner of the template's first sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNameBox, goToCell, gridCell, nameBox, screenshot, serverAndBrowser, typeIntoCell, waitUntil } from '../harness/browserHarness.js';
import { cellText, columnHeader, rowHeader } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

async function chooseFromCellMenu(page: Page, address: string, item: string): Promise<void> {
  await gridCell(page, address).click({ button: 'right' });
  await page.getByRole('menuitem', { name: item }).click();
}

const shown = async (page: Page, address: string): Promise<number> => page.locator(`[data-cell="${address}"]`).count();

/** Selects `rows` cells down from `address` and hides their rows from the cell menu. */
async function hideRows(page: Page, address: string, rows: number): Promise<void> {
  await goToCell(page, address);
  for (let i = 1; i < rows; i++) await page.keyboard.press('Shift+ArrowDown');
  await chooseFromCellMenu(page, address, rows === 1 ? 'Skjul række' : `Skjul ${rows} rækker`);
  await waitUntil(async () => (await shown(page, address)) === 0, `row ${address} is no longer shown`);
}

/**
 * Clicks the marker named `name` (there once) and waits for the hidden `address` to show `text` again; the marker goes.
 * `underScrollBar`: the marker lies on the sheet's last row, under AG Grid's horizontal scroll bar,
 * which lies over the rows where scroll bars take no room (the test browser hides them; macOS
 * overlays them): the click is sent to the marker itself.
 */
async function showByMarker(page: Page, name: string, address: string, text: string, underScrollBar = false): Promise<void> {
  const marker = page.getByRole('button', { name });
  await waitUntil(async () => (await marker.count()) === 1, `the marker "${name}" is shown`);
  await screenshot(page, `hidden-marker-${address}`);
  if (underScrollBar) await marker.dispatchEvent('click');
  else await marker.click();
  await waitUntil(async () => (await shown(page, address)) === 1, `${address} is shown again`);
  expect(await cellText(page, address)).toBe(text);
  expect(await marker.count()).toBe(0);
}

describe('hidden rows and columns', () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  it('"Skjul kolonne" removes the column, the arrow keys step over it, and "Vis skjulte kolonner" brings it back', async () => {
    await typeIntoCell(page, 'M60', 'hjælp');
    await goToCell(page, 'M60');
    await waitUntil(async () => (await shown(page, 'M60')) === 1, 'M60 is in the grid');
    await chooseFromCellMenu(page, 'M60', 'Skjul kolonne');
    await waitUntil(async () => (await shown(page, 'M60')) === 0, 'column M is no longer shown');
    expect(await shown(page, 'L60')).toBe(1);
    await screenshot(page, 'hidden-column');

    await goToCell(page, 'L60');
    await page.keyboard.press('ArrowRight');
    await expectNameBox(page, 'N60');
    await page.keyboard.press('ArrowLeft');
    await expectNameBox(page, 'L60');

    await page.keyboard.press('Shift+ArrowRight');
    await expectNameBox(page, 'L60');
    await chooseFromCellMenu(page, 'L60', 'Vis skjulte kolonner');
    await waitUntil(async () => (await shown(page, 'M60')) === 1, 'column M is shown again');
    expect(await cellText(page, 'M60')).toBe('hjælp');
  }, 120_000);

  it('hidden rows leave the grid, Down steps over them and SUBTOTAL(109,…) passes over them', async () => {
    await typeIntoCell(page, 'L70', '1');
    await typeIntoCell(page, 'L71', '20');
    await typeIntoCell(page, 'L72', '300');
    await typeIntoCell(page, 'L74', '=SUBTOTAL(109;L70:L72)');
    await waitUntil(async () => (await cellText(page, 'L74')) === '321', 'SUBTOTAL counts every shown row');
    await goToCell(page, 'L71');
    await chooseFromCellMenu(page, 'L71', 'Skjul række');
    await waitUntil(async () => (await shown(page, 'L71')) === 0, 'row 71 is no longer shown');
    await waitUntil(async () => (await cellText(page, 'L74')) === '301', 'SUBTOTAL(109) passes over the hidden row');
    await goToCell(page, 'L70');
    await page.keyboard.press('ArrowDown');
    await expectNameBox(page, 'L72');
    await page.keyboard.press('ArrowUp');
    await expectNameBox(page, 'L70');
  }, 120_000);

  it('a marker on the row number and the column letter after hidden lines names them and shows them again when clicked', async () => {
    await typeIntoCell(page, 'P81', 'detalje');
    await hideRows(page, 'P80', 3);
    await showByMarker(page, 'Skjulte rækker 80–82', 'P81', 'detalje');

    await typeIntoCell(page, 'R85', 'hjælp');
    await goToCell(page, 'R85');
    await chooseFromCellMenu(page, 'R85', 'Skjul kolonne');
    await waitUntil(async () => (await shown(page, 'R85')) === 0, 'column R is no longer shown');
    await showByMarker(page, 'Skjult kolonne R', 'R85', 'hjælp');
  }, 180_000);

  it('"Vis skjulte rækker" and "Vis skjulte kolonner" from the header menu over lines selected around hidden ones', async () => {
    await hideRows(page, 'P90', 2);
    await rowHeader(page, 89).click();
    await rowHeader(page, 92).click({ modifiers: ['Shift'] });
    await rowHeader(page, 92).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Vis skjulte rækker' }).click();
    await waitUntil(async () => (await shown(page, 'P90')) === 1 && (await shown(page, 'P91')) === 1, 'rows 90–91 are shown again');

    await goToCell(page, 'T95');
    await chooseFromCellMenu(page, 'T95', 'Skjul kolonne');
    await waitUntil(async () => (await shown(page, 'T95')) === 0, 'column T is no longer shown');
    await goToCell(page, 'S95');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+Space');
    await columnHeader(page, 'U').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Vis skjulte kolonner' }).click();
    await waitUntil(async () => (await shown(page, 'T95')) === 1, 'column T is shown again');
  }, 180_000);

  it('Ctrl+Down runs past a hidden empty row to the end of the figures, as in Excel', async () => {
    for (const [address, value] of [['P100', '1'], ['P101', '2'], ['P103', '4'], ['P104', '5']] as const) await typeIntoCell(page, address, value);
    await hideRows(page, 'P102', 1);
    await goToCell(page, 'P100');
    await page.keyboard.press('Control+ArrowDown');
    await expectNameBox(page, 'P104');
    await page.keyboard.press('Control+ArrowUp');
    await expectNameBox(page, 'P100');
  }, 180_000);

  it('rows and columns hidden at the end of the sheet have a marker on the last shown line that shows them again', async () => {
    await goToCell(page, 'W200');
    await page.keyboard.press('Control+ArrowDown');
    const last = Number((await nameBox(page).inputValue()).slice(1));
    await typeIntoCell(page, `W${last}`, 'sidst');
    await hideRows(page, `W${last - 1}`, 2);
    await goToCell(page, `W${last - 2}`);
    await showByMarker(page, `Skjulte rækker ${last - 1}–${last}`, `W${last}`, 'sidst', true);

    await goToCell(page, 'B150');
    await page.keyboard.press('Control+ArrowRight');
    const column = (await nameBox(page).inputValue()).replace(/\d+$/, '');
    await typeIntoCell(page, `${column}150`, 'yderst');
    await goToCell(page, `${column}150`);
    await chooseFromCellMenu(page, `${column}150`, 'Skjul kolonne');
    await waitUntil(async () => (await shown(page, `${column}150`)) === 0, `column ${column} is no longer shown`);
    await showByMarker(page, `Skjult kolonne ${column}`, `${column}150`, 'yderst');
  }, 240_000);
});

/**
 * Names scoped to one sheet as a planner meets them in Excel: Navnestyring makes one with its
 * Område (Scope) beside the workbook's of the same spelling and lists both with their scope and
 * value (a formula's computed one too); on its sheet the sheet's own name wins in formulas, in the
 * name box and in AutoComplete, and another sheet reads the workbook's, or the sheet's as
 * `Forudsætninger!Rente`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { expectNameBox, goToCell, nameBox, serverAndBrowser, typeIntoCell } from '../harness/browserHarness.js';
import { cellHasClass, expectCell, showSheet, waitForSheet } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe("a sheet's own name beside the workbook's", () => {
  const live = serverAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
  }, 60_000);

  const dialog = (): ReturnType<Page['getByRole']> => page.getByRole('dialog', { name: 'Navnestyring' });

  /** Defines a name in Navnestyring's form: its name, scope and what it refers to. */
  async function defineInDialog(name: string, scope: string, refersTo?: string): Promise<void> {
    await dialog().getByRole('button', { name: 'Nyt …' }).click();
    const form = dialog().getByRole('form', { name: 'Nyt navn' });
    await form.getByLabel('Navn').fill(name);
    await form.getByLabel('Område').selectOption({ label: scope });
    if (refersTo !== undefined) await form.getByLabel('Refererer til').fill(refersTo);
    await form.getByRole('button', { name: 'Gem' }).click();
    await form.waitFor({ state: 'detached' });
  }

  it('is made with its scope in Navnestyring, listed with its scope and value, and wins on its sheet', async () => {
    await typeIntoCell(page, 'H30', '5');
    await typeIntoCell(page, 'H31', '7');
    await goToCell(page, 'H30');
    await page.keyboard.press('Control+F3');
    await defineInDialog('Rente', 'Projektmappe');
    await defineInDialog('Rente', 'Forudsætninger', '=Forudsætninger!$H$31');
    await defineInDialog('Snit', 'Projektmappe', '=MIDDEL(Forudsætninger!$H$30:$H$31)');

    const rows = dialog().getByRole('row');
    const workbookRente = rows.filter({ hasText: 'Rente' }).filter({ hasText: 'Projektmappe' });
    const sheetRente = rows.filter({ hasText: 'Rente' }).filter({ hasText: 'Forudsætninger!$H$31' });
    await workbookRente.getByRole('cell', { name: '5', exact: true }).waitFor();
    await sheetRente.getByRole('cell', { name: 'Forudsætninger', exact: true }).waitFor();
    await sheetRente.getByRole('cell', { name: '7', exact: true }).waitFor();
    // A formula's value, computed by the engine: Excel's Name Manager shows it too.
    await rows.filter({ hasText: 'Snit' }).getByRole('cell', { name: '6', exact: true }).waitFor();
    await dialog().getByRole('button', { name: 'Luk' }).click();

    await typeIntoCell(page, 'J30', '=Rente*10');
    await expectCell(page, 'J30', '70');
    const box = nameBox(page);
    await box.click();
    await box.fill('rente');
    await box.press('Enter');
    await expectNameBox(page, 'H31');

    await goToCell(page, 'J31');
    await page.keyboard.type('=Ren');
    const list = page.getByRole('listbox', { name: 'Forslag til formlen' });
    await list.getByRole('option', { name: /Rente/ }).waitFor();
    expect(await list.getByRole('option', { name: /Rente/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  }, 120_000);

  it("another sheet reads the workbook's name, the sheet's as Forudsætninger!Rente, and the name box goes to the workbook's", async () => {
    await showSheet(page, 'Budget');
    await typeIntoCell(page, 'AA40', '=Rente*10');
    await expectCell(page, 'AA40', '50');
    await typeIntoCell(page, 'AA41', '=Forudsætninger!Rente*10');
    await expectCell(page, 'AA41', '70');
    // A sheet without a Rente of its own: Budget!Rente is the workbook's, as in Excel.
    await typeIntoCell(page, 'AA42', '=Budget!Rente*10');
    await expectCell(page, 'AA42', '50');
    const box = nameBox(page);
    await box.click();
    await box.fill('Rente');
    await box.press('Enter');
    await waitForSheet(page, 'Forudsætninger');
    await expectNameBox(page, 'H30');
    expect(await cellHasClass(page, 'H30', 'fx-sel')).toBe(true);
  }, 120_000);
});

/**
 * Navnestyring (Excel's Name Manager) as a planner uses it: Ctrl+F3 opens it, a new name starts
 * from the selection and is used in a formula; renamed, the formula follows (as in Excel); a name
 * that looks like a cell is refused with the reason in the dialog; a viewer sees the list without
 * edits; deleted, the formula shows #NAME?.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { goToCell, nameBox, serverAndBrowser, typeAndSelectColumn, typeIntoCell } from '../harness/browserHarness.js';
import { cellText, expectCell, formulaBar, formulaOf } from '../harness/gridPage.js';
import { createWorkspace, type TestWorkspace } from './workspaceApi.js';

describe('Navnestyring lists, adds, renames and deletes names; formulas complete to names', () => {
  const live = serverAndBrowser();
  let page: Page;
  let workspace: TestWorkspace;

  beforeAll(async () => {
    workspace = await createWorkspace(live.server);
    page = await live.browser.openWorkbook(workspace.editorUrl);
  }, 60_000);

  const dialog = (on: Page): ReturnType<Page['getByRole']> => on.getByRole('dialog', { name: 'Navnestyring' });

  it("a name added from the selection is used in a formula, renamed with the formula following, and deleted to #NAVN? (#NAME?)", async () => {
    await typeAndSelectColumn(page, 'H30', ['100', '200', '300']);
    await page.keyboard.press('Control+F3');
    await dialog(page).getByText('Projektmappen har ingen navne endnu', { exact: false }).waitFor();
    await dialog(page).getByRole('button', { name: 'Nyt …' }).click();
    const form = dialog(page).getByRole('form', { name: 'Nyt navn' });
    expect(await form.getByLabel('Refererer til').inputValue()).toMatch(/^=.+!\$H\$30:\$H\$32$/);
    await form.getByLabel('Navn').fill('AB12');
    await form.getByRole('button', { name: 'Gem' }).click();
    await form.getByRole('alert').getByText('ligner en celleadresse', { exact: false }).waitFor();
    await form.getByLabel('Navn').fill('Udgifter');
    await form.getByRole('button', { name: 'Gem' }).click();
    await dialog(page).getByRole('cell', { name: '{100;200;300}' }).waitFor();
    await dialog(page).getByRole('button', { name: 'Luk' }).click();

    await typeIntoCell(page, 'J30', '=SUM(Udgifter)');
    await expectCell(page, 'J30', '600');

    // A viewer sees the names and their values, and nothing to change them with.
    const viewer = await live.browser.openWorkbook(workspace.viewerUrl);
    await viewer.getByRole('button', { name: 'Navnestyring (Ctrl+F3)' }).click();
    await dialog(viewer).getByRole('button', { name: 'Udgifter' }).waitFor();
    expect(await dialog(viewer).getByRole('button', { name: 'Nyt …' }).count()).toBe(0);
    await viewer.close();

    await page.getByRole('button', { name: 'Navnestyring (Ctrl+F3)' }).click();
    await dialog(page).getByRole('button', { name: 'Udgifter' }).click();
    await dialog(page).getByRole('button', { name: 'Redigér …' }).click();
    const edit = dialog(page).getByRole('form', { name: 'Redigér navn' });
    await edit.getByLabel('Navn').fill('Omkostninger');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await dialog(page).getByRole('button', { name: 'Omkostninger' }).waitFor();
    // Excel's Filter and sorting headings: a workbook's name is not among the sheets' names.
    await dialog(page).getByLabel('Vis').selectOption({ label: 'Navne i et ark' });
    expect(await dialog(page).getByRole('button', { name: 'Omkostninger' }).count()).toBe(0);
    await dialog(page).getByLabel('Vis').selectOption({ label: 'Navne i projektmappen' });
    await dialog(page).getByRole('button', { name: 'Omkostninger' }).waitFor();
    await dialog(page).getByRole('button', { name: 'Navn', exact: true }).click();
    expect(await dialog(page).getByRole('columnheader', { name: 'Navn' }).getAttribute('aria-sort')).toBe('descending');
    await dialog(page).getByRole('button', { name: 'Luk' }).click();
    expect(await formulaOf(page, 'J30')).toBe('=SUM(Omkostninger)');
    await expectCell(page, 'J30', '600');

    await page.keyboard.press('Control+F3');
    await dialog(page).getByRole('button', { name: 'Omkostninger' }).click();
    await dialog(page).getByRole('button', { name: 'Slet' }).click();
    await page.getByRole('dialog', { name: 'Slet' }).getByRole('button', { name: 'Slet' }).click();
    await dialog(page).getByText('Projektmappen har ingen navne endnu', { exact: false }).waitFor();
    await dialog(page).getByRole('button', { name: 'Luk' }).click();
    await expect.poll(() => cellText(page, 'J30'), { timeout: 10_000 }).toBe('#NAVN?');
  }, 120_000);

  it('typing a formula offers the workbook\'s names and the functions; Tab inserts the chosen one, in the cell and in the formula bar', async () => {
    await typeIntoCell(page, 'L30', '5');
    await goToCell(page, 'L30');
    const box = nameBox(page);
    await box.click();
    await box.fill('Poster');
    await box.press('Enter');
    await page.getByText('Markeringen hedder nu Poster', { exact: false }).waitFor();

    await goToCell(page, 'M30');
    await page.keyboard.type('=SUM(Po');
    const list = page.getByRole('listbox', { name: 'Forslag til formlen' });
    await list.getByRole('option', { name: /Poster/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type(')*2');
    await page.keyboard.press('Enter');
    await expectCell(page, 'M30', '10');
    expect(await formulaOf(page, 'M30')).toBe('=SUM(Poster)*2');

    await goToCell(page, 'M31');
    const bar = formulaBar(page);
    await bar.click();
    await page.keyboard.type('=AFRU');
    await list.getByRole('option', { name: /AFRUND/ }).first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('post');
    await list.getByRole('option', { name: /Poster/ }).click();
    await page.keyboard.type(';0)');
    await page.keyboard.press('Enter');
    await expectCell(page, 'M31', '5');
    expect(await formulaOf(page, 'M31')).toBe('=AFRUND(Poster;0)');
  }, 120_000);
});

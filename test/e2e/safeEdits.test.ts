/**
 * Issue 12's safe edits, done as the planner did them on the Beskæftigelsesplan 2023 template:
 * percent entry (problem 1), editing under a scenario (problem 3), an undoable restore (problem 4),
 * and assumption bounds.
 */
import { describe, expect, it } from 'vitest';
import { gridCell, goToCell, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellHasClass, columnHeader, dragColumnEdge, expectCell, formulaBar, formulaOf } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe('safe edits in the grid', () => {
  const live = serverAndBrowser();

  it('[issue 12.1] typing 5,5 into the percent cell C16 gives 5,5 %, as in Excel, in the cell and in the formula bar', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await expectCell(page, 'C16', '8,0 %');
    await typeIntoCell(page, 'C16', '5,5');
    await expectCell(page, 'C16', '5,5 %');
    expect(await formulaOf(page, 'C16')).toBe('5,5 %');

    await goToCell(page, 'C15');
    await formulaBar(page).fill('0,1');
    await formulaBar(page).press('Enter');
    await expectCell(page, 'C15', '10,0 %');

    await typeIntoCell(page, 'C14', '5,5 %');
    await expectCell(page, 'C14', '5,5 %');

    // A percentage pasted into a plain cell keeps its meaning and gets the percent format.
    await goToCell(page, 'F20');
    await page.evaluate(() => navigator.clipboard.writeText('12,5 %'));
    await page.keyboard.press('Control+V');
    await expectCell(page, 'F20', '12,5 %');
    expect(await formulaOf(page, 'F20')).toBe('12,5 %');
    await screenshot(page, 'safe-edits-percent-entry');
  }, 90_000);

  it('an assumption with bounds refuses a value outside them and says the bounds', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await gridCell(page, 'C16').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Tilladte værdier …' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('0');
    await page.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
    await waitUntil(async () => (await page.getByRole('dialog').getByRole('heading').textContent()) === 'Største tilladte værdi', 'asked for the maximum');
    await page.getByRole('dialog').getByRole('textbox').fill('20');
    await page.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();

    await typeIntoCell(page, 'C16', '25');
    await page.getByRole('alert').filter({ hasText: 'Værdien skal ligge mellem 0,0 % og 20,0 %.' }).waitFor();
    await expectCell(page, 'C16', '8,0 %');
    await typeIntoCell(page, 'C16', '12');
    await expectCell(page, 'C16', '12,0 %');
  }, 90_000);

  it('[issue 12.3] typing 40 into B10 under "Styrket indsats" asks where it goes, and "Kun i dette scenarie" leaves the other scenarios alone', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const switcher = page.getByRole('combobox', { name: 'Scenarie' });
    await switcher.selectOption({ label: 'Styrket indsats' });
    await expectCell(page, 'B10', '31,00');

    await typeIntoCell(page, 'B10', '40');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Kun i dette scenarie' }).waitFor();
    await screenshot(page, 'safe-edits-scenario-choice');
    await dialog.getByRole('button', { name: 'Kun i dette scenarie' }).click();
    await expectCell(page, 'B10', '40,00');
    await waitUntil(() => cellHasClass(page, 'B10', 'fx-input'), 'B10 is now an assumption of the scenario');

    await switcher.selectOption({ label: 'Basis' });
    await expectCell(page, 'B10', '31,00');
    await switcher.selectOption({ label: 'Lavkonjunktur' });
    await expectCell(page, 'B10', '31,00');

    // "I alle scenarier" edits the base, seen by every scenario; cancelling changes nothing.
    await typeIntoCell(page, 'B10', '35');
    await dialog.getByRole('button', { name: 'I alle scenarier' }).click();
    await expectCell(page, 'B10', '35,00');
    await switcher.selectOption({ label: 'Basis' });
    await expectCell(page, 'B10', '35,00');
    await switcher.selectOption({ label: 'Lavkonjunktur' });
    await typeIntoCell(page, 'B10', '99');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await expectCell(page, 'B10', '35,00');

    // Under the base scenario an edit goes to the sheet without a question.
    await switcher.selectOption({ label: 'Basis' });
    await typeIntoCell(page, 'B10', '33');
    await expectCell(page, 'B10', '33,00');
    expect(await dialog.count()).toBe(0);
  }, 90_000);

  it('[issue 12.4] a restore keeps the state it replaced as a version, and the restorer takes it back with the toast or Ctrl+Z', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    await anna.getByRole('tab', { name: 'Versioner' }).click();
    await anna.getByRole('button', { name: 'Gem version' }).click();
    await anna.getByRole('dialog').getByRole('textbox').fill('Budget 1');
    await anna.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
    await anna.getByText('Budget 1', { exact: true }).waitFor();
    const budget1 = anna.getByRole('listitem').filter({ has: anna.getByText('Budget 1', { exact: true }) });

    await typeIntoCell(bo, 'B5', '1,3');
    await expectCell(anna, 'B5', '1,30');

    await budget1.getByRole('button', { name: 'Gendan' }).click();
    await anna.getByRole('dialog').getByRole('button', { name: 'Gendan' }).click();
    await expectCell(anna, 'B5', '1,00');
    await expectCell(bo, 'B5', '1,00');
    await screenshot(anna, 'safe-edits-restored');
    await anna.getByRole('alert').getByRole('button', { name: 'Fortryd' }).click();
    await expectCell(anna, 'B5', '1,30');
    await expectCell(bo, 'B5', '1,30');

    const before = anna.getByRole('listitem').filter({ hasText: 'Før gendannelse af »Budget 1«' });
    await before.waitFor();
    await waitUntil(async () => /Gemt af /.test((await before.textContent()) ?? ''), 'the automatic version says who saved it');

    await budget1.getByRole('button', { name: 'Gendan' }).click();
    await anna.getByRole('dialog').getByRole('button', { name: 'Gendan' }).click();
    await expectCell(anna, 'B5', '1,00');
    await goToCell(anna, 'A1');
    await anna.keyboard.press('Control+z');
    await expectCell(anna, 'B5', '1,30');
    await expectCell(bo, 'B5', '1,30');
  }, 120_000);

  it('a column widened by dragging its edge is kept in the workbook: a colleague sees it, and it stays after switching sheets', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    const widthOf = async (page: typeof anna): Promise<number> => (await columnHeader(page, 'C').boundingBox())?.width ?? 0;
    const before = await widthOf(anna);
    await dragColumnEdge(anna, 'C', 60);
    await waitUntil(async () => (await widthOf(anna)) > before + 40, 'C is wider for Anna');
    await waitUntil(async () => Math.abs((await widthOf(bo)) - (await widthOf(anna))) < 2, 'Bo sees the same width');
    await anna.getByRole('tab', { name: 'Budget' }).click();
    await anna.getByRole('tab', { name: 'Forudsætninger' }).click();
    await waitUntil(async () => (await widthOf(anna)) > before + 40, 'the width stays after switching sheets');
  }, 90_000);
});

/** Scenarios edited from the grid, and named versions saved, restored and deleted through the server. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { gridCell, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellHasClass, expectCell, formulaOf, goalStatus } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

/** Saves a named version from the versions tab and waits until it is listed. */
async function saveVersion(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Versioner' }).click();
  await page.getByRole('button', { name: 'Gem version' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
  await page.getByText(name, { exact: true }).waitFor();
}

/** Restores the newest version listed and confirms it. */
async function restoreNewestVersion(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gendan' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gendan' }).click();
}

describe('scenarios and versions', () => {
  const live = serverAndBrowser();

  it('a scenario just made is shown under its own name while it is computed, never as the first scenario', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const judged = async (): Promise<boolean> => !['computing', null].includes(await goalStatus(page, 'MM5'));
    await waitUntil(judged, 'the goals judged');
    // Every goal panel heading the page shows from the choice on (the engine worker slowed, as on a
    // busy machine, so the new scenario's first computation takes a while).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(`(() => {
      window.headings = [];
      const read = () => {
        const chosen = document.querySelector('select[aria-label="Scenarie"]')?.selectedOptions[0]?.textContent;
        const seen = chosen + ': ' + document.querySelector('.goal-dashboard h2')?.textContent;
        if (seen !== window.headings.at(-1)) window.headings.push(seen);
      };
      read();
      new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    })()`);
    await page.getByRole('button', { name: 'Scenariemenu' }).click();
    await page.getByRole('menuitem', { name: 'Nyt scenarie' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Ekstra indsats');
    await page.getByRole('dialog').getByRole('button', { name: 'Opret' }).click();
    await page.getByRole('heading', { name: 'Mål – Ekstra indsats' }).waitFor();
    await waitUntil(judged, 'the new scenario judged');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const headings = (await page.evaluate('window.headings')) as string[];
    // Before: "Mål – Basis" over the first scenario's goals until the worker had judged the new one.
    expect(headings).toEqual(['Basis: Mål – Basis', 'Ekstra indsats: Mål – Ekstra indsats']);
  }, 120_000);

  it('a new scenario gets an assumption from the grid, and editing it leaves the base sheet alone', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const switcher = page.getByRole('combobox', { name: 'Scenarie' });
    await page.getByRole('button', { name: 'Scenariemenu' }).click();
    await page.getByRole('menuitem', { name: 'Nyt scenarie' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Ekstra indsats');
    await page.getByRole('dialog').getByRole('button', { name: 'Opret' }).click();
    await waitUntil(async () => (await switcher.locator('option:checked').textContent()) === 'Ekstra indsats', 'the new scenario is active');

    await gridCell(page, 'B7').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Gør til forudsætning i »Ekstra indsats«' }).click();
    await waitUntil(() => cellHasClass(page, 'B7', 'fx-input'), 'B7 marked');
    await typeIntoCell(page, 'B7', '1');
    await expectCell(page, 'B7', '1,00');
    await waitUntil(async () => (await goalStatus(page, 'LM1b')) === 'met', 'LM1b met with the full effort');
    await screenshot(page, 'scenario-new-assumption');

    await switcher.selectOption({ label: 'Basis' });
    await expectCell(page, 'B7', '0,00');
    expect(await goalStatus(page, 'LM1b')).toBe('missed');
  }, 60_000);

  it('a saved version is restored for everyone', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    await saveVersion(anna, 'Før konjunkturen');

    await typeIntoCell(anna, 'B5', '1,3');
    await expectCell(bo, 'B5', '1,30');
    await restoreNewestVersion(anna);
    await expectCell(anna, 'B5', '1,00');
    await expectCell(bo, 'B5', '1,00');
    expect(await formulaOf(bo, 'B5')).toBe('1');
    await screenshot(anna, 'versions-restored');
  }, 60_000);

  it('Ctrl+Z right after confirming a restore takes it back, without clicking the grid first', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await saveVersion(page, 'Budget 2023');
    await typeIntoCell(page, 'C10', '30 %');
    await expectCell(page, 'C10', '30,0 %');

    await restoreNewestVersion(page);
    await expectCell(page, 'C10', '25,0 %');
    // The planner's next key, as the notice says: the restore is one undoable edit of theirs.
    await page.keyboard.press('Control+z');
    await expectCell(page, 'C10', '30,0 %');
  }, 60_000);

  it('a deleted version leaves the list of a colleague whose versions panel is open, after a confirmation', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    await bo.getByRole('tab', { name: 'Versioner' }).click();
    await bo.getByText('Der er ikke gemt nogen versioner endnu.').waitFor();
    await anna.getByRole('tab', { name: 'Versioner' }).click();
    for (const name of ['Første udkast', 'Andet udkast']) {
      await anna.getByRole('button', { name: 'Gem version' }).click();
      await anna.getByRole('dialog').getByRole('textbox').fill(name);
      await anna.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
      await anna.locator('.version-name').getByText(name, { exact: true }).waitFor();
    }
    // Bo's open list follows Anna's saves without being opened again.
    await bo.locator('.version-name').getByText('Første udkast', { exact: true }).waitFor();

    await anna.getByRole('button', { name: 'Slet versionen »Første udkast«' }).click();
    const confirm = anna.getByRole('dialog');
    expect(await confirm.textContent()).toContain('Versionen forsvinder for alle og kan ikke hentes tilbage.');
    await screenshot(anna, 'version-delete-confirm');
    await confirm.getByRole('button', { name: 'Slet' }).click();
    await waitUntil(async () => (await anna.locator('.version-name').allTextContents()).join('|') === 'Andet udkast', "the version leaves Anna's list", 30_000);
    await waitUntil(async () => (await bo.locator('.version-name').allTextContents()).join('|') === 'Andet udkast', "the version leaves Bo's open list", 30_000);
  }, 150_000);

  // Issue 14: the goal card compares the latest actual month with what the adopted plan projected.
  it('a version marked as the adopted plan: the LM2 card is on track, then behind by the actual figure above the plan; a viewer sees the mark but cannot change it', async () => {
    const workspace = await createWorkspace(live.server);
    const page = await live.browser.openWorkbook(workspace.editorUrl);
    const plan = page.locator('[data-goal-id="LM2"] .goal-plan-verdict');
    await page.getByRole('tab', { name: 'Versioner' }).click();
    await page.getByRole('button', { name: 'Gem version' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Beskæftigelsesplan 2023');
    await page.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('button', { name: 'Markér som vedtaget plan' }).click();
    await page.locator('.version-list [data-adopted] .badge-adopted').waitFor();
    // The plan the cards compare with is not deleted until it is unmarked.
    expect(await page.getByRole('button', { name: 'Slet versionen »Beskæftigelsesplan 2023«' }).isDisabled()).toBe(true);

    await page.getByRole('tab', { name: 'Mål' }).click();
    // The template's latest actual month for LM2 is December 2022 (420), as the plan had it.
    await waitUntil(async () => (await plan.textContent()) === 'På sporet', 'LM2 on track with the adopted plan');
    await page.getByRole('tab', { name: 'Jobindsats', exact: true }).click();
    await typeIntoCell(page, 'G2', '430');
    await waitUntil(async () => (await plan.textContent()) === 'Bagud i forhold til planen med 10', 'LM2 behind the plan by 10');
    expect(await page.locator('[data-goal-id="LM2"] .goal-plan-detail').textContent()).toBe('dec. 2022: faktisk 430, planen 420 (»Beskæftigelsesplan 2023«)');
    await screenshot(page, 'adopted-plan-behind');

    const viewer = await live.browser.openWorkbook(workspace.viewerUrl);
    await waitUntil(async () => (await viewer.locator('[data-goal-id="LM2"] .goal-plan-verdict').textContent()) === 'Bagud i forhold til planen med 10', "the viewer's card compares too");
    await viewer.getByRole('tab', { name: 'Versioner' }).click();
    await viewer.locator('.version-list [data-adopted] .badge-adopted').waitFor();
    expect(await viewer.getByRole('button', { name: 'Markér som vedtaget plan' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Fjern som vedtaget plan' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: /^Slet versionen/ }).count()).toBe(0);

    // January 2023 comes in (a typed figure in LM2's projected month): the printable report lists it
    // against the plan month by month, and draws the plan's line.
    await page.getByRole('tab', { name: 'Fremskrivning' }).click();
    await typeIntoCell(page, 'K12', '440');
    const detail = page.locator('[data-goal-id="LM2"] .goal-plan-detail');
    await waitUntil(async () => (await detail.textContent())?.startsWith('jan. 2023: faktisk 440, planen ') === true, 'LM2 compares January with the plan');
    await page.getByRole('button', { name: 'Eksportér' }).click();
    await page.getByRole('menuitem', { name: /Målrapport/ }).click();
    const months = page.locator('.report-goal').filter({ hasText: 'LM2' }).locator('.report-plan-months tbody tr');
    await months.first().waitFor();
    expect(await months.count()).toBe(1);
    expect(await months.first().locator('td').first().textContent()).toBe('jan. 2023');
    expect(await months.first().locator('td').nth(1).textContent()).toBe('440');
    expect(await page.locator('.report-goal').filter({ hasText: 'LM2' }).locator('.legend').textContent()).toContain('Vedtaget plan');
    await screenshot(page, 'report-plan-months');
    await page.getByRole('button', { name: 'Luk rapporten' }).click();

    await page.getByRole('tab', { name: 'Versioner' }).click();
    await page.getByRole('button', { name: 'Fjern som vedtaget plan' }).click();
    await page.getByRole('tab', { name: 'Mål' }).click();
    await waitUntil(async () => (await page.locator('[data-goal-id="LM2"] .goal-plan').count()) === 0, 'no comparison without an adopted plan');
  }, 150_000);
});

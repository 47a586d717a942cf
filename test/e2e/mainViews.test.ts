/**
 * The main views as a planner sees them, saved as screenshots under test-artifacts/ (looked at
 * by a person after changes to the client), with the checks a screenshot cannot make.
 */
import { describe, expect, it } from 'vitest';

import { gridCell, goToCell, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellHasClass, expectCell, formulaBar, formulaOf, goalStatus, showSheet } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe('the main views', () => {
  const live = serverAndBrowser();

  it('the projection sheet shows months, Danish numbers, frozen labels and the goal dashboard', async () => {
    const workspace = await createWorkspace(live.server);
    const page = await live.browser.openWorkbook(workspace.editorUrl);
    await showSheet(page, 'Fremskrivning');
    await gridCell(page, 'E1').waitFor();
    await waitUntil(async () => (await gridCell(page, 'E1').textContent()) === '2022-07', 'month labels in row 1');
    expect(await page.locator('[data-goal-id]').count()).toBe(8);
    expect(await goalStatus(page, 'MM3')).toBe('met');
    await goToCell(page, 'V6');
    expect(await gridCell(page, 'V6').textContent()).toBe('60,8 %');
    await screenshot(page, 'view-projection');
  }, 60_000);

  it('a workbook opens with its icon and without an error in the browser console', async () => {
    const workspace = await createWorkspace(live.server);
    const page = await (await live.browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(workspace.editorUrl);
    await waitUntil(async () => (await page.locator('[data-goal-id]').count()) === 8, 'the goal dashboard');
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href;
      if (!href) return null;
      const response = await fetch(href);
      return { status: response.status, type: response.headers.get('content-type') };
    });
    expect(icon).toEqual({ status: 200, type: 'image/svg+xml' });
    expect(errors).toEqual([]);
  }, 60_000);

  it('switching scenario marks its assumptions and moves the badges', async () => {
    const workspace = await createWorkspace(live.server);
    const page = await live.browser.openWorkbook(workspace.editorUrl);
    await page.getByRole('combobox', { name: 'Scenarie' }).selectOption({ label: 'Lavkonjunktur' });
    await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'missed', 'MM3 missed in Lavkonjunktur');
    await waitUntil(() => cellHasClass(page, 'B5', 'fx-input'), 'B5 marked as an assumption');
    await gridCell(page, 'B5').click();
    await expect.poll(() => formulaBar(page).inputValue()).toBe('1,1');
    await screenshot(page, 'view-scenario-lavkonjunktur');
  }, 60_000);

  it('a goal chart, the comparison and the context menu open', async () => {
    const workspace = await createWorkspace(live.server);
    const page = await live.browser.openWorkbook(workspace.editorUrl);
    await page.locator('[data-goal-id="MM3"]').getByRole('button', { name: 'Vis graf' }).click();
    await page.locator('[data-goal-id="MM3"] canvas').waitFor();
    await screenshot(page, 'view-goal-chart');
    await page.getByRole('tab', { name: 'Sammenligning' }).click();
    await page.locator('[data-comparison-status]').first().waitFor();
    await screenshot(page, 'view-comparison');
    await gridCell(page, 'C12').click({ button: 'right' });
    await page.getByRole('menu').waitFor();
    await screenshot(page, 'view-context-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Mål' }).click();
    await page.locator('[data-goal-id="MM4"]').getByRole('button', { name: 'Redigér' }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'view-goal-editor');
  }, 60_000);

  it('the whole interface turns English on the toggle', async () => {
    const workspace = await createWorkspace(live.server);
    const page = await live.browser.openWorkbook(workspace.editorUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('textbox', { name: 'Formula' }).waitFor();
    await page.getByRole('combobox', { name: 'Scenario' }).waitFor();
    await screenshot(page, 'view-english');
    // Issue 12: an English formula typed in English stays that formula (it became `=HVIS(…,"yes"."no")`).
    await typeIntoCell(page, 'AA2', '7');
    await typeIntoCell(page, 'AB2', '=IF(AA2>5,"yes","no")');
    await expectCell(page, 'AB2', 'yes');
    await goToCell(page, 'AB2');
    expect(await page.getByRole('textbox', { name: 'Formula' }).inputValue()).toBe('=IF(AA2>5,"yes","no")');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await formulaBar(page).waitFor();
    // The stored formula is the canonical one: in Danish it reads as Danish Excel shows it.
    await waitUntil(async () => (await formulaOf(page, 'AB2')) === '=HVIS(AA2>5;"yes";"no")', 'the formula reads in Danish');
    await expectCell(page, 'AB2', 'yes');
  }, 60_000);

  it('says so when the calculation cannot start, instead of loading forever', async () => {
    const workspace = await createWorkspace(live.server);
    const context = await live.browser.newContext();
    // The engine worker's script does not arrive (as behind a proxy that blocks it).
    await context.route(/scenarioEngine\.worker-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    await page.goto(workspace.editorUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('Beregningen kunne ikke starte');
    await context.close();
  }, 40_000);
});

/**
 * Where the keyboard is after a question, a menu or the goal report closes (found walking through
 * the demo workspace as a planner): back on the control it was opened from, never on the page's
 * body, from where a keyboard user starts again at the top of the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { createWorkspace } from './workspaceApi.js';

/** The focused element's accessible text: its aria-label, or else its text. */
async function focusedControl(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return '(the page body)';
    return focused.getAttribute('aria-label') ?? (focused.textContent ?? '').trim();
  });
}

async function expectFocusOn(page: Page, control: string): Promise<void> {
  await waitUntil(async () => (await focusedControl(page)) === control, `focus on "${control}" (it is on "${await focusedControl(page)}")`);
}

/** Creates a scenario through the scenario menu's question and answers it with Enter. */
async function newScenario(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Scenariemenu' }).click();
  await page.getByRole('menuitem', { name: 'Nyt scenarie' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill(name);
  await page.keyboard.press('Enter');
}

describe('focus after a dialog', () => {
  const live = serverAndBrowser();

  it('a question asked from the scenario menu gives the focus back to the menu button, cancelled with Escape or answered', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.getByRole('button', { name: 'Scenariemenu' }).click();
    await page.getByRole('menuitem', { name: 'Nyt scenarie' }).click();
    await page.getByRole('dialog').getByRole('textbox').waitFor();
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.getByRole('dialog').count()) === 0, 'the question closed');
    await expectFocusOn(page, 'Scenariemenu');

    await newScenario(page, 'Ekstra indsats');
    await expectFocusOn(page, 'Scenariemenu');
  }, 90_000);

  it('after saving a version, the focus is on "Gem version" again', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.getByRole('tab', { name: 'Versioner' }).click();
    await page.getByRole('button', { name: 'Gem version' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Forslag til udvalget');
    await page.keyboard.press('Enter');
    await page.getByText('Forslag til udvalget', { exact: true }).waitFor();
    await expectFocusOn(page, 'Gem version');
  }, 90_000);

  it('after a CSV export the focus is on the export button, and Escape closes the goal report', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const exportButton = page.getByRole('button', { name: 'Eksportér' });
    await exportButton.click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /som CSV/ }).click()]);
    await expectFocusOn(page, 'Eksportér');

    await exportButton.click();
    await page.getByRole('menuitem', { name: /Målrapport/ }).click();
    await page.getByRole('button', { name: 'Luk rapporten' }).waitFor();
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.getByRole('button', { name: 'Luk rapporten' }).count()) === 0, 'the report closed');
    await page.locator('[data-cell="A1"]').first().waitFor();
  }, 90_000);

  it('Escape closes the comparison over the whole window and gives the focus back to "Fuld bredde"', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.getByRole('tab', { name: 'Sammenligning' }).click();
    await page.getByRole('button', { name: 'Fuld bredde' }).click();
    await page.getByRole('dialog', { name: 'Scenarier sammenlignet' }).waitFor();
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.getByRole('dialog').count()) === 0, 'the wide comparison closed');
    await expectFocusOn(page, 'Fuld bredde');
  }, 90_000);

  it('Escape closes the import dialog, whose choices sit beside their radio buttons, and the focus is on "Importér …" again', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.getByRole('button', { name: 'Importér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importér fra Excel eller CSV' });
    const radio = dialog.getByRole('radio', { name: /Tilføj filens ark/ });
    const radioBox = await radio.boundingBox();
    const textBox = await dialog.getByText(/Tilføj filens ark/).boundingBox();
    // On the text's line, not a lone circle above it stretched to the dialog's width.
    expect(radioBox!.width).toBeLessThan(30);
    expect(radioBox!.y).toBeGreaterThanOrEqual(textBox!.y - radioBox!.height);
    expect(radioBox!.y).toBeLessThan(textBox!.y + textBox!.height);
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.getByRole('dialog').count()) === 0, 'the import dialog closed');
    await expectFocusOn(page, 'Importér …');
  }, 90_000);

  it('a long scenario name wraps the goal panel heading, not its "Nyt mål" button', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await newScenario(page, 'Ekstra indsats 2023 med virksomhedspraktik');
    await page.getByRole('heading', { name: 'Mål – Ekstra indsats 2023 med virksomhedspraktik' }).waitFor();
    const newGoal = await page.getByRole('button', { name: 'Nyt mål' }).boundingBox();
    const sensitivity = await page.getByRole('button', { name: 'Følsomhed' }).boundingBox();
    expect(newGoal?.height).toBe(sensitivity?.height);
  }, 90_000);

  it('the goal editor starts with the keyboard in it, shows a share’s target as its card does, and Escape gives the focus back to "Redigér"', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const card = page.locator('[data-goal-id="MM3"]');
    await waitUntil(async () => ((await card.textContent()) ?? '').includes('≥ 60,0 %'), 'MM3 judged');
    await card.getByRole('button', { name: 'Redigér' }).click();
    const editor = page.getByRole('dialog');
    await waitUntil(async () => (await page.evaluate(() => document.activeElement?.getAttribute('data-field'))) === 'title', 'the focus in the title field');
    // The card says ≥ 60,0 %: the editor shows 60 %, not the fraction 0,6 (a planner typed 60 over it, meaning 6.000 %).
    expect(await editor.locator('input[data-field="target"]').inputValue()).toBe('60 %');
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.getByRole('dialog').count()) === 0, 'the editor closed');
    await expectFocusOn(page, 'Redigér');
  }, 90_000);
});


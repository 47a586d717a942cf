/**
 * "Hvad skal der til?" (issue 13) as a planner uses it: on LM2, missed under Basis in the template,
 * the panel lists each assumption's required value beside today's; saving the first answer as a
 * scenario makes LM2 met in that scenario on the dashboard and in the comparison; applying an
 * answer to the scenario itself is one edit that Ctrl+Z takes back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { gridCell, screenshot, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { goalStatus } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

function card(page: Page, goalId: string) {
  return page.locator(`[data-goal-id="${goalId}"]`);
}

/** Opens LM2's panel and waits for its answers. */
async function openAnswers(page: Page) {
  await card(page, 'LM2').getByRole('button', { name: 'Hvad skal der til?' }).click();
  const panel = card(page, 'LM2').locator('[data-goal-answers="LM2"]');
  await waitUntil(async () => (await panel.getAttribute('data-ready')) === 'true' && (await panel.getAttribute('aria-busy')) === 'false', 'LM2\'s answers computed', 60_000);
  return panel;
}

describe('"Hvad skal der til?" in the browser', () => {
  const live = serverAndBrowser();

  it('the answer for LM2 under Basis, saved as a scenario, makes LM2 met there on the dashboard and in the comparison', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'missed', 'LM2 missed under Basis');
    const panel = await openAnswers(page);

    const rows = panel.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    // Each assumption of the template moves LM2: all three have a required value with its direction.
    const solved = panel.locator('tbody tr[data-status="solved"]');
    expect(await solved.count()).toBe(3);
    for (const text of await solved.locator('.answer-required').allTextContents()) expect(text).toMatch(/^(mindst|højst) \d+,\d\d$/);
    // The konjunktur factor on job exits (B6, today 1,00) must rise: "mindst 1,0x".
    const b6 = panel.locator('tr[data-assumption="Forudsætninger!B6"]');
    expect(await b6.locator('td').first().textContent()).toBe('1,00');
    expect(await b6.locator('.answer-required').textContent()).toMatch(/^mindst 1,\d\d$/);
    expect(await panel.locator('figure.goal-tornado').getAttribute('data-tornado-inputs')).toBe('3');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'goal-answers-lm2');

    const first = rows.first();
    const assumption = await first.getAttribute('data-assumption');
    await first.getByRole('button', { name: 'Gem som scenarie' }).click();
    const scenarioPicker = page.getByRole('combobox', { name: 'Scenarie' });
    await waitUntil(async () => (await scenarioPicker.locator('option:checked').textContent()) === 'Basis – LM2 nås', 'the new scenario shown', 20_000);
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'met', `LM2 met in "Basis – LM2 nås" (${assumption} at its required value)`, 60_000);

    await page.getByRole('tab', { name: 'Sammenligning' }).click();
    const headers = page.locator('.comparison-table thead th[data-scenario]');
    await waitUntil(async () => (await headers.count()) === 4, 'four scenarios compared');
    const names = await headers.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-scenario')));
    const lm2 = page.locator('tr[data-comparison-goal="LM2"] td[data-comparison-status]');
    await waitUntil(async () => (await lm2.nth(names.indexOf('Basis – LM2 nås')).getAttribute('data-comparison-status')) === 'met', 'LM2 met in the comparison');
    expect(await lm2.nth(names.indexOf('Basis')).getAttribute('data-comparison-status')).toBe('missed');
    await screenshot(page, 'goal-answers-saved-scenario');
  }, 180_000);

  it('applying an answer to Basis meets LM2 there, and one Ctrl+Z takes it back', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'missed', 'LM2 missed under Basis');
    const panel = await openAnswers(page);
    await panel.locator('tbody tr[data-status="solved"]').first().getByRole('button', { name: 'Anvend' }).click();
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'met', 'LM2 met under Basis with the answer applied', 60_000);
    // Live: the panel recomputes for the changed scenario; the applied assumption now needs no move.
    await waitUntil(async () => (await panel.getAttribute('aria-busy')) === 'false', 'the answers recomputed', 60_000);

    await gridCell(page, 'A1').click();
    await page.keyboard.press('Control+z');
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'missed', 'LM2 missed again after Ctrl+Z', 60_000);
  }, 180_000);
});

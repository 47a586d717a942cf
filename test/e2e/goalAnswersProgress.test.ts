/**
 * "Hvad skal der til?" takes seconds the first time (the worker builds an engine of its own and
 * tries every assumption; the planner walk-through measured 3–6 s): the panel says so with a
 * progress bar and a sentence until the answers come, and says it is working again after an edit
 * while it shows the previous answers.
 */
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, typeIntoCell, waitUntil } from '../harness/browserHarness.js';
import { createWorkspace } from './workspaceApi.js';

describe('"Hvad skal der til?" while it is computed', () => {
  const live = serverAndBrowser();

  it('shows a progress bar and what is being done until the answers come, and says it works again after an edit', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const card = page.locator('[data-goal-id="MM3"]');
    await card.getByRole('button', { name: 'Hvad skal der til?' }).click();
    const panel = card.locator('[data-goal-answers="MM3"]');
    await panel.getByRole('progressbar', { name: 'Beregner, hvad der skal til' }).waitFor();
    await panel.getByText('Prøver hver forudsætning på en kopi af arbejdsområdet; det tager nogle sekunder …').waitFor();
    await panel.locator('table.goal-answers-table').waitFor({ timeout: 90_000 });
    await waitUntil(async () => (await panel.getByRole('progressbar').count()) === 0, 'the progress bar gone with the answers');

    // The new answers can come within Playwright's polling interval, so the page itself records
    // whether "Regner igen" was shown, and whether the previous answers stood beside it.
    await page.evaluate(`(() => {
      const panel = document.querySelector('[data-goal-answers="MM3"]');
      window.updatingSeen = [];
      new MutationObserver(() => {
        const status = [...panel.querySelectorAll('[role="status"]')].some((s) => s.textContent.includes('Regner igen efter ændringen …'));
        if (status) window.updatingSeen.push(panel.querySelector('table.goal-answers-table') !== null);
      }).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
    })()`);
    await typeIntoCell(page, 'B5', '1,1');
    await waitUntil(async () => ((await page.evaluate('window.updatingSeen.length')) as number) > 0, 'Regner igen shown after the edit', 60_000);
    await waitUntil(async () => (await panel.getAttribute('aria-busy')) === 'false', 'the new answers in', 90_000);
    expect(await page.evaluate('window.updatingSeen.every((withTable) => withTable)')).toBe(true);
    await panel.locator('table.goal-answers-table').waitFor();
  }, 150_000);
});

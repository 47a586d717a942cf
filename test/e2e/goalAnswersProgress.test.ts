/**
 * "Hvad skal der til?" takes seconds the first time (the worker builds an engine of its own and
 * tries every assumption; the planner walk-through measured 3–6 s): the panel says so with a
 * progress bar and a sentence until the answers come, and says it is working again after an edit
 * while it shows the previous answers.
 */
import { describe, it } from 'vitest';
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

    await typeIntoCell(page, 'B5', '1,1');
    await panel.getByRole('status').filter({ hasText: 'Regner igen efter ændringen …' }).waitFor();
    await panel.locator('table.goal-answers-table').waitFor();
    await waitUntil(async () => (await panel.getAttribute('aria-busy')) === 'false', 'the new answers in', 90_000);
  }, 150_000);
});

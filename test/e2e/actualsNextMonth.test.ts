/**
 * The monthly round a Roskilde planner makes, in a real browser (the nineteenth session's
 * walkthrough): next month's figures from Jobindsats, first as a CSV holding only January 2023,
 * then as an .xlsx holding only February. Each is merged beside the months the sheet holds (the
 * preview says which months are added and that nothing is removed), LM2's goal card moves to the
 * new latest actual month, and the template's "newest actual month" (Forudsætninger!B4) follows.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goToCell, gridCell, serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { showSheet } from '../harness/gridPage.js';
import { asCsv, asXlsx, type FixtureTable } from '../support/jobindsatsFixtures.js';
import { createWorkspace } from './workspaceApi.js';

const latestActual = async (page: Page, goalId: string): Promise<string> => (await page.locator(`[data-goal-id="${goalId}"] .goal-actual`).textContent()) ?? '';
const goalValue = async (page: Page, goalId: string): Promise<string> => (await page.locator(`[data-goal-id="${goalId}"] .goal-value`).textContent()) ?? '';

/** LM2's young people in Roskilde for one month, as Jobindsats' PTVA02 gives them. */
function oneMonth(period: string, persons: number): FixtureTable {
  return { table: 'PTVA02', labels: ['Område', 'Periode', 'Antal personer'], codes: ['area', 'period', 'ptva02_pers'], rows: [['Roskilde', period, persons]] };
}

describe('next month\'s actual figures, month by month', { timeout: 180_000 }, () => {
  const live = serverAndBrowser();

  it('a CSV with January alone is merged beside July–December, then an .xlsx with February alone; LM2 and the newest actual month follow each', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await latestActual(page, 'LM2')) === '420 (dec. 2022)', 'LM2 shows its latest actual month', 60_000);

    await page.getByRole('button', { name: 'Faktiske tal' }).click();
    await page.getByRole('menuitem', { name: 'Hent faktiske tal fra Jobindsats …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hent faktiske tal fra Jobindsats' });
    await dialog.getByLabel('Upload en fil fra Jobindsats (.json, .csv eller .xlsx)').setInputFiles({ name: 'ptva02-jan.csv', mimeType: 'text/csv', buffer: Buffer.from(asCsv(oneMonth('2023M01', 300), true)) });
    const preview = dialog.getByRole('region', { name: 'Det ændrer importen' });
    await preview.getByText('Arket »Jobindsats« får 1 række (Område) og 7 måneder, 2022-07 – 2023-01.').waitFor({ timeout: 30_000 });
    await preview.getByText('Nye måneder: 2023-01').waitFor();
    expect(await preview.getByText(/^(Rækker|Måneder), der fjernes/).count()).toBe(0);
    const moved = preview.getByRole('region', { name: 'Mål, som importen flytter (scenariet »Basis«)' });
    const lm2Moved = (await moved.locator('[data-goal-id="LM2"]').textContent({ timeout: 30_000 })) ?? '';
    const [, before, after] = /^LM2 .+, dec\. 2023: (\S+) \(Ikke opfyldt\) → (\S+) \((?:Ikke opfyldt|Opfyldt)\)$/.exec(lm2Moved) ?? [];
    expect(before, lm2Moved).toBe('358');
    expect(after, lm2Moved).not.toBe(before);
    await dialog.getByRole('button', { name: 'Importér', exact: true }).click();
    await dialog.getByText('Importeret til arket »Jobindsats«: 7 måneder, senest 2023-01.').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await waitUntil(async () => (await latestActual(page, 'LM2')) === '300 (jan. 2023)', 'LM2 shows January as its latest actual', 60_000);
    expect(await goalValue(page, 'LM2')).toBe(after);

    await page.getByRole('button', { name: 'Faktiske tal' }).click();
    await page.getByRole('menuitem', { name: 'Opdatér faktiske tal …' }).click();
    const refresh = page.getByRole('dialog', { name: 'Opdatér faktiske tal' });
    const link = refresh.getByRole('region', { name: 'Jobindsats' });
    const xlsx = Buffer.from(await asXlsx(oneMonth('2023M02', 290)));
    await link.getByLabel('Nyere fil til »Jobindsats«').setInputFiles({ name: 'ptva02-feb.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await link.getByRole('button', { name: 'Opdatér fra filen' }).click();
    await link.getByText('Nye måneder: 2023-02').waitFor({ timeout: 30_000 });
    expect(await link.getByText(/^(Rækker|Måneder), der fjernes/).count()).toBe(0);
    await link.getByRole('button', { name: 'Anvend' }).click();
    await link.getByText('»Jobindsats« er opdateret: nye måneder 2023-02.').waitFor({ timeout: 30_000 });
    await refresh.getByRole('button', { name: 'Luk' }).click();
    await waitUntil(async () => (await latestActual(page, 'LM2')) === '290 (feb. 2023)', 'LM2 shows February as its latest actual', 60_000);

    await showSheet(page, 'Forudsætninger');
    await goToCell(page, 'B4');
    await waitUntil(async () => (await gridCell(page, 'B4').textContent()) === '2023-02', 'the newest actual month follows the Jobindsats sheet', 30_000);
    await showSheet(page, 'Jobindsats');
    await goToCell(page, 'B1');
    expect(await gridCell(page, 'B1').textContent()).toBe('2022-07');
  });
});

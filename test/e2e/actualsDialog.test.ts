/**
 * Issue 14 in a real browser, as a planner does it: upload a PTVA02 file from Jobindsats, see what
 * the import will change before applying it (with its warnings and the goals it moves), apply it and watch LM2's goal follow the actual
 * figures; next month, refresh the same sheet from a newer file; and, on a server without an API
 * key, fetching from Jobindsats explains why not and what to do instead. One test, one workspace:
 * opening a workbook is the slow part on a busy machine. One server (without JOBINDSATS_API_KEY)
 * and one browser for the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goToCell, gridCell, screenshot, serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { showSheet } from '../harness/gridPage.js';
import { asCsv, asV2Json, ptva02 } from '../support/jobindsatsFixtures.js';
import { createWorkspace } from './workspaceApi.js';

const latestActual = async (page: Page, goalId: string): Promise<string> => (await page.locator(`[data-goal-id="${goalId}"] .goal-actual`).textContent()) ?? '';
const goalValue = async (page: Page, goalId: string): Promise<string> => (await page.locator(`[data-goal-id="${goalId}"] .goal-value`).textContent()) ?? '';

// Generous bounds for a busy 2-core machine; each step waits on its own condition.
describe('actual figures from Jobindsats in the workspace', { timeout: 150_000 }, () => {
  const live = serverAndBrowser();

  it('an uploaded PTVA02 file is previewed (warning of the total row and the jump, naming LM2 as moved), applied and moves LM2 as previewed; a newer file adds its month; without an API key, fetching from Jobindsats explains why not', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await goalValue(page, 'LM2')) === '358', "LM2 judged on the template's illustrative figures");
    // The latest actual follows the goal's status in a deferred render (GoalCard, issue 17).
    await waitUntil(async () => (await latestActual(page, 'LM2')) === '420 (dec. 2022)', 'LM2 shows its latest actual month');

    await page.getByRole('button', { name: 'Faktiske tal' }).click();
    await page.getByRole('menuitem', { name: 'Hent faktiske tal fra Jobindsats …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hent faktiske tal fra Jobindsats' });
    await dialog.getByText(/Serveren har ingen nøgle til Jobindsats' API/).waitFor({ timeout: 20_000 });
    // The file control speaks Danish whatever the browser's language (Chromium's own says "Choose File").
    await dialog.getByRole('button', { name: 'Vælg fil', exact: true }).waitFor();
    await dialog.getByText('Ingen fil valgt').waitFor();
    // A planner first downloads half a year, then saves the whole year over the same file and
    // chooses it again: the preview is the corrected file's (the browser reports no change for the
    // same file chosen twice unless the control lets go of it).
    const file = join(mkdtempSync(join(tmpdir(), 'fremskriv-actuals-')), 'ptva02.json');
    const upload = dialog.getByLabel('Upload en fil fra Jobindsats (.json, .csv eller .xlsx)');
    writeFileSync(file, asV2Json(ptva02('2022-07', 6)));
    await upload.setInputFiles(file);
    await dialog.getByText('ptva02.json', { exact: true }).waitFor();
    await dialog.getByRole('region', { name: 'Det ændrer importen' }).getByText(/^Arket »Jobindsats« får 2 rækker \(Område\) og 6 måneder/).waitFor({ timeout: 20_000 });
    writeFileSync(file, asV2Json(ptva02('2022-07', 12)));
    await upload.setInputFiles(file);
    // Proposed: the first measure, rows by area, the benefit groups filtered on "i alt".
    expect(await dialog.getByLabel('Måltal').inputValue()).toBe('Antal personer');
    expect(await dialog.getByLabel('Ydelsesgrupper').inputValue()).toBe('Ydelsesgrupper i alt');
    const preview = dialog.getByRole('region', { name: 'Det ændrer importen' });
    await preview.getByText('Nye måneder: 2023-01, 2023-02, 2023-03, 2023-04, 2023-05, 2023-06').waitFor({ timeout: 20_000 });
    await preview.getByText('Måneder med ændrede tal: 2022-07, 2022-08, 2022-09, 2022-10, 2022-11, 2022-12').waitFor({ timeout: 20_000 });
    await preview.getByText('Nye rækker: Hele landet').waitFor({ timeout: 20_000 });
    // The import merges: the template's note under the figures stays, and nothing is removed.
    expect(await preview.getByText(/^(Rækker|Måneder), der fjernes/).count()).toBe(0);
    // "i alt" over the benefit groups is not LM2's young people: the preview warns of the jump
    // against the sheet's July 2022 and of the total row, and names the goal it moves.
    const august = ptva02('2022-07', 12).rows.find((r) => r[0] === 'Roskilde' && r[1] === '2022M08' && r[2] === 'Ydelsesgrupper i alt')![3] as number;
    await preview
      .getByRole('note')
      .filter({ hasText: `Advarsel: »Roskilde« springer fra 445 i jul. 2022 til ${august.toLocaleString('da-DK')} i aug. 2022 – mere end 3 gange så meget.` })
      .waitFor({ timeout: 20_000 });
    await preview.getByRole('note').filter({ hasText: /^Advarsel: Rækken »Hele landet« er en total/ }).waitFor();
    const moved = preview.getByRole('region', { name: 'Mål, som importen flytter (scenariet »Basis«)' });
    const lm2Moved = (await moved.locator('[data-goal-id="LM2"]').textContent({ timeout: 20_000 })) ?? '';
    // As the goal card reads it: the value at the deadline's month, then the badge's words.
    const movedTo = /^LM2 .+, dec\. 2023: 358 \(Ikke opfyldt\) → ([\d.]+) \(Ikke opfyldt\)$/.exec(lm2Moved)?.[1];
    expect(movedTo, lm2Moved).toBeDefined();
    expect(await moved.locator('li').count()).toBe(1);
    await screenshot(page, 'actuals-preview');
    // Nothing has changed before the planner applies it.
    expect(await goalValue(page, 'LM2')).toBe('358');

    await dialog.getByRole('button', { name: 'Importér', exact: true }).click();
    await dialog.getByText('Importeret til arket »Jobindsats«: 12 måneder, senest 2023-06.').waitFor({ timeout: 20_000 });
    // The browser reads a chosen file when it is sent, so it stays until then.
    rmSync(dirname(file), { recursive: true, force: true });
    await dialog.getByRole('button', { name: 'Luk' }).click();
    // LM2 now projects from Roskilde's last actual month (about 9.500 on all benefits in the fixture).
    await waitUntil(async () => (await goalValue(page, 'LM2')) !== '358', 'LM2 follows the imported actuals');
    expect(Number((await goalValue(page, 'LM2')).replace(/\./g, '').replace(',', '.'))).toBeGreaterThan(1000);
    // The preview said where LM2 would go.
    expect(await goalValue(page, 'LM2')).toBe(movedTo);
    const june = ptva02('2022-07', 12).rows.find((r) => r[0] === 'Roskilde' && r[1] === '2023M06' && r[2] === 'Ydelsesgrupper i alt')![3] as number;
    await waitUntil(async () => (await latestActual(page, 'LM2')) === `${june.toLocaleString('da-DK')} (jun. 2023)`, 'LM2 shows the imported June as its latest actual');
    await showSheet(page, 'Jobindsats');
    await goToCell(page, 'M1');
    expect(await gridCell(page, 'M1').textContent()).toBe('2023-06');

    await page.getByRole('button', { name: 'Faktiske tal' }).click();
    await page.getByRole('menuitem', { name: 'Opdatér faktiske tal …' }).click();
    const refresh = page.getByRole('dialog', { name: 'Opdatér faktiske tal' });
    const link = refresh.getByRole('region', { name: 'Jobindsats' });
    await link.getByLabel('Nyere fil til »Jobindsats«').setInputFiles({ name: 'ptva02-juli.csv', mimeType: 'text/csv', buffer: Buffer.from(asCsv(ptva02('2022-07', 13), true)) });
    await link.getByRole('button', { name: 'Opdatér fra filen' }).click();
    await link.getByText('Nye måneder: 2023-07').waitFor({ timeout: 20_000 });
    await link.getByRole('button', { name: 'Anvend' }).click();
    await link.getByText('»Jobindsats« er opdateret: nye måneder 2023-07.').waitFor({ timeout: 20_000 });

    // This server has no JOBINDSATS_API_KEY: fetching from Jobindsats says why not and what to do.
    await link.getByRole('button', { name: 'Opdatér fra Jobindsats' }).click();
    const alert = link.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/^Serveren har ingen nøgle til Jobindsats' API \(JOBINDSATS_API_KEY\).*upload filen i stedet/);
    await screenshot(page, 'actuals-refresh-without-key');
    // Refused before any preview: there is nothing to apply (the REST tests check nothing is written).
    expect(await link.getByRole('button', { name: 'Anvend' }).count()).toBe(0);
    await refresh.getByRole('button', { name: 'Luk' }).click();
    await goToCell(page, 'N1');
    await waitUntil(async () => (await gridCell(page, 'N1').textContent()) === '2023-07', 'the new month reaches the grid');
  });
});

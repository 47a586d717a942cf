/**
 * The actuals dialog's choice between merging a file into the sheet (the default) and replacing
 * the sheet's months ("Erstat arkets måneder"): the preview says which months go, and the import
 * leaves only the file's months.
 */
import { describe, expect, it } from 'vitest';
import { goToCell, gridCell, serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { showSheet } from '../harness/gridPage.js';
import { asCsv, type FixtureTable } from '../support/jobindsatsFixtures.js';
import { createWorkspace } from './workspaceApi.js';

const january: FixtureTable = { table: 'PTVA02', labels: ['Område', 'Periode', 'Antal personer'], codes: ['area', 'period', 'ptva02_pers'], rows: [['Roskilde', '2023M01', 300]] };

describe('replacing the sheet\'s months from the actuals dialog', { timeout: 180_000 }, () => {
  const live = serverAndBrowser();

  it('merges by default, and "Erstat arkets måneder" previews the months removed and leaves only the file\'s', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.getByRole('button', { name: 'Faktiske tal' }).click();
    await page.getByRole('menuitem', { name: 'Hent faktiske tal fra Jobindsats …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hent faktiske tal fra Jobindsats' });
    await dialog.getByLabel('Upload en fil fra Jobindsats (.json, .csv eller .xlsx)').setInputFiles({ name: 'ptva02-jan.csv', mimeType: 'text/csv', buffer: Buffer.from(asCsv(january, true)) });
    const preview = dialog.getByRole('region', { name: 'Det ændrer importen' });
    await preview.getByText('Nye måneder: 2023-01').waitFor({ timeout: 30_000 });
    const merge = dialog.getByRole('radio', { name: /^Flet ind/ });
    const replace = dialog.getByRole('radio', { name: /^Erstat arkets måneder/ });
    expect(await merge.isChecked()).toBe(true);
    expect(await replace.isChecked()).toBe(false);
    expect(await preview.getByText(/^Måneder, der fjernes/).count()).toBe(0);

    await replace.check();
    await preview.getByText(/^Måneder, der fjernes: 2022-07/).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Importér', exact: true }).click();
    await dialog.getByText('Importeret til arket »Jobindsats«: 1 måned, senest 2023-01.').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Luk' }).click();

    await showSheet(page, 'Jobindsats');
    await goToCell(page, 'B1');
    await waitUntil(async () => (await gridCell(page, 'B1').textContent()) === '2023-01', 'the sheet holds only the file\'s month', 30_000);
    expect(await gridCell(page, 'C1').textContent()).toBe('');
  });
});

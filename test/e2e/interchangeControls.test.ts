/**
 * Export and import where planners look for them: the top bar's export menu downloads the
 * workbook and opens the printable goal report; only editors get the import dialog.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, serverAndBrowser } from '../harness/browserHarness.js';
import { createWorkspace } from './workspaceApi.js';

describe('export and import in the workbook', () => {
  const live = serverAndBrowser();

  it('the export menu downloads the workspace as .xlsx and opens the goal report', async () => {
    const workspace = await createWorkspace(live.server);
    const page = await live.browser.openWorkbook(workspace.editorUrl);
    await page.getByRole('button', { name: 'Eksportér' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Hele arbejdsområdet (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByRole('button', { name: 'Eksportér' }).click();
    await page.getByRole('menuitem', { name: /Målrapport/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Beskæftigelsesplan 2023' }).waitFor();
    expect(await page.locator('.report-scenario').count()).toBe(3);
    await screenshot(page, 'report-in-app');
    // Opening the workbook and the report took 50 s on a loaded 2-core machine (load average 26).
  }, 120_000);

  it('the CSV of a sheet holds the selected scenario and names it in the file name', async () => {
    const workspace = await createWorkspace(live.server);
    const page = await live.browser.openWorkbook(workspace.viewerUrl);
    try {
      await page.getByRole('combobox', { name: 'Scenarie' }).selectOption({ label: 'Lavkonjunktur' });
      await page.getByRole('button', { name: 'Eksportér' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Arket »Forudsætninger« som CSV, scenariet »Lavkonjunktur«' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Beskæftigelsesplan 2023 - Forudsætninger - Lavkonjunktur.csv');
      const { readFileSync } = await import('node:fs');
      // Lavkonjunktur's assumption in B5 is 1,1 (the business-cycle factor); the sheet's own is 1.
      const rows = readFileSync(await download.path(), 'utf8').split('\r\n');
      expect(rows[4]?.split(';')[1]).toBe('1,1');
    } finally {
      // A page left open keeps its scenario engines busy for the tests after it.
      await page.context().close();
    }
    // Opening the workbook alone took over 20 s on a loaded 2-core machine.
  }, 90_000);

  it('an editor can open the import dialog; a viewer has no import button', async () => {
    const workspace = await createWorkspace(live.server);
    const editor = await live.browser.openWorkbook(workspace.editorUrl);
    await editor.getByRole('button', { name: 'Importér …' }).click();
    await editor.getByText('Importér fra Excel eller CSV').waitFor();
    const viewer = await live.browser.openWorkbook(workspace.viewerUrl);
    await viewer.getByRole('button', { name: 'Eksportér' }).waitFor();
    expect(await viewer.getByRole('button', { name: 'Importér …' }).count()).toBe(0);
    // Two workbooks opened one after the other: 47 s on a loaded 2-core machine.
  }, 120_000);
});

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
  });

  it('an editor can open the import dialog; a viewer has no import button', async () => {
    const workspace = await createWorkspace(live.server);
    const editor = await live.browser.openWorkbook(workspace.editorUrl);
    await editor.getByRole('button', { name: 'Importér …' }).click();
    await editor.getByText('Importér fra Excel eller CSV').waitFor();
    const viewer = await live.browser.openWorkbook(workspace.viewerUrl);
    await viewer.getByRole('button', { name: 'Eksportér' }).waitFor();
    expect(await viewer.getByRole('button', { name: 'Importér …' }).count()).toBe(0);
  });
});

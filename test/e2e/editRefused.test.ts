/**
 * An edit the server refuses for good (issue 15: a workspace past MAX_WORKSPACE_BYTES, close code
 * 4413) is explained to the planner, never reaches a colleague, and can be discarded: the page
 * loads the workspace again as the server holds it, instead of resending the refused edit forever.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goToCell, launchBrowser, prepareClientBuild, waitUntil, type WorkbookBrowser } from '../harness/browserHarness.js';
import { cellText, formulaBar } from '../harness/gridPage.js';
import { startServer, type RunningServer } from '../harness/serverHarness.js';
import { createWorkspace } from './workspaceApi.js';

/**
 * Room for the template (about 280 kB stored since MM5 reads the Jobindsats MM5 sheet: row 2's
 * month statuses look in both sheets) and small edits, not for a cell of 30,000 characters.
 */
const MAX_WORKSPACE_BYTES = 296 * 1024;

describe('an edit the server refuses', () => {
  let server: RunningServer;
  let browser: WorkbookBrowser;

  beforeAll(async () => {
    await prepareClientBuild();
    server = await startServer({ env: { CLIENT_BUILD: 'skip', MAX_WORKSPACE_BYTES: String(MAX_WORKSPACE_BYTES) } });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('past the workspace size bound is explained, never reaches a colleague, and is discarded on request', async () => {
    const workspace = await createWorkspace(server);
    const page = await browser.openWorkbook(workspace.editorUrl);
    const colleague = await browser.openWorkbook(workspace.editorUrl);
    await goToCell(page, 'A40');
    await formulaBar(page).fill('x'.repeat(30_000));
    await formulaBar(page).press('Enter');

    const alert = page.getByRole('alert');
    const refusalShown = async (): Promise<boolean> => ((await alert.textContent()) ?? '').includes('Din seneste ændring blev ikke gemt');
    // On a timeout, what the page says instead (its alerts and connection status), for the log.
    await waitUntil(refusalShown, 'the refusal is explained', 30_000).catch(async (error: unknown) => {
      const shown = await page.locator('[role="alert"], [role="status"]').allTextContents();
      throw new Error(`${String(error)}; the page shows: ${JSON.stringify(shown)}`);
    });
    await page.getByText('Serverens begrundelse').click();
    expect(await page.getByText(/the workspace would take/).isVisible()).toBe(true);
    await goToCell(colleague, 'A40');
    expect(await cellText(colleague, 'A40')).toBe('');

    await page.getByRole('button', { name: /Kassér ændringerne/ }).click();
    await page.locator('[data-cell="A1"]').first().waitFor({ timeout: 30_000 });
    await goToCell(page, 'A40');
    expect(await cellText(page, 'A40')).toBe('');
    expect(await alert.count()).toBe(0);
    // The page works again: an edit within the bound reaches the colleague.
    await formulaBar(page).fill('kort');
    await formulaBar(page).press('Enter');
    await waitUntil(async () => (await cellText(colleague, 'A40')) === 'kort', 'the colleague sees the next edit', 30_000);
  }, 180_000);
});

/**
 * Ninth hostile pass: a link holds at most MAX_CONNECTIONS_PER_TOKEN connections to its workspace;
 * the next is closed with 4429. The planner whose tab is refused is told why in Danish and may try
 * again once a tab has closed (server/README.md, close codes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, prepareClientBuild, waitUntil, type WorkbookBrowser } from '../harness/browserHarness.js';
import { startServer, type RunningServer } from '../harness/serverHarness.js';
import { createWorkspace } from './workspaceApi.js';

describe('a link open in more tabs than the server allows', () => {
  let server: RunningServer;
  let browser: WorkbookBrowser;

  beforeAll(async () => {
    await prepareClientBuild();
    server = await startServer({ env: { CLIENT_BUILD: 'skip', MAX_CONNECTIONS_PER_TOKEN: '1' } });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the refused tab says so in Danish with the server’s reason, and connects when tried again after the other tab closed', async () => {
    const workspace = await createWorkspace(server);
    const first = await browser.openWorkbook(workspace.viewerUrl);
    const second = await (await browser.newContext()).newPage();
    await second.goto(workspace.viewerUrl);
    const alert = second.getByRole('alert');
    await waitUntil(async () => ((await alert.textContent()) ?? '').includes('Linket har allerede så mange forbindelser til arbejdsområdet'), 'the refusal is explained', 30_000);
    await second.getByText('Serverens begrundelse').click();
    expect(await second.getByText('this link already has 1 open connections to this workspace').isVisible()).toBe(true);

    await first.close();
    await waitUntil(async () => {
      const retry = second.getByRole('button', { name: 'Prøv igen' });
      if (await retry.isVisible()) await retry.click();
      return (await second.locator('[data-cell="A1"]').count()) > 0;
    }, 'the tab connects when tried again', 30_000);
  }, 180_000);
});

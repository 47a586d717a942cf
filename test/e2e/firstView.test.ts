/**
 * Issue 17's first view in a real browser: the grid shows the synced document before the engine
 * worker has answered (its script is held back here). A first visit shows the server's last
 * computed values and judged goals (GET …/values) until the worker's replace them; without them,
 * goal cards say they are being computed, and a returning planner sees each formula's last value
 * at once, from this browser's stored values.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { cellText, expectCell, goalStatus, showSheet } from '../harness/gridPage.js';
import { NAME_ASKED_KEY } from '../../client/src/session/userProfile.js';
import { createWorkspace } from './workspaceApi.js';

/** Holds the engine worker's script back until `release()` (a slow network, a busy machine). */
async function holdEngineWorker(context: BrowserContext): Promise<{ release(): void; hold(): void }> {
  let release = (): void => undefined;
  let held = Promise.resolve();
  const hold = (): void => {
    held = new Promise<void>((resolve) => (release = resolve));
  };
  hold();
  await context.route(/scenarioEngine\.worker-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { release: () => release(), hold };
}

const storedFor = (workspaceId: string) => (page: Page): Promise<boolean> =>
  page.evaluate(
    (id) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('fremskriv-values');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('values')) return resolve(false);
          const get = db.transaction('values').objectStore('values').get(id);
          get.onsuccess = () => resolve(get.result !== undefined);
          get.onerror = () => resolve(false);
        };
      }),
    workspaceId,
  );

/** The server's values never reach the page (an older server, a failed request). */
async function withoutServerValues(context: BrowserContext): Promise<void> {
  await context.route(/\/api\/workspaces\/[^/]+\/values(\?|$)/, (route) => route.abort());
}

const BUSY_MACHINE_MS = 45_000;

const workerAnswered = (page: Page): Promise<boolean> => page.evaluate(() => performance.getEntriesByName('fremskriv:engineFirstValues').length > 0);

describe('the first view', () => {
  const live = serverAndBrowser();

  it("a first visit shows the server's computed values and judged goals before the engine worker has loaded, then the worker's", async () => {
    const workspace = await createWorkspace(live.server);
    const context = await live.browser.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK', serviceWorkers: 'block' });
    try {
      await context.addInitScript((key) => localStorage.setItem(key, '1'), NAME_ASKED_KEY);
      const worker = await holdEngineWorker(context);
      const page = await context.newPage();
      await page.goto(workspace.viewerUrl);
      // The worker's script has not even arrived: these come from the server.
      // Deadlines for a busy 2-core machine (the page, not the worker, is what takes the time here).
      await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', "MM3 judged from the server's answer", BUSY_MACHINE_MS);
      await showSheet(page, 'Fremskrivning');
      await waitUntil(async () => (await cellText(page, 'K5')) !== '', "K5's value from the server", BUSY_MACHINE_MS);
      const fromServer = await cellText(page, 'K5');
      expect(await workerAnswered(page)).toBe(false);

      worker.release();
      await waitUntil(() => workerAnswered(page), "the worker's first values", BUSY_MACHINE_MS);
      expect(await cellText(page, 'K5')).toBe(fromServer);
      expect(await goalStatus(page, 'MM3')).toBe('met');
    } finally {
      await context.close();
    }
  }, 90_000);

  it("without the server's values: shows the document before the engines answer, and a returning planner sees the formulas' last values at once", async () => {
    const workspace = await createWorkspace(live.server);
    // No service worker: it would serve the worker's script from its cache, around the hold.
    const context = await live.browser.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK', serviceWorkers: 'block' });
    try {
      await context.addInitScript((key) => localStorage.setItem(key, '1'), NAME_ASKED_KEY);
      await withoutServerValues(context);
      const worker = await holdEngineWorker(context);
      const page = await context.newPage();
      await page.goto(workspace.editorUrl);
      // Typed values show from the document; no goal is judged yet, and no formula made up.
      await expectCell(page, 'B10', '31,00');
      expect(await goalStatus(page, 'MM3')).toBe('computing');
      await showSheet(page, 'Fremskrivning');
      expect(await cellText(page, 'K5')).toBe('');

      worker.release();
      await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', 'MM3 judged once the worker answered');
      await waitUntil(async () => (await cellText(page, 'K5')) !== '', 'K5 computed');
      const computed = await cellText(page, 'K5');
      await waitUntil(() => storedFor(workspace.id)(page), "the values kept in this browser", 20_000);

      worker.hold();
      await page.reload();
      await showSheet(page, 'Fremskrivning');
      await expectCell(page, 'K5', computed);
      expect(await goalStatus(page, 'MM3')).toBe('computing');
      worker.release();
      await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', 'MM3 judged again after the reload');
      expect(await cellText(page, 'K5')).toBe(computed);
    } finally {
      await context.close();
    }
  }, 90_000);
});

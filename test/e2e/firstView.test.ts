/**
 * Issue 17's first view in a real browser: the grid shows the synced document before the engine
 * worker has answered (its script is held back here). A first visit shows the server's last
 * computed values and judged goals (GET …/values) until the worker's replace them; without them,
 * goal cards say they are being computed, and a returning planner sees each formula's last value
 * at once, from this browser's stored values. The static first screen (AG Grid's chunk held back)
 * shows exactly what the grid then shows, hands text typed on it (a dead key's composition too) to the grid, and gives
 * way to a notice if the grid cannot load.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { cellText, composeAcuteE, expectCell, goalStatus, showSheet, typeEntries, waitForCellEditor } from '../harness/gridPage.js';
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

/** Holds AG Grid's chunk back: the static first screen stays until `release()`. */
async function holdGrid(context: BrowserContext): Promise<{ release(): void; hold(): void }> {
  let release = (): void => undefined;
  let held = Promise.resolve();
  const hold = (): void => {
    held = new Promise<void>((resolve) => (release = resolve));
  };
  hold();
  await context.route(/\/SheetGrid-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { release: () => release(), hold };
}

/** Each cell of the static first screen and its text. */
const firstScreenTexts = (page: Page): Promise<Array<[string, string]>> =>
  page.$$eval('.first-screen [data-first-cell]', (cells) => cells.map((cell): [string, string] => [cell.getAttribute('data-first-cell') ?? '', (cell.textContent ?? '').trim()]));

const firstScreenCell = (page: Page, address: string) => page.locator(`.first-screen [data-first-cell="${address}"]`);

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

  it("once the engine worker has computed every scenario, the page stops waiting for the server's values (the server stops computing them for nobody)", async () => {
    const workspace = await createWorkspace(live.server);
    const context = await live.browser.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK', serviceWorkers: 'block' });
    try {
      await context.addInitScript((key) => localStorage.setItem(key, '1'), NAME_ASKED_KEY);
      // A server still computing a costly workbook: the answer never comes.
      await context.route(/\/api\/workspaces\/[^/]+\/values(\?|$)/, () => undefined);
      const page = await context.newPage();
      const stopped: string[] = [];
      page.on('requestfailed', (request) => {
        if (/\/values(\?|$)/.test(request.url())) stopped.push(request.failure()?.errorText ?? '');
      });
      await page.goto(workspace.editorUrl);
      await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', 'MM3 judged by the worker', BUSY_MACHINE_MS);
      await waitUntil(async () => stopped.length > 0, "the values' request stopped", BUSY_MACHINE_MS);
      expect(stopped[0]).toMatch(/ABORTED/i);
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

  it("the static first screen shows the document, the server's values and the judged goals before AG Grid exists, shows what the grid then shows, and hands over what was typed", async () => {
    const workspace = await createWorkspace(live.server);
    const context = await live.browser.browser.newContext({ viewport: { width: 1920, height: 1000 }, locale: 'da-DK', serviceWorkers: 'block' });
    try {
      await context.addInitScript((key) => localStorage.setItem(key, '1'), NAME_ASKED_KEY);
      const worker = await holdEngineWorker(context);
      const grid = await holdGrid(context);
      const page = await context.newPage();
      await page.goto(workspace.editorUrl);
      // Goals judged from the server's answer with no grid at all (the goal panel does not wait for it).
      await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', "MM3 judged from the server's answer", BUSY_MACHINE_MS);
      await waitUntil(async () => ((await firstScreenCell(page, 'B10').textContent()) ?? '').trim() === '31,00', 'B10 typed value on the first screen', BUSY_MACHINE_MS);
      expect(await page.locator('.ag-root-wrapper').count()).toBe(0);

      await showSheet(page, 'Fremskrivning');
      await waitUntil(async () => ((await firstScreenCell(page, 'K5').textContent()) ?? '').trim() !== '', "K5's value from the server on the first screen", BUSY_MACHINE_MS);
      const shown = await firstScreenTexts(page);

      grid.release();
      // Cell for cell, the grid shows what the first screen showed (the worker still has not answered).
      await waitUntil(async () => (await page.locator('.first-screen').count()) === 0, 'the grid replaced the first screen', BUSY_MACHINE_MS);
      await expectCell(page, 'K5', shown.find(([address]) => address === 'K5')![1]);
      let compared = 0;
      for (const [address, text] of shown) {
        if ((await page.locator(`.ag-cell[data-cell="${address}"]`).count()) === 0) continue;
        expect(await cellText(page, address), address).toBe(text);
        compared++;
      }
      expect(compared).toBeGreaterThan(100);
      expect(await workerAnswered(page)).toBe(false);
      worker.release();

      // Typed before the grid exists: shown in the cell clicked, then handed to the grid's editor.
      grid.hold();
      await page.reload();
      await firstScreenCell(page, 'H20').click({ timeout: BUSY_MACHINE_MS });
      await page.keyboard.type('hej');
      expect(((await firstScreenCell(page, 'H20').textContent()) ?? '').trim()).toBe('hej');
      grid.release();
      await waitForCellEditor(page, BUSY_MACHINE_MS);
      await page.keyboard.press('Enter');
      await expectCell(page, 'H20', 'hej');

      // Values typed one after another before the grid exists each land in their own cell:
      // Enter and an arrow end an entry and move, Escape drops one.
      grid.hold();
      await page.reload();
      await firstScreenCell(page, 'H22').click({ timeout: BUSY_MACHINE_MS });
      await typeEntries(page, [['5', 'Enter'], ['6', 'ArrowRight'], ['glemt', 'Escape'], ['', 'ArrowDown']]);
      await page.keyboard.type('x');
      const typedInto = new Set(['H22', 'H23', 'I23', 'I24']);
      const shownTyped = async (): Promise<string> => JSON.stringify((await firstScreenTexts(page)).filter(([address]) => typedInto.has(address)));
      const expected = JSON.stringify([['H22', '5'], ['H23', '6'], ['I23', ''], ['I24', 'x']]);
      await waitUntil(async () => (await shownTyped()) === expected, `the first screen shows each entry in its cell (it shows ${await shownTyped()})`, BUSY_MACHINE_MS);
      grid.release();
      await waitForCellEditor(page, BUSY_MACHINE_MS);
      await page.keyboard.press('Enter');
      for (const [address, text] of [['H22', '5'], ['H23', '6'], ['I23', ''], ['I24', 'x']] as const) await expectCell(page, address, text);

      // A dead key on the first screen composes into the entry, as it does on the grid (´ then e: é).
      grid.hold();
      await page.reload();
      await firstScreenCell(page, 'H26').click({ timeout: BUSY_MACHINE_MS });
      const composing = (): Promise<boolean> => page.evaluate(() => document.activeElement?.classList.contains('fs-composer') === true);
      await composeAcuteE(page, () => waitUntil(composing, 'the first screen takes the composition'));
      await page.keyboard.type('t');
      const shownInH26 = async (): Promise<string> => ((await firstScreenCell(page, 'H26').textContent()) ?? '').trim();
      await waitUntil(async () => (await shownInH26()) === 'ét', `the first screen shows ét in H26 (it shows ${await shownInH26()})`);
      await page.keyboard.press('Enter');
      grid.release();
      await expectCell(page, 'H26', 'ét');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a grid that cannot load leaves no first screen behind: the planner is told, and the goals still show', async () => {
    const workspace = await createWorkspace(live.server);
    const context = await live.browser.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK', serviceWorkers: 'block' });
    try {
      await context.addInitScript((key) => localStorage.setItem(key, '1'), NAME_ASKED_KEY);
      await context.route(/\/SheetGrid-[^/]*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(workspace.viewerUrl);
      await waitUntil(async () => (await page.getByRole('alert').filter({ hasText: 'Regnearket kunne ikke vises' }).count()) > 0, 'the notice that the sheet could not be shown', BUSY_MACHINE_MS);
      expect(await page.locator('.first-screen').count()).toBe(0);
      await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', 'MM3 judged without a grid', BUSY_MACHINE_MS);
    } finally {
      await context.close();
    }
  }, 90_000);
});

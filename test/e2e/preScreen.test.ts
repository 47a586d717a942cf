/**
 * Issue 17's pre-screen in a real browser: the entry paints the first sheet's numbers and the
 * judged goals from the server's answer before any of the app's chunks has run (the app's chunk is
 * held back here), in the language the planner chose; the workbook page then replaces it without
 * leaving a second copy of anything behind, and a cell clicked and text typed on it carry over.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { composeAcuteE, expectCell, goalStatus, typeEntries, waitForCellEditor } from '../harness/gridPage.js';
import { NAME_ASKED_KEY } from '../../client/src/session/userProfile.js';
import { LANGUAGE_KEY } from '../../client/src/i18n/languageChoice.js';
import { createWorkspace } from './workspaceApi.js';

const BUSY_MACHINE_MS = 45_000;

/** Holds the app's chunk (React and the workbook page) back until `release()`. */
async function holdApp(context: BrowserContext): Promise<{ release(): void }> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/startApp-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { release: () => release() };
}

const preScreenCell = (page: Page, address: string) => page.locator(`#pre-screen [data-first-cell="${address}"]`);
const preScreenText = async (page: Page, address: string): Promise<string> => ((await preScreenCell(page, address).textContent()) ?? '').trim();
const gridReady = (page: Page): Promise<boolean> => page.evaluate(() => performance.getEntriesByName('fremskriv:gridReady').length > 0);

async function newContext(live: ReturnType<typeof serverAndBrowser>, language?: 'en'): Promise<BrowserContext> {
  const context = await live.browser.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK', serviceWorkers: 'block' });
  await context.addInitScript(
    ([nameKey, languageKey, chosen]) => {
      localStorage.setItem(nameKey, '1');
      if (chosen) localStorage.setItem(languageKey, chosen);
    },
    [NAME_ASKED_KEY, LANGUAGE_KEY, language ?? ''] as const,
  );
  return context;
}

/** A new workspace opened in a fresh page with the app's chunk held back, once its pre-screen shows B10. */
async function openPreScreen(live: ReturnType<typeof serverAndBrowser>, language?: 'en'): Promise<{ page: Page; context: BrowserContext; app: { release(): void } }> {
  const workspace = await createWorkspace(live.server);
  const context = await newContext(live, language);
  const app = await holdApp(context);
  const page = await context.newPage();
  await page.goto(workspace.editorUrl);
  await waitUntil(async () => (await preScreenCell(page, 'B10').count()) > 0, 'the pre-screen', BUSY_MACHINE_MS);
  return { page, context, app };
}

describe('the pre-screen', () => {
  const live = serverAndBrowser();

  it('shows the numbers and the judged goals before the app has loaded, and the page replaces it with the same numbers and nothing left behind', async () => {
    const { page, context, app } = await openPreScreen(live);
    try {
      // Danish number format as the grid writes it; the goals judged by the server.
      expect(await preScreenText(page, 'B10')).toBe('31,00');
      expect(await page.locator('#pre-screen [data-goal-id="MM3"]').getAttribute('data-status')).toBe('met');
      expect(await page.locator('#pre-screen .panel-tabs').textContent()).toContain('Mål');
      expect(await page.locator('.ag-root-wrapper').count()).toBe(0);
      expect(await gridReady(page)).toBe(false);
      const shown = await page.$$eval('#pre-screen [data-first-cell]', (cells) => cells.map((cell) => [cell.getAttribute('data-first-cell') ?? '', (cell.textContent ?? '').trim()] as const));

      app.release();
      await waitUntil(async () => (await page.locator('#pre-screen').count()) === 0, 'the page replaced the pre-screen', BUSY_MACHINE_MS);
      // One of each: the page's own goal card, and its grid (or first screen) with the same text.
      expect(await page.locator('[data-goal-id="MM3"]').count()).toBe(1);
      expect(await goalStatus(page, 'MM3')).toBe('met');
      await waitUntil(() => gridReady(page), 'the grid', BUSY_MACHINE_MS);
      for (const address of ['A1', 'B10', 'A12', 'C5']) await expectCell(page, address, shown.find(([at]) => at === address)![1]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('follows the language the planner chose, and hands a clicked cell and typed text to the grid', async () => {
    const { page, context, app } = await openPreScreen(live, 'en');
    try {
      expect(await preScreenText(page, 'B10')).toBe('31.00');
      expect(await page.locator('#pre-screen .panel-tabs').textContent()).toContain('Goals');
      expect(await page.locator('#pre-screen [data-goal-id="MM3"] .badge').textContent()).toBe('Met');

      await preScreenCell(page, 'D20').click();
      await page.keyboard.type('hej');
      expect(await preScreenText(page, 'D20')).toBe('hej');
      app.release();
      await waitForCellEditor(page, BUSY_MACHINE_MS);
      await page.keyboard.press('Enter');
      await expectCell(page, 'D20', 'hej');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('values typed one after another with Enter and Tab before the app has loaded land in their own cells, none lost or run together', async () => {
    const { page, context, app } = await openPreScreen(live);
    try {
      await preScreenCell(page, 'D20').click();
      // D20, D21, then along row 21 with Tab, and Enter back to D22 (Excel's return after a run of Tabs).
      await typeEntries(page, [['5', 'Enter'], ['7', 'Tab'], ['8', 'Enter']]);
      await page.keyboard.type('ny');
      expect([await preScreenText(page, 'D20'), await preScreenText(page, 'D21'), await preScreenText(page, 'E21'), await preScreenText(page, 'D22')]).toEqual(['5', '7', '8', 'ny']);
      expect(await page.locator('#pre-screen .name-box').inputValue()).toBe('D22');

      app.release();
      await waitForCellEditor(page, BUSY_MACHINE_MS);
      await page.keyboard.press('Enter');
      for (const [address, text] of [['D20', '5'], ['D21', '7'], ['E21', '8'], ['D22', 'ny']] as const) await expectCell(page, address, text);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a dead key then a letter before the app has loaded composes into the entry, which the grid then takes', async () => {
    const { page, context, app } = await openPreScreen(live);
    try {
      await preScreenCell(page, 'D24').click();
      const composing = (): Promise<boolean> => page.evaluate(() => document.activeElement?.classList.contains('fs-composer') === true);
      await composeAcuteE(page, () => waitUntil(composing, 'the pre-screen takes the composition'));
      await page.keyboard.type('t');
      expect(await preScreenText(page, 'D24')).toBe('ét');
      app.release();
      await waitForCellEditor(page, BUSY_MACHINE_MS);
      await page.keyboard.press('Enter');
      await expectCell(page, 'D24', 'ét');
    } finally {
      await context.close();
    }
  }, 120_000);
});

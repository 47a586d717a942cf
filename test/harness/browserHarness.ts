/**
 * Opens real pages in Debian's Chromium (never a downloaded browser) for the end-to-end tests:
 * headless, no sandbox, no background networking, each context a fresh profile. Pair
 * `launchBrowser()` with `close()`.
 *
 * @example
 *   const browser = await launchBrowser();
 *   try { const page = await browser.openWorkbook(`${server.url}/w/${id}#token=${token}`) } finally { await browser.close() }
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT, startServer, type RunningServer } from './serverHarness.js';
import { clientBuildReason, ensureClientBuild } from '../../server/http/clientBuild.js';
import { NAME_ASKED_KEY } from '../../client/src/session/userProfile.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const BUILD_LOCK = join(tmpdir(), 'fremskriv-client-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

/**
 * Builds client/dist once for all browser test files (a production build), and before any server serves it:
 * test files run in parallel, and two builds emptying one dist/ would pull files from under a page.
 * Start servers with CLIENT_BUILD=skip after this.
 */
export async function prepareClientBuild(): Promise<void> {
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another client build');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    // ensureClientBuild always makes a production build, whatever the test runner's NODE_ENV.
    if (clientBuildReason(REPO_ROOT) !== null) await ensureClientBuild(REPO_ROOT, 'auto');
    if (clientBuildReason(REPO_ROOT) === 'missing') throw new Error('the client build failed (client/dist/index.html is missing)');
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export interface WorkbookBrowser {
  readonly browser: Browser;
  /**
   * A fresh context (its own storage, IndexedDB and clipboard), as a second colleague's browser.
   * Its planner counts as already asked for a name, unless `namePrompt` (the prompt is tested once).
   */
  newContext(options?: { namePrompt?: boolean }): Promise<BrowserContext>;
  /** Opens a workbook link in a new page (in `context`, or a fresh one) and waits for the grid. */
  openWorkbook(url: string, context?: BrowserContext): Promise<Page>;
  close(): Promise<void>;
}

/** The browser names a failed websocket by its address, token included: test logs never show tokens. */
function withoutTokens(text: string): string {
  return text.replace(/token=[^&\s'"]+/g, 'token=…');
}

export async function launchBrowser(): Promise<WorkbookBrowser> {
  // launch() gives every context a fresh, temporary profile that is removed on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  const newContext = async (options: { namePrompt?: boolean } = {}): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Playwright's own 30 s per step was met by a page load or a reload on a loaded 2-core machine
    // (gridMouse's name prompt); a bound for a hung step, not a speed assertion.
    context.setDefaultTimeout(60_000);
    if (!options.namePrompt) await context.addInitScript((key) => localStorage.setItem(key, '1'), NAME_ASKED_KEY);
    contexts.push(context);
    return context;
  };
  return {
    browser,
    newContext,
    async openWorkbook(url, context) {
      const page = await (context ?? (await newContext())).newPage();
      page.on('pageerror', (error) => process.stderr.write(`[browser] ${withoutTokens(error.message)}\n`));
      page.on('console', (message) => {
        if (message.type() === 'error') process.stderr.write(`[browser console] ${withoutTokens(message.text())}\n`);
      });
      await page.goto(url);
      await page.locator('[data-cell="A1"]').first().waitFor({ timeout: 60_000 });
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}

/** The rendered grid cell at an A1 address (scrolled into view by the caller if needed). */
export function gridCell(page: Page, address: string): Locator {
  return page.locator(`[data-cell="${address}"]`).first();
}

/**
 * Goes to a cell through the name box, types text as a planner would and presses Enter. (Not by
 * clicking: two quick clicks on one cell are a double-click, which starts an edit, as in Excel.)
 */
export async function typeIntoCell(page: Page, address: string, text: string): Promise<void> {
  await goToCell(page, address);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/**
 * Types `values` down a column from `top` (e.g. H30) and selects them with Shift+↓, as a planner
 * marks a block before naming it or using it.
 */
export async function typeAndSelectColumn(page: Page, top: string, values: readonly string[]): Promise<void> {
  const match = /^([A-Z]+)(\d+)$/.exec(top)!;
  const row = Number(match[2]);
  for (const [i, value] of values.entries()) await typeIntoCell(page, `${match[1]}${row + i}`, value);
  await goToCell(page, top);
  for (let i = 1; i < values.length; i++) await page.keyboard.press('Shift+ArrowDown');
}

/** The name box left of the formula bar: it shows the active cell's address and takes one to go to. */
export function nameBox(page: Page): Locator {
  return page.getByRole('textbox', { name: /Celleadresse|Cell address/ });
}

/** Waits for the name box to show `address`: after an edit's Enter, Tab or arrow the move waits for the goal cards (at most 50 ms; client/src/grid/heldEditMove.ts). */
export async function expectNameBox(page: Page, address: string): Promise<void> {
  await waitUntil(async () => (await nameBox(page).inputValue()) === address, `the name box shows ${address} (it shows ${await nameBox(page).inputValue()})`);
}

/** Goes to a cell through the name box (works for cells scrolled out of view). */
export async function goToCell(page: Page, address: string): Promise<void> {
  const box = nameBox(page);
  await box.click();
  await box.fill(address);
  await box.press('Enter');
  await gridCell(page, address).waitFor();
}

/** Polls until `check` returns true, failing with `message` after the deadline. */
export async function waitUntil(check: () => Promise<boolean> | boolean, message: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Saves a screenshot under test-artifacts/ (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * For a describe block: the real server and a headless Chromium, started before its tests
 * (after one shared production build of the client) and stopped after them.
 */
export function serverAndBrowser(): { readonly server: RunningServer; readonly browser: WorkbookBrowser } {
  let server: RunningServer | undefined;
  let browser: WorkbookBrowser | undefined;
  beforeAll(async () => {
    await prepareClientBuild();
    server = await startServer({ env: { CLIENT_BUILD: 'skip' } });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server(): RunningServer {
      if (!server) throw new Error('the server has not started (beforeAll failed?)');
      return server;
    },
    get browser(): WorkbookBrowser {
      if (!browser) throw new Error('the browser has not started (beforeAll failed?)');
      return browser;
    },
  };
}

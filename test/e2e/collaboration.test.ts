/**
 * Two planners in two real Chromium browsers on one workspace, against the real server.
 * Chromium is Debian's (/usr/bin/chromium, installed by .ci/run); without it these tests fail.
 */
import { describe, expect, it } from 'vitest';

import { goToCell, gridCell, screenshot, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellHasClass, cellText, expectCell, formulaBar, goalStatus } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

describe('two planners on one workspace', () => {
  const live = serverAndBrowser();

  it('a formula typed by one planner shows its value to the other', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    await typeIntoCell(anna, 'H5', '=2*21+0,5');
    await expectCell(anna, 'H5', '42,5');
    await expectCell(bo, 'H5', '42,5');
    await gridCell(bo, 'H5').click();
    await expect(formulaBar(bo).inputValue()).resolves.toBe('=2*21+0,5');
    // Bo's selected cell is outlined in his colour on Anna's screen.
    await waitUntil(() => cellHasClass(anna, 'H5', 'fx-peer'), 'Bo’s cursor on H5 for Anna');
    await screenshot(anna, 'collaboration-formula');
  }, 60_000);

  it('changing an assumption flips a goal badge for both planners; rapid typing by both at once loses and reorders nothing', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    expect(await goalStatus(anna, 'MM3')).toBe('met');
    await typeIntoCell(anna, 'B6', '0,9');
    await waitUntil(async () => (await goalStatus(anna, 'MM3')) === 'missed', 'MM3 missed for Anna');
    await waitUntil(async () => (await goalStatus(bo, 'MM3')) === 'missed', 'MM3 missed for Bo');
    await screenshot(bo, 'collaboration-badge-flipped');

    // Anna flips the assumption behind MM3 back and forth without waiting (ending on 1: met); Bo
    // types a column of numbers meanwhile. Each keystroke's edit goes to the worker and the server
    // at once (issue 17): a lost or reordered edit would leave another last value or status.
    const annaTypes = async (): Promise<void> => {
      await goToCell(anna, 'B6');
      for (const text of ['1', '0,95', '1', '0,8', '0,9', '1']) {
        await anna.keyboard.type(text);
        await anna.keyboard.press('Enter');
        await anna.keyboard.press('ArrowUp');
      }
    };
    const boTypes = async (): Promise<void> => {
      await goToCell(bo, 'H30');
      for (let n = 1; n <= 6; n++) {
        await bo.keyboard.type(String(n));
        await bo.keyboard.press('Enter');
      }
    };
    await Promise.all([annaTypes(), boTypes()]);
    for (const page of [anna, bo]) {
      await expectCell(page, 'B6', '1,00');
      for (let n = 1; n <= 6; n++) await expectCell(page, `H${29 + n}`, String(n));
      await waitUntil(async () => (await goalStatus(page, 'MM3')) === 'met', 'MM3 met again after the last edit');
    }
    const statuses = (page: typeof anna): Promise<string[]> => page.locator('[data-goal-id]').evaluateAll((cards) => cards.map((c) => `${c.getAttribute('data-goal-id')}:${c.getAttribute('data-status')}`));
    await waitUntil(async () => JSON.stringify(await statuses(anna)) === JSON.stringify(await statuses(bo)), 'both pages judge every goal alike');
  }, 90_000);

  it('a 3×3 block pasted from the clipboard lands in both browsers, formulas computed', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    await gridCell(anna, 'H10').click();
    await anna.evaluate((text) => navigator.clipboard.writeText(text), '1\t2\t3\r\n4\t5,5\t6\r\n7\t8\t=H10+I11\r\n');
    await anna.keyboard.press('Control+V');
    for (const [address, text] of [['H10', '1'], ['I10', '2'], ['J10', '3'], ['I11', '5,5'], ['H12', '7'], ['J12', '6,5']] as const) {
      await expectCell(anna, address, text);
      await expectCell(bo, address, text);
    }
  }, 60_000);

  it('Ctrl+Z undoes only the planner’s own edit, never a colleague’s', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    await typeIntoCell(anna, 'H20', '111');
    await expectCell(bo, 'H20', '111');
    await typeIntoCell(bo, 'H21', '222');
    await expectCell(anna, 'H21', '222');
    await gridCell(anna, 'H22').click();
    await anna.keyboard.press('Control+Z');
    await expectCell(anna, 'H20', '');
    await expectCell(bo, 'H20', '');
    await expectCell(anna, 'H21', '222');
    await expectCell(bo, 'H21', '222');
    await anna.keyboard.press('Control+Y');
    await expectCell(bo, 'H20', '111');
  }, 60_000);

  it('a viewer sees live edits but cannot edit', async () => {
    const workspace = await createWorkspace(live.server);
    const anna = await live.browser.openWorkbook(workspace.editorUrl);
    const viewer = await live.browser.openWorkbook(workspace.viewerUrl);
    await viewer.locator('.viewer-banner').waitFor();
    await typeIntoCell(viewer, 'H5', '99');
    await gridCell(viewer, 'H6').dblclick();
    expect(await viewer.locator('.fx-editor').count()).toBe(0);
    expect(await formulaBar(viewer).getAttribute('readonly')).not.toBeNull();
    await typeIntoCell(anna, 'H7', 'fra Anna');
    await expectCell(viewer, 'H7', 'fra Anna');
    expect(await cellText(anna, 'H5')).toBe('');
    expect(await cellText(viewer, 'H5')).toBe('');
    await screenshot(viewer, 'viewer');
  }, 60_000);

  it('an edit made offline survives a reload and merges when the connection returns', async () => {
    const workspace = await createWorkspace(live.server);
    const annaContext = await live.browser.newContext();
    const anna = await live.browser.openWorkbook(workspace.editorUrl, annaContext);
    const bo = await live.browser.openWorkbook(workspace.editorUrl);
    // Let the service worker keep the app shell, as a planner's first visit does.
    await anna.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });
    await annaContext.setOffline(true);
    await anna.locator('[data-connection="offline"]').waitFor();
    await typeIntoCell(anna, 'H3', 'offline');
    await typeIntoCell(bo, 'H4', 'online');
    await expectCell(anna, 'H3', 'offline');
    await anna.reload();
    await gridCell(anna, 'H3').waitFor({ timeout: 30_000 });
    await expectCell(anna, 'H3', 'offline');
    expect(await cellText(bo, 'H3')).toBe('');
    expect(await anna.locator('.viewer-banner').count()).toBe(0);
    await typeIntoCell(anna, 'H5', 'efter genindlæsning');
    await screenshot(anna, 'offline-after-reload');
    await annaContext.setOffline(false);
    await anna.locator('[data-connection="connected"]').waitFor({ timeout: 20_000 });
    await expectCell(bo, 'H3', 'offline');
    await expectCell(bo, 'H5', 'efter genindlæsning');
    await expectCell(anna, 'H4', 'online');
  }, 90_000);
});

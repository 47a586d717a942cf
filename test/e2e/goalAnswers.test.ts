/**
 * "Hvad skal der til?" (issue 13) as a planner uses it: on LM2, missed under Basis in the template,
 * the panel lists each assumption's required value beside today's; saving the first answer as a
 * scenario makes LM2 met in that scenario on the dashboard and in the comparison; applying an
 * answer to the scenario itself (from the keyboard) is one edit that Ctrl+Z takes back; the
 * sensitivity table of every goal opens from the keyboard and downloads as .xlsx with its numbers.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { gridCell, screenshot, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { goalStatus } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

function card(page: Page, goalId: string) {
  return page.locator(`[data-goal-id="${goalId}"]`);
}

/** The panel's answers computed (not the previous ones shown while a new one is computed). */
async function answersReady(page: Page) {
  const panel = card(page, 'LM2').locator('[data-goal-answers="LM2"]');
  await waitUntil(async () => (await panel.getAttribute('data-ready')) === 'true' && (await panel.getAttribute('aria-busy')) === 'false', 'LM2\'s answers computed', 60_000);
  return panel;
}

/** Opens LM2's panel with the mouse and waits for its answers. */
async function openAnswers(page: Page) {
  await card(page, 'LM2').getByRole('button', { name: 'Hvad skal der til?' }).click();
  return answersReady(page);
}

/** The text of the focused element and its role-ish identity. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => `${document.activeElement?.tagName ?? ''}:${document.activeElement?.textContent?.trim() ?? ''}`);
}

describe('"Hvad skal der til?" in the browser', () => {
  const live = serverAndBrowser();

  it('a share\'s margin reads in percentage points on the card and under the tornado (LM1b, 15,8 % against ≥ 20 %)', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const lm1b = card(page, 'LM1b');
    await waitUntil(async () => (await goalStatus(page, 'LM1b')) === 'missed', 'LM1b missed under Basis');
    expect(await lm1b.innerText()).toContain('-4,2 procentpoint');
    await lm1b.getByRole('button', { name: 'Hvad skal der til?' }).click();
    const caption = lm1b.locator('figure.goal-tornado figcaption');
    await waitUntil(async () => ((await caption.textContent().catch(() => null)) ?? '').startsWith('Margin i dag -4,2 procentpoint;'), 'the tornado names the margin in percentage points', 60_000);
  }, 90_000);

  it('the answer for LM2 under Basis, saved as a scenario, makes LM2 met there on the dashboard and in the comparison', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'missed', 'LM2 missed under Basis');
    const panel = await openAnswers(page);

    const rows = panel.locator('tbody[data-assumption]');
    expect(await rows.count()).toBe(3);
    // Each assumption of the template moves LM2: all three have a required value with its direction.
    const solved = panel.locator('tbody[data-status="solved"]');
    expect(await solved.count()).toBe(3);
    for (const text of await solved.locator('.answer-required').allTextContents()) expect(text).toMatch(/^(mindst|højst) \d+,\d\d$/);
    // The konjunktur factor on job exits (B6, today 1,00) must rise: "mindst 1,0x".
    const b6 = panel.locator('tbody[data-assumption="Forudsætninger!B6"]');
    expect(await b6.locator('td').first().textContent()).toBe('1,00');
    expect(await b6.locator('.answer-required').textContent()).toMatch(/^mindst 1,\d\d$/);
    expect(await panel.locator('figure.goal-tornado').getAttribute('data-tornado-inputs')).toBe('3');
    // The tornado names each assumption as the list does (its name, then its cell), and tries B7 (at 0) only upwards.
    const tornadoRows = await panel.locator('figure.goal-tornado tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(tornadoRows.find((row) => row.includes('(Forudsætninger!B6)'))).toMatch(/^Konjunktur: faktor på afgang til job/);
    expect(tornadoRows.find((row) => row.includes('(Forudsætninger!B7)'))).toContain('0,00 → 0,00 / 0,10');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'goal-answers-lm2');

    const first = rows.first();
    const assumption = await first.getAttribute('data-assumption');
    await first.getByRole('button', { name: 'Gem som scenarie' }).click();
    const scenarioPicker = page.getByRole('combobox', { name: 'Scenarie' });
    await waitUntil(async () => (await scenarioPicker.locator('option:checked').textContent()) === 'Basis – LM2 nås', 'the new scenario shown', 20_000);
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'met', `LM2 met in "Basis – LM2 nås" (${assumption} at its required value)`, 60_000);

    await page.getByRole('tab', { name: 'Sammenligning' }).click();
    const headers = page.locator('.comparison-table thead th[data-scenario]');
    await waitUntil(async () => (await headers.count()) === 4, 'four scenarios compared');
    const names = await headers.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-scenario')));
    const lm2 = page.locator('tr[data-comparison-goal="LM2"] td[data-comparison-status]');
    await waitUntil(async () => (await lm2.nth(names.indexOf('Basis – LM2 nås')).getAttribute('data-comparison-status')) === 'met', 'LM2 met in the comparison');
    expect(await lm2.nth(names.indexOf('Basis')).getAttribute('data-comparison-status')).toBe('missed');
    await screenshot(page, 'goal-answers-saved-scenario');
  }, 180_000);

  it('opened with the mouse on the last card, the answers come into view in the side panel, and the page itself never scrolls away', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'missed', 'LM2 missed under Basis');
    const toggle = card(page, 'LM2').getByRole('button', { name: 'Hvad skal der til?' });
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
    const panel = await answersReady(page);
    const sidePanel = page.locator('.panel-body');
    const firstAnswer = panel.locator('tbody[data-assumption]').first();
    await waitUntil(async () => {
      const [side, heading, answer] = await Promise.all([sidePanel.boundingBox(), panel.locator('h4').boundingBox(), firstAnswer.boundingBox()]);
      return side !== null && heading !== null && answer !== null && heading.y >= side.y && answer.y + answer.height <= side.y + side.height;
    }, "LM2's heading and first answer in view in the side panel");
    // The tornado's table for screen readers once stretched the page below the window: a wheel over
    // the top bar then scrolled the whole workspace, top bar and formula bar, out of sight.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await page.mouse.move(700, 20);
    await page.mouse.wheel(0, 400);
    // Read after the wheel's scroll would have been drawn: two frames.
    const scrolled = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY)))));
    expect(scrolled).toBe(0);
    await screenshot(page, 'goal-answers-in-view');
  }, 120_000);

  it('from the keyboard: the panel opens on Enter, Tab reaches an answer\'s buttons, applying it meets LM2, Escape closes it, and one Ctrl+Z takes the answer back', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'missed', 'LM2 missed under Basis');
    const toggle = card(page, 'LM2').getByRole('button', { name: 'Hvad skal der til?' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const panel = await answersReady(page);
    expect(await focused(page)).toBe('H4:Hvad skal der til for LM2?');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON:Gem som scenarie');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON:Anvend');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'met', 'LM2 met under Basis with the answer applied', 60_000);
    // Live: the panel recomputes for the changed scenario.
    await waitUntil(async () => (await panel.getAttribute('aria-busy')) === 'false', 'the answers recomputed', 60_000);

    await page.keyboard.press('Escape');
    await waitUntil(async () => (await panel.count()) === 0, 'the panel closed on Escape');
    expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await gridCell(page, 'A1').click();
    await page.keyboard.press('Control+z');
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'missed', 'LM2 missed again after Ctrl+Z', 60_000);
  }, 180_000);

  it('the sensitivity table of every goal opens from the keyboard and downloads as .xlsx with the swings it shows', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'missed', 'LM2 missed under Basis');
    const opener = page.getByRole('button', { name: 'Følsomhed' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Følsomhed – Basis' });
    const lm2 = dialog.locator('tr[data-sensitivity-goal="LM2"]');
    await waitUntil(async () => (await lm2.count()) === 1, 'the sensitivity table computed', 60_000);
    // A row per goal with a margin, a column per assumption (after the goal and its margin).
    const goalsShown = await dialog.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-sensitivity-goal')));
    expect(goalsShown).toContain('LM2');
    expect(await dialog.locator('thead th').count()).toBe(2 + 3);
    expect(await lm2.locator('td').first().textContent()).toBe('-8');
    // Each row names its goal by the title on its card, the id under it in smaller text.
    const lm2Title = (await page.locator('[data-goal-id="LM2"] h3').first().textContent())?.trim() ?? '';
    expect(lm2Title).not.toBe('');
    expect(await lm2.locator('th .sensitivity-goal-title').textContent()).toBe(lm2Title);
    expect(await lm2.locator('th .sensitivity-goal-id').textContent()).toBe('LM2');
    // A share's margin and swings read in percentage points, as on its card.
    const lm1b = dialog.locator('tr[data-sensitivity-goal="LM1b"]');
    expect(await lm1b.locator('td').first().textContent()).toBe('-4,2 procentpoint');
    expect(await lm1b.locator('td[data-input="Forudsætninger!B6"]').textContent()).toMatch(/^\d+,\d procentpoint$/);
    // MM5's computed target (a percentile, "≤ -2,46 %") gives its margin two decimals: the table says what the card says.
    const mm5Card = await page.locator('[data-goal-id="MM5"] dd.positive, [data-goal-id="MM5"] dd.negative').textContent();
    expect(mm5Card).toMatch(/^[+-]?\d+,\d\d procentpoint$/);
    expect(await dialog.locator('tr[data-sensitivity-goal="MM5"] td').first().textContent()).toBe(mm5Card);
    const swingText = (await lm2.locator('td[data-input="Forudsætninger!B6"]').textContent()) ?? '';
    expect(swingText).toMatch(/^\d+$/);
    // Under each assumption, the values it was tried at: the konjunktur factor 1,00 moved 10 % of itself.
    expect(await dialog.locator('[data-tried="Forudsætninger!B6"]').textContent()).toBe('1,00 → 0,90 / 1,10');
    // Each column is headed by the assumption's name as the planner keeps it in its row, its cell under it.
    const b6Heading = dialog.locator('thead th[data-assumption="Forudsætninger!B6"]');
    expect(await b6Heading.locator('.sensitivity-name').textContent()).toMatch(/^Konjunktur: faktor på afgang til job/);
    expect(await b6Heading.locator('.sensitivity-address').textContent()).toBe('Forudsætninger!B6');
    // "Styrket indsats: omfang" (0 = ingen, 1 = fuld) at 0 is not tried below 0.
    expect(await dialog.locator('[data-tried="Forudsætninger!B7"]').textContent()).toBe('0,00 → 0,00 / 0,10');
    expect(await dialog.locator('p.muted').first().textContent()).toContain('prøvet 10,0 % af sin værdi under og over');
    await screenshot(page, 'goal-sensitivity-table');

    // Tab stays inside the dialog: from its last button it comes round to its first.
    const exportButton = dialog.getByRole('button', { name: 'Eksportér .xlsx' });
    await dialog.getByRole('button', { name: 'Luk' }).focus();
    await page.keyboard.press('Tab');
    expect(await exportButton.evaluate((button) => button === document.activeElement)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('Følsomhed – Basis.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Følsomhed')!;
    // Headed by the assumption's name, its cell in the row below, the values tried below that.
    const b6Column = (sheet.getRow(5).values as unknown[]).indexOf('Forudsætninger!B6');
    expect(b6Column).toBeGreaterThan(3);
    expect(String((sheet.getRow(4).values as unknown[])[b6Column])).toMatch(/^Konjunktur: faktor på afgang til job/);
    expect((sheet.getRow(6).values as unknown[])[b6Column]).toBe('1,00 → 0,90 / 1,10');
    let lm2Row: unknown[] | undefined;
    let lm1bRow: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if ((row.values as unknown[])[2] === 'LM2') lm2Row = row.values as unknown[];
      if ((row.values as unknown[])[2] === 'LM1b') lm1bRow = row;
    });
    // Each goal by its title first, as in the table, its id beside it.
    expect(lm2Row?.[1]).toBe(lm2Title);
    // A share's margin in the file is in percentage points too, as the table shows it (-4,2 procentpoint).
    expect(lm1bRow?.getCell(3).value).toBeCloseTo(-4.2, 1);
    expect(lm1bRow?.getCell(3).numFmt).toBe('0.0 "procentpoint"');
    // The numbers in the file are the ones the table shows (in the goal's integer format).
    expect(Math.round(lm2Row?.[3] as number)).toBe(-8);
    expect(Math.round(lm2Row?.[b6Column] as number)).toBe(Number(swingText));

    await page.keyboard.press('Escape');
    await waitUntil(async () => (await dialog.count()) === 0, 'the dialog closed on Escape');
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  }, 180_000);
});

/**
 * What the planner did in issue 12, in a real browser: moving a goal's deadline moves the judged
 * value and status (point 2); LM1a under Lavkonjunktur no longer says "Nås jul. 2022" while not met
 * (point 5); the side-by-side comparison with six scenarios at full width, printed on A4
 * landscape; and a trajectory set up by selecting the indicator's row.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';

import { ARTIFACTS_DIR, gridCell, screenshot, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { goalStatus, showSheet } from '../harness/gridPage.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { createWorkspace } from './workspaceApi.js';

/** A workspace from the template with three more scenarios (six in all). */
async function sixScenarioWorkspace(server: RunningServer): Promise<string> {
  const file = beskaeftigelsesplanTemplate();
  file.scenarios = [
    ...(file.scenarios ?? []),
    { name: 'Halv indsats', inputs: { 'Forudsætninger!B7': 0.5 } },
    { name: 'Dyb lavkonjunktur', inputs: { 'Forudsætninger!B5': 1.2 } },
    { name: 'Højkonjunktur', inputs: { 'Forudsætninger!B5': 0.9 } },
  ];
  const response = await fetch(`${server.url}/api/workspaces`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(file),
  });
  if (!response.ok) throw new Error(`POST /api/workspaces answered ${response.status}: ${await response.text()}`);
  return z.object({ editorUrl: z.string() }).parse(await response.json()).editorUrl;
}

function card(page: Page, goalId: string) {
  return page.locator(`[data-goal-id="${goalId}"]`);
}

async function cardText(page: Page, goalId: string): Promise<string> {
  return (await card(page, goalId).textContent()) ?? '';
}

describe('goal semantics in the browser', () => {
  const live = serverAndBrowser();

  it('moving LM2\'s deadline from 2023-12 to 2024-06 moves its value, margin and status, and warns that the value cell is December\'s', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'missed', 'LM2 missed in December 2023');
    const december = await card(page, 'LM2').locator('.goal-value').textContent();
    expect(december).toBe('358');
    expect(await cardText(page, 'LM2')).toContain('Nået for sent: mar. 2024');
    expect(await card(page, 'LM2').locator('.goal-reached[data-late]').count()).toBe(1);

    await card(page, 'LM2').getByRole('button', { name: 'Redigér' }).click();
    await page.getByRole('dialog').locator('input[data-field="deadline"]').fill('2024-06');
    await page.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();

    await waitUntil(async () => (await goalStatus(page, 'LM2')) === 'met', 'LM2 judged on June 2024');
    const text = await cardText(page, 'LM2');
    expect(text).toContain('jun. 2024');
    expect(await card(page, 'LM2').locator('.goal-value').textContent()).not.toBe(december);
    expect(text).toContain('Nået fra mar. 2024');
    await card(page, 'LM2').getByRole('note').waitFor();
    expect(await card(page, 'LM2').getByRole('note').textContent()).toContain('Målet vurderes på jun. 2024');
    await screenshot(page, 'goal-deadline-moved');
  }, 90_000);

  it('LM1a under Lavkonjunktur is missed and not reached (it was met in July 2022 and lost); a goal met after the deadline says late', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.getByRole('combobox', { name: 'Scenarie' }).selectOption({ label: 'Lavkonjunktur' });
    await waitUntil(async () => (await goalStatus(page, 'LM1a')) === 'missed', 'LM1a missed in Lavkonjunktur');
    const text = await cardText(page, 'LM1a');
    expect(text).not.toContain('jul. 2022');
    expect(text).not.toContain('Nås');
    expect(text).toContain('Ikke nået');
    expect(await cardText(page, 'MM3')).toContain('Nået for sent: apr. 2024');
    expect(await goalStatus(page, 'MM2')).toBe('tracked');
    expect(await cardText(page, 'MM2')).toContain('Følges');
    await screenshot(page, 'goal-lavkonjunktur-reached');
  }, 90_000);

  it('compares six scenarios side by side at full width, and prints on A4 landscape', async () => {
    const page = await live.browser.openWorkbook(await sixScenarioWorkspace(live.server));
    await page.getByRole('tab', { name: 'Sammenligning' }).click();
    await page.getByRole('button', { name: 'Fuld bredde' }).click();
    const view = page.getByRole('dialog', { name: 'Scenarier sammenlignet' });
    await view.waitFor();
    await waitUntil(async () => (await view.locator('thead th[data-scenario]').count()) === 6, 'six scenario columns');
    const lm2 = view.locator('tr[data-comparison-goal="LM2"]');
    const text = (await lm2.textContent()) ?? '';
    for (const expected of ['Så mange unge', '≤ 350', 'dec. 2023', 'Ikke opfyldt', 'Opfyldt', '358', 'Margin', 'Nået for sent: mar. 2024', 'mod Basis']) {
      expect(text, expected).toContain(expected);
    }
    expect(await lm2.locator('td[data-comparison-status]').count()).toBe(6);
    // Readable: every scenario's column fits the window without scrolling sideways.
    const overflow = await view.locator('.comparison-wide').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'comparison-six-scenarios');

    const pdf = join(ARTIFACTS_DIR, 'comparison-six-scenarios.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(printed).toContain('Højkonjunktur');
    expect(printed).toContain('LM2');
    expect(printed).not.toContain('Fremskrivning!');

    await view.getByRole('button', { name: 'Luk' }).click();
    await view.waitFor({ state: 'detached' });
  }, 120_000);

  it('a trajectory is set up by selecting the indicator\'s row, and a deadline outside its months is named', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await showSheet(page, 'Fremskrivning');
    await page.getByRole('button', { name: 'Nyt mål' }).click();
    const editor = page.getByRole('dialog');
    await editor.locator('input[data-field="id"]').fill('NY1');
    await editor.locator('input[data-field="title"]').fill('Unge på offentlig forsørgelse');
    await gridCell(page, 'E12').click();
    await gridCell(page, 'J12').click({ modifiers: ['Shift'] });
    await editor.getByRole('button', { name: 'Fra markering' }).nth(1).click();
    await waitUntil(async () => (await editor.locator('input[data-field="periods"]').inputValue()) === 'Fremskrivning!E1:J1', 'the month labels found');
    expect(await editor.locator('input[data-field="series"]').inputValue()).toBe('Fremskrivning!E12:J12');

    await editor.locator('select').selectOption('<=');
    await editor.locator('input[data-field="target"]').fill('350');
    await editor.locator('input[data-field="deadline"]').fill('2023-12');
    await editor.getByRole('button', { name: 'Gem' }).click();
    const alert = editor.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('»Frist« (2023-12) er ikke en af månederne');
    expect(await editor.locator('input[data-field="deadline"]').getAttribute('aria-invalid')).toBe('true');

    await editor.locator('input[data-field="deadline"]').fill('2022-12');
    await editor.getByRole('button', { name: 'Gem' }).click();
    await card(page, 'NY1').waitFor();
    await waitUntil(async () => ['met', 'missed'].includes((await goalStatus(page, 'NY1')) ?? ''), 'the new goal judged on December 2022');
  }, 90_000);
});

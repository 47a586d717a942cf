/**
 * The top bar on a municipal laptop's screen (1280×720) and the common 1366×768, in Danish and in
 * English: every control a planner uses daily is on screen, whole, each on one line (the planner
 * walk-through found the Jobindsats buttons and the name wrapping onto three lines at 1280 px).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { createWorkspace } from './workspaceApi.js';

interface Placed {
  text: string;
  left: number;
  right: number;
  lines: number;
}

/** Each control of the top bar: where it is and on how many lines its text is laid out. */
async function topBarControls(page: Page): Promise<{ placed: Placed[]; overflow: number; viewport: number }> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('.topbar')!;
    const controls = [...bar.querySelectorAll<HTMLElement>('button, select, [role="status"], .scenario-inputs, h1')];
    const placed = controls.map((control) => {
      const rect = control.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(control);
      // Text boxes on one line overlap vertically (a smaller caret beside a label too); a wrapped
      // line starts below the one before.
      let lines = 0;
      let bottom = -Infinity;
      for (const box of [...range.getClientRects()].filter((r) => r.width > 0).sort((p, q) => p.top - q.top)) {
        if (box.top >= bottom - 1) lines++;
        bottom = Math.max(bottom, box.bottom);
      }
      // A closed select shows one line whatever its options.
      if (control.tagName === 'SELECT') lines = 1;
      return { text: (control.getAttribute('aria-label') ?? control.textContent ?? '').trim(), left: rect.left, right: rect.right, lines };
    });
    return { placed, overflow: bar.scrollWidth - bar.clientWidth, viewport: window.innerWidth };
  });
}

const DAILY = {
  da: { connected: 'Forbundet', toggle: 'English', all: ['Eksportér', 'Importér …', 'Faktiske tal', 'Forbundet', 'Hvad hedder du?', 'English'] },
  en: { connected: 'Connected', toggle: 'Dansk', all: ['Export', 'Import …', 'Actual figures', 'Connected', 'What is your name?', 'Dansk'] },
};

describe('the top bar at common laptop sizes', () => {
  const live = serverAndBrowser();

  it.each([
    [1280, 720],
    [1366, 768],
  ])('at %i×%i, in Danish and in English, every control is on screen, whole and on one line', async (width, height) => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.setViewportSize({ width, height });
    await page.getByRole('status').filter({ hasText: 'Forbundet' }).waitFor();
    for (const language of ['da', 'en'] as const) {
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: DAILY[language].toggle }).waitFor();
      await waitUntil(async () => (await topBarControls(page)).placed.some((c) => c.text.startsWith(DAILY[language].connected)), `the top bar in ${language}`);
      const { placed, overflow, viewport } = await topBarControls(page);
      expect(overflow, 'the top bar overflows').toBeLessThanOrEqual(0);
      for (const control of placed) {
        expect(control.lines, `"${control.text}" on one line`).toBe(1);
        expect(control.left, `"${control.text}" starts on screen`).toBeGreaterThanOrEqual(0);
        expect(control.right, `"${control.text}" ends on screen`).toBeLessThanOrEqual(viewport);
      }
      for (const daily of DAILY[language].all) expect(placed.some((c) => c.text.includes(daily)), `"${daily}" in the top bar`).toBe(true);
    }
  }, 120_000);

  it('the Jobindsats actions are one menu whose button says it opens one, usable from the keyboard', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const toggle = page.getByRole('button', { name: 'Faktiske tal' });
    expect(await toggle.getAttribute('aria-haspopup')).toBe('menu');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Faktiske tal' });
    await menu.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // The keyboard is on the first item; the refresh waits for a sheet linked to Jobindsats.
    await waitUntil(async () => (await page.evaluate(() => document.activeElement?.textContent)) === 'Hent faktiske tal fra Jobindsats …', 'the focus on the first item');
    expect(await menu.getByRole('menuitem', { name: 'Opdatér faktiske tal …' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await menu.count()) === 0, 'the menu closed');
    await waitUntil(async () => (await page.evaluate(() => document.activeElement?.textContent)) === 'Faktiske tal▾', 'the focus back on the menu button');

    // Chosen, the dialog opens; closed, the keyboard is on the menu's button again.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Hent faktiske tal fra Jobindsats' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await dialog.count()) === 0, 'the dialog closed');
    await waitUntil(async () => (await page.evaluate(() => document.activeElement?.textContent)) === 'Faktiske tal▾', 'the focus back on the menu button after the dialog');
  }, 120_000);
});

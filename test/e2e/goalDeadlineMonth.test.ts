/**
 * The goal editor's deadline in the app's language, not the browser's (the planner walk-through:
 * the browser's own month field wrote its month in the browser's language beside Danish labels):
 * shown as the card shows it ("dec. 2023", "Dec 2023" in English), typed as "11-2023" or
 * "nov. 2023", stepped with the up and down arrows, and a text that is no month is refused with
 * the field marked.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { createWorkspace } from './workspaceApi.js';

async function openEditor(page: Page, goalId: string, edit: string): Promise<Locator> {
  const card = page.locator(`[data-goal-id="${goalId}"]`);
  await card.getByRole('button', { name: edit }).click();
  const editor = page.getByRole('dialog');
  await editor.locator('[data-field="deadline"]').waitFor();
  return editor;
}

describe('the goal deadline as a month in the app’s language', () => {
  const live = serverAndBrowser();

  it('reads as the card does, takes "11-2023" and the arrow keys, and the card shows the month saved; in English too', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const card = page.locator('[data-goal-id="MM3"]');
    await waitUntil(async () => ((await card.textContent()) ?? '').includes('dec. 2023'), 'MM3 shows its deadline');
    let editor = await openEditor(page, 'MM3', 'Redigér');
    const deadline = editor.locator('[data-field="deadline"]');
    expect(await deadline.inputValue()).toBe('dec. 2023');

    await deadline.fill('11-2023');
    await deadline.press('Tab');
    expect(await deadline.inputValue()).toBe('nov. 2023');
    await deadline.focus();
    await page.keyboard.press('ArrowDown');
    expect(await deadline.inputValue()).toBe('okt. 2023');
    await editor.getByRole('button', { name: 'Gem' }).click();
    await waitUntil(async () => (await page.getByRole('dialog').count()) === 0, 'the editor closed');
    await waitUntil(async () => ((await card.textContent()) ?? '').includes('okt. 2023'), 'the card shows the new deadline');

    await page.getByRole('button', { name: 'English' }).click();
    editor = await openEditor(page, 'MM3', 'Edit');
    expect(await editor.locator('[data-field="deadline"]').inputValue()).toBe('Oct 2023');
    await editor.locator('[data-field="deadline"]').fill('December 2023');
    await editor.getByRole('button', { name: 'Save' }).click();
    await waitUntil(async () => ((await card.textContent()) ?? '').includes('Dec 2023'), 'the card shows December again');
  }, 120_000);

  it('a deadline that is no month is refused, the field marked, and the goal keeps its deadline', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    const card = page.locator('[data-goal-id="MM3"]');
    await waitUntil(async () => ((await card.textContent()) ?? '').includes('dec. 2023'), 'MM3 shows its deadline');
    const editor = await openEditor(page, 'MM3', 'Redigér');
    const deadline = editor.locator('[data-field="deadline"]');
    await deadline.fill('4. kvartal 2023');
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByRole('alert').filter({ hasText: 'Fristen skal være en måned, fx dec. 2023 eller 12-2023.' }).waitFor();
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.getByRole('dialog').count()) === 0, 'the editor closed');
    expect((await card.textContent()) ?? '').toContain('dec. 2023');
  }, 120_000);
});

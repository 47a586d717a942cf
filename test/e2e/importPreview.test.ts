/**
 * The import dialog's preview of an .xlsx as a planner reads it (the planner walk-through): cells
 * in their number formats, as the grid will show them after the import (a share as 6,8 %, not
 * 0,068), and the dialog's buttons within the window however many sheets the preview shows (the
 * template's five sheets pushed "Importér" and "Annullér" below the window's edge).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { screenshot, serverAndBrowser, waitUntil } from '../harness/browserHarness.js';
import { createWorkspace } from './workspaceApi.js';

describe('the .xlsx import preview', () => {
  const live = serverAndBrowser();

  it("shows the template's cells in their formats and keeps Importér and Annullér in the window", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fremskriv-import-'));
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    try {
      const file = join(dir, 'Beskæftigelsesplan.xlsx');
      writeFileSync(file, await exportWorkbookXlsx(doc));
      const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
      await page.getByRole('button', { name: 'Importér …' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importér fra Excel eller CSV' });
      await dialog.locator('input[type="file"]').setInputFiles(file);
      const preview = dialog.locator('.import-preview');
      await preview.waitFor({ timeout: 60_000 });
      // Benchmark's first municipality: MM5's change and LM1a's share, in percent as the grid shows them.
      const albertslund = preview.locator('tr', { hasText: 'Albertslund' });
      await waitUntil(async () => (await albertslund.count()) === 1, 'the Benchmark sheet previewed', 30_000);
      expect(await albertslund.locator('td').allTextContents()).toEqual(['Albertslund', '-0,2 %', '6,8 %', 'Illustrativ']);
      // Forudsætninger's factors in their two-decimal format.
      expect(await preview.locator('tr', { hasText: 'Konjunktur: faktor på afgang' }).locator('td').nth(1).textContent()).toBe('1,00');
      await screenshot(page, 'import-preview-formats');
      const height = page.viewportSize()!.height;
      for (const name of ['Importér', 'Annullér']) {
        const box = await dialog.getByRole('button', { name, exact: true }).boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.y + box!.height, `${name} within the window`).toBeLessThanOrEqual(height);
      }
      await dialog.getByRole('button', { name: 'Annullér', exact: true }).click();
      await waitUntil(async () => (await dialog.count()) === 0, 'the dialog closed');
    } finally {
      doc.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('words its notes ("Bemærk") in Danish: a CSV in Windows-1252 with an unbalanced quote', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await page.getByRole('button', { name: 'Importér …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importér fra Excel eller CSV' });
    // "Måned" with ø/å as Windows-1252 bytes, and a quote opened and never closed.
    const bytes = Buffer.concat([Buffer.from('M'), Buffer.from([0xe5]), Buffer.from('ned;"Ledige\n2023-01;5\n')]);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'Ledige.csv', mimeType: 'text/csv', buffer: bytes });
    const notes = dialog.locator('.import-preview li');
    await waitUntil(async () => (await notes.count()) === 2, 'the two notes shown', 60_000);
    expect(await notes.allTextContents()).toEqual(['Filen er ikke UTF-8; den er læst som Windows-1252 (vesteuropæisk).', '1 linje har et anførselstegn uden sin partner.']);
    await dialog.getByRole('button', { name: 'Annullér', exact: true }).click();
  }, 180_000);
});

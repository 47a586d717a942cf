/**
 * The export menu and the import dialog in Chromium, on a minimal page served by Vite and proxied
 * to the real server: downloads arrive as files, and an import shows a preview and a progress bar
 * before it changes the workspace for everyone.
 */
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { ARTIFACTS_DIR, CHROMIUM_PATH, screenshot, waitUntil } from '../harness/browserHarness.js';
import { REPO_ROOT, startServer, type RunningServer } from '../harness/serverHarness.js';
import { api, createWorkspace, type CreatedWorkspace } from '../server/support/api.js';

let server: RunningServer;
let vite: ViteDevServer;
let browser: Browser;

beforeAll(async () => {
  // The import dialog's test uploads 90,000 cells to show the upload's progress: past the default
  // bound on a workspace's size (server/README.md, MAX_WORKSPACE_BYTES), which is not what it tests.
  server = await startServer({ env: { MAX_WORKSPACE_BYTES: String(16 * 1024 * 1024) } });
  vite = await createServer({
    configFile: false,
    root: `${REPO_ROOT}/test/interchange/page`,
    plugins: [react()],
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', proxy: { '/api': server.url }, fs: { allow: [REPO_ROOT] } },
  });
  await vite.listen();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await vite?.close();
  await server?.stop();
});

async function openPage(workspace: CreatedWorkspace, token: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'da-DK' });
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`[browser] ${error.message}\n`));
  const address = vite.resolvedUrls?.local[0] ?? '';
  await page.goto(`${address}#workspace=${workspace.id}&token=${token}`);
  await page.getByRole('button', { name: 'Eksportér' }).waitFor();
  return page;
}

async function sheetNames(workspace: CreatedWorkspace): Promise<string[]> {
  const file = z.object({ sheets: z.array(z.object({ name: z.string() })) }).parse((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json);
  return file.sheets.map((s) => s.name);
}

describe('the export menu', () => {
  it('downloads the workspace as .xlsx for a viewer', async () => {
    const workspace = await createWorkspace(server);
    const page = await openPage(workspace, workspace.viewerToken);
    try {
      await page.getByRole('button', { name: 'Eksportér' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Hele arbejdsområdet (.xlsx)' }).click()]);
      expect(download.suggestedFilename()).toBe('Beskæftigelsesplan 2023.xlsx');
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const imported = await importXlsx(new Uint8Array(readFileSync(path)));
      expect(imported.sheets.map((s) => s.name)).toEqual(await sheetNames(workspace));
    } finally {
      await page.context().close();
    }
  });

  it('downloads a sheet as CSV with the separator and decimal mark chosen', async () => {
    const workspace = await createWorkspace(server);
    const page = await openPage(workspace, workspace.viewerToken);
    try {
      await page.getByRole('button', { name: 'Eksportér' }).click();
      await page.getByLabel('Skilletegn').selectOption(',');
      expect(await page.getByLabel('Decimaltegn').inputValue()).toBe('.');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Arket »Forudsætninger« som CSV' }).click()]);
      expect(download.suggestedFilename()).toBe('Beskæftigelsesplan 2023 - Forudsætninger.csv');
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(await download.path(), 'utf8')).toMatch(/,0\.\d/);
    } finally {
      await page.context().close();
    }
  });
});

describe('the goal report page', () => {
  it('prints from the browser to an A4 PDF without its toolbar', async () => {
    const context = await browser.newContext({ locale: 'da-DK' });
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => process.stderr.write(`[browser] ${error.message}\n`));
      await page.goto(`${vite.resolvedUrls?.local[0] ?? ''}#report`);
      await page.getByRole('button', { name: 'Udskriv / gem som PDF' }).waitFor();
      await page.getByRole('heading', { name: 'Scenarie: Lavkonjunktur' }).waitFor();
      expect(await page.locator('svg.report-chart').count()).toBe(7);
      await screenshot(page, 'goal-report-page-screen');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const path = `${ARTIFACTS_DIR}/goal-report-from-page.pdf`;
      // The page leaves the paper and orientation to the print dialog (a Danish printer's A4).
      await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
      const { execFileSync } = await import('node:child_process');
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      expect(text).toContain('Beskæftigelsesplan 2023');
      expect(text).not.toContain('Udskriv / gem som PDF');
      expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/\(A4\)/);
    } finally {
      await context.close();
    }
  });
});

describe('the import dialog', () => {
  it('shows a preview, a progress bar while a large file uploads, and then imports for everyone', async () => {
    const workspace = await createWorkspace(server);
    const page = await openPage(workspace, workspace.editorToken);
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      // A slow line, so that the upload of a 1.5 MB file takes a few seconds and shows its progress.
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 512 * 1024 });
      const rows = Array.from({ length: 60_000 / 2 }, (_, i) => `2023-${String((i % 12) + 1).padStart(2, '0')};${i},5;tekst nummer ${i} med lidt fyld`);
      const csv = Buffer.from(`Måned;Ledige;Note\n${rows.join('\n')}\n`, 'utf8');
      await page.getByRole('button', { name: 'Importér …' }).click();
      await page.getByLabel('Vælg en .xlsx- eller .csv-fil').setInputFiles({ name: 'Faktiske tal.csv', mimeType: 'text/csv', buffer: csv });
      await page.getByText(/Sender filen … \d+ %/).waitFor({ timeout: 10_000 });
      expect(await page.locator('progress').count()).toBe(1);
      await screenshot(page, 'import-dialog-progress');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await page.getByText('Faktiske tal: 30001 rækker, 3 kolonner, 90003 celler, heraf 0 formler').waitFor({ timeout: 30_000 });
      await page.getByText('Læst med skilletegn »;«, decimaltegn »,«, tegnsæt utf-8.').waitFor();
      await screenshot(page, 'import-dialog-preview');
      expect(await sheetNames(workspace)).not.toContain('Faktiske tal');
      await page.getByRole('button', { name: 'Importér', exact: true }).click();
      await page.getByText('Importeret: Faktiske tal.').waitFor({ timeout: 30_000 });
      await waitUntil(async () => (await sheetNames(workspace)).includes('Faktiske tal'), 'the workspace has the imported sheet');
    } finally {
      await page.context().close();
    }
  });

  it('says clearly why a file is refused, and changes nothing', async () => {
    const workspace = await createWorkspace(server);
    const before = await sheetNames(workspace);
    const page = await openPage(workspace, workspace.editorToken);
    try {
      await page.getByRole('button', { name: 'Importér …' }).click();
      await page.getByLabel('Vælg en .xlsx- eller .csv-fil').setInputFiles({ name: 'billede.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
      await page.getByRole('alert').filter({ hasText: 'Importen mislykkedes: billede.xlsx: the file is named .xlsx but is not an Excel workbook: it looks like a PNG image' }).waitFor();
      expect(await page.getByRole('button', { name: 'Importér', exact: true }).isDisabled()).toBe(true);
      await screenshot(page, 'import-dialog-refused');
      expect(await sheetNames(workspace)).toEqual(before);
    } finally {
      await page.context().close();
    }
  });
});

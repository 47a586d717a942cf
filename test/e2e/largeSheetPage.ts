/** The large sheet (100 indicators × 120 months, test/support/largeSheetWorkbook.ts) opened for a browser test. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { gridCell, type WorkbookBrowser } from '../harness/browserHarness.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { largeSheetWorkbook } from '../support/largeSheetWorkbook.js';
import { createWorkspace } from './workspaceApi.js';

/** A new large workspace opened by an editor, once its first month shows 1000 grown by 1 % (1.010). */
export async function openLargeSheetPage(live: { readonly server: RunningServer; readonly browser: WorkbookBrowser }): Promise<Page> {
  const workspace = await createWorkspace(live.server, largeSheetWorkbook());
  const page = await live.browser.openWorkbook(workspace.editorUrl);
  await expect.poll(() => gridCell(page, 'C2').textContent()).toBe('1.010');
  return page;
}

/**
 * The compositor layers of the large sheet (issue 17), as a script: `node --import tsx
 * bench/largeSheetLayers.ts` (CLIENT_BUILD=skip to use the client/dist already built). Opens the
 * 100 × 120 sheet as open.largeSheet does, scrolls one wheel step, and prints how many layers
 * Chromium made and, grouped, which element each is for and why (CDP `LayerTree`). With AG Grid 36
 * most are the rows' pinned cells (`.ag-grid-pinned-left-cells`, `position: sticky`, one per
 * rendered row). A diagnosis aid, not a benchmark.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/harness/browserHarness.js';
import { startServer } from '../test/harness/serverHarness.js';
import { CHROMIUM_ARGS } from './openBenchmark.js';
import { openLargeSheet } from './largeSheetBrowser.js';

const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const { page, context } = await openLargeSheet(server, browser);
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  let layers: Array<{ layerId: string; width: number; height: number; backendNodeId?: number; drawsContent: boolean }> = [];
  cdp.on('LayerTree.layerTreeDidChange', (e) => { if (e.layers) layers = e.layers as typeof layers; });
  await cdp.send('LayerTree.enable');
  await page.mouse.wheel(0, 120);
  await page.waitForTimeout(1000);
  console.log(`${layers.length} layers; by element and reason:`);
  const counts = new Map<string, number>();
  for (const l of layers.slice(0, 400)) {
    const r = (await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId })) as { compositingReasonIds?: string[] };
    let desc = '';
    if (l.backendNodeId) {
      try {
        const d = (await cdp.send('DOM.describeNode', { backendNodeId: l.backendNodeId })) as { node: { nodeName: string; attributes?: string[] } };
        const attrs = d.node.attributes ?? [];
        const cls = attrs[attrs.indexOf('class') + 1] ?? '';
        desc = `${d.node.nodeName}.${cls.split(' ').slice(0, 2).join('.')}`;
      } catch { desc = '?'; }
    }
    const key = `${desc} draws content: ${l.drawsContent} [${(r.compositingReasonIds ?? []).join(',')}]`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(n, k);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}

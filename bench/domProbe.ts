import { chromium } from 'playwright-core';
import { startServer } from '../test/harness/serverHarness.js';
import { openLargeSheet } from './largeSheetBrowser.js';
const server = await startServer({ env: { CLIENT_DIST_DIR: 'client/dist', CLIENT_BUILD: 'skip' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const { page } = await openLargeSheet(server, browser);
  await page.waitForTimeout(2000);
  await page.mouse.move(600, 500);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 240);
  await page.waitForTimeout(1500);
  console.log(await page.evaluate(`(() => {
    const r = (s) => { const e = document.querySelector(s); if (!e) return s + ' none'; const b = e.getBoundingClientRect(); return s + ' ' + [b.left, b.top, b.width, b.height].map(Math.round).join(',') + ' scrollTop ' + e.scrollTop; };
    const area = document.querySelector('.sheet-grid .ag-grid-scrollable-area');
    const chain = []; for (let e = area; e && chain.length < 8; e = e.parentElement) chain.push(e.className.slice(0, 60));
    const kids = [...area.children].map((c) => c.className.slice(0, 50));
    return [r('.sheet-grid .ag-grid-viewport'), r('.sheet-grid .ag-grid-scrollable-area'), r('.sheet-grid .ag-grid-scrolling-container'), r('.sheet-grid .ag-center-cols-container'), r('.sheet-grid .ag-center-cols-viewport'), 'chain ' + chain.join(' < '), 'kids ' + kids.join(' | ')].join('\\n');
  })()`));
} finally { await browser.close(); await server.stop(); }

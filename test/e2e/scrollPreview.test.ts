/**
 * Scrolling the large sheet fast with the wheel (issue 17): the view is drawn on a canvas while
 * the wheel turns and AG Grid builds the cells once it rests. The planner sees the same cells
 * either way, and a key or a click after the wheel acts on the grid's cells.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNameBox, gridCell, serverAndBrowser } from '../harness/browserHarness.js';
import { columnHeader, waitForScrollToRest } from '../harness/gridPage.js';
import { openLargeSheetPage } from './largeSheetPage.js';

interface Preview {
  image: string;
  scrollLeft: number;
  scrollTop: number;
}

const PREVIEW = '.sheet-grid .fx-scroll-preview';
const VIEWPORT = '.sheet-grid .ag-grid-viewport';

/**
 * The preview and the scroll it shows, once two frames have passed since the wheel step (every
 * scroll event of the step dispatched and drawn: a canvas read before the frame's own drawing
 * would show the step before); null once it is gone.
 */
function takePreview(page: Page): Promise<Preview | null> {
  return page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
    const canvas = document.querySelector('${PREVIEW}');
    const viewport = document.querySelector('${VIEWPORT}');
    if (!canvas || !canvas.hasAttribute('data-shown') || !viewport) return resolve(null);
    resolve({ image: canvas.toDataURL('image/png'), scrollLeft: viewport.scrollLeft, scrollTop: viewport.scrollTop });
  }))))`);
}

/** The address of the cell at a point of the viewport given as fractions of its width and height. */
function cellUnder(page: Page, across: number, down: number): Promise<string | null> {
  return page.evaluate(`(() => {
    const box = document.querySelector('${VIEWPORT}').getBoundingClientRect();
    const element = document.elementFromPoint(box.left + box.width * ${across}, box.top + box.height * ${down});
    return element?.closest('[data-cell]')?.getAttribute('data-cell') ?? null;
  })()`);
}

/**
 * Records, for each key from now on, where it went (the focused cell, or the element's tag) and
 * the name box once the key's handlers have run: a failure then says which key was lost.
 */
function traceKeys(page: Page): Promise<void> {
  return page.evaluate(`(() => {
    window.keyTrace = [];
    const where = (target) => target?.closest?.('[data-cell]')?.getAttribute('data-cell') ?? target?.tagName ?? String(target);
    const nameBox = () => document.querySelector('input[aria-label^="Celleadresse"], input[aria-label^="Cell address"]')?.value;
    document.addEventListener('keydown', (event) => {
      window.keyTrace.push(event.key + ' at ' + where(event.target));
      setTimeout(() => window.keyTrace.push('name box ' + nameBox() + ', focus ' + where(document.activeElement)));
    }, { capture: true });
  })()`);
}

const previewShown = (page: Page): Promise<boolean> => page.evaluate(`document.querySelector('${PREVIEW}').hasAttribute('data-shown')`);

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How many pixels of `area` (in the viewport) differ clearly between two images of the viewport, and how many were compared. */
function differingPixels(page: Page, a: string, b: string, area: Area): Promise<{ differing: number; compared: number }> {
  const { x, y, width, height } = area;
  return page.evaluate(`(async () => {
    const load = (src) => new Promise((resolve) => { const image = new Image(); image.onload = () => resolve(image); image.src = src; });
    const pixels = (image) => { const c = document.createElement('canvas'); c.width = image.width; c.height = image.height; const x = c.getContext('2d'); x.drawImage(image, 0, 0); return x.getImageData(${x}, ${y}, ${width}, ${height}).data; };
    const [pa, pb] = (await Promise.all([load(${JSON.stringify(a)}), load(${JSON.stringify(b)})])).map(pixels);
    let differing = 0;
    for (let i = 0; i < pa.length; i += 4) {
      const grey = (p) => (p[i] + p[i + 1] + p[i + 2]) / 3;
      if (Math.abs(grey(pa) - grey(pb)) > 60) differing++;
    }
    return { differing, compared: pa.length / 4 };
  })()`);
}

/** Turns the wheel by (dx, dy) a step at a time until a preview is drawn (a busy machine may let it rest between steps). */
async function previewWhileWheeling(page: Page, dx: number, dy: number, steps: number): Promise<Preview> {
  let preview: Preview | null = null;
  for (let step = 0; step < steps && !preview; step++) {
    await page.mouse.wheel(dx, dy);
    preview = await takePreview(page);
  }
  expect(preview, 'a preview is drawn while the wheel turns').not.toBeNull();
  return preview!;
}

/** What the viewport in `box` shows on screen, as an image. */
async function screenImage(page: Page, box: Area): Promise<string> {
  const clip = { x: box.x, y: box.y, width: Math.floor(box.width), height: Math.floor(box.height) };
  return `data:image/png;base64,${(await page.screenshot({ clip })).toString('base64')}`;
}

describe('wheel scrolling the large sheet', () => {
  const live = serverAndBrowser();

  it('shows the same cells while the wheel turns as the grid shows once it rests', async () => {
    const page = await openLargeSheetPage(live);
    await gridCell(page, 'C2').click();

    const preview = await previewWhileWheeling(page, 400, 240, 12);
    // It rests: AG Grid's cells take over at the same scroll.
    await waitForScrollToRest(page);
    const viewport = page.locator(VIEWPORT);
    const at = await viewport.evaluate((v) => ({ scrollLeft: v.scrollLeft, scrollTop: v.scrollTop }));
    expect(at).toEqual({ scrollLeft: preview.scrollLeft, scrollTop: preview.scrollTop });
    const box = (await viewport.boundingBox())!;
    // The cells' area, without the scrollbars AG Grid shows at the right and bottom edges while scrolling.
    const width = Math.floor(box.width) - 24;
    const height = Math.floor(box.height) - 24;
    const settled = await screenImage(page, box);
    const { differing, compared } = await differingPixels(page, preview.image, settled, { x: 0, y: 0, width, height });
    // Text antialiasing may differ at an edge; a cell drawn elsewhere or missing would differ by thousands.
    expect(differing / compared).toBeLessThan(0.005);
  }, 120_000);

  // On failure it prints where each key went, as the keys test below (both failed now and then in
  // CI when a key right after the click acted before the click's selection: fixed, GridPointer.ts).
  it('a cell changed between two wheel scrolls shows its new value in the next preview', { timeout: 120_000 }, async () => {
    const page = await openLargeSheetPage(live);
    await gridCell(page, 'C2').click();
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 240);
    await waitForScrollToRest(page);
    // A number low in the view is changed to a text.
    const target = String(await cellUnder(page, 0.5, 0.85));
    expect(target).toMatch(/^[A-Z]+\d+$/);
    await gridCell(page, target).click();
    await expectNameBox(page, target);
    await traceKeys(page);
    await page.keyboard.type('Ny værdi her');
    await page.keyboard.press('Enter');
    await expect.poll(() => gridCell(page, target).textContent()).toBe('Ny værdi her').catch(async (error: Error) => {
      const message = `${error.message}; the cell shows ${JSON.stringify(await gridCell(page, target).textContent())}; the keys went to: ${await page.evaluate('JSON.stringify(window.keyTrace)')}`;
      console.error(`a cell changed between two wheel scrolls, attempt failed: ${message}`);
      throw new Error(message);
    });

    // The wheel turns a little: the preview must draw the cell as it is now.
    const preview = await previewWhileWheeling(page, 0, 40, 10);
    await waitForScrollToRest(page);
    const viewport = page.locator(VIEWPORT);
    const box = (await viewport.boundingBox())!;
    const cell = (await gridCell(page, target).boundingBox())!;
    // Inside its borders (the active cell's outline below it reaches a pixel into it).
    const area = { x: Math.ceil(cell.x - box.x) + 2, y: Math.ceil(cell.y - box.y) + 2, width: Math.floor(cell.width) - 4, height: Math.floor(cell.height) - 4 };
    expect(area.y + area.height, 'the changed cell is still in view').toBeLessThan(box.height - 16);
    const settled = await screenImage(page, box);
    const { differing, compared } = await differingPixels(page, preview.image, settled, area);
    // Canvas and DOM text differ a little at the glyphs' edges (4 % here); the cell's old number drawn instead differs by about 20 %.
    expect(differing / compared).toBeLessThan(0.1);
  });

  it('a key pressed as the wheel stops moves from the active cell, and a click selects the cell under it', async () => {
    const page = await openLargeSheetPage(live);
    await gridCell(page, 'C2').click();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(400, 120);
    await page.keyboard.press('ArrowRight');
    await expectNameBox(page, 'D2');
    await expect.poll(() => previewShown(page)).toBe(false);

    for (let i = 0; i < 6; i++) await page.mouse.wheel(400, 120);
    await waitForScrollToRest(page);
    // A cell in view after the scroll: the one under the middle of the viewport.
    const target = await cellUnder(page, 0.6, 0.6);
    expect(target, 'a cell of the grid is under the pointer once the wheel rests').toMatch(/^[A-Z]+\d+$/);
    await gridCell(page, String(target)).click();
    await expectNameBox(page, String(target));
  }, 120_000);

  it('a click while the wheel preview shows selects the cell under the pointer, and what is typed right after goes there', { timeout: 180_000 }, async () => {
    const page = await openLargeSheetPage(live);
    await gridCell(page, 'C2').click();
    // The page's CPU slowed 6 times, as on a busy machine: the preview still shows when the click
    // comes right after the wheel. The press was aimed at the cells clipped away under the canvas:
    // the cell was not selected, the focus left the grid, and the text typed next was lost.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    // The planner's own press (the grid sends it on to the cell: client/src/grid/previewPress.ts).
    await page.evaluate(`document.addEventListener('pointerdown', (event) => {
      if (event.isTrusted) window.pressedDuringPreview = document.querySelector('${PREVIEW}').hasAttribute('data-shown');
    }, { capture: true })`);
    const header = (await columnHeader(page, 'C').boundingBox())!;
    const box = (await page.locator(VIEWPORT).boundingBox())!;
    const point = { x: header.x + header.width / 2, y: box.y + box.height / 2 };
    let duringPreview = false;
    // A machine too fast for the slowed page may let the preview go before the click: again, back
    // up, the page slowed more each time.
    for (let attempt = 0; attempt < 3 && !duringPreview; attempt++) {
      if (attempt > 0) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 * 2 ** attempt });
      const step = attempt % 2 === 0 ? 240 : -240;
      const to = (await page.locator(VIEWPORT).evaluate((v) => v.scrollTop)) + 6 * step;
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, step);
      // Every wheel step has scrolled (the browser scrolls after the event): the cell under the
      // pointer now is the one under it once the grid rests.
      await page.waitForFunction(`document.querySelector('${VIEWPORT}').scrollTop ${step > 0 ? '>=' : '<='} ${to}`, undefined, { polling: 'raf' });
      await page.mouse.click(point.x, point.y);
      duringPreview = (await page.evaluate('window.pressedDuringPreview')) === true;
      if (!duringPreview) await waitForScrollToRest(page);
    }
    expect(duringPreview, 'the click came while the preview showed').toBe(true);
    await page.keyboard.type('Ny');
    await page.keyboard.press('Enter');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await waitForScrollToRest(page);
    const clicked = String(await cellUnder(page, (point.x - box.x) / box.width, 0.5));
    expect(clicked).toMatch(/^C\d+$/);
    await expect.poll(() => gridCell(page, clicked).textContent()).toBe('Ny');
    await expectNameBox(page, `C${Number(clicked.slice(1)) + 1}`);
  });

  it('once the wheel rests, keys move past the edge of the view onto cells the grid has built and focused', { timeout: 120_000 }, async () => {
    const page = await openLargeSheetPage(live);
    await gridCell(page, 'C2').click();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 240);
    await waitForScrollToRest(page);
    // The lowest row of column C wholly in view: the keys below go past the view's edge.
    const lowest = Number(await page.evaluate(`(() => {
      const box = document.querySelector('${VIEWPORT}').getBoundingClientRect();
      const rows = [...document.querySelectorAll('.sheet-grid [data-cell^="C"]')]
        .filter((cell) => /^C\\d+$/.test(cell.getAttribute('data-cell')) && cell.getBoundingClientRect().bottom <= box.bottom - 16)
        .map((cell) => Number(cell.getAttribute('data-cell').slice(1)));
      return Math.max(...rows);
    })()`));
    expect(lowest).toBeGreaterThan(20);
    await gridCell(page, `C${lowest}`).click();
    await expectNameBox(page, `C${lowest}`);
    await traceKeys(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expectNameBox(page, `C${lowest + 3}`).catch(async (error: Error) => {
      const message = `${error.message}; the keys went to: ${await page.evaluate('JSON.stringify(window.keyTrace)')}`;
      console.error(`keys past the edge, attempt failed: ${message}`);
      throw new Error(message);
    });
    const focused = (): Promise<string | null> => page.evaluate(() => document.activeElement?.closest('[data-cell]')?.getAttribute('data-cell') ?? null);
    await expect.poll(focused).toBe(`C${lowest + 3}`);
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => gridCell(page, `C${lowest + 3}`).textContent()).toBe('7');
  });
});

/**
 * The frozen labels of a wide sheet as a planner uses them: while the months scroll past, each
 * row's label and number stay at the left beside their own row's values, on top of the months
 * scrolled under them, and a frozen label is selected, typed over, edited in place, narrowed and
 * moved with an inserted row like any cell. (The grid draws the scrolling rows' frozen cells in one strip:
 * client/src/grid/frozenStrip.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNameBox, gridCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { dragColumnEdge, formulaBar, waitForScrollToRest } from '../harness/gridPage.js';
import { openLargeSheetPage } from './largeSheetPage.js';

interface RowPlacement {
  row: number;
  /** The label cell's box and the row's value cells' boxes (top, bottom) in the page. */
  label: { left: number; right: number; top: number; bottom: number };
  values: Array<{ left: number; top: number; bottom: number }>;
  /** The element a click at the label's centre lands on is the label cell (or inside it). */
  labelOnTop: boolean;
}

/** For every scrolling row rendered (row 2 on: row 1 is frozen), where its label and its values are. */
async function rowPlacements(page: Page): Promise<RowPlacement[]> {
  return page.locator('[data-cell^="A"]').evaluateAll((labels) =>
    labels.flatMap((label) => {
      const row = Number((label as HTMLElement).dataset.cell!.slice(1));
      if (!(row >= 2)) return [];
      const box = label.getBoundingClientRect();
      const values = [...document.querySelectorAll(`[data-cell$="${row}"]`)]
        .filter((cell) => /^[B-Z][A-Z]*$/.test((cell as HTMLElement).dataset.cell!.slice(0, -String(row).length)))
        .map((cell) => cell.getBoundingClientRect());
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return [{
        row,
        label: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
        values: values.map((v) => ({ left: v.left, top: v.top, bottom: v.bottom })),
        labelOnTop: !!hit && label.contains(hit),
      }];
    }),
  );
}

/** Every rendered row's label sits on its own row's line, left of the months, and is what the mouse hits. */
async function expectLabelsBesideTheirRows(page: Page): Promise<void> {
  // The months scrolled to are drawn a frame or two after the scroll.
  await waitUntil(async () => (await rowPlacements(page)).every(({ values }) => values.length > 0), 'every rendered row shows its months');
  const placements = await rowPlacements(page);
  expect(placements.length).toBeGreaterThan(10);
  const viewport = await page.locator('.ag-grid-viewport').boundingBox();
  for (const { row, label, values, labelOnTop } of placements) {
    expect(values.length, `row ${row} has value cells rendered`).toBeGreaterThan(0);
    for (const value of values) {
      expect([value.top, value.bottom], `row ${row}'s label and values on one line`).toEqual([label.top, label.bottom]);
    }
    const visible = label.top >= viewport!.y + 60 && label.bottom <= viewport!.y + viewport!.height - 20;
    if (visible) expect(labelOnTop, `row ${row}'s label is on top of the months under it`).toBe(true);
  }
  // The labels stay at the left edge whatever month is in view.
  const lefts = new Set(placements.map(({ label }) => Math.round(label.left)));
  expect(lefts.size).toBe(1);
  expect([...lefts][0]!).toBeLessThan(viewport!.x + 80);
}

/** The scrolling row whose label is in the middle of the view. */
async function middleRow(page: Page): Promise<number> {
  const viewport = (await page.locator('.ag-grid-viewport').boundingBox())!;
  const middle = viewport.y + viewport.height / 2;
  const placements = await rowPlacements(page);
  return placements.find(({ label }) => label.top <= middle && label.bottom > middle)!.row;
}

describe('the frozen labels of a wide sheet', () => {
  const live = serverAndBrowser();

  it('stay beside their rows while the months scroll, and are selected, typed over, edited in place, narrowed and moved', async () => {
    const page = await openLargeSheetPage(live);

    await gridCell(page, 'C2').click();
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 120);
    for (let i = 0; i < 20; i++) await page.mouse.wheel(400, 0);
    const scrolledRight = (): Promise<number> => page.locator('.ag-grid-viewport').evaluate((viewport) => viewport.scrollLeft);
    await waitUntil(async () => (await scrolledRight()) > 4000, 'the months years on are in view');
    await waitForScrollToRest(page);
    await expectLabelsBesideTheirRows(page);

    // Selected by a click, typed over, and the next row's label edited in place by a double-click.
    const row = await middleRow(page);
    await gridCell(page, `A${row}`).click();
    await expectNameBox(page, `A${row}`);
    expect(await formulaBar(page).inputValue()).toBe(`Indikator ${row - 1}`);
    await page.keyboard.type('Ledige i alt');
    await page.keyboard.press('Enter');
    await expectNameBox(page, `A${row + 1}`);
    await expect.poll(() => gridCell(page, `A${row}`).textContent()).toBe('Ledige i alt');
    await gridCell(page, `A${row + 1}`).dblclick();
    const editor = gridCell(page, `A${row + 1}`).locator('input, textarea');
    await editor.waitFor();
    expect(await editor.inputValue()).toBe(`Indikator ${row}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);

    // Narrowing the frozen column narrows the strip: the months show right beside the labels.
    const wide = (await gridCell(page, `A${row}`).boundingBox())!;
    await dragColumnEdge(page, 'A', -100);
    await expect.poll(async () => Math.round((await gridCell(page, `A${row}`).boundingBox())!.width)).toBe(Math.round(wide.width - 100));
    const underFreedRoom = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-cell]')?.getAttribute('data-cell') ?? null,
      [wide.x + wide.width - 40, wide.y + wide.height / 2],
    );
    expect(underFreedRoom).toMatch(new RegExp(`^[B-Z][A-Z]*${row}$`));
    await expectLabelsBesideTheirRows(page);

    // A row inserted above moves the label with its values.
    await gridCell(page, `A${row}`).click();
    await gridCell(page, `A${row}`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Indsæt række over' }).click();
    await expect.poll(() => gridCell(page, `A${row + 1}`).textContent()).toBe('Ledige i alt');
    await expect.poll(() => gridCell(page, `A${row}`).textContent()).toBe('');
    await expectLabelsBesideTheirRows(page);

    // Back to the first months and further down: the labels still follow their rows.
    for (let i = 0; i < 20; i++) await page.mouse.wheel(-400, 0);
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 120);
    const scrolledDown = (): Promise<number> => page.locator('.ag-grid-viewport').evaluate((viewport) => viewport.scrollTop);
    await waitUntil(async () => (await scrolledRight()) === 0 && (await scrolledDown()) > 2000, 'back at the first months, far down');
    await waitForScrollToRest(page);
    await expectLabelsBesideTheirRows(page);
  }, 90_000);
});

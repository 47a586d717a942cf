/**
 * Issue 17: a number is fitted to its column as Excel shows it, so a cell never needs to clip it:
 * General shows as many decimals as fit (rounded), an explicit format that does not fit fills the
 * cell with #, and the formula bar keeps every digit.
 */
import { describe, expect, it } from 'vitest';
import { goToCell, typeIntoCell, waitUntil, serverAndBrowser } from '../harness/browserHarness.js';
import { cellText, columnHeader, dragColumnEdge, expectCell, formulaBar } from '../harness/gridPage.js';
import { createWorkspace } from './workspaceApi.js';

/** The Danish decimal text as a number: '0,12' → 0.12. */
const danishNumber = (text: string): number => Number(text.replace(/\./g, '').replace(',', '.'));

describe('numbers in narrow and wide columns', () => {
  const live = serverAndBrowser();

  it('a narrow column shows a number rounded to the decimals that fit and #### for a percentage that does not; widened, every decimal; the formula bar keeps the value', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await typeIntoCell(page, 'H20', '0,123456789');
    await typeIntoCell(page, 'H21', '12,5 %');
    const widthOf = async (): Promise<number> => (await columnHeader(page, 'H').boundingBox())?.width ?? 0;

    const before = await widthOf();
    await dragColumnEdge(page, 'H', -55);
    await waitUntil(async () => (await widthOf()) < before - 40, 'H is narrower');
    await waitUntil(async () => /^#+$/.test(await cellText(page, 'H21')), 'the percentage that does not fit shows #');
    const narrow = await cellText(page, 'H20');
    const decimals = narrow.split(',')[1]?.length ?? 0;
    // Rounded, not cut, to fewer decimals than the value has.
    expect(decimals).toBeLessThan(9);
    expect(danishNumber(narrow)).toBe(Number((0.123456789).toFixed(decimals)));
    await goToCell(page, 'H20');
    expect(await formulaBar(page).inputValue()).toBe('0,123456789');

    await dragColumnEdge(page, 'H', 160);
    await expectCell(page, 'H20', '0,123456789');
    await expectCell(page, 'H21', '12,5 %');
  }, 90_000);

  it('General shows a number whose integer part does not fit in scientific notation', async () => {
    const page = await live.browser.openWorkbook((await createWorkspace(live.server)).editorUrl);
    await typeIntoCell(page, 'H20', '123456789012');
    await dragColumnEdge(page, 'H', -30);
    await waitUntil(async () => /^1(,\d+)?E\+11$/.test(await cellText(page, 'H20')), `H20 shows 1,…E+11 (it shows "${await cellText(page, 'H20')}")`);
    await goToCell(page, 'H20');
    expect(await formulaBar(page).inputValue()).toBe('123456789012');
  }, 90_000);
});

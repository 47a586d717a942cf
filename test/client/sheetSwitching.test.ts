import { describe, expect, it } from 'vitest';
import { adjacentVisibleSheet, isAddSheetKey, sheetInsteadOf, sheetStepKey } from '../../client/src/workspace/sheetSwitching.js';

describe('Ctrl+PageUp/PageDown step through the visible tabs only', () => {
  it.each([
    [['plan', 'budget'], 'plan', 1, 'budget'],
    [['plan', 'budget'], 'budget', 1, null],
    [['plan', 'budget'], 'plan', -1, null],
    [['plan', 'budget', 'mål'], 'mål', -1, 'budget'],
    [['plan', 'budget'], 'opslag', 1, 'plan'],
  ] as const)('among %j from %s by %i is %s', (visible, active, step, expected) => {
    expect(adjacentVisibleSheet(visible, active, step)).toBe(expected);
  });

  it.each([
    [{ key: 'PageDown', ctrlKey: true, metaKey: false, shiftKey: false }, 1],
    [{ key: 'PageUp', ctrlKey: true, metaKey: false, shiftKey: false }, -1],
    [{ key: 'PageDown', ctrlKey: false, metaKey: false, shiftKey: false }, null],
    [{ key: 'PageDown', ctrlKey: true, metaKey: false, shiftKey: true }, null],
  ])('%j steps %s', (event, expected) => {
    expect(sheetStepKey(event)).toBe(expected);
  });
});

describe('a sheet hidden while on screen gives way to a visible one', () => {
  it.each([
    [['plan', 'opslag', 'budget'], ['plan', 'budget'], 'opslag', 'budget'],
    [['plan', 'budget', 'opslag'], ['plan', 'budget'], 'opslag', 'budget'],
    [['opslag', 'plan'], ['plan'], 'opslag', 'plan'],
    [['plan', 'budget'], ['plan', 'budget'], 'budget', null],
    // A deleted sheet is no longer listed: the first visible one.
    [['plan', 'budget'], ['plan', 'budget'], 'slettet', 'plan'],
  ] as const)('in %j (visible %j), %s gives way to %s', (all, visible, active, expected) => {
    expect(sheetInsteadOf(all, visible, active)).toBe(expected);
  });
});

describe('Excel\'s keys for a new sheet', () => {
  const keys = (key: string, mods: { shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean } = {}) => ({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
  it('are Shift+F11 and Alt+Shift+F1, not F11 alone nor with Ctrl', () => {
    expect(isAddSheetKey(keys('F11', { shiftKey: true }))).toBe(true);
    expect(isAddSheetKey(keys('F1', { shiftKey: true, altKey: true }))).toBe(true);
    expect(isAddSheetKey(keys('F11'))).toBe(false);
    expect(isAddSheetKey(keys('F11', { shiftKey: true, ctrlKey: true }))).toBe(false);
    expect(isAddSheetKey(keys('F1', { shiftKey: true }))).toBe(false);
  });
});

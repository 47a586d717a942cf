import { describe, expect, it } from 'vitest';
import { fitted } from '../../client/src/session/screenFit.js';
import type { FirstSheetScreen } from '../../models/scenarios/firstSheetScreen.js';

const cell = (text: string): FirstSheetScreen['rows'][number][number] => ({ text, classes: [] });

function screenOf(rows: number, widths: number[]): FirstSheetScreen {
  return {
    title: 'Plan',
    sheets: ['Forudsætninger', 'Fremskrivning'],
    scenarioName: 'Basis',
    frozen: { rows: 1, cols: 1 },
    rowHeaderWidth: 52,
    columnWidths: widths,
    rows: Array.from({ length: rows }, (_, r) => widths.map((_, c) => cell(`${r}:${c}`))),
    goals: [{ id: 'MM1', title: 'Ledighed', status: 'met' }],
  };
}

describe('the pre-screen paints what the window can show', () => {
  it('keeps the columns until the window is filled, the one cut at its edge included', () => {
    // 52 + 280 + 96 = 428 < 500: a fourth column (from 428 to 524) is partly in view.
    const shown = fitted(screenOf(60, [280, 96, 96, 96, 96]), 500, 900);
    expect(shown.columnWidths).toEqual([280, 96, 96]);
    expect(shown.rows[0]).toEqual([cell('0:0'), cell('0:1'), cell('0:2')]);
  });

  it('keeps the rows the window is tall enough for, and never more than the server sent', () => {
    expect(fitted(screenOf(60, [96]), 1440, 900).rows).toHaveLength(38);
    expect(fitted(screenOf(12, [96]), 1440, 2000).rows).toHaveLength(12);
  });

  it('leaves the title, the sheet tabs, the frozen panes and the goals as they are', () => {
    const sent = screenOf(60, [280, 96]);
    const shown = fitted(sent, 300, 200);
    expect(shown).toMatchObject({ title: sent.title, sheets: sent.sheets, frozen: sent.frozen, goals: sent.goals, scenarioName: sent.scenarioName });
  });
});

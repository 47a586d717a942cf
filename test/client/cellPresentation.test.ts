import { describe, expect, it } from 'vitest';
import { cellLook, errorExplanationKey } from '../../models/format/cellLook.js';
import { suggestedPanes } from '../../models/workbook/frozenPanes.js';
import { goalStatus } from '../../models/goals/goalStatus.js';
import type { GoalResult } from '../../models/goals/goalEvaluation.js';

describe('how a cell looks', () => {
  it('a number in a percent cell reads in Danish and aligns right', () => {
    expect(cellLook(0.608, 'percent', 'da-DK')).toEqual({ text: '60,8 %', numeric: true, errorKey: null, colour: null });
  });

  it('text aligns left', () => {
    expect(cellLook('Faktisk', undefined, 'da-DK').numeric).toBe(false);
  });

  it('an error shows its code and names its explanation', () => {
    expect(cellLook({ error: '#CYCLE!', message: '' }, undefined, 'en-GB')).toEqual({ text: '#CYCLE!', numeric: false, errorKey: 'cellError.cycle', colour: null });
    expect(errorExplanationKey('#WHAT?')).toBe('cellError.other');
    expect(errorExplanationKey('#CALC!')).toBe('cellError.calc');
  });
});

describe('frozen panes a sheet suggests', () => {
  it('a row of month labels and a label column are frozen', () => {
    const cells = [
      { row: 0, col: 0, input: 'Indikator' },
      { row: 0, col: 1, input: '2023-01' },
      { row: 0, col: 2, input: '2023-02' },
      { row: 0, col: 3, input: '2023-03' },
      { row: 1, col: 0, input: 'MM3' },
      { row: 2, col: 0, input: 'MM4' },
      { row: 1, col: 1, input: 0.5 },
    ];
    expect(suggestedPanes(cells)).toEqual({ rows: 1, cols: 1 });
  });

  it('a sheet with a title in A1 and numbers below freezes nothing', () => {
    expect(suggestedPanes([{ row: 0, col: 0, input: 'Titel' }, { row: 1, col: 1, input: 4 }])).toEqual({ rows: 0, cols: 0 });
  });
});

describe('goal badges', () => {
  const base: GoalResult = { id: 'MM3', value: 0.6, target: 0.6, met: true, margin: 0, reachedAt: null, late: false, warnings: [], error: null };
  it.each<[string, Partial<GoalResult>, string]>([
    ['a met goal', {}, 'met'],
    ['a missed goal', { met: false }, 'missed'],
    ['a goal with a value and no target (tracked, "Følges")', { met: null, target: null }, 'tracked'],
    ['a goal with neither value nor target', { met: null, target: null, value: null }, 'qualitative'],
    ['a goal whose value is an error', { met: null, error: '#REF!' }, 'error'],
  ])('%s is %s', (_name, change, status) => {
    expect(goalStatus({ ...base, ...change })).toBe(status);
  });
});

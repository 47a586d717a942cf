/**
 * How "Hvad skal der til?" reads (client/src/goals/goalAnswerRows.ts): the required value in the
 * assumption cell's format with its direction, the outcomes in words, and the order (smallest
 * relative move first, then what cannot make the goal met).
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import da from '../../client/src/i18n/da.json' with { type: 'json' };
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import type { GoalSeekAnswer } from '../../models/analysis/goalSeek.js';
import { sensitivityTable } from '../../models/analysis/sensitivityTable.js';
import { outcomeText, relativeMove, requiredText, shownRequired, sortAnswers, triedText } from '../../client/src/goals/goalAnswerRows.js';
import { stepWords } from '../../client/src/goals/sensitivityStep.js';

const i18n = i18next.createInstance();
await i18n.init({ resources: { da: { translation: da }, en: { translation: en } }, lng: 'da', interpolation: { escapeValue: false } });
const tDa = i18n.getFixedT('da');
const tEn = i18n.getFixedT('en');

function answer(fields: Partial<GoalSeekAnswer>): GoalSeekAnswer {
  return { goal: 'LM2', scenario: 'Basis', input: 'Forudsætninger!B6', status: 'solved', current: 1, required: 1.1, direction: 'atLeast', reachedAt: '2023-11', bestMargin: null, message: '', ...fields };
}

describe('the required value', () => {
  it.each([
    ['a percent cell', answer({ required: 0.05312, direction: 'atLeast' }), 'percent', 'mindst 5,4 %'],
    ['an integer cell', answer({ required: 212.4, direction: 'atMost' }), 'integer', 'højst 212'],
    ['a number cell', answer({ required: 1234.5678, direction: 'atLeast' }), 'number', 'mindst 1.234,57'],
  ] as const)('reads in %s in Danish number format', (_, a, format, expected) => {
    expect(requiredText(a, format, 'da-DK', tDa)).toBe(expected);
  });

  it('reads in English words with the workbook\'s own number format', () => {
    expect(requiredText(answer({ required: 0.05312 }), 'percent', 'da-DK', tEn)).toBe('at least 5,4 %');
  });

  it.each([
    ['"mindst" rounds up: 0,90 would miss the goal', 0.9023, 'atLeast', 'mindst 0,91', 0.91],
    ['"højst" rounds down', 1.0987, 'atMost', 'højst 1,09', 1.09],
    ['a value the format shows exactly stays', 1.03, 'atLeast', 'mindst 1,03', 1.03],
  ] as const)('is rounded toward the side where the goal holds, and "Anvend" sets what it says: %s', (_, required, direction, text, value) => {
    const a = answer({ required, direction });
    expect(requiredText(a, 'number', 'da-DK', tDa)).toBe(text);
    expect(shownRequired(a, 'number')).toBe(value);
  });

  it('is absent for an assumption that cannot make the goal met', () => {
    expect(requiredText(answer({ status: 'independent', required: null, direction: null }), 'percent', 'da-DK', tDa)).toBeNull();
  });
});

describe('the outcome where there is no required value', () => {
  it.each([
    [answer({ status: 'independent', required: null, direction: null }), 'uafhængig'],
    [answer({ status: 'error', required: null, direction: null }), 'fejl'],
    [answer({ status: 'unreachable', required: null, direction: null, bestMargin: -3.14 }), 'kan ikke nås inden for grænserne, bedste margin -3,14'],
    [answer({ status: 'unreachable', required: null, direction: null, bestMargin: 2 }), 'nås inden for alle grænserne'],
  ])('%# reads "%s"', (a, expected) => {
    expect(outcomeText(a, undefined, 'da-DK', tDa)).toBe(expected);
  });

  it('a share\'s best margin reads in percentage points, as on the goal card', () => {
    const a = answer({ status: 'unreachable', required: null, direction: null, bestMargin: -0.0314 });
    expect(outcomeText(a, 'percent', 'da-DK', tDa)).toBe('kan ikke nås inden for grænserne, bedste margin -3,1 procentpoint');
    expect(outcomeText(a, 'percent', 'da-DK', tDa, 2)).toBe('kan ikke nås inden for grænserne, bedste margin -3,14 procentpoint');
  });

  it('a solved answer has no outcome text (it has a value)', () => {
    expect(outcomeText(answer({}), undefined, 'da-DK', tDa)).toBeNull();
  });
});

describe('the order of the assumptions', () => {
  it('the relative move is the change over today\'s value; at 0 the change itself', () => {
    expect(relativeMove(answer({ current: 200, required: 150 }))).toBeCloseTo(0.25, 12);
    expect(relativeMove(answer({ current: 0, required: 0.3 }))).toBeCloseTo(0.3, 12);
    expect(relativeMove(answer({ status: 'unreachable', required: null }))).toBeNull();
  });

  it('solved by the smallest relative move first, then unreachable by best margin, then independent, then errors', () => {
    const sorted = sortAnswers([
      answer({ input: 'error', status: 'error', required: null }),
      answer({ input: 'far', current: 1, required: 2 }),
      answer({ input: 'independent', status: 'independent', required: null }),
      answer({ input: 'unreachable worse', status: 'unreachable', required: null, bestMargin: -9 }),
      answer({ input: 'near', current: 100, required: 110 }),
      answer({ input: 'unreachable better', status: 'unreachable', required: null, bestMargin: -1 }),
    ]);
    expect(sorted.map((a) => a.input)).toEqual(['near', 'far', 'unreachable better', 'unreachable worse', 'independent', 'error']);
  });
});

describe('the sensitivity table', () => {
  it('has a row per goal with a margin, a column per assumption, and the swing in each cell', () => {
    const swing = (input: string, marginLow: number | null, marginHigh: number | null) => ({ input, value: 1, low: 0.9, high: 1.1, marginLow, marginHigh });
    const table = sensitivityTable({
      scenario: 'Basis',
      step: 0.1,
      goals: [
        { id: 'LM2', margin: -8, inputs: [swing('Ark!B6', -33, 15), swing('Ark!B5', 12, -28)] },
        { id: 'MM1', margin: null, inputs: [] },
        { id: 'MM3', margin: 0.01, inputs: [swing('Ark!B5', 0.02, null)] },
      ],
    });
    expect(table.inputs).toEqual(['Ark!B5', 'Ark!B6']);
    expect(table.rows).toEqual([
      { id: 'LM2', margin: -8, swings: [40, 48] },
      { id: 'MM3', margin: 0.01, swings: [0, null] },
    ]);
  });

  it('names the values each assumption was tried at: a share of its value, or the absolute step at 0', () => {
    const table = sensitivityTable({
      scenario: 'Basis',
      step: 0.1,
      goals: [
        { id: 'LM2', margin: -8, inputs: [{ input: 'Ark!B6', value: 1, low: 0.9, high: 1.1, marginLow: -33, marginHigh: 15 }, { input: 'Ark!B2', value: 0, low: -0.1, high: 0.1, marginLow: -9, marginHigh: -7 }] },
      ],
    });
    expect(table.inputs).toEqual(['Ark!B2', 'Ark!B6']);
    expect(table.tried.map((v) => triedText(v, undefined, 'da-DK', tDa))).toEqual(['0,00 → -0,10 / 0,10', '1,00 → 0,90 / 1,10']);
    // In the assumption's own format: a share at 0 % is tried at ±10 percentage points.
    expect(triedText(table.tried[0]!, 'percent', 'da-DK', tEn)).toBe('0,0 % → -10,0 % / 10,0 %');
  });
});

describe('the words for the sensitivity\'s step', () => {
  it('say the step is a share of the value, and what an assumption at 0 moves instead', () => {
    expect(tDa('goalAnswers.swingNote', stepWords('da-DK', 0.1))).toContain('prøvet 10,0 % af sin værdi under og over (en forudsætning på 0: 0,10), inden for dens tilladte værdier');
    expect(tEn('goalAnswers.sensitivityHint', stepWords('da-DK', 0.1))).toContain('10,0 % of its value down and up (an assumption at 0: 0,10)');
    expect(tDa('goalAnswers.tornadoCaption', { margin: '-8', ...stepWords('da-DK', 0.1) })).not.toContain('±');
  });
});

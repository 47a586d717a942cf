/** The adopted-plan line and the margins of the goal card, the comparison and the report, as planners read them in Danish and English. */
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { danishAndEnglish } from './support/translations.js';
import { formatMargin, formatMarginTick, marginAxisTitle } from '../../client/src/goals/goalDisplay.js';
import { planDetailText, planVerdictText, planVersus } from '../../client/src/goals/planVerdict.js';
import type { AdoptedPlan } from '../../client/src/versions/adoptedPlan.js';
import type { GoalDefinition } from '../../models/goals/goalModel.js';

const periods = ['2023-01', '2023-02', '2023-03'];
const plan: AdoptedPlan = {
  status: 'ready',
  versionId: 'v1',
  name: 'Budget 2023',
  plan: {
    scenarios: [
      { id: 'base', name: 'Basis', goals: [{ id: 'LM1b', periods, series: [0.1, 0.11, 0.12] }, { id: 'MM5', periods, series: [9_500, 9_400, 9_300] }] },
      { id: 'strong', name: 'Styrket indsats', goals: [{ id: 'LM1b', periods, series: [0.1, 0.12, 0.14] }] },
    ],
  },
};
const share: GoalDefinition = { id: 'LM1b', title: 'Andel i virksomhedsrettet aktivering', comparator: '>=', target: 0.2 };
const count: GoalDefinition = { id: 'MM5', title: 'Offentligt forsørgede', comparator: '<=', target: 9_000 };
let t: { da: TFunction; en: TFunction };

beforeAll(async () => {
  t = await danishAndEnglish();
});

describe('the latest actual month against the adopted plan, in words', () => {
  it('a share below the plan is behind by percentage points, in Danish and English number format', () => {
    const versus = planVersus(plan, { id: 'base', name: 'Basis' }, share, [{ label: '2023-03', value: 0.108 }])!;
    expect(planVerdictText(versus, 'percent', 'da-DK', t.da)).toBe('Bagud i forhold til planen med 1,2 procentpoint');
    expect(planVerdictText(versus, 'percent', 'en-GB', t.en)).toBe('Behind plan by 1.2 percentage points');
    expect(planDetailText(versus, 'percent', 'da-DK', 'da', t.da)).toBe('mar. 2023: faktisk 10,8 %, planen 12,0 % (»Budget 2023«)');
  });

  it('a count above a falling plan is behind by whole people; below it is on track', () => {
    const behind = planVersus(plan, { id: 'base', name: 'Basis' }, count, [{ label: '2023-02', value: 10_634 }])!;
    expect(planVerdictText(behind, 'integer', 'da-DK', t.da)).toBe('Bagud i forhold til planen med 1.234');
    const ahead = planVersus(plan, { id: 'base', name: 'Basis' }, count, [{ label: '2023-02', value: 9_000 }])!;
    expect(planVerdictText(ahead, 'integer', 'da-DK', t.da)).toBe('På sporet');
    expect(planVerdictText(ahead, 'integer', 'en-GB', t.en)).toBe('On track');
  });

  it("the scenario on screen is compared with the plan's own; a scenario the plan lacks falls back to its first, and says so", () => {
    const strong = planVersus(plan, { id: 'strong', name: 'Styrket indsats' }, share, [{ label: '2023-03', value: 0.14 }])!;
    expect(planVerdictText(strong, 'percent', 'da-DK', t.da)).toBe('På sporet');
    const other = planVersus(plan, { id: 'new', name: 'Lavkonjunktur' }, share, [{ label: '2023-03', value: 0.12 }])!;
    expect(other.otherScenario).toBe('Basis');
    expect(planDetailText(other, 'percent', 'da-DK', 'da', t.da)).toBe('mar. 2023: faktisk 12,0 %, planen 12,0 % (»Budget 2023«, scenariet Basis)');
  });

  it('nothing to compare without a ready plan or a planned figure for the month', () => {
    expect(planVersus({ status: 'loading', versionId: 'v1' }, { id: 'base', name: 'Basis' }, share, [{ label: '2023-03', value: 0.1 }])).toBeNull();
    expect(planVersus(plan, { id: 'base', name: 'Basis' }, share, [{ label: '2024-01', value: 0.1 }])).toBeNull();
  });

  it('a goal renamed since the plan is compared through its indicator, and the detail names its id in the plan', () => {
    const indicatorPlan: AdoptedPlan = { ...plan, plan: { scenarios: [{ id: 'base', name: 'Basis', goals: [{ id: 'MM5', periods, series: [9_500, 9_400, 9_300], indicator: 'Tal!B1:B3' }] }] } };
    const renamed: GoalDefinition = { ...count, id: 'MM5-ny', series: 'Tal!$B$1:$B$3', periods: 'Tal!A1:A3' };
    const versus = planVersus(indicatorPlan, { id: 'base', name: 'Basis' }, renamed, [{ label: '2023-01', value: 9_450 }, { label: '2023-02', value: 9_500 }])!;
    expect(versus.months.map((m) => [m.month, m.behindBy])).toEqual([['2023-01', 0], ['2023-02', 100]]);
    expect(planDetailText(versus, 'integer', 'da-DK', 'da', t.da)).toBe('feb. 2023: faktisk 9.500, planen 9.400 (»Budget 2023«) Målet hed MM5 i planen.');
    expect(planDetailText(versus, 'integer', 'en-GB', 'en', t.en)).toBe('Feb 2023: actual 9,500, plan 9,400 (“Budget 2023”) The goal was MM5 in the plan.');
  });

  it('a goal whose sheet was renamed too is found by its indicator\'s identity, and the detail says what the plan called it', () => {
    const indicatorPlan: AdoptedPlan = {
      ...plan,
      plan: { scenarios: [{ id: 'base', name: 'Basis', goals: [{ id: 'MM5', periods, series: [9_500, 9_400, 9_300], indicator: 'Tal!B1:B3', indicatorIdentity: '⟦s1!c2,r1⟧:⟦c2,r3⟧' }] }] },
    };
    const renamed = { ...count, id: 'MM5-ny', series: 'Prognose!B1:B3', periods: 'Prognose!A1:A3', indicatorIdentity: '⟦s1!c2,r1⟧:⟦c2,r3⟧' };
    const versus = planVersus(indicatorPlan, { id: 'base', name: 'Basis' }, renamed, [{ label: '2023-02', value: 9_500 }])!;
    expect(versus).toMatchObject({ renamedFrom: 'MM5', planIndicator: 'Tal!B1:B3' });
    expect(planDetailText(versus, 'integer', 'da-DK', 'da', t.da)).toBe('feb. 2023: faktisk 9.500, planen 9.400 (»Budget 2023«) Målet hed MM5 i planen og er fundet ved sit forløb, som planen skrev Tal!B1:B3.');
    expect(planDetailText(versus, 'integer', 'en-GB', 'en', t.en)).toBe('Feb 2023: actual 9,500, plan 9,400 (“Budget 2023”) The goal was MM5 in the plan; it was found by its trajectory, which the plan wrote Tal!B1:B3.');
    // Without the identity (a plan given as a file) the renamed sheet hides it.
    expect(planVersus(indicatorPlan, { id: 'base', name: 'Basis' }, { ...renamed, indicatorIdentity: undefined }, [{ label: '2023-02', value: 9_500 }])).toBeNull();
  });
});

describe('a goal\'s margin, in words', () => {
  it('a share\'s margin reads in percentage points, never as a percent a planner takes for a relative change', () => {
    // MM3 in the template: 60,8 % projected against the target 60 %.
    expect(formatMargin(0.007646623012929399, 'percent', 'da-DK', t.da)).toBe('+0,8 procentpoint');
    expect(formatMargin(-0.04205568364925927, 'percent', 'en-GB', t.en)).toBe('-4.2 percentage points');
  });

  it("a chart's axis of a share's margins reads percentage points, the unit named once in its title", () => {
    expect(formatMarginTick(-0.042, 'percent', 'da-DK')).toBe('-4,2');
    expect(formatMarginTick(0.008, 'percent', 'en-GB')).toBe('+0.8');
    expect(marginAxisTitle('percent', t.da)).toBe('Margin i procentpoint');
    expect(marginAxisTitle('percent', t.en)).toBe('Margin in percentage points');
    expect(formatMarginTick(-1200, 'integer', 'da-DK')).toBe('-1.200');
    expect(marginAxisTitle('integer', t.da)).toBe('Margin');
  });

  it('a count\'s margin keeps its own number format and sign', () => {
    expect(formatMargin(-7.95226428863532, 'integer', 'da-DK', t.da)).toBe('-8');
    expect(formatMargin(1234.5, 'number', 'da-DK', t.da)).toBe('+1.234,50');
  });
});

import { describe, expect, it } from 'vitest';
import { formToGoal, goalToForm } from '../../client/src/goals/goalForm.js';

describe('the goal editor form', () => {
  it('a Danish planner sees Danish formulas and decimals and gets canonical ones back', () => {
    const goal = { id: 'MM5', title: 'Fald', value: '=Fremskrivning!V9', comparator: '<=' as const, target: '=PERCENTILE(Benchmark!B4:B100,0.15)', deadline: '2023-12' };
    const form = goalToForm(goal, 'da-DK');
    expect(form.target).toBe('=FRAKTIL(Benchmark!B4:B100;0,15)');
    expect(formToGoal(form, 'da-DK')).toEqual(goal);
  });

  it('a target typed as a Danish percentage is a number', () => {
    const form = { ...goalToForm(null, 'da-DK'), id: 'X', title: 'x', comparator: '>=' as const, target: '60 %', value: 'Indikatorer!B2' };
    expect(formToGoal(form, 'da-DK')).toEqual({ id: 'X', title: 'x', comparator: '>=', target: 0.6, value: '=Indikatorer!B2' });
  });

  it('a target typed in parentheses is negative, as the grid and Excel read it', () => {
    const form = { ...goalToForm(null, 'da-DK'), id: 'X', title: 'x', comparator: '>=' as const, target: '(2,5)', value: 'Indikatorer!B2' };
    expect(formToGoal(form, 'da-DK')).toMatchObject({ target: -2.5 });
  });

  it('a target that is neither a number nor a formula is refused', () => {
    const form = { ...goalToForm(null, 'en-GB'), id: 'X', title: 'x', comparator: '>=' as const, target: 'lots' };
    expect(formToGoal(form, 'en-GB')).toEqual({ problem: 'target' });
  });
});

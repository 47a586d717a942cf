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

  it('a share’s target reads as its card shows it, and a number typed there is a percentage, as in an Excel percent cell', () => {
    const goal = { id: 'MM3', title: 'Selvforsørgende', value: '=Fremskrivning!V6', comparator: '>=' as const, target: 0.6, deadline: '2023-12' };
    const form = goalToForm(goal, 'da-DK', 'percent');
    expect(form.target).toBe('60 %');
    expect(formToGoal(form, 'da-DK', 'percent')).toEqual(goal);
    // Typed without the sign, 60 means 60 % (it meant 6.000 %); a fraction below 1 stays as typed.
    expect(formToGoal({ ...form, target: '60' }, 'da-DK', 'percent')).toMatchObject({ target: 0.6 });
    expect(formToGoal({ ...form, target: '12,5' }, 'da-DK', 'percent')).toMatchObject({ target: 0.125 });
    expect(formToGoal({ ...form, target: '0,6' }, 'da-DK', 'percent')).toMatchObject({ target: 0.6 });
    expect(formToGoal({ ...form, target: '12.5%' }, 'en-GB', 'percent')).toMatchObject({ target: 0.125 });
  });

  it('a count’s target stays a plain number, whatever is typed', () => {
    const goal = { id: 'LM2', title: 'Færre', value: '=Fremskrivning!V12', comparator: '<=' as const, target: 350, deadline: '2023-12' };
    const form = goalToForm(goal, 'da-DK', undefined);
    expect(form.target).toBe('350');
    expect(formToGoal({ ...form, target: '1.234,5' }, 'da-DK', 'integer')).toMatchObject({ target: 1234.5 });
    expect(formToGoal({ ...form, target: '60 %' }, 'da-DK', 'integer')).toMatchObject({ target: 0.6 });
  });
});

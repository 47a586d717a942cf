/**
 * The goal semantics of models/FORMAT.md ("Evaluation report"), one case a line: the deadline
 * drives the judged value, `reachedAt` is the month from which the goal holds for good, `late`
 * marks a month after the deadline, and a value that disagrees with the deadline's month warns.
 * Judged through a real workbook (evaluateWorkbook), as `npm run evaluate` does, and through the
 * pure judgeGoal a goal seek calls.
 */
import { describe, expect, it } from 'vitest';
import { evaluateWorkbook, type ReportedGoalResult } from '../../models/evaluation/evaluationReport.js';
import { judgeGoal, labelMonth } from '../../models/goals/goalJudging.js';
import type { GoalDefinition } from '../../models/goals/goalModel.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

const MONTHS = ['2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03'];
const COLUMNS = ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];

/** Row 1 the months (B1:J1), row 2 the trajectory (B2:J2), A3 a separate value cell. */
function sheet(trajectory: number[], valueCell: number | string = 0): Record<string, number | string> {
  const cells: Record<string, number | string> = { A3: valueCell };
  COLUMNS.forEach((col, i) => {
    cells[`${col}1`] = MONTHS[i]!;
    cells[`${col}2`] = trajectory[i]!;
  });
  return cells;
}

const TRAJECTORY = { series: 'Tal!B2:J2', periods: 'Tal!B1:J1' };

function judge(goal: Omit<GoalDefinition, 'id' | 'title'>, trajectory: number[], valueCell?: number | string): ReportedGoalResult {
  const file = workbookFile({ Tal: sheet(trajectory, valueCell) }, { goals: [{ id: 'g', title: 'Mål', ...goal }] });
  return evaluateWorkbook(open.document(file)).scenarios[0]!.goals[0]!;
}

//                          jul  aug  sep  okt  nov  dec  jan  feb  mar
const EARLY_THEN_KEPT = [400, 360, 340, 330, 345, 348, 340, 330, 320];
const MET_THEN_LOST = [340, 360, 370, 380, 390, 395, 400, 410, 420];
const LATE = [400, 390, 380, 370, 365, 360, 351, 349, 340];
const DIPS_AND_RECOVERS = [340, 360, 345, 380, 349, 348, 340, 330, 320];

describe('a goal with series, periods and deadline is judged on the deadline month', () => {
  it.each([
    ['met early and kept: reached from the first month of the run through the deadline', EARLY_THEN_KEPT, '2023-12', { value: 348, met: true, margin: 2, reachedAt: '2023-09', late: false }],
    ['met in the first month and lost afterwards: missed, not reached (LM1a under Lavkonjunktur)', MET_THEN_LOST, '2023-12', { value: 395, met: false, margin: -45, reachedAt: null, late: false }],
    ['missed at the deadline and met for good later: reached late', LATE, '2023-12', { value: 360, met: false, margin: -10, reachedAt: '2024-02', late: true }],
    ['met, lost and met again: reached from the last time it was met before the deadline', DIPS_AND_RECOVERS, '2023-12', { value: 348, met: true, reachedAt: '2023-11', late: false }],
    ['a later deadline judges a later month', LATE, '2024-03', { value: 340, met: true, margin: 10, reachedAt: '2024-02', late: false }],
    ['an earlier deadline judges an earlier month', EARLY_THEN_KEPT, '2023-08', { value: 360, met: false, margin: -10, reachedAt: '2023-09', late: true }],
  ] as const)('%s', (_name, trajectory, deadline, expected) => {
    const result = judge({ comparator: '<=', target: 350, deadline, ...TRAJECTORY }, [...trajectory]);
    expect(result).toMatchObject({ ...expected, warnings: [], error: null });
  });

  it('needs no value: the series gives it', () => {
    expect(judge({ comparator: '<=', target: 350, deadline: '2023-12', ...TRAJECTORY }, EARLY_THEN_KEPT)).toMatchObject({ value: 348, met: true });
  });

  it('a value naming the deadline month\'s cell (a v1 file with both) judges as before, without a warning', () => {
    const result = judge({ value: '=Tal!G2', comparator: '<=', target: 350, deadline: '2023-12', ...TRAJECTORY }, EARLY_THEN_KEPT);
    expect(result).toEqual({ id: 'g', value: 348, target: 350, met: true, margin: 2, reachedAt: '2023-09', late: false, warnings: [], error: null });
  });

  it('a value that disagrees with the deadline month is reported as a warning, and the deadline month is judged', () => {
    // The planner moved the deadline to 2024-03 and left the value on December's cell (issue 12, point 2).
    const result = judge({ value: '=Tal!G2', comparator: '<=', target: 350, deadline: '2024-03', ...TRAJECTORY }, LATE);
    expect(result).toMatchObject({ value: 340, met: true, margin: 10, error: null });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('2024-03');
    expect(result.warnings[0]).toContain('360');
  });

  it('a deadline outside the goal\'s months is an error result that names the deadline', () => {
    const result = judge({ value: '=Tal!G2', comparator: '<=', target: 350, deadline: '2025-06', ...TRAJECTORY }, LATE);
    expect(result).toMatchObject({ value: null, met: null, margin: null, reachedAt: null, late: false, target: 350 });
    expect(result.error).toContain('2025-06');
    expect(result.error).toContain('deadline');
  });

  it('month labels that are not months at all ("Uge 1" …) leave a goal with a value judged on its value, as in v1', () => {
    const cells = sheet(LATE, 340);
    COLUMNS.forEach((col, i) => (cells[`${col}1`] = `Uge ${i + 1}`));
    const file = workbookFile({ Tal: cells }, { goals: [{ id: 'g', title: 'Mål', value: 'Tal!A3', comparator: '<=', target: 350, deadline: '2023-12', ...TRAJECTORY }] });
    expect(evaluateWorkbook(open.document(file)).scenarios[0]!.goals[0]).toMatchObject({ value: 340, met: true, reachedAt: 'Uge 8', late: false, warnings: [], error: null });
  });

  it('months written as dates (date serials) match the deadline', () => {
    const cells = sheet(LATE);
    COLUMNS.forEach((col, i) => (cells[`${col}1`] = `=DATE(${MONTHS[i]!.slice(0, 4)},${Number(MONTHS[i]!.slice(5))},1)`));
    const file = workbookFile({ Tal: cells }, { goals: [{ id: 'g', title: 'Mål', comparator: '<=', target: 350, deadline: '2024-03', ...TRAJECTORY }] });
    expect(evaluateWorkbook(open.document(file)).scenarios[0]!.goals[0]).toMatchObject({ value: 340, met: true, error: null });
  });
});

describe('goals without a deadline on a trajectory', () => {
  it('a target and a value without deadline or series is a threshold on the value', () => {
    expect(judge({ value: 'Tal!A3', comparator: '>=', target: 0.6 }, LATE, 0.62)).toEqual({
      id: 'g', value: 0.62, target: 0.6, met: true, margin: expect.closeTo(0.02, 12), reachedAt: null, late: false, warnings: [], error: null,
    });
    expect(judge({ value: 'Tal!A3', comparator: '>=', target: 0.6 }, LATE, 0.5)).toMatchObject({ met: false });
  });

  it('a value without a target is tracked: the value at the deadline month, neither met nor missed', () => {
    expect(judge({ value: '=Tal!G2', deadline: '2023-12', ...TRAJECTORY }, LATE)).toEqual({
      id: 'g', value: 360, target: null, met: null, margin: null, reachedAt: null, late: false, warnings: [], error: null,
    });
  });

  it('a target with nothing to judge it on is an error that says so', () => {
    expect(judge({ comparator: '<=', target: 350, deadline: '2023-12' }, LATE).error).toContain('no value to judge');
  });
});

describe('judgeGoal, the pure judgement a goal seek calls', () => {
  const goal: GoalDefinition = { id: 'LM2', title: 'Unge', comparator: '<=', target: 350, deadline: '2023-12', series: 'X!A1:C1', periods: 'X!A2:C2' };

  it('judges the values it is given, without a workbook', () => {
    expect(judgeGoal(goal, { value: null, target: 350, trajectory: [380, 349, 351], periods: ['2023-11', '2023-12', '2024-01'] })).toEqual({
      id: 'LM2', value: 349, target: 350, met: true, margin: 1, reachedAt: '2023-12', late: false, warnings: [], error: null,
    });
  });

  it.each([
    ['2023-12', '2023-12'],
    ['2023-12-01', '2023-12'],
    ['45261', '2023-12'],
    ['dec. 2023', '2023-12'],
    ['Marts 2024', '2024-03'],
    ['May 2024', '2024-05'],
    ['Uge 12', null],
    [null, null],
  ] as const)('reads the month label %s as %s', (label, month) => {
    expect(labelMonth(label)).toBe(month);
  });
});

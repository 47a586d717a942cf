import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { locateAssumption } from '../../models/analysis/assumptions.js';
import { AssumptionWorkbench } from '../../models/analysis/AssumptionWorkbench.js';
import { seekGoal } from '../../models/analysis/goalSeek.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import type { AssumptionBounds } from '../../models/workbook/assumptionBounds.js';
import { readGoals, type GoalDefinition } from '../../models/goals/goalModel.js';
import { readScenarios } from '../../models/scenarios/scenarioModel.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { goalsArray, scenariosArray, type CellInput } from '../../models/workbook/workbookSchema.js';
import { workbookFile } from '../support/workbookFixtures.js';

const docs: Y.Doc[] = [];
afterEach(() => docs.splice(0).forEach((d) => d.destroy()));

/** A workbook with the assumption in Forudsætninger!B1 and a scenario "Plan" overriding it. */
function workbook(cells: Record<string, CellInput>, goal: Omit<GoalDefinition, 'id' | 'title'>, current: number) {
  const doc = documentFromFile(
    workbookFile(
      { Forudsætninger: { A1: 'Antagelse', B1: 0 }, Model: cells },
      { goals: [{ id: 'G', title: 'Mål', ...goal }], scenarios: [{ name: 'Plan', inputs: { 'Forudsætninger!B1': current } }] },
    ),
  );
  docs.push(doc);
  const scenario = readScenarios(scenariosArray(doc), workbookGrid(doc))[0]!;
  const assumption = locateAssumption(doc, 'Forudsætninger!B1')!;
  // As the workspace holds it (formulas read back with their "=").
  const stored = readGoals(goalsArray(doc), workbookGrid(doc))[0]!;
  const solve = (bounds: AssumptionBounds = {}) => seekGoal(doc, stored, scenario, assumption, bounds);
  /** The goal judged with the assumption at `x`, in a throw-away bench. */
  const judgeAt = (x: number) => {
    const bench = new AssumptionWorkbench(doc, scenario);
    try {
      bench.set(assumption, x);
      return bench.judge(stored);
    } finally {
      bench.destroy();
    }
  };
  return { doc, solve, judgeAt };
}

const MONTHS = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12'];

/** 12 months of a stock: next = now·(1 − 0.05) + inflow (the assumption); starts at 420. */
function compounding(): Record<string, CellInput> {
  const cells: Record<string, CellInput> = {};
  const cols = 'BCDEFGHIJKLM';
  MONTHS.forEach((month, i) => {
    cells[`${cols[i]}1`] = month;
    cells[`${cols[i]}2`] = i === 0 ? '=420*(1-0.05)+Forudsætninger!B1' : `=${cols[i - 1]}2*(1-0.05)+Forudsætninger!B1`;
  });
  return cells;
}

describe('goal seek: the value an assumption must take for the goal to be just met', () => {
  it('a linear indicator: 100 + 10·x ≤ 150 needs x at most 5', () => {
    const { solve, judgeAt } = workbook({ A1: '=100+10*Forudsætninger!B1' }, { value: 'Model!A1', comparator: '<=', target: 150 }, 8);
    const answer = solve();
    expect(answer).toMatchObject({ goal: 'G', scenario: 'Plan', input: 'Forudsætninger!B1', status: 'solved', current: 8, direction: 'atMost' });
    expect(answer.required).toBeCloseTo(5, 9);
    const atRequired = judgeAt(answer.required!);
    expect(atRequired.met).toBe(true);
    expect(Math.abs(atRequired.margin!)).toBeLessThanOrEqual(1e-9 * 150);
    expect(judgeAt(answer.required! - 1).met).toBe(true);
    expect(judgeAt(answer.required! + 0.01).met).toBe(false);
  });

  it('a compounding monthly trajectory: the monthly inflow that brings the stock to 350 in December', () => {
    const q = 0.95 ** 12;
    const inflow = ((350 - 420 * q) * 0.05) / (1 - q);
    const { solve, judgeAt } = workbook(compounding(), { value: 'Model!M2', comparator: '<=', target: 350, deadline: '2023-12', series: 'Model!B2:M2', periods: 'Model!B1:M1' }, 25);
    const answer = solve();
    expect(answer.status).toBe('solved');
    expect(answer.direction).toBe('atMost');
    expect(answer.required).toBeCloseTo(inflow, 9);
    expect(answer.reachedAt).toBe('2023-12');
    expect(judgeAt(answer.required!).met).toBe(true);
  });

  it('a rank goal: the target moves with the value (among the lowest 20 % of 11 municipalities)', () => {
    // Ten others at 10, 20, …, 100 and our own value x; PERCENTILE(…, 0.2) of the eleven is the
    // third smallest. x ≤ that holds up to x = 30 (for 20 ≤ x ≤ 30 the third smallest is x itself).
    const cells: Record<string, CellInput> = { A11: '=Forudsætninger!B1' };
    for (let i = 1; i <= 10; i++) cells[`A${i}`] = i * 10;
    const { solve, judgeAt } = workbook(cells, { value: 'Model!A11', comparator: '<=', target: '=PERCENTILE(Model!A1:A11,0.2)' }, 55);
    const answer = solve();
    expect(answer).toMatchObject({ status: 'solved', direction: 'atMost' });
    expect(answer.required).toBeCloseTo(30, 6);
    expect(judgeAt(30.001).met).toBe(false);
  });

  it('not monotone: (x − 5)² ≤ 4 holds between 3 and 7; from 5,5 the nearer boundary is 7, and the message says so', () => {
    const { solve } = workbook({ A1: '=(Forudsætninger!B1-5)^2' }, { value: 'Model!A1', comparator: '<=', target: 4 }, 5.5);
    const answer = solve();
    expect(answer).toMatchObject({ status: 'solved', direction: 'atMost' });
    expect(answer.required).toBeCloseTo(7, 8);
    expect(answer.message).toMatch(/not monotone/);
  });

  it('from below the met stretch, the lower boundary is the answer: at least 3', () => {
    const answer = workbook({ A1: '=(Forudsætninger!B1-5)^2' }, { value: 'Model!A1', comparator: '<=', target: 4 }, 0).solve();
    expect(answer).toMatchObject({ status: 'solved', direction: 'atLeast' });
    expect(answer.required).toBeCloseTo(3, 9);
  });

  it('a goal that does not read the assumption is independent (from the dependency graph)', () => {
    const answer = workbook({ A1: 200, A2: '=Forudsætninger!B1*2' }, { value: 'Model!A1', comparator: '<=', target: 150 }, 1).solve();
    expect(answer).toMatchObject({ status: 'independent', current: 1, required: null, direction: null });
  });

  it('a goal that reads the assumption but cannot be moved by it is unreachable, not independent', () => {
    const answer = workbook({ A1: '=200+0*Forudsætninger!B1' }, { value: 'Model!A1', comparator: '<=', target: 150 }, 1).solve();
    expect(answer).toMatchObject({ status: 'unreachable', bestMargin: -50 });
  });

  it('unreachable within the assumption\'s bounds, with the best margin achievable', () => {
    const answer = workbook({ A1: '=100+Forudsætninger!B1' }, { value: 'Model!A1', comparator: '<=', target: 50 }, 5).solve({ min: 0, max: 10 });
    expect(answer).toMatchObject({ status: 'unreachable', current: 5, required: null, bestMargin: -50 });
    expect(answer.message).toMatch(/cannot be met/);
  });

  it('the assumption\'s own allowed bounds limit the search; --min/--max override them', () => {
    const { doc, solve } = workbook({ A1: '=100+Forudsætninger!B1' }, { value: 'Model!A1', comparator: '<=', target: 50 }, 5);
    const sheetId = workbookGrid(doc).sheetIdByName('Forudsætninger')!;
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 0, col: 1, bounds: { min: 0, max: 10 } });
    expect(solve()).toMatchObject({ status: 'unreachable', bestMargin: -50 });
    const wider = solve({ min: -100 });
    expect(wider).toMatchObject({ status: 'solved', direction: 'atMost' });
    expect(wider.required).toBeCloseTo(-50, 9);
  });

  it('a count at 0 is not asked to go below 0: a goal met that needs it stays met within the values it may take', () => {
    const answer = workbook({ A1: '=100+10*Forudsætninger!B1' }, { value: 'Model!A1', comparator: '>=', target: 98 }, 0).solve();
    // Without the implied minimum the answer was "mindst -0,2" for a scope that runs from 0.
    expect(answer).toMatchObject({ status: 'unreachable', current: 0, required: null });
    expect(answer.bestMargin!).toBeGreaterThanOrEqual(0);
  });

  it('a goal that is an error says so', () => {
    const answer = workbook({ A1: '=1/0+Forudsætninger!B1' }, { value: 'Model!A1', comparator: '<=', target: 50 }, 5).solve();
    expect(answer).toMatchObject({ status: 'error', required: null });
    expect(answer.message).toMatch(/#DIV\/0!/);
  });

  it('solving never changes the workspace', () => {
    const { doc, solve } = workbook({ A1: '=100+10*Forudsætninger!B1' }, { value: 'Model!A1', comparator: '<=', target: 150 }, 8);
    let changes = 0;
    doc.on('update', () => changes++);
    solve();
    expect(changes).toBe(0);
    expect(readScenarios(scenariosArray(doc), workbookGrid(doc))[0]!.inputs).toEqual({ 'Forudsætninger!B1': 8 });
  });
});

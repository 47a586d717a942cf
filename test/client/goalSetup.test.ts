/**
 * Setting up a goal without cell addresses: the month labels found for a selected indicator row,
 * the side-by-side comparison's rows, and the trajectory check that names the wrong field.
 */
import { describe, expect, it } from 'vitest';
import { comparisonRows } from '../../client/src/scenarios/comparisonRows.js';
import { monthsFor, trajectoryProblem } from '../../client/src/goals/trajectorySetup.js';
import type { GoalDefinition } from '../../models/goals/goalModel.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Row 1 a heading, row 2 the months (B2:E2), rows 3 and 4 indicators, A6 a note. */
const PLAN = {
  A1: 'Fremskrivning',
  A2: 'Måned',
  B2: '2023-10',
  C2: '2023-11',
  D2: '2023-12',
  E2: '2024-01',
  A3: 'Unge',
  B3: 380,
  C3: 360,
  D3: 349,
  E3: 340,
  A4: 'Andel',
  B4: 0.5,
  C4: 0.55,
  D4: 0.61,
  E4: 0.62,
  A6: 'note',
};

function plan(goals: GoalDefinition[] = [], scenarios?: Array<{ name: string; inputs: Record<string, number> }>) {
  const doc = open.document(workbookFile({ Plan: PLAN }, scenarios ? { goals, scenarios } : { goals }));
  const engines = new ScenarioEngines(doc);
  const valueAt = (sheet: string, row: number, col: number) => engines.engine(engines.scenarios()[0]!.id).value(sheet, row, col);
  return { doc, engines, valueAt, sheet: sheetId(doc, 'Plan') };
}

describe('"Fra markering" on the trajectory finds the month labels in the same sheet', () => {
  it.each([
    ['the indicator row right below the months', { top: 2, bottom: 2, left: 1, right: 4 }, { top: 1, bottom: 1, left: 1, right: 4 }],
    ['an indicator row further down', { top: 3, bottom: 3, left: 1, right: 4 }, { top: 1, bottom: 1, left: 1, right: 4 }],
    ['part of a row: the months over the same columns', { top: 3, bottom: 3, left: 2, right: 3 }, { top: 1, bottom: 1, left: 2, right: 3 }],
    ['one cell is not a trajectory', { top: 2, bottom: 2, left: 1, right: 1 }, 'notARow'],
    ['a block is not a trajectory', { top: 2, bottom: 3, left: 1, right: 4 }, 'notARow'],
  ] as const)('%s', (_name, selection, expected) => {
    const { valueAt, sheet, engines } = plan();
    try {
      expect(monthsFor(sheet, selection, valueAt)).toEqual(expected);
    } finally {
      engines.destroy();
    }
  });

  it('says so when no row of months lies over the selection', () => {
    const { valueAt, sheet, engines } = plan();
    try {
      expect(monthsFor(sheet, { top: 0, bottom: 0, left: 0, right: 1 }, valueAt)).toBe('noMonths');
    } finally {
      engines.destroy();
    }
  });
});

describe('the goal editor checks the trajectory and names the wrong field', () => {
  const goal: GoalDefinition = { id: 'LM2', title: 'Unge', comparator: '<=', target: 350, deadline: '2023-12', series: 'Plan!B3:E3', periods: 'Plan!B2:E2' };
  it.each([
    ['a consistent trajectory passes', {}, null],
    ['a trajectory without months', { periods: undefined }, { field: 'periods', key: 'goalVerdict.seriesWithoutPeriods' }],
    ['months of another length', { periods: 'Plan!B2:D2' }, { field: 'periods', key: 'goalVerdict.seriesPeriodsLength', values: { series: '4', periods: '3' } }],
    ['a deadline outside the months', { deadline: '2024-06' }, { field: 'deadline', key: 'goalVerdict.deadlineNotInMonths', values: { deadline: '2024-06', first: '2023-10', last: '2024-01' } }],
    ['a series that is not a reference', { series: 'SUM(B3:E3)' }, { field: 'series', key: 'goalVerdict.badReference' }],
    ['a reference to an unknown sheet', { series: 'Nope!B3:E3' }, { field: 'series', key: 'goalVerdict.badReference' }],
  ] as const)('%s', (_name, change, expected) => {
    const { doc, valueAt, engines } = plan();
    try {
      const problem = trajectoryProblem({ ...goal, ...change }, workbookGrid(doc), valueAt);
      if (expected === null) expect(problem).toBeNull();
      else expect(problem).toMatchObject(expected);
    } finally {
      engines.destroy();
    }
  });
});

describe('the side-by-side comparison', () => {
  it('gives each scenario\'s status, value and difference to the base scenario for every goal', () => {
    const goal: GoalDefinition = { id: 'LM2', title: 'Unge', comparator: '<=', target: 350, deadline: '2023-12', series: 'Plan!B3:E3', periods: 'Plan!B2:E2' };
    const names = ['Basis', 'Lav', 'Høj', 'S4', 'S5', 'S6'];
    const { doc, engines } = plan(
      [goal],
      names.map((name, i): { name: string; inputs: Record<string, number> } => ({ name, inputs: i === 0 ? {} : { 'Plan!D3': 349 + i * 2 } })),
    );
    try {
      const [row] = comparisonRows(doc, engines.goals(), engines.evaluate());
      expect(row!.target).toBe(350);
      expect(row!.cells.map((c) => c.status)).toEqual(['met', 'missed', 'missed', 'missed', 'missed', 'missed']);
      expect(row!.cells.map((c) => c.result?.value)).toEqual([349, 351, 353, 355, 357, 359]);
      expect(row!.cells.map((c) => c.difference)).toEqual([null, 2, 4, 6, 8, 10]);
      expect(row!.cells[1]!.result).toMatchObject({ reachedAt: '2024-01', late: true });
    } finally {
      engines.destroy();
    }
  });
});

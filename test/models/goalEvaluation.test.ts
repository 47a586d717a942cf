import { describe, expect, it } from 'vitest';
import { evaluateWorkbook, reportFrom } from '../../models/evaluation/evaluationReport.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import type { ReportedGoalResult } from '../../models/evaluation/evaluationReport.js';
import type { GoalDefinition } from '../../models/goals/goalModel.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { qualitativeGoalResult } from '../support/qualitativeGoalResult.js';
import { documentState, locate, openWorkbooks, scenarioId, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/**
 * Tal: months in A1:A4, a trajectory 10, 8, 6, 4 in B1:B4, the indicator's value 5 in C1,
 * a division by zero in C2, text in C3, and 1…5 in E1:E5 to take percentiles of.
 */
const TAL = {
  A1: '2023-01',
  A2: '2023-02',
  A3: '2023-03',
  A4: '2023-04',
  B1: 10,
  B2: 8,
  B3: 6,
  B4: 4,
  C1: 5,
  C2: '=1/0',
  C3: 'ikke målt',
  E1: 1,
  E2: 2,
  E3: 3,
  E4: 4,
  E5: 5,
};

const TRAJECTORY = { series: 'Tal!B1:B4', periods: 'Tal!A1:A4' };

function file(goals: GoalDefinition[], scenarios?: WorkbookFile['scenarios']): WorkbookFile {
  return workbookFile({ Tal: TAL }, scenarios ? { goals, scenarios } : { goals });
}

/** The one goal's result in the first scenario. */
function judge(goal: Omit<GoalDefinition, 'id' | 'title'>): ReportedGoalResult {
  const report = evaluateWorkbook(open.document(file([{ id: 'g', title: 'Mål', ...goal }])));
  return report.scenarios[0]!.goals[0]!;
}

describe('a goal is met or missed by its comparator, with a signed margin', () => {
  // margin: target − value for <= and <, value − target for >= and >; positive when met with room.
  it.each([
    ['<=', 6, true, 1],
    ['<=', 5, true, 0],
    ['<=', 4, false, -1],
    ['<', 6, true, 1],
    ['<', 5, false, 0],
    ['<', 4, false, -1],
    ['>=', 4, true, 1],
    ['>=', 5, true, 0],
    ['>=', 6, false, -1],
    ['>', 4, true, 1],
    ['>', 5, false, 0],
    ['>', 6, false, -1],
  ] as const)('value 5 %s %i: met %s, margin %i', (comparator, target, met, margin) => {
    expect(judge({ value: 'Tal!C1', comparator, target })).toEqual({
      id: 'g',
      value: 5,
      target,
      met,
      margin,
      reachedAt: null,
      late: false,
      warnings: [],
      error: null,
    });
  });

  it('takes the value as a formula as well as a reference', () => {
    expect(judge({ value: '=Tal!C1*2', comparator: '>=', target: 9 })).toMatchObject({ value: 10, met: true, margin: 1 });
  });

  it('reads a reference without a sheet name on the first sheet', () => {
    expect(judge({ value: 'C1', comparator: '<=', target: '=E5' })).toMatchObject({ value: 5, target: 5, met: true, margin: 0 });
  });

  it('takes the target as a formula (=PERCENTILE(...))', () => {
    expect(judge({ value: 'Tal!C1', comparator: '>=', target: '=PERCENTILE(Tal!E1:E5,0.5)' })).toMatchObject({
      target: 3,
      met: true,
      margin: 2,
    });
  });
});

describe('without a deadline, reachedAt is the month from which the trajectory holds through its last month', () => {
  it.each([
    ['<=', 9, '2023-02'],
    ['<=', 6, '2023-03'],
    ['<', 6, '2023-04'],
    ['<=', 3, null],
    ['>=', 9, null], // met in January only: lost afterwards, not reached for good
    ['>', 10, null],
  ] as const)('trajectory 10, 8, 6, 4 %s %i: %s', (comparator, target, reachedAt) => {
    expect(judge({ value: 'Tal!B4', comparator, target, ...TRAJECTORY }).reachedAt).toBe(reachedAt);
  });

  it('is null for a goal without a trajectory', () => {
    expect(judge({ value: 'Tal!C1', comparator: '<=', target: 100 }).reachedAt).toBeNull();
  });
});

describe('goals that are not judged', () => {
  it('a qualitative goal (no value and no target) has every result null', () => {
    expect(judge({ description: 'Alle ledige skal have en værdig sagsbehandling' })).toEqual(qualitativeGoalResult('g'));
  });

  it('a tracked goal (a value, no target) reports its value and is neither met nor missed', () => {
    expect(judge({ value: 'Tal!C1', ...TRAJECTORY })).toEqual({
      id: 'g',
      value: 5,
      target: null,
      met: null,
      margin: null,
      reachedAt: null,
      late: false,
      warnings: [],
      error: null,
    });
  });
});

describe('a goal whose value cannot be computed says why instead of throwing', () => {
  it('an error value (#DIV/0!) gives its error text, with value, met and margin null', () => {
    expect(judge({ value: 'Tal!C2', comparator: '<=', target: 1 })).toEqual({
      id: 'g',
      value: null,
      target: 1,
      met: null,
      margin: null,
      reachedAt: null,
      late: false,
      warnings: [],
      error: '#DIV/0!',
    });
  });

  it('an error in the target is reported the same way', () => {
    expect(judge({ value: 'Tal!C1', comparator: '<=', target: '=Tal!C2' })).toMatchObject({
      value: 5,
      target: null,
      met: null,
      error: '#DIV/0!',
    });
  });

  it('an unknown sheet in a goal reference gives #REF!', () => {
    expect(judge({ value: 'Nope!A1', comparator: '<=', target: 1, series: 'Nope!A1:A4', periods: 'Tal!A1:A4' })).toMatchObject({
      value: null,
      met: null,
      margin: null,
      error: '#REF!',
    });
  });

  it('an unknown function gives #NAME?', () => {
    expect(judge({ value: '=NOSUCHFUNCTION(Tal!C1)', comparator: '<=', target: 1 })).toMatchObject({ value: null, met: null, error: '#NAME?' });
  });

  it('text where a number belongs gives #VALUE!', () => {
    expect(judge({ value: 'Tal!C3', comparator: '<=', target: 1 })).toMatchObject({ met: null, margin: null, error: '#VALUE!' });
  });

  it('a range where one value belongs gives #VALUE!', () => {
    expect(judge({ value: 'Tal!B1:B4', comparator: '<=', target: 1 })).toMatchObject({ value: null, met: null, error: '#VALUE!' });
  });
});

describe('scenarios', () => {
  const goals: GoalDefinition[] = [
    { id: 'niveau', title: 'Niveau', value: 'Tal!C1', comparator: '<=', target: 6 },
    { id: 'bane', title: 'Bane', value: 'Tal!B4', comparator: '<=', target: 6, ...TRAJECTORY },
  ];

  it("change the results through their inputs while the document's cells stay as they are", () => {
    const doc = open.document(
      file(goals, [
        { name: 'Basis', inputs: {} },
        { name: 'Høj', inputs: { 'Tal!C1': 7, 'Tal!B2': 5 } },
      ]),
    );
    const before = documentState(doc);
    const report = evaluateWorkbook(doc);
    expect(report.scenarios.map((s) => s.name)).toEqual(['Basis', 'Høj']);
    const [basis, high] = report.scenarios;
    expect(basis!.goals[0]).toMatchObject({ value: 5, met: true, margin: 1 });
    expect(high!.goals[0]).toMatchObject({ value: 7, met: false, margin: -1 });
    expect(basis!.goals[1]!.reachedAt).toBe('2023-03');
    expect(high!.goals[1]!.reachedAt).toBe('2023-02');
    expect(documentState(doc)).toEqual(before);
    expect(open.value(doc, 'Tal!C1')).toBe(5);
  });

  it('an input replaces a cell holding a formula, and what is computed from it follows, live', () => {
    const doc = open.document(
      workbookFile({ Ark1: { A1: 1, B1: '=A1*2', C1: '=B1+1' } }, { scenarios: [{ name: 'S', inputs: { 'Ark1!B1': 50 } }] }),
    );
    const scenario = scenarioId(doc, 'S');
    const live = open.engine(doc, scenario);
    const c1 = (): unknown => live.value(sheetId(doc, 'Ark1'), 0, 2);
    expect(c1()).toBe(51);
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Ark1'), cells: [{ row: 0, col: 1, input: '=A1*3' }] });
    expect(c1()).toBe(51);
    applyOperation(doc, { type: 'setScenarioInput', scenarioId: scenario, sheetId: sheetId(doc, 'Ark1'), row: 0, col: 1, input: null });
    expect(c1()).toBe(4);
  });

  it('are reported in the order the workbook lists them', () => {
    const names = ['Lavkonjunktur', 'Basis', 'Styrket indsats'];
    const doc = open.document(file(goals, names.map((name) => ({ name, inputs: {} }))));
    expect(evaluateWorkbook(doc).scenarios.map((s) => s.name)).toEqual(names);
  });

  it('a workbook without scenarios is evaluated as one scenario, "Basis"', () => {
    const report = evaluateWorkbook(open.document(file(goals)));
    expect(report.scenarios.map((s) => s.name)).toEqual(['Basis']);
    expect(report.scenarios[0]!.goals.map((g) => g.id)).toEqual(['niveau', 'bane']);
  });

  it('the report carries the workbook title', () => {
    expect(evaluateWorkbook(open.document(file(goals))).title).toBe('Test');
  });
});

describe('judged live, a goal follows an edit of every cell it reads (nothing read before is kept stale)', () => {
  // Live engines keep what a goal read (its value, target, trajectory and month labels) between
  // edits; each edit below must reach the result exactly as a judgement from scratch does.
  // Before the edit: value 4 <= target 5 (the largest of 1…5), reached in 2023-04.
  const goal: GoalDefinition = { id: 'g', title: 'Mål', value: 'Tal!B4', comparator: '<=', target: '=PERCENTILE(Tal!E1:E5,1)', ...TRAJECTORY };

  it.each([
    ["a goal's period labels follow an edit of the periods row", 'Tal!A4', 'april', { reachedAt: 'april' }],
    ['a month label that becomes a number reads as its text', 'Tal!A4', 202304, { reachedAt: '202304' }],
    ['a month label that is emptied reads as no label', 'Tal!A4', null, { reachedAt: null }],
    ['the trajectory follows an edit of one of its values', 'Tal!B3', 5, { value: 4, reachedAt: '2023-03' }],
    ['the target follows an edit of a cell its formula reads', 'Tal!E5', 9, { target: 9, margin: 5, reachedAt: '2023-02' }],
    ['the value and the trajectory follow an edit of the value cell', 'Tal!B4', 7, { value: 7, met: false, margin: -2, reachedAt: null }],
  ] as const)('%s', (_name, address, input, expected) => {
    const doc = open.document(file([goal]));
    const live = new ScenarioEngines(doc);
    try {
      expect(live.evaluate()[0]!.goals[0]).toMatchObject({ value: 4, target: 5, met: true, margin: 1, reachedAt: '2023-04' });
      const { sheetId: id, row, col } = locate(doc, address);
      applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row, col, input }] });
      const judged = live.evaluate()[0]!.goals[0];
      expect(judged).toMatchObject(expected);
      expect(judged).toEqual(evaluateWorkbook(doc).scenarios[0]!.goals[0]);
    } finally {
      live.destroy();
    }
  });

  it('period labels follow a row inserted into the trajectory', () => {
    const doc = open.document(file([{ ...goal, target: 6 }]));
    const live = new ScenarioEngines(doc);
    try {
      expect(live.evaluate()[0]!.goals[0]!.reachedAt).toBe('2023-03');
      applyOperation(doc, { type: 'insertRows', sheetId: sheetId(doc, 'Tal'), index: 2, count: 1 });
      applyOperation(doc, {
        type: 'setCells',
        sheetId: sheetId(doc, 'Tal'),
        cells: [
          { row: 2, col: 0, input: 'ny' },
          { row: 2, col: 1, input: 5 },
        ],
      });
      expect(live.evaluate()[0]!.goals[0]!.reachedAt).toBe('ny');
      expect(live.evaluate()[0]!.goals).toEqual(evaluateWorkbook(doc).scenarios[0]!.goals);
    } finally {
      live.destroy();
    }
  });
});

describe("a goal reads a spilled block by Excel's spilled range operator (A1#)", () => {
  /** Tal with 10, 8, 6, 4 spilled from G1 (=SEQUENCE), beside the same values typed in B1:B4. */
  function judgeSpilled(goal: Omit<GoalDefinition, 'id' | 'title'>): ReportedGoalResult {
    const doc = open.document(workbookFile({ Tal: { ...TAL, G1: '=SEQUENCE(4,1,10,-2)' } }, { goals: [{ id: 'g', title: 'Mål', ...goal }] }));
    return evaluateWorkbook(doc).scenarios[0]!.goals[0]!;
  }

  it('in its value and target formulas (=SUM(Tal!G1#), =MIN(G1#))', () => {
    expect(judgeSpilled({ value: '=SUM(Tal!G1#)', comparator: '>=', target: '=MIN(G1#)*7' })).toMatchObject({ value: 28, target: 28, met: true, margin: 0, error: null });
  });

  it('as its trajectory, judged as the same values typed in cells are', () => {
    const goal = { value: 'Tal!C1', comparator: '<=', target: 6, deadline: '2023-04' } as const;
    const typed = judgeSpilled({ ...goal, series: 'Tal!B1:B4', periods: 'Tal!A1:A4' });
    expect(typed.reachedAt).toBe('2023-03');
    expect(judgeSpilled({ ...goal, series: 'Tal!G1#', periods: 'Tal!A1:A4' })).toEqual(typed);
  });

  it("follows the block each scenario spills (=SEQUENCE(H1), a scenario's H1 longer)", () => {
    const goal: GoalDefinition = { id: 'g', title: 'Mål', value: '=SUM(Tal!G1#)', comparator: '<=', target: 10 };
    const scenarios: WorkbookFile['scenarios'] = [{ name: 'Basis', inputs: {} }, { name: 'Lang', inputs: { 'Tal!H1': 5 } }];
    const doc = open.document(workbookFile({ Tal: { ...TAL, H1: 3, G1: '=SEQUENCE(H1)' } }, { goals: [goal], scenarios }));
    expect(evaluateWorkbook(doc).scenarios.map((s) => s.goals[0])).toMatchObject([{ value: 6, met: true }, { value: 15, met: false }]);
  });

  it('a block where one value belongs gives #VALUE!, and a cell without a spilled result #REF!', () => {
    expect(judgeSpilled({ value: 'Tal!G1#', comparator: '<=', target: 1 })).toMatchObject({ value: null, error: '#VALUE!' });
    expect(judgeSpilled({ value: '=SUM(Tal!C1#)', comparator: '<=', target: 1 })).toMatchObject({ value: null, error: '#REF!' });
  });
});

describe('a goal reading A1# is judged again live when the block changes', () => {
  it('where only cells below the anchor change (=SEQUENCE(4,1,10,H1), H1 edited: G1 stays 10)', () => {
    const goal: GoalDefinition = { id: 'g', title: 'Mål', value: '=SUM(Tal!G1#)', comparator: '<=', target: 30, series: 'Tal!G1#', periods: 'Tal!A1:A4' };
    const doc = open.document(workbookFile({ Tal: { ...TAL, H1: -2, G1: '=SEQUENCE(4,1,10,H1)' } }, { goals: [goal] }));
    const live = new ScenarioEngines(doc);
    try {
      expect(reportFrom(doc, live)).toEqual(evaluateWorkbook(doc));
      const { sheetId: tal, row, col } = locate(doc, 'Tal!H1');
      applyOperation(doc, { type: 'setCells', sheetId: tal, cells: [{ row, col, input: -1 }] });
      const judged = reportFrom(doc, live);
      expect(judged.scenarios[0]!.goals[0]).toMatchObject({ value: 34, met: false });
      expect(judged).toEqual(evaluateWorkbook(doc));
    } finally {
      live.destroy();
    }
  });
});

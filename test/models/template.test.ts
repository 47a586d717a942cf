import { describe, expect, it } from 'vitest';
import { isCellError } from '../../models/engine/cellValue.js';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import type { ReportedGoalResult } from '../../models/evaluation/evaluationReport.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { formatCellAddress } from '../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { qualitativeGoalResult } from '../support/qualitativeGoalResult.js';
import { openWorkbooks, scenarioId } from '../support/workbookFixtures.js';

const open = openWorkbooks();
const template = beskaeftigelsesplanTemplate();
const goals = template.goals ?? [];

function metCount(results: ReportedGoalResult[]): number {
  return results.filter((g) => g.met === true).length;
}

describe('the Beskæftigelsesplan 2023 template', () => {
  it('declares the plan\'s eight goals, MM1–MM5, LM1a, LM1b and LM2', () => {
    expect(goals.map((g) => g.id).sort()).toEqual(['LM1a', 'LM1b', 'LM2', 'MM1', 'MM2', 'MM3', 'MM4', 'MM5'].sort());
  });

  it('MM1 is qualitative: no value, no target, and every result null', () => {
    const mm1 = goals.find((g) => g.id === 'MM1')!;
    expect(mm1.value).toBeUndefined();
    expect(mm1.target).toBeUndefined();
    for (const scenario of evaluateWorkbook(open.document(template)).scenarios) {
      expect(scenario.goals.find((g) => g.id === 'MM1')).toEqual(qualitativeGoalResult('MM1'));
    }
  });

  it('every measured goal with a deadline has a series and periods of equal length', () => {
    const doc = open.document(template);
    const engine = open.engine(doc);
    const measured = goals.filter((g) => g.deadline !== undefined && g.value !== undefined);
    expect(measured.length).toBe(goals.length - 1);
    for (const goal of measured) {
      expect(goal.series, goal.id).toBeDefined();
      const series = engine.calculate(`=${goal.series!}`);
      const periods = engine.calculate(`=${goal.periods!}`);
      expect(Array.isArray(series) && Array.isArray(periods), goal.id).toBe(true);
      expect((series as unknown[][]).flat().length, goal.id).toBe((periods as unknown[][]).flat().length);
    }
  });

  it("a measured goal's value is its trajectory at the deadline month", () => {
    const doc = open.document(template);
    const engine = open.engine(doc);
    for (const goal of goals.filter((g) => g.deadline !== undefined && g.value !== undefined)) {
      const series = (engine.calculate(`=${goal.series!}`) as unknown[][]).flat();
      const periods = (engine.calculate(`=${goal.periods!}`) as unknown[][]).flat();
      const at = periods.indexOf(goal.deadline!);
      expect(at, `${goal.id}: ${goal.deadline!} among its periods`).toBeGreaterThanOrEqual(0);
      expect(engine.calculate(goal.value!), goal.id).toBe(series[at]);
    }
  });

  it('no cell of any sheet evaluates to an error under any scenario', () => {
    const doc = open.document(template);
    const grid = workbookGrid(doc);
    const scenarios = [undefined, ...(template.scenarios ?? []).map((s) => scenarioId(doc, s.name))];
    for (const scenario of scenarios) {
      const values = open.engine(doc, scenario).snapshot();
      const errors: string[] = [];
      for (const { id, name } of grid.listSheets()) {
        expect(values[id]?.length, `${name} has values`).toBeGreaterThan(0);
        values[id]?.forEach((row, r) =>
          row.forEach((value, c) => {
            if (isCellError(value)) errors.push(`${name}!${formatCellAddress({ row: r, col: c })} ${value.error}`);
          }),
        );
      }
      expect(errors, `scenario ${scenario ?? '(document)'}`).toEqual([]);
    }
  });

  it('no goal evaluates to an error under any scenario', () => {
    for (const scenario of evaluateWorkbook(open.document(template)).scenarios) {
      expect(scenario.goals.filter((g) => g.error !== null), scenario.name).toEqual([]);
    }
  });

  it('its scenarios are Basis, Styrket indsats and Lavkonjunktur, and they lead to different results', () => {
    const report = evaluateWorkbook(open.document(template));
    expect(report.scenarios.map((s) => s.name)).toEqual(['Basis', 'Styrket indsats', 'Lavkonjunktur']);
    const [basis, stronger, downturn] = report.scenarios.map((s) => s.goals);
    expect(stronger).not.toEqual(basis);
    expect(downturn).not.toEqual(basis);
    expect(metCount(stronger!)).toBeGreaterThanOrEqual(metCount(basis!));
    expect(metCount(downturn!)).toBeLessThanOrEqual(metCount(basis!));
  });

  it('a stronger effort does not make any goal worse, and a downturn does not make any better', () => {
    const [basis, stronger, downturn] = evaluateWorkbook(open.document(template)).scenarios.map((s) => s.goals);
    basis!.forEach((goal, i) => {
      if (goal.margin === null) return;
      expect(stronger![i]!.margin!, `${goal.id} under Styrket indsats`).toBeGreaterThanOrEqual(goal.margin);
      expect(downturn![i]!.margin!, `${goal.id} under Lavkonjunktur`).toBeLessThanOrEqual(goal.margin);
    });
  });

  it('judges every measurable goal: a value, a target and met true or false', () => {
    const measurable = goals.filter((g) => g.comparator !== undefined).map((g) => g.id);
    expect(measurable.length).toBeGreaterThanOrEqual(6);
    for (const scenario of evaluateWorkbook(open.document(template)).scenarios) {
      for (const goal of scenario.goals.filter((g) => measurable.includes(g.id))) {
        expect(typeof goal.value, `${scenario.name} ${goal.id}`).toBe('number');
        expect(typeof goal.target, `${scenario.name} ${goal.id}`).toBe('number');
        expect(typeof goal.met, `${scenario.name} ${goal.id}`).toBe('boolean');
      }
    }
  });

  it('judges every goal on its deadline month without a warning: each value is that month\'s cell', () => {
    for (const scenario of evaluateWorkbook(open.document(template)).scenarios) {
      for (const goal of scenario.goals) expect(goal.warnings, `${scenario.name} ${goal.id}`).toEqual([]);
    }
  });

  it('a goal missed at the deadline is never shown as reached before it (LM1a under Lavkonjunktur, issue 12)', () => {
    const downturn = evaluateWorkbook(open.document(template)).scenarios.find((s) => s.name === 'Lavkonjunktur')!;
    expect(downturn.goals.find((g) => g.id === 'LM1a')).toMatchObject({ met: false, reachedAt: null, late: false });
    for (const scenario of evaluateWorkbook(open.document(template)).scenarios) {
      for (const goal of scenario.goals.filter((g) => g.met === false && g.reachedAt !== null)) {
        expect(goal.late, `${scenario.name} ${goal.id}`).toBe(true);
        expect(goal.reachedAt! > '2023-12', `${scenario.name} ${goal.id}`).toBe(true);
      }
    }
  });
  // Issue 14: LM2 reads its actual months from the Jobindsats sheet (as the pivot writes it) and
  // projects from the last of them, so importing a newer month replaces that month's projection.
  it('LM2 takes the months in the Jobindsats sheet as actual and projects on from the last one', () => {
    const periods = ['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03'];
    const roskilde = [450, 440, 430, 420, 410, 400, 300, null, 290];
    const imported = withActualsSheet(template, { dimension: 'Område', measure: 'Antal personer', periods, rowLabels: ['Hele landet', 'Roskilde'], values: [periods.map(() => 9999), roskilde] });
    const engine = open.engine(open.document(imported));
    const at = (cell: string): unknown => engine.calculate(`=Fremskrivning!${cell}`);
    // 2022-07 is column E, 2023-01 column K, 2023-03 column M.
    expect(['E', 'F', 'K', 'M'].map((c) => at(`${c}12`))).toEqual([450, 440, 300, 290]);
    expect(['J', 'K', 'L', 'M', 'N'].map((c) => at(`${c}2`))).toEqual(['Faktisk', 'Faktisk (LM2)', 'Fremskrevet', 'Faktisk (LM2)', 'Fremskrevet']);
    const [b, c] = [at('B12') as number, at('C12') as number];
    // A month with no figure (2023-02) and the first month after the actuals are projected.
    expect(at('L12') as number).toBeCloseTo(300 + b - c * 300, 9);
    expect(at('N12') as number).toBeCloseTo(290 + b - c * 290, 9);
    const lm2 = (report: ReturnType<typeof evaluateWorkbook>): ReportedGoalResult => report.scenarios[0]!.goals.find((g) => g.id === 'LM2')!;
    expect(lm2(evaluateWorkbook(open.document(template))).met).toBe(false);
    expect(lm2(evaluateWorkbook(open.document(imported))).met).toBe(true);
  });

  // The planner walkthrough (eighteenth session): the newest actual month was typed (Forudsætninger!B4,
  // Fremskrivning!D2), so next month's import left them saying 2022-12. They read the Jobindsats sheet now.
  it('the newest actual month follows the Jobindsats sheet: next month merged in moves it, LM2 projects from it, and only LM2\'s verdict can move', () => {
    const at = (engine: ReturnType<typeof open.engine>, cell: string): unknown => engine.calculate(`=${cell}`);
    const seeded = open.engine(open.document(template));
    expect(at(seeded, 'Forudsætninger!B4')).toBe('2022-12');
    expect(at(seeded, 'Fremskrivning!D2')).toBe('Faktiske tal: alle indikatorer til og med 2022-12, LM2 til og med 2022-12 (arket Jobindsats, se Forudsætninger!B4)');
    // Next month's file alone, merged beside July–December 2022 (as "Hent faktiske tal" does).
    const january = withActualsSheet(template, { dimension: 'Område', measure: 'Antal personer', periods: ['2023-01'], rowLabels: ['Roskilde'], values: [[300]] });
    const next = open.engine(open.document(january));
    expect(at(next, 'Forudsætninger!B4')).toBe('2023-01');
    expect(at(next, 'Fremskrivning!D2')).toMatch(/LM2 til og med 2023-01 /);
    expect(['J12', 'K12'].map((c) => at(next, `Fremskrivning!${c}`))).toEqual([420, 300]);
    const [b, c] = [at(next, 'Fremskrivning!B12') as number, at(next, 'Fremskrivning!C12') as number];
    expect(at(next, 'Fremskrivning!L12') as number).toBeCloseTo(300 + b - c * 300, 9);
    const verdicts = (file: typeof template): Array<[string, string, boolean | null]> =>
      evaluateWorkbook(open.document(file)).scenarios.flatMap((s) => s.goals.map((g): [string, string, boolean | null] => [s.name, g.id, g.met]));
    const before = verdicts(template);
    // The seeded demo's verdicts (models/templates/README.md's table).
    expect(before.filter(([, id]) => id !== 'MM1' && id !== 'MM2')).toEqual([
      ['Basis', 'MM3', true], ['Basis', 'MM4', true], ['Basis', 'MM5', false], ['Basis', 'LM1a', true], ['Basis', 'LM1b', false], ['Basis', 'LM2', false],
      ['Styrket indsats', 'MM3', true], ['Styrket indsats', 'MM4', true], ['Styrket indsats', 'MM5', true], ['Styrket indsats', 'LM1a', true], ['Styrket indsats', 'LM1b', true], ['Styrket indsats', 'LM2', true],
      ['Lavkonjunktur', 'MM3', false], ['Lavkonjunktur', 'MM4', false], ['Lavkonjunktur', 'MM5', false], ['Lavkonjunktur', 'LM1a', false], ['Lavkonjunktur', 'LM1b', false], ['Lavkonjunktur', 'LM2', false],
    ]);
    const after = verdicts(january);
    expect(after.filter(([, id]) => id !== 'LM2')).toEqual(before.filter(([, id]) => id !== 'LM2'));
    expect(after.find(([s, id]) => s === 'Basis' && id === 'LM2')![2]).toBe(true);
  });
});

/**
 * The template's MM5 (Fremskrivning row 8, borgere på offentlig forsørgelse) reads its actual
 * months from the sheet "Jobindsats MM5" as LM2 reads the sheet "Jobindsats": importing next
 * month's figures there moves MM5's projection, its newest actual month (Forudsætninger!B8,
 * Fremskrivning!D8) and its chart by themselves, and nothing else.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import type { ActualsPivot } from '../../models/actuals/actualsPivot.js';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { goalTrajectory, statusReading } from '../../models/goals/goalTrajectory.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { openWorkbooks } from '../support/workbookFixtures.js';

const MM5_SHEET = 'Jobindsats MM5';
const open = openWorkbooks();
const template = beskaeftigelsesplanTemplate();

function roskilde(periods: string[], values: Array<number | null>): ActualsPivot {
  return { dimension: 'Område', measure: 'Antal personer', periods, rowLabels: ['Roskilde'], values: [values] };
}

function at(file: WorkbookFile, cell: string): unknown {
  return open.engine(open.document(file)).calculate(`=${cell}`);
}

describe("the template's MM5 reading its actual months from the sheet Jobindsats MM5", () => {
  const engines: ScenarioEngines[] = [];
  afterEach(() => {
    for (const e of engines.splice(0)) e.destroy();
  });

  function actualLabels(file: WorkbookFile, goalId: string): string[] {
    const doc = open.document(file);
    const computation = new ScenarioEngines(doc);
    engines.push(computation);
    const trajectory = goalTrajectory(doc, computation, computation.goals().find((g) => g.id === goalId)!)!;
    return trajectory.labels.filter((_, i) => trajectory.actual[i]);
  }

  it('the seeded sheet holds the illustrative figures MM5 typed before, so every month and its newest actual month read as before', () => {
    const sheet = template.sheets.find((s) => s.name === MM5_SHEET)!;
    expect(sheet.cells.A2).toBe('Roskilde');
    expect(['E', 'F', 'G', 'H', 'I', 'J'].map((c) => at(template, `Fremskrivning!${c}8`))).toEqual([9720, 9690, 9650, 9610, 9570, 9540]);
    expect(at(template, 'Forudsætninger!B8')).toBe('2022-12');
    expect(at(template, 'Fremskrivning!D8')).toMatch(/Jobindsats MM5 \(rækken Roskilde\), til og med 2022-12;/);
    expect(at(template, 'Fremskrivning!J2')).toBe('Faktisk');
    expect(at(template, 'Fremskrivning!K2')).toBe('Fremskrevet');
  });

  it('next month merged into Jobindsats MM5 becomes actual, MM5 projects on from it, and its newest month follows', () => {
    const january = withActualsSheet(template, roskilde(['2023-01'], [9400]), MM5_SHEET);
    expect(['J', 'K'].map((c) => at(january, `Fremskrivning!${c}8`))).toEqual([9540, 9400]);
    const [b, c] = [at(january, 'Fremskrivning!B8') as number, at(january, 'Fremskrivning!C8') as number];
    expect(at(january, 'Fremskrivning!L8') as number).toBeCloseTo(9400 + b - c * 9400, 9);
    // MM5's change since December 2022 (the goal's row) follows: 9400 / 9540 − 1.
    expect(at(january, 'Fremskrivning!K9') as number).toBeCloseTo(9400 / 9540 - 1, 12);
    expect(at(january, 'Forudsætninger!B8')).toBe('2023-01');
    expect(at(january, 'Fremskrivning!D8')).toMatch(/til og med 2023-01;/);
    expect(at(january, 'Forudsætninger!B4')).toBe('2022-12');
    expect(at(january, 'Fremskrivning!K2')).toBe('Faktisk (MM5)');
    expect(at(january, 'Fremskrivning!L2')).toBe('Fremskrevet');
  });

  it("the status row names the indicators with a figure: both, one, or one of them missing in 2022", () => {
    const both = withActualsSheet(withActualsSheet(template, roskilde(['2023-01'], [9400]), MM5_SHEET), roskilde(['2023-01'], [300]));
    expect(at(both, 'Fremskrivning!K2')).toBe('Faktisk (MM5, LM2)');
    const lm2Only = withActualsSheet(template, roskilde(['2023-01'], [300]));
    expect(at(lm2Only, 'Fremskrivning!K2')).toBe('Faktisk (LM2)');
    const mm5Gap = withActualsSheet(template, roskilde(['2022-12'], [null]), MM5_SHEET);
    expect(at(mm5Gap, 'Fremskrivning!J2')).toBe('Delvis faktisk (MM5 fremskrevet)');
    const bothGap = withActualsSheet(mm5Gap, roskilde(['2022-12'], [null]));
    expect(at(bothGap, 'Fremskrivning!J2')).toBe('Delvis faktisk (MM5, LM2 fremskrevet)');
  });

  it("each chart shows only its own indicator's imported months as actual", () => {
    const lm2Only = withActualsSheet(template, roskilde(['2023-01'], [300]));
    expect(actualLabels(lm2Only, 'MM5')).not.toContain('2023-01');
    expect(actualLabels(lm2Only, 'LM2')).toContain('2023-01');
    const mm5Only = withActualsSheet(template, roskilde(['2023-01'], [9400]), MM5_SHEET);
    expect(actualLabels(mm5Only, 'MM5')).toContain('2023-01');
    expect(actualLabels(mm5Only, 'LM2')).not.toContain('2023-01');
    expect(actualLabels(mm5Only, 'MM2')).not.toContain('2023-01');
  });

  it('only MM5 can change its verdict when its figures are imported', () => {
    const verdicts = (file: WorkbookFile): Array<[string, string, boolean | null]> =>
      evaluateWorkbook(open.document(file)).scenarios.flatMap((s) => s.goals.map((g): [string, string, boolean | null] => [s.name, g.id, g.met]));
    const before = verdicts(template);
    // A fall to 8,000 by March: MM5's change beats the 15 % fractile in every scenario.
    const after = verdicts(withActualsSheet(template, roskilde(['2023-01', '2023-02', '2023-03'], [9000, 8500, 8000]), MM5_SHEET));
    expect(after.filter(([, id]) => id !== 'MM5')).toEqual(before.filter(([, id]) => id !== 'MM5'));
    expect(after.filter(([, id]) => id === 'MM5').map(([, , met]) => met)).toEqual([true, true, true]);
  });
});

describe('a status cell read for one goal', () => {
  it('names the indicators whose month is actual, or projected in an otherwise actual month', () => {
    expect(statusReading('Faktisk (MM5, LM2)', ['MM5'])).toBe('actual');
    expect(statusReading('Faktisk (LM2)', ['MM5'])).toBe('projected');
    expect(statusReading('Faktisk (LM2)', ['LM2-ny', 'LM2'])).toBe('actual');
    expect(statusReading('Delvis faktisk (MM5 fremskrevet)', ['MM5'])).toBe('projected');
    expect(statusReading('Delvis faktisk (MM5 fremskrevet)', ['LM2'])).toBe('readsAnotherSheet');
    expect(statusReading('Faktisk', ['MM3'])).toBe('readsAnotherSheet');
    expect(statusReading('Fremskrevet', ['LM2'])).toBe('projected');
  });

  it("reads parentheses that name none of the workbook's indicators as a plain Faktisk (a planner's own note)", () => {
    const isIndicator = (name: string): boolean => ['mm5', 'lm2'].includes(name);
    expect(statusReading('Faktisk (pr. 30. juni)', ['MM5'], isIndicator)).toBe('readsAnotherSheet');
    expect(statusReading('Faktisk (LM2)', ['MM5'], isIndicator)).toBe('projected');
    expect(statusReading('Faktisk (MM5)', ['MM5'], isIndicator)).toBe('actual');
  });
});

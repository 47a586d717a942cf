/**
 * The export's follow-up sheet (issue 14), in the workspace's language, written where the
 * workspace has an adopted plan or a rank goal on a benchmark ranking: every actual month since
 * the plan against what the plan projected (per scenario, as the evaluation report's `plan.months`),
 * then each rank goal's place on the ranking. Values, not formulas: the plan is another version
 * of the workbook, which this file does not hold.
 */
import type ExcelJS from 'exceljs';
import type { PlanEvaluationReport } from '../evaluation/evaluationWithPlan.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import type { PlanComparison } from '../goals/planComparison.js';
import type { CellFormat, WorkbookLocale } from '../workbook/workbookSchema.js';
import { excelNumberFormat } from './cellNumberFormats.js';
import { REPORT_LABELS } from './reportLabels.js';

const LABELS = {
  'da-DK': {
    sheet: 'Opfølgning',
    planHeading: 'Faktiske tal mod den vedtagne plan »{{version}}«',
    scenario: 'Scenarie',
    planScenario: 'Planens scenarie',
    month: 'Måned',
    actual: 'Faktisk',
    planned: 'Planen',
    difference: 'Forskel',
    verdict: 'Vurdering',
    onTrack: 'På sporet',
    behind: 'Bagud',
    noDirection: 'Følges',
    planGoal: 'Id i planen',
    rankHeading: 'Placering på benchmarkranglisten',
    municipality: 'Kommune',
    period: 'Periode',
    rank: 'Placering',
    of: 'Af',
    best: 'Bedste andel (nr. eller bedre)',
    ranking: 'Ark',
  },
  'en-GB': {
    sheet: 'Follow-up',
    planHeading: 'Actual figures against the adopted plan “{{version}}”',
    scenario: 'Scenario',
    planScenario: "Plan's scenario",
    month: 'Month',
    actual: 'Actual',
    planned: 'Plan',
    difference: 'Difference',
    verdict: 'Verdict',
    onTrack: 'On track',
    behind: 'Behind',
    noDirection: 'Tracked',
    planGoal: 'Id in the plan',
    rankHeading: 'Place on the benchmark ranking',
    municipality: 'Municipality',
    period: 'Period',
    rank: 'Rank',
    of: 'Of',
    best: 'Best share (rank or better)',
    ranking: 'Sheet',
  },
} as const satisfies Record<WorkbookLocale, Record<string, string>>;

export function followUpSheetName(locale: WorkbookLocale): string {
  return LABELS[locale].sheet;
}

/** Whether the report has anything for the sheet: a month compared with the plan or a rank. */
export function hasFollowUp(report: PlanEvaluationReport): boolean {
  return report.scenarios.some((s) => s.goals.some((g) => (g.plan?.months.length ?? 0) > 0 || g.benchmark !== null));
}

const bold = { bold: true } as const;

function heading(sheet: ExcelJS.Worksheet, row: number, labels: readonly string[]): void {
  labels.forEach((label, i) => {
    sheet.getCell(row, i + 1).value = label;
    sheet.getCell(row, i + 1).font = bold;
  });
}

function verdict(month: PlanComparison, labels: (typeof LABELS)[WorkbookLocale]): string {
  return month.onTrack === null ? labels.noDirection : month.onTrack ? labels.onTrack : labels.behind;
}

/**
 * Writes the sheet. `formats`: each goal's value format (a share's figures read as percentages,
 * its difference too: 0.012 shows as 1,2 %).
 */
export function addFollowUpSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  report: PlanEvaluationReport,
  goals: readonly GoalDefinition[],
  formats: ReadonlyMap<string, CellFormat | undefined>,
  locale: WorkbookLocale,
): void {
  const labels = LABELS[locale];
  const shared = REPORT_LABELS[locale];
  const sheet = workbook.addWorksheet(name);
  const title = (id: string): string => goals.find((g) => g.id === id)?.title ?? '';
  let row = 1;
  const put = (col: number, value: string | number | boolean, format?: CellFormat): void => {
    const cell = sheet.getCell(row, col);
    cell.value = value;
    if (format && typeof value === 'number') cell.numFmt = excelNumberFormat(format);
  };
  if (report.adoptedPlan?.found) {
    put(1, labels.planHeading.replace('{{version}}', report.adoptedPlan.name));
    sheet.getCell(row, 1).font = bold;
    row += 1;
    heading(sheet, row, ['Id', shared.goal, labels.scenario, labels.planScenario, labels.month, labels.actual, labels.planned, labels.difference, labels.verdict, labels.planGoal]);
    for (const scenario of report.scenarios) {
      for (const goal of scenario.goals) {
        const format = formats.get(goal.id);
        for (const month of goal.plan?.months ?? []) {
          row += 1;
          put(1, goal.id);
          put(2, title(goal.id));
          put(3, scenario.name);
          put(4, goal.plan!.scenario);
          put(5, month.month);
          put(6, month.actual, format);
          put(7, month.planned, format);
          put(8, month.difference, format);
          put(9, verdict(month, labels));
          if (goal.plan!.matchedBy === 'indicator') put(10, goal.plan!.planGoal);
        }
      }
    }
    row += 2;
  }
  // A rank is an actual figure, the same under every scenario: one row per rank goal.
  const ranked = report.scenarios[0]?.goals.filter((g) => g.benchmark !== null) ?? [];
  if (ranked.length > 0) {
    put(1, labels.rankHeading);
    sheet.getCell(row, 1).font = bold;
    row += 1;
    heading(sheet, row, ['Id', shared.goal, labels.municipality, labels.period, labels.rank, labels.of, labels.best, shared.status, labels.ranking]);
    for (const goal of ranked) {
      const standing = goal.benchmark!;
      row += 1;
      put(1, goal.id);
      put(2, title(goal.id));
      put(3, standing.municipality);
      put(4, standing.period);
      put(5, standing.rank);
      put(6, standing.of);
      put(7, standing.best);
      put(8, standing.met ? shared.met : shared.missed);
      put(9, standing.sheetName);
    }
  }
  sheet.getColumn(2).width = 40;
}

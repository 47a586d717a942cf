/**
 * The two report sheets of an export, in the workspace's language: goals as rows and scenarios as
 * columns (value, target, met or missed, margin, month reached), and every scenario's inputs.
 * Their values are Fremskriv's results as plain values, not formulas: each scenario is another
 * set of inputs, which one Excel workbook cannot hold at once.
 */
import type ExcelJS from 'exceljs';
import type * as Y from 'yjs';
import type { GoalResult } from '../goals/goalEvaluation.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import type { ScenarioEvaluation } from '../scenarios/ScenarioEngines.js';
import { assumptionsAcrossScenarios } from '../scenarios/assumptionsAcrossScenarios.js';
import { locateInputReference, type Scenario } from '../scenarios/scenarioModel.js';
import { cellFormatAt } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import type { CellFormat, CellInput, WorkbookLocale } from '../workbook/workbookSchema.js';
import { COMPARATOR_SIGNS, formatGoalNumber, goalDecimals } from '../format/goalNumbers.js';
import { toDisplayFormula } from '../formula/formulaLocale.js';
import { excelNumberFormat } from './cellNumberFormats.js';
import { REPORT_LABELS } from './reportLabels.js';

const LABELS = {
  'da-DK': { goalsSheet: 'Mål', scenariosSheet: 'Scenarier', id: 'Id', ...REPORT_LABELS['da-DK'] },
  'en-GB': { goalsSheet: 'Goals', scenariosSheet: 'Scenarios', id: 'Id', ...REPORT_LABELS['en-GB'] },
} as const;

/** The format of the cell a goal's value reads, when the value is one cell (`=Fremskrivning!V6`). */
export function goalValueCellFormat(doc: Y.Doc, value: string | undefined): CellFormat | undefined {
  if (!value) return undefined;
  const cell = locateInputReference(value.replace(/^=/, '').trim(), workbookGrid(doc));
  return cell ? cellFormatAt(doc, cell.sheetId, cell.row, cell.col) : undefined;
}

export function reportSheetNames(locale: WorkbookLocale): { goals: string; scenarios: string } {
  return { goals: LABELS[locale].goalsSheet, scenarios: LABELS[locale].scenariosSheet };
}

const BLOCK = 5;
const bold = { bold: true } as const;

function put(cell: ExcelJS.Cell, value: CellInput | null | undefined, format?: CellFormat): void {
  if (value === undefined || value === null) return;
  cell.value = typeof value === 'string' ? value.replace(/^'/, '') : value;
  if (format && typeof value === 'number') cell.numFmt = excelNumberFormat(format);
}

function status(result: GoalResult, labels: (typeof LABELS)[WorkbookLocale]): string {
  if (result.error) return `${labels.error}: ${result.error}`;
  if (result.met === true) return labels.met;
  if (result.met === false) return labels.missed;
  return result.value !== null && result.target === null ? labels.tracked : labels.qualitative;
}

/**
 * The requirement as the goal card says it, in the workbook's language: "≥ 60,0 %", "≤ 350", a
 * computed target as its formula reads there ("≤ FRAKTIL(Benchmark!B4:B100;0,15)"). It read
 * ">= 0.6" in a Danish workbook (the planner walk-through).
 */
function requirement(goal: GoalDefinition, format: CellFormat | undefined, locale: WorkbookLocale): string {
  if (!goal.comparator) return '';
  const { target } = goal;
  const text =
    target === undefined ? '' : typeof target === 'number' ? formatGoalNumber(target, format, locale, goalDecimals([target], format)) : toDisplayFormula(target, locale).replace(/^=/, '');
  return `${COMPARATOR_SIGNS[goal.comparator]} ${text}`;
}

export function addGoalsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  doc: Y.Doc,
  goals: readonly GoalDefinition[],
  evaluation: readonly ScenarioEvaluation[],
  locale: WorkbookLocale,
): void {
  const labels = LABELS[locale];
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  ['id', 'goal', 'requirement', 'deadline'].forEach((key, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = labels[key as 'id'];
    cell.font = bold;
  });
  evaluation.forEach(({ scenario }, s) => {
    const first = 5 + s * BLOCK;
    sheet.getCell(1, first).value = scenario.name;
    sheet.getCell(1, first).font = bold;
    sheet.mergeCells(1, first, 1, first + BLOCK - 1);
    [labels.value, labels.target, labels.status, labels.margin, labels.reached].forEach((label, i) => {
      sheet.getCell(2, first + i).value = label;
      sheet.getCell(2, first + i).font = bold;
    });
  });
  goals.forEach((goal, g) => {
    const row = 3 + g;
    const format = goalValueCellFormat(doc, goal.value);
    put(sheet.getCell(row, 1), goal.id);
    put(sheet.getCell(row, 2), goal.title);
    put(sheet.getCell(row, 3), requirement(goal, format, locale));
    put(sheet.getCell(row, 4), goal.deadline);
    evaluation.forEach(({ goals: results }, s) => {
      const result = results[g];
      if (!result) return;
      const first = 5 + s * BLOCK;
      put(sheet.getCell(row, first), result.value, format);
      put(sheet.getCell(row, first + 1), result.target, format);
      put(sheet.getCell(row, first + 2), status(result, labels));
      put(sheet.getCell(row, first + 3), result.margin, format);
      // A month reached after the deadline says so, as on the dashboard ("2024-02 (for sent)").
      put(sheet.getCell(row, first + 4), result.reachedAt && result.late ? `${result.reachedAt} (${labels.late})` : result.reachedAt);
    });
  });
  sheet.getColumn(2).width = 48;
  sheet.getColumn(3).width = 28;
}

export function addScenariosSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  doc: Y.Doc,
  scenarios: readonly Scenario[],
  locale: WorkbookLocale,
): void {
  const labels = LABELS[locale];
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  [labels.cell, labels.assumption, labels.inWorkbook, ...scenarios.map((s) => s.name)].forEach((label, i) => {
    sheet.getCell(1, i + 1).value = label;
    sheet.getCell(1, i + 1).font = bold;
  });
  assumptionsAcrossScenarios(doc, scenarios).forEach((assumption, a) => {
    const row = 2 + a;
    put(sheet.getCell(row, 1), assumption.address);
    put(sheet.getCell(row, 2), assumption.label);
    const own = assumption.workbookInput;
    put(sheet.getCell(row, 3), typeof own === 'string' && own.startsWith('=') ? own.slice(1) : own, assumption.format);
    assumption.values.forEach((value, s) => put(sheet.getCell(row, 4 + s), value, assumption.format));
  });
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 48;
}

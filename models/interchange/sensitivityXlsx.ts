/**
 * The sensitivity table as an .xlsx workbook (one sheet): rows goals (title, then id) with their margin, columns
 * assumptions headed by their labels as the planner keeps them (under each, its cell's address and
 * the values it was tried at), cells the swing, each number in its goal's format. A share's margin and
 * swings are written in percentage points (0.8 formatted `0.0 "procentpoint"`), as the page and the goal card read them, never
 * as "0,8 %", which a planner takes for a relative change. The browser loads this module, and exceljs with it, only when a
 * planner exports.
 *
 * @example const bytes = await sensitivityXlsx(sensitivityTable(report), labels, formats, triedTexts, names)
 */
import ExcelJS from 'exceljs';
import type { SensitivityTable } from '../analysis/sensitivityTable.js';
import type { CellFormat } from '../workbook/workbookSchema.js';
import { excelNumberFormat } from './cellNumberFormats.js';
import { namedFormatLike } from '../format/formatCodeText.js';

export interface SensitivityXlsxLabels {
  sheet: string;
  title: string;
  goal: string;
  /** The heading of the goal's id, beside its title ("Id"). */
  goalId: string;
  margin: string;
  note: string;
  /** The first cell of the row that names the values each assumption was tried at. */
  tried: string;
  /** The first cell of the row that gives each assumption's cell ("Celle"). */
  cell: string;
  /** The unit of a share's margin and swings: "procentpoint". */
  points: string;
}

export interface SensitivityGoalInfo {
  title: string;
  format: CellFormat | undefined;
  /** A share's decimals in points where its target needs more than one (the goal card's, goalDecimals). */
  decimals?: number;
}

/** A share's fraction in percentage points, without the float tail of × 100 (0.07 → 7, not 7.000000000000001). */
const inPoints = (fraction: number | null): number | null => (fraction === null ? null : Number((fraction * 100).toPrecision(15)));

/** How a goal's margin and swings are written: the values and their Excel number format. */
function goalNumbers(values: Array<number | null>, info: SensitivityGoalInfo | undefined, points: string): { values: Array<number | null>; format: string | undefined } {
  if (info !== undefined && namedFormatLike(info.format) === 'percent') {
    const decimals = info.decimals ?? 1;
    const digits = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
    return { values: values.map(inPoints), format: `${digits} "${points.replace(/"/g, '')}"` };
  }
  return { values, format: info?.format && info.format !== 'text' ? excelNumberFormat(info.format) : undefined };
}

/**
 * `names`: per assumption (as `table.inputs`), its label ("Konjunktur: faktor på afgang til job");
 * an assumption without one is headed by its address.
 */
export async function sensitivityXlsx(
  table: SensitivityTable,
  labels: SensitivityXlsxLabels,
  goals: ReadonlyMap<string, SensitivityGoalInfo>,
  tried: readonly string[],
  names: ReadonlyArray<string | undefined> = [],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // Excel allows 31 characters and no []:*?/\ in a sheet name.
  const sheet = workbook.addWorksheet(labels.sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  sheet.addRow([labels.title]).font = { bold: true };
  sheet.addRow([labels.note]);
  sheet.addRow([]);
  // The goal's title first, as the planner knows it (ids only read as codes), its id beside it.
  const header = sheet.addRow([labels.goal, labels.goalId, labels.margin, ...table.inputs.map((input, i) => names[i] ?? input)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  sheet.addRow([labels.cell, '', '', ...table.inputs]).font = { color: { argb: 'FF495057' } };
  // Under each assumption, the values it was tried at, as the page words them ("1,00 → 0,90 / 1,10").
  sheet.addRow([labels.tried, '', '', ...tried]).font = { italic: true };
  for (const row of table.rows) {
    const info = goals.get(row.id);
    const { values, format } = goalNumbers([row.margin, ...row.swings], info, labels.points);
    const line = sheet.addRow([info?.title || row.id, row.id, ...values]);
    if (format) line.eachCell((cell, col) => col >= 3 && (cell.numFmt = format));
  }
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 10;
  for (let col = 3; col <= 3 + table.inputs.length; col++) sheet.getColumn(col).width = 28;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

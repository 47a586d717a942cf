/** The document as a v1 file: what the REST API serves and the CLI reads back losslessly. */
import type * as Y from 'yjs';
import { readGoals } from '../goals/goalModel.js';
import { readScenarios } from '../scenarios/scenarioModel.js';
import { columnLabel, formatCellAddress } from '../workbook/cellAddress.js';
import { sheetBounds, type AssumptionBounds } from '../workbook/assumptionBounds.js';
import { sheetColumnWidths } from '../workbook/columnWidths.js';
import { storedFrozenPanes } from '../workbook/frozenPanes.js';
import { sheetCells, sheetFormats } from '../workbook/readCells.js';
import { sheetVisibilities } from '../workbook/sheetVisibility.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { sheetWrappedCells } from '../workbook/wrapText.js';
import { sheetAlignedCells } from '../workbook/cellAlignment.js';
import { formatMergedArea, sheetMerges } from '../workbook/mergedCells.js';
import { readDefinedNames } from '../workbook/definedNames.js';
import { sheetHiddenLines } from '../workbook/hiddenLines.js';
import { workbookLocale, workbookTitle, writesDynamicArrays } from '../workbook/workbookReader.js';
import { DYNAMIC_ARRAYS, goalsArray, scenariosArray, type CellFormat, type CellInput } from '../workbook/workbookSchema.js';
import { WORKBOOK_FORMAT, WORKBOOK_VERSION, type WorkbookFile, type WorkbookFileSheet } from './workbookFile.js';

export function exportWorkbookFile(doc: Y.Doc): WorkbookFile {
  const grid = workbookGrid(doc);
  const sheets = sheetVisibilities(grid).map(({ id, name, visibility }): WorkbookFileSheet => {
    const cells: Record<string, CellInput> = {};
    for (const { row, col, input } of sheetCells(doc, id)) cells[formatCellAddress({ row, col })] = input;
    const formats: Record<string, CellFormat> = {};
    const formatted = sheetFormats(doc, id).sort((a, b) => a.row - b.row || a.col - b.col);
    for (const { row, col, format } of formatted) formats[formatCellAddress({ row, col })] = format;
    const validations: Record<string, AssumptionBounds> = {};
    for (const { row, col, bounds } of sheetBounds(doc, id)) validations[formatCellAddress({ row, col })] = bounds;
    const columnWidths: Record<string, number> = {};
    for (const { col, width } of sheetColumnWidths(doc, id)) columnWidths[columnLabel(col)] = width;
    const frozenPanes = storedFrozenPanes(doc, id);
    const wrapText = sheetWrappedCells(doc, id).map(formatCellAddress);
    const aligned = sheetAlignedCells(doc, id);
    const alignment = Object.fromEntries(aligned.map(({ row, col, alignment }) => [formatCellAddress({ row, col }), alignment]));
    const merges = sheetMerges(doc, id).map(formatMergedArea);
    const hidden = sheetHiddenLines(doc, id);
    return {
      name,
      cells,
      ...(formatted.length > 0 ? { formats } : {}),
      ...(Object.keys(validations).length > 0 ? { validations } : {}),
      ...(Object.keys(columnWidths).length > 0 ? { columnWidths } : {}),
      ...(frozenPanes ? { frozenPanes } : {}),
      ...(wrapText.length > 0 ? { wrapText } : {}),
      ...(aligned.length > 0 ? { alignment } : {}),
      ...(merges.length > 0 ? { merges } : {}),
      ...(hidden.rows.length > 0 ? { hiddenRows: hidden.rows.map((row) => row + 1) } : {}),
      ...(hidden.cols.length > 0 ? { hiddenColumns: hidden.cols.map(columnLabel) } : {}),
      ...(visibility !== 'visible' ? { visibility } : {}),
    };
  });
  const names = readDefinedNames(doc);
  return {
    format: WORKBOOK_FORMAT,
    version: WORKBOOK_VERSION,
    title: workbookTitle(doc),
    locale: workbookLocale(doc),
    ...(writesDynamicArrays(doc) ? { formulaDialect: DYNAMIC_ARRAYS } : {}),
    sheets,
    goals: readGoals(goalsArray(doc), grid),
    scenarios: readScenarios(scenariosArray(doc), grid).map(({ name, inputs }) => ({ name, inputs })),
    ...(names.length > 0 ? { names } : {}),
  };
}

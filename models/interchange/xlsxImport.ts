/**
 * An .xlsx from Excel, LibreOffice or Fremskriv → an ImportedWorkbook. The file is checked and
 * rebuilt by xlsxPackage.ts before exceljs reads it; formulas are kept (Excel's syntax is
 * Fremskriv's canonical syntax, minus the `_xlfn.` prefixes), and functions Fremskriv cannot
 * compute are reported by name and cell. A file Fremskriv exported comes back as the same
 * workspace: its hidden metadata carries goals and scenarios, and its report sheets are skipped.
 *
 * @example const imported = await importXlsx(bytes, { fileName: 'plan.xlsx' })
 */
import ExcelJS from 'exceljs';
import './excelRawNumbers.js';
import type { WorkbookFileSheet } from '../format/workbookFile.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import { acceptableSheetName, renameKey, repointSheets, type SheetRenames } from './importedSheetNames.js';
import type { ImportedWorkbook } from './importedWorkbook.js';
import { ContentCharacters, InterchangeError, MAX_IMPORT_FILE_BYTES, tooLarge, type ContentCellBound } from './interchangeLimits.js';
import { UnsupportedFunctionCollector } from './unsupportedFunctions.js';
import { isFormula } from '../formula/a1References.js';
import { holdsLambda } from '../formula/lambdaFormula.js';
import { readSheetCells } from './xlsxCells.js';
import { isMetadataSheet, readMetadataSheet } from './xlsxMetadata.js';
import { readHiddenLines } from './xlsxHiddenLines.js';
import { widthsWithinUse } from './xlsxTrailingWidths.js';
import { readSheetSettings } from './xlsxSheetSettings.js';
import { importedFrozenPanes } from './xlsxFrozenPanes.js';
import { formatMergedArea, parseMergedArea, soundAreas } from '../workbook/mergedCells.js';
import { importedVisibilities } from './xlsxSheetVisibility.js';
import { checkedXlsxPackage } from './xlsxPackage.js';
import { DefinedNames } from './xlsxDefinedNames.js';
import { importWarning, listed } from './importWarnings.js';

export interface XlsxImportOptions {
  /** Names the workspace when the file does not (a file not from Fremskriv). */
  fileName?: string;
  /** The locale of a workspace made from a file not from Fremskriv; default da-DK. */
  locale?: WorkbookLocale;
  /** Refuse (413) a workbook with more cells than fit where it goes, before exceljs builds it. */
  contentCells?: ContentCellBound;
}

function titleFromFileName(fileName: string | undefined): string {
  return (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '').slice(0, 500) || 'Import';
}

function repointGoal(goal: GoalDefinition, renames: SheetRenames): GoalDefinition {
  const move = (text: string | undefined): string | undefined => (text === undefined ? undefined : repointSheets(text, renames));
  const out: GoalDefinition = { ...goal };
  if (goal.value !== undefined) out.value = move(goal.value);
  if (typeof goal.target === 'string') out.target = move(goal.target);
  if (goal.series !== undefined) out.series = move(goal.series);
  if (goal.periods !== undefined) out.periods = move(goal.periods);
  return out;
}

async function loadWorkbook(bytes: Uint8Array<ArrayBuffer>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
    throw new InterchangeError(`the workbook could not be read: ${why}`);
  }
  return workbook;
}

/**
 * A sheet's `<mergeCell ref>` ranges as merged areas (mergedCells.ts): a range of one cell, past
 * Fremskriv's rows, or overlapping one before it (Excel refuses such a file, others may write it) is left out.
 */
function importedMerges(refs: readonly string[] | undefined): string[] {
  const areas = (refs ?? []).flatMap((ref) => parseMergedArea(ref.replace(/\$/g, '')) ?? []);
  return soundAreas(areas).map(formatMergedArea);
}

export async function importXlsx(bytes: Uint8Array, options: XlsxImportOptions = {}): Promise<ImportedWorkbook> {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooLarge(`the file is larger than ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MiB`);
  const checked = await checkedXlsxPackage(bytes, options.contentCells);
  const workbook = await loadWorkbook(checked.bytes);
  const warnings = [...checked.warnings];
  const { metadata, problem } = readMetadataSheet(workbook);
  if (problem) warnings.push(problem);
  const skipped = new Set((metadata?.reportSheets ?? []).map(renameKey));
  const sources = workbook.worksheets.filter((sheet) => !isMetadataSheet(sheet) && !skipped.has(renameKey(sheet.name)));
  if (sources.length === 0) throw new InterchangeError('the workbook has no sheets to import');

  const taken: string[] = [];
  const renames: SheetRenames = new Map();
  const names = sources.map((sheet) => {
    const name = acceptableSheetName(sheet.name, taken);
    if (name !== sheet.name) renames.set(renameKey(sheet.name), name);
    return name;
  });
  if (renames.size > 0) warnings.push(importWarning('sheetsRenamed', { sheets: [...renames.values()].join(', ') }));
  const visibilities = importedVisibilities(sources);

  const definedNames = new DefinedNames(checked.definedNames, renames, sources.map((sheet) => sheet.name));
  const lambdaNames = definedNames.defined.filter((n) => holdsLambda(n.formula)).map((n) => n.name);
  const collector = new UnsupportedFunctionCollector(definedNames.defined.map((n) => n.name), lambdaNames);
  const sheets: WorkbookFileSheet[] = [];
  const characters = new ContentCharacters(options.contentCells, 'the workbook');
  let errors = 0;
  let truncated = 0;
  let movedDates = 0;
  sources.forEach((source, i) => {
    const name = names[i]!;
    const quoted = new Set(metadata?.quotedText?.[source.name] ?? []);
    const read = readSheetCells(source, quoted, renames, checked.date1904, definedNames, characters, checked.dynamicArrays.get(source.name), checked.tables);
    errors += read.errors;
    truncated += read.truncated;
    movedDates += read.movedDates;
    for (const [address, input] of Object.entries(read.cells)) {
      if (isFormula(input)) collector.add(input as string, name, address);
    }
    if (read.approximatedAlignment.length > 0) {
      warnings.push(importWarning('alignmentApproximated', { sheet: name, count: read.approximatedAlignment.length, cells: listed(read.approximatedAlignment, 20, true) }));
    }
    const { validations, columnWidths, notKept } = readSheetSettings(source);
    if (notKept.length > 0) warnings.push(importWarning('validationsNotKept', { sheet: name, count: notKept.length, cells: listed(notKept, 20, true) }));
    const frozenPanes = importedFrozenPanes(source, read.cells);
    const merges = importedMerges(checked.merges.get(source.name));
    const { hiddenRows, hiddenColumns } = readHiddenLines(source);
    const sheet: WorkbookFileSheet = {
      name,
      cells: read.cells,
      ...(Object.keys(read.formats).length > 0 ? { formats: read.formats } : {}),
      ...(Object.keys(validations).length > 0 ? { validations } : {}),
      ...(frozenPanes ? { frozenPanes } : {}),
      ...(read.wrapText.length > 0 ? { wrapText: read.wrapText } : {}),
      ...(Object.keys(read.alignment).length > 0 ? { alignment: read.alignment } : {}),
      ...(merges.length > 0 ? { merges } : {}),
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
      ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
      ...(visibilities[i] !== 'visible' ? { visibility: visibilities[i] } : {}),
    };
    const widths = widthsWithinUse(columnWidths, sheet);
    sheets.push(Object.keys(widths).length > 0 ? { ...sheet, columnWidths: widths } : sheet);
  });
  if (errors > 0) warnings.push(importWarning('errorValues', { count: errors }));
  if (definedNames.used.size > 0) {
    warnings.push(importWarning('namesWritten', { names: listed([...definedNames.used], 20) }));
  }
  if (definedNames.notImported.length > 0) {
    warnings.push(importWarning('namesNotImported', { names: listed(definedNames.notImported, 20) }));
  }
  if (collector.externalReferences > 0) {
    warnings.push(importWarning('externalReferences', { count: collector.externalReferences }));
  }
  if (movedDates > 0) warnings.push(importWarning('dates1904', { count: movedDates }));
  if (truncated > 0) warnings.push(importWarning('textsCut', { count: truncated }));

  return {
    title: metadata?.title ?? titleFromFileName(options.fileName),
    locale: metadata?.locale ?? options.locale ?? 'da-DK',
    sheets,
    goals: (metadata?.goals ?? []).map((goal) => repointGoal(goal, renames)),
    scenarios: (metadata?.scenarios ?? []).map(({ name, inputs }) => ({
      name,
      inputs: Object.fromEntries(Object.entries(inputs).map(([address, value]) => [repointSheets(address, renames), value])),
    })),
    ...(definedNames.defined.length > 0 ? { names: definedNames.defined } : {}),
    fromFremskriv: metadata !== null,
    unsupported: collector.report(),
    warnings,
  };
}

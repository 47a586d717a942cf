/**
 * A workspace as one .xlsx: every sheet with its formulas in Excel's syntax and Fremskriv's
 * results stored as their cached values, cell formats carried over, a goals sheet and a scenarios
 * sheet, and the hidden metadata part that lets Fremskriv read the file back as the same
 * workspace. Pure: takes a Y.Doc, returns bytes (no Node APIs), so client, server and CLI share it.
 *
 * @example const bytes = await exportWorkbookXlsx(doc, { scenario: 'Lavkonjunktur' })
 */
import ExcelJS from 'exceljs';
import type * as Y from 'yjs';
import { locateAssumption } from '../analysis/assumptions.js';
import { evaluatesAsArray, nameComputesArray } from '../engine/arrayFormulas.js';
import { arrayNames as arrayNamesOn, namedArrayThroughNames } from '../engine/arrayNames.js';
import { fileLegacyIntersection, withoutLegacyIntersection, type ArrayName } from '../engine/engineFormula.js';
import { usesAnyName } from '../formula/formulaNames.js';
import { nameKey } from '../workbook/definedNames.js';
import { isCellError, type CellValue } from '../engine/cellValue.js';
import { exportWorkbookFile } from '../format/exportWorkbookFile.js';
import { isFormula } from '../formula/a1References.js';
import { formatCellAddress } from '../workbook/cellAddress.js';
import { sheetCells, sheetFormats } from '../workbook/readCells.js';
import { sheetWrappedCells } from '../workbook/wrapText.js';
import { sheetAlignedCells } from '../workbook/cellAlignment.js';
import { sheetMerges } from '../workbook/mergedCells.js';
import { sameSheetName } from '../workbook/sheetNames.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import type { CellInput } from '../workbook/workbookSchema.js';
import { excelNumberFormat } from './cellNumberFormats.js';
import { arrayFormulaBody, toExcelFormula } from './excelFormulas.js';
import { spillAreas } from './spilledCells.js';
import { planReportFrom, type AdoptedPlanSource } from '../evaluation/evaluationWithPlan.js';
import { addFollowUpSheet, followUpSheetName, hasFollowUp } from './followUpSheet.js';
import { addGoalsSheet, addScenariosSheet, goalValueCellFormat, reportSheetNames } from './reportSheets.js';
import { valueSource } from './scenarioValues.js';
import { writeMetadataSheet, type XlsxMetadata } from './xlsxMetadata.js';
import { markDynamicArrays } from './xlsxDynamicArrays.js';
import { writeSheetSettings } from './xlsxSheetSettings.js';
import { writeHiddenLines } from './xlsxHiddenLines.js';
import { writeFrozenPanes } from './xlsxFrozenPanes.js';
import { writeMergedArea } from './xlsxMergedAreas.js';
import { showFirstVisibleSheet } from './xlsxSheetVisibility.js';
import { writeDefinedNames } from './xlsxDefinedNames.js';
import { sheetVisibilities } from '../workbook/sheetVisibility.js';

export { UnknownScenarioError } from './scenarioValues.js';

export interface XlsxExportOptions {
  /** Export the workbook as it stands under this scenario's inputs (by name). */
  scenario?: string;
  /** The workspace's adopted plan: the follow-up sheet compares the actual months with it (followUpSheet.ts). */
  adoptedPlan?: AdoptedPlanSource | null;
}

const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);
type ExcelResult = NonNullable<ExcelJS.CellFormulaValue['result']>;

function cachedResult(value: CellValue): ExcelResult | undefined {
  if (value === null) return undefined;
  if (isCellError(value)) return { error: (EXCEL_ERRORS.has(value.error) ? value.error : '#VALUE!') as ExcelJS.CellErrorValue['error'] };
  return value;
}

/**
 * A canonical formula as exceljs writes it: ARRAYFORMULA(…), and a formula that computes element
 * by element inside SUM, MAX, MATCH … (`=SUM(A1:A9*B1:B9)`, engine/arrayFormulas.ts: a plain
 * formula would be intersected by every Excel), as Excel's array formula over its cell; a formula
 * whose result spills (`=SORT(A1:A3)`, spilledCells.ts) as an array formula over the block it
 * fills, which is how Excel shows every value of it (a plain formula there reads `=@SORT(…)`,
 * one value). A formula using a name whose formula computes an array (`Dobbelt` =
 * `=Data!$B$2:$B$4*2`) is an array formula over its cell too: Excel computes such a name as an
 * array wherever it is used (Microsoft KB Q83816, "Substituting Defined Names for Array
 * Formulas"), LibreOffice only inside an array formula (`=SUM(Dobbelt)` is #VALUE! there otherwise).
 */
function excelFormula(canonical: string, address: string, spill: string | null, blocked: boolean, arrayNames: ReadonlySet<string>, severalValues: ArrayName | undefined): { value: ExcelJS.CellFormulaValue; dynamic: boolean } {
  // A formula legacy Excel would intersect (`=Udgifter*2`, `=OFFSET(…)`) is a dynamic array even
  // where it computes one value now: written plain, every Excel reads it as `=@OFFSET(…)`, and
  // the import would hold it so.
  const legacyWouldIntersect = !/SINGLE\s*\(/i.test(canonical) && fileLegacyIntersection(canonical, severalValues) !== canonical;
  const readsArrays = evaluatesAsArray(canonical) || usesAnyName(canonical, arrayNames) || legacyWouldIntersect;
  const legacyArray = arrayFormulaBody(canonical);
  const body = legacyArray ?? (spill !== null || blocked || readsArrays ? canonical : null);
  // A plain formula is a legacy one to Excel: its `@` where Excel intersects anyway is left out.
  if (body === null) return { value: { formula: toExcelFormula(withoutLegacyIntersection(canonical)) }, dynamic: false };
  // exceljs writes `<f t="array" ref="…">` from these two (its types do not name them). Excel 365
  // reads it as a dynamic array only with its mark (xlsxDynamicArrays.ts): a blocked spill stays one
  // (#SPILL!, not `=@…`); an ARRAYFORMULA(…) is a legacy Ctrl+Shift+Enter formula and stays one.
  const value = Object.assign({ formula: toExcelFormula(body) }, { shareType: 'array', ref: spill ?? address });
  return { value, dynamic: legacyArray === null };
}

/** The workbook exceljs writes, and by worksheet id the cells to mark as dynamic arrays (xlsxDynamicArrays.ts). */
export interface BuiltWorkbook {
  workbook: ExcelJS.Workbook;
  dynamicArrays: Map<number, Set<string>>;
}

function getOrAdd(map: Map<number, Set<string>>, key: number): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

function uniqueName(wanted: string, taken: string[]): string {
  let name = wanted;
  for (let n = 2; taken.some((t) => sameSheetName(t, name)); n++) name = `${wanted} (${n})`;
  taken.push(name);
  return name;
}

/** Builds the workbook (synchronously: read a live document in one go, then write it out). */
export function buildXlsxWorkbook(doc: Y.Doc, options: XlsxExportOptions = {}): BuiltWorkbook {
  const file = exportWorkbookFile(doc);
  const source = valueSource(doc, options.scenario);
  const { engines, engine, scenario } = source;
  try {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Fremskriv';
    workbook.title = file.title;
    workbook.calcProperties.fullCalcOnLoad = true;
    const quotedText: Record<string, string[]> = {};
    const overrides = new Map<string, CellInput>();
    for (const [address, value] of Object.entries(scenario?.inputs ?? {})) {
      const cell = locateAssumption(doc, address);
      if (cell) overrides.set(`${cell.sheetId}:${cell.row}:${cell.col}`, value);
    }
    const grid = workbookGrid(doc);
    // A name computing an array through another name (`=Alle*2`) too: LibreOffice computes it as one only inside an array formula.
    const computesArray = (name: { formula: string; sheet?: string }): boolean =>
      nameComputesArray(name.formula) || namedArrayThroughNames(name.formula, arrayNamesOn(grid, name.sheet === undefined ? undefined : grid.sheetIdByName(name.sheet)));
    const arrayNames = new Set((file.names ?? []).filter(computesArray).map((n) => nameKey(n.name)));
    const dynamicArrays = new Map<number, Set<string>>();
    const shown = sheetVisibilities(grid);
    showFirstVisibleSheet(workbook, shown);
    for (const { id, name, visibility } of shown) {
      const sheet = workbook.addWorksheet(name, { state: visibility });
      const severalValues = arrayNamesOn(grid, id);
      const cells = new Map(sheetCells(doc, id).map((c) => [`${id}:${c.row}:${c.col}`, c]));
      for (const [key, value] of overrides) {
        const [, row, col] = key.split(':');
        if (key.startsWith(`${id}:`)) cells.set(key, { row: Number(row), col: Number(col), input: value });
      }
      const size = { rows: grid.rowIds(id).length, cols: grid.colIds(id).length };
      const { areas } = spillAreas([...cells.values()], (r, c) => engine.value(id, r, c), size);
      // Only blocks the engine holds as one formula's spilled result (not a plain formula next to
      // another formula's spill): array formulas that overlapped would make Excel refuse the file.
      const spills = new Map(
        areas
          .filter((area) => [area, ...area.spilled].every(({ row, col }) => engine.spillCorner(id, row, col) !== undefined))
          .map((area) => [`${area.row}:${area.col}`, area]),
      );
      for (const { row, col, input } of cells.values()) {
        const cell = sheet.getCell(row + 1, col + 1);
        if (typeof input === 'string' && isFormula(input)) {
          const value = engine.value(id, row, col);
          const result = cachedResult(value);
          const area = spills.get(`${row}:${col}`);
          const block = area ? `${formatCellAddress({ row, col })}:${formatCellAddress({ row: row + area.rows - 1, col: col + area.cols - 1 })}` : null;
          const formula = excelFormula(input, formatCellAddress({ row, col }), block, isCellError(value) && value.error === '#SPILL!', arrayNames, severalValues);
          cell.value = { ...formula.value, ...(result === undefined ? {} : { result }) };
          if (formula.dynamic) getOrAdd(dynamicArrays, sheet.id).add(formatCellAddress({ row, col }));
          // The block's other cells hold the cached values, as Excel writes an array formula's.
          for (const spilled of area?.spilled ?? []) {
            const value = cachedResult(engine.value(id, spilled.row, spilled.col));
            if (value !== undefined) sheet.getCell(spilled.row + 1, spilled.col + 1).value = value;
          }
        } else if (typeof input === 'string' && input.startsWith("'")) {
          cell.value = input.slice(1);
          (quotedText[name] ??= []).push(formatCellAddress({ row, col }));
        } else {
          cell.value = input;
        }
      }
      for (const { row, col, format } of sheetFormats(doc, id)) sheet.getCell(row + 1, col + 1).numFmt = excelNumberFormat(format);
      for (const { row, col } of sheetWrappedCells(doc, id)) sheet.getCell(row + 1, col + 1).alignment = { wrapText: true };
      for (const { row, col, alignment } of sheetAlignedCells(doc, id)) {
        const cell = sheet.getCell(row + 1, col + 1);
        cell.alignment = { ...cell.alignment, horizontal: alignment };
      }
      // Last, once every cell is written: the area's written cells become part of the merge.
      for (const area of sheetMerges(doc, id)) writeMergedArea(sheet, area);
      writeSheetSettings(sheet, doc, id);
      writeHiddenLines(sheet, doc, id);
      writeFrozenPanes(sheet, doc, id);
    }
    const sheetNames = file.sheets.map((s) => s.name);
    const taken = [...sheetNames];
    const labels = reportSheetNames(file.locale);
    const goalsName = uniqueName(labels.goals, taken);
    const scenariosName = uniqueName(labels.scenarios, taken);
    const evaluation = engines.evaluate().filter((e) => !scenario || e.scenario.id === scenario.id);
    addGoalsSheet(workbook, goalsName, doc, file.goals ?? [], evaluation, file.locale);
    addScenariosSheet(workbook, scenariosName, doc, scenario ? [scenario] : engines.scenarios(), file.locale);
    const reportSheets = [goalsName, scenariosName];
    const followUp = planReportFrom(doc, engines, options.adoptedPlan ?? null);
    followUp.scenarios = followUp.scenarios.filter((s) => !scenario || s.name === scenario.name);
    if (hasFollowUp(followUp)) {
      const followUpName = uniqueName(followUpSheetName(file.locale), taken);
      const formats = new Map((file.goals ?? []).map((goal) => [goal.id, goalValueCellFormat(doc, goal.value)]));
      addFollowUpSheet(workbook, followUpName, followUp, file.goals ?? [], formats, file.locale);
      reportSheets.push(followUpName);
    }
    const metadata: XlsxMetadata = {
      format: 'fremskriv.xlsx-metadata',
      version: 1,
      title: file.title,
      locale: file.locale,
      sheets: sheetNames,
      reportSheets,
      goals: file.goals ?? [],
      // A per-scenario export already holds the scenario's values in its cells.
      scenarios: scenario ? [] : (file.scenarios ?? []),
      quotedText,
      ...(scenario ? { scenario: scenario.name } : {}),
    };
    writeMetadataSheet(workbook, uniqueName('_fremskriv', taken), metadata);
    // `localSheetId` counts the sheets as workbook.xml lists them, which is the order they were added.
    writeDefinedNames(workbook, file.names ?? [], (sheet) => {
      const at = workbook.worksheets.findIndex((ws) => sameSheetName(ws.name, sheet));
      return at < 0 ? undefined : at;
    });
    return { workbook, dynamicArrays };
  } finally {
    source.release();
  }
}

/** The workbook as .xlsx bytes, its dynamic arrays marked as Excel 365 marks them. */
export async function xlsxBytes({ workbook, dynamicArrays }: BuiltWorkbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return markDynamicArrays(new Uint8Array(buffer), dynamicArrays);
}

export async function exportWorkbookXlsx(doc: Y.Doc, options: XlsxExportOptions = {}): Promise<Uint8Array> {
  return xlsxBytes(buildXlsxWorkbook(doc, options));
}

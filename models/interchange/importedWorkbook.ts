/**
 * What an importer read from a file, before it touches any workspace: sheets in the v1 shape,
 * goals and scenarios (from Fremskriv's own exports), the functions Fremskriv cannot compute, and
 * warnings about what was left out. `importSummary` is what the REST API and the import dialog show.
 */
import { DYNAMIC_ARRAYS } from '../workbook/workbookSchema.js';
import { parseWorkbookFile, WORKBOOK_FORMAT, WORKBOOK_VERSION, type WorkbookFile, type WorkbookFileSheet } from '../format/workbookFile.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import { isFormula } from '../formula/a1References.js';
import { formatCellAddress, parseCellAddress } from '../workbook/cellAddress.js';
import type { CellFormat, CellInput, WorkbookLocale } from '../workbook/workbookSchema.js';
import type { UnsupportedFunctionReport } from './unsupportedFunctions.js';
import type { DefinedName } from '../workbook/definedNames.js';
import type { ImportWarning } from './importWarnings.js';

export interface ImportedWorkbook {
  title: string;
  locale: WorkbookLocale;
  sheets: WorkbookFileSheet[];
  goals: GoalDefinition[];
  scenarios: Array<{ name: string; inputs: Record<string, CellInput> }>;
  /** The workbook's defined names (workbook/definedNames.ts), canonical; absent when it has none. */
  names?: DefinedName[];
  /** The file carries Fremskriv's metadata: goals and scenarios travel with it. */
  fromFremskriv: boolean;
  unsupported: UnsupportedFunctionReport;
  warnings: ImportWarning[];
}

/** The imported workbook as a v1 file, checked by the v1 schema (throws WorkbookFileError). */
export function importedWorkbookFile(imported: ImportedWorkbook): WorkbookFile {
  return parseWorkbookFile({
    format: WORKBOOK_FORMAT,
    version: WORKBOOK_VERSION,
    title: imported.title,
    locale: imported.locale,
    // Its legacy formulas already hold SINGLE where Excel intersects (xlsxCells.ts).
    formulaDialect: DYNAMIC_ARRAYS,
    sheets: imported.sheets,
    goals: imported.goals,
    scenarios: imported.scenarios,
    ...(imported.names ? { names: imported.names } : {}),
  });
}

export interface ImportedSheetSummary {
  name: string;
  rows: number;
  columns: number;
  cells: number;
  formulas: number;
  /** The top-left corner (at most 8 rows × 8 columns) as inputs, for a preview; null is empty. */
  preview: Array<Array<CellInput | null>>;
  /**
   * The display format of each cell of `preview` (same shape), null for General: the preview reads
   * 12,5 % and 01-01-2023 as the grid will after the import, not 0,125 and 44.927.
   */
  formats: Array<Array<CellFormat | null>>;
}

export interface ImportSummary {
  title: string;
  sheets: ImportedSheetSummary[];
  goals: number;
  scenarios: number;
}

const PREVIEW = 8;

export function sheetSummary(sheet: WorkbookFileSheet): ImportedSheetSummary {
  let rows = 0;
  let columns = 0;
  let formulas = 0;
  const preview: Array<Array<CellInput | null>> = [];
  const entries = Object.entries(sheet.cells);
  for (const [address, input] of entries) {
    const position = parseCellAddress(address);
    if (!position) continue;
    rows = Math.max(rows, position.row + 1);
    columns = Math.max(columns, position.col + 1);
    if (isFormula(input)) formulas++;
    if (position.row < PREVIEW && position.col < PREVIEW) (preview[position.row] ??= [])[position.col] = input;
  }
  const height = Math.min(rows, PREVIEW);
  const width = Math.min(columns, PREVIEW);
  const grid = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => preview[r]?.[c] ?? null));
  const formats = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => sheet.formats?.[formatCellAddress({ row: r, col: c })] ?? null));
  return { name: sheet.name, rows, columns, cells: entries.length, formulas, preview: grid, formats };
}

export function importSummary(imported: ImportedWorkbook): ImportSummary {
  return {
    title: imported.title,
    sheets: imported.sheets.map(sheetSummary),
    goals: imported.goals.length,
    scenarios: imported.scenarios.length,
  };
}

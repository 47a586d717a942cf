/**
 * Data validation rules (an assumption's allowed bounds) pass the .xlsx guard only where they are
 * small. exceljs expands every range of a rule into one entry per cell while reading, so a single
 * `sqref="A1:XFD1048576"` kept it busy for hours (the import never answered). A rule is kept only
 * if every range it names is a plain A1 range and it covers at most MAX_VALIDATION_CELLS cells; the
 * rules kept on a sheet cover at most MAX_VALIDATION_CELLS_PER_SHEET cells together.
 */
import { parseCellAddress } from '../workbook/cellAddress.js';
import { importWarning, type ImportWarning } from './importWarnings.js';

/** A rule covering more cells than this is no assumption's bound; it is left behind. */
export const MAX_VALIDATION_CELLS = 10_000;
const MAX_VALIDATION_CELLS_PER_SHEET = 100_000;
const MAX_DATA_VALIDATIONS = 10_000;

const RULE = /<dataValidation\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidation>)/g;
const SQREF = /\bsqref\s*=\s*(["'])([^"']*)\1/;

/** The number of cells a rule's `sqref` covers, or null when a range in it is not a plain A1 range. */
export function validationCellCount(sqref: string): number | null {
  let total = 0;
  for (const range of sqref.trim().split(/\s+/)) {
    const [from, to, extra] = range.split(':');
    if (extra !== undefined || !from) return null;
    const start = parseCellAddress(from);
    const end = to === undefined ? start : parseCellAddress(to);
    if (!start || !end) return null;
    const rows = Math.abs(end.row - start.row) + 1;
    const cols = Math.abs(end.col - start.col) + 1;
    total += rows * cols;
  }
  return total;
}

/**
 * The sheet's `<dataValidations>` element with only the rules exceljs may safely read, or '' when
 * none is left; what is left behind is named in `warnings`.
 */
export function boundedDataValidations(validationsXml: string, sheetName: string, warnings: ImportWarning[]): string {
  if (validationsXml === '') return '';
  const rules = validationsXml.match(RULE) ?? [];
  if (rules.length > MAX_DATA_VALIDATIONS) {
    warnings.push(importWarning('validationRules', { sheet: sheetName, limit: MAX_DATA_VALIDATIONS }));
    return '';
  }
  const kept: string[] = [];
  let covered = 0;
  let skipped = 0;
  for (const rule of rules) {
    const count = validationCellCount(SQREF.exec(rule)?.[2] ?? '');
    if (count === null || count > MAX_VALIDATION_CELLS || covered + count > MAX_VALIDATION_CELLS_PER_SHEET) {
      skipped++;
      continue;
    }
    covered += count;
    kept.push(rule);
  }
  if (skipped > 0) {
    warnings.push(importWarning('validationsSkipped', { sheet: sheetName, count: skipped, limit: MAX_VALIDATION_CELLS }));
  }
  return kept.length === 0 ? '' : `<dataValidations count="${kept.length}">${kept.join('')}</dataValidations>`;
}

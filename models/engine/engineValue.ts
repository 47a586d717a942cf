/** HyperFormula's results as Fremskriv's CellValue. */
import { DetailedCellError } from 'hyperformula';
import type { CellValue } from './cellValue.js';
import { excelError } from './excelErrors.js';

/** Converts whatever the engine returned (including arrays from range formulas) to a CellValue. */
export function toCellValue(raw: unknown): CellValue {
  // Numbers first: nearly every value an edit changes is one.
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : { error: '#NUM!', message: 'not a finite number' };
  if (raw instanceof DetailedCellError) return excelError(raw.type, raw.value, raw.message ?? '');
  if (typeof raw === 'string' || typeof raw === 'boolean' || raw === null) return raw;
  if (raw === undefined) return null;
  return { error: '#VALUE!', message: 'a range where one value was expected' };
}

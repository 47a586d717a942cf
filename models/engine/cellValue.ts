/** What a cell evaluates to: a value, or an error shown as its Excel text (`#DIV/0!`). */
import { DetailedCellError } from 'hyperformula';

export interface CellError {
  error: string;
  /** Why, in English, when the engine says; the UI explains the error code itself. */
  message: string;
}

export type CellValue = number | string | boolean | null | CellError;

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Converts whatever the engine returned (including arrays from range formulas) to a CellValue. */
export function toCellValue(raw: unknown): CellValue {
  // Numbers first: nearly every value an edit changes is one.
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : { error: '#NUM!', message: 'not a finite number' };
  if (raw instanceof DetailedCellError) return { error: raw.value, message: raw.message ?? '' };
  if (typeof raw === 'string' || typeof raw === 'boolean' || raw === null) return raw;
  if (raw === undefined) return null;
  return { error: '#VALUE!', message: 'a range where one value was expected' };
}

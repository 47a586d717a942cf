/**
 * What a cell evaluates to: a value, or an error shown as its Excel text (`#DIV/0!`). No engine
 * here: the page reads values without loading HyperFormula (engineValue.ts converts the engine's).
 */

export interface CellError {
  error: string;
  /** Why, in English, when the engine says; the UI explains the error code itself. */
  message: string;
}

export type CellValue = number | string | boolean | null | CellError;

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

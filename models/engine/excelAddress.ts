/**
 * ADDRESS as Excel writes it (https://support.microsoft.com/office/address-function-d0c26c0d-3991-446b-8de4-ab46431d4f89):
 * - a sheet name that a formula would have to quote is quoted, `ADDRESS(2;3;1;FALSK;"EXCEL SHEET")`
 *   is `'EXCEL SHEET'!R2C3` (Microsoft's example), an apostrophe in it doubled; a workbook's name
 *   in brackets stays outside the quoting question, `[Book1]Sheet1!R2C3`. HyperFormula 3.5 wrote
 *   the name as given, `EXCEL SHEET!R2C3`, which INDIRECT and Excel cannot read back;
 * - the row, the column and abs_num are truncated to whole numbers (HyperFormula wrote
 *   `$A$2.7`), abs_num outside 1–4 is #VALUE!, and an A1 address or an absolute R1C1 part
 *   outside Excel's sheet (row 1–1,048,576, column 1–16,384) is #VALUE!;
 * - a relative R1C1 part counts from the formula's cell: `R[-1]C[2]`, `R` and `C` for 0.
 * Registering replaces the engine's ADDRESS; its Danish name (ADRESSE) is kept.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { sheetPrefix } from '../formula/a1References.js';
import { columnLabel, EXCEL_ROWS, MAX_COLUMNS } from '../workbook/cellAddress.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';

/** The sheet part of the address: as a formula writes it, a workbook's `[name]` kept in front. */
export function addressSheetPrefix(sheetText: string): string {
  const book = /^(\[[^\]]*\])(.*)$/s.exec(sheetText);
  if (!book) return sheetPrefix(sheetText);
  const rest = sheetPrefix(book[2]!);
  return rest.startsWith("'") ? `'${book[1]!.replace(/'/g, "''")}${rest.slice(1)}` : `${book[1]}${rest}`;
}

function a1Part(absolute: boolean, text: string): string {
  return (absolute ? '$' : '') + text;
}

function r1c1Part(letter: 'R' | 'C', absolute: boolean, n: number): string {
  if (absolute) return `${letter}${n}`;
  return n === 0 ? letter : `${letter}[${n}]`;
}

/** The address text, or #VALUE! for numbers Excel refuses. */
export function addressText(row: number, col: number, absNum: number, a1: boolean, sheetText?: string): string | CellError {
  const r = Math.trunc(row);
  const c = Math.trunc(col);
  const abs = Math.trunc(absNum);
  if (abs < 1 || abs > 4) return new CellError(ErrorType.VALUE, 'abs_num is 1, 2, 3 or 4');
  const rowAbsolute = abs === 1 || abs === 2;
  const colAbsolute = abs === 1 || abs === 3;
  const rowFits = (absolute: boolean) => (absolute || a1 ? r >= 1 && r <= EXCEL_ROWS : Math.abs(r) < EXCEL_ROWS);
  const colFits = (absolute: boolean) => (absolute || a1 ? c >= 1 && c <= MAX_COLUMNS : Math.abs(c) < MAX_COLUMNS);
  if (!rowFits(rowAbsolute) || !colFits(colAbsolute)) return new CellError(ErrorType.VALUE, 'the address lies outside the sheet');
  const prefix = sheetText === undefined ? '' : sheetText === '' ? '!' : addressSheetPrefix(sheetText);
  const cell = a1
    ? a1Part(colAbsolute, columnLabel(c - 1)) + a1Part(rowAbsolute, String(r))
    : r1c1Part('R', rowAbsolute, r) + r1c1Part('C', colAbsolute, c);
  return prefix + cell;
}

class ExcelAddressPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ADDRESS: {
      method: 'address',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true, defaultValue: 1, emptyAsDefault: true },
        { argumentType: FunctionArgumentType.BOOLEAN, optionalArg: true, defaultValue: true, emptyAsDefault: true },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
      ],
    },
  };

  address(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ADDRESS'), addressText);
  }
}

/** Replaces HyperFormula's ADDRESS with Excel's for engines built afterwards (idempotent). */
export function registerExcelAddress(): void {
  replaceBuiltInFunctions(ExcelAddressPlugin, ['ADDRESS']);
}

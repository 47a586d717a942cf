/**
 * Excel's NUMBERVALUE, TEXTBEFORE, TEXTAFTER, TEXTSPLIT, FIXED and DOLLAR, which HyperFormula 3.5
 * lacks, as a function plugin; the text work is in textDelimiters.ts and fixedNumberText.ts.
 *
 * - NUMBERVALUE(text, [decimal_separator], [group_separator]): only the first character of each
 *   separator counts. Without separators the workbook locale's (Excel takes the computer's): ","
 *   and "." in a da-DK workbook, "." and "," in en-GB (localeNumberText.ts).
 * - TEXTBEFORE / TEXTAFTER(text, delimiter, [instance_num], [match_mode], [match_end],
 *   [if_not_found]): instance_num 0 or longer than the text: #VALUE!; not found: if_not_found,
 *   else #N/A.
 * - TEXTSPLIT(text, col_delimiter, [row_delimiter], [ignore_empty], [match_mode], [pad_with]):
 *   ragged rows padded with pad_with, else #N/A. Its spill is sized from the formula's text when
 *   the text and delimiters are written there, else as the split computes (spillResizing.ts).
 * - FIXED(number, [decimals], [no_commas]) and DOLLAR(number, [decimals]): decimals 2 when
 *   omitted, negative rounds left of the point, above 127 #VALUE!; the text in the workbook
 *   locale's number format (and, for DOLLAR, its currency).
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { plainCell, resultRange, type Ast, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall } from './functionPlugins.js';
import { engineLocale } from './formulaContext.js';
import { NUMBER_SEPARATORS } from './localeNumberText.js';
import { findInstance, numberFromText, splitTable } from './textDelimiters.js';
import { TEXT_FUNCTION_TRANSLATIONS } from './textFunctionNames.js';
import { numberAsText } from './excelNumberText.js';
import { currencyNumberText, fixedNumberText, MAX_DECIMALS } from './fixedNumberText.js';

export { TEXT_FUNCTION_NAMES, TEXT_FUNCTION_TRANSLATIONS } from './textFunctionNames.js';

const STRING = { argumentType: FunctionArgumentType.STRING };
const NUMBER = { argumentType: FunctionArgumentType.NUMBER };
const RANGE = { argumentType: FunctionArgumentType.RANGE };
const INTEGER = (defaultValue: number) => ({ argumentType: FunctionArgumentType.INTEGER, defaultValue });
const BEFORE_AFTER = {
  parameters: [STRING, RANGE, INTEGER(1), INTEGER(0), INTEGER(0), { argumentType: FunctionArgumentType.SCALAR, optionalArg: true }],
  vectorizationForbidden: true,
};

function tooManyDecimals(): CellError {
  return new CellError(ErrorType.VALUE, `At most ${MAX_DECIMALS} decimals.`);
}

/** A cell as text, as Excel joins it (numbers with 15 digits, logicals in capitals). */
function textOf(cell: PlainCell): string | CellError {
  if (cell instanceof CellError) return cell;
  if (typeof cell === 'number') return numberAsText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell === EmptyValue ? '' : String(cell);
}

/** The delimiters given as a text or an array of texts. */
function delimitersOf(range: SimpleRangeValue): string[] | CellError {
  const texts: string[] = [];
  for (const cell of range.valuesFromTopLeftCorner()) {
    const text = textOf(plainCell(cell));
    if (text instanceof CellError) return text;
    texts.push(text);
  }
  return texts;
}

/** A literal argument's value (a string, number or array of strings), for sizing TEXTSPLIT. */
function literal(ast: Ast | undefined): string[] | undefined {
  if (ast === undefined || String(ast.type) === 'EMPTY') return [];
  if ('value' in ast && (typeof ast.value === 'string' || typeof ast.value === 'number')) return [String(ast.value)];
  if (String(ast.type) === 'ARRAY' && 'args' in ast) {
    const cells = (ast.args as unknown as Ast[][]).flat().map((cell) => literal(cell));
    return cells.every((cell) => cell?.length === 1) ? cells.map((cell) => cell![0]!) : undefined;
  }
  return undefined;
}

class TextFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    NUMBERVALUE: { method: 'numbervalue', parameters: [STRING, { ...STRING, optionalArg: true }, { ...STRING, optionalArg: true }] },
    TEXTBEFORE: { method: 'textbefore', ...BEFORE_AFTER },
    TEXTAFTER: { method: 'textafter', ...BEFORE_AFTER },
    TEXTSPLIT: {
      method: 'textsplit',
      sizeOfResultArrayMethod: 'textsplitSize',
      parameters: [STRING, RANGE, { ...RANGE, optionalArg: true }, { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false }, INTEGER(0), { argumentType: FunctionArgumentType.SCALAR, optionalArg: true }],
      vectorizationForbidden: true,
    },
    FIXED: { method: 'fixed', parameters: [NUMBER, { ...NUMBER, defaultValue: 2 }, { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false }] },
    DOLLAR: { method: 'dollar', parameters: [NUMBER, { ...NUMBER, defaultValue: 2 }] },
  };

  fixed(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('FIXED'), (x: number, decimals: number, noCommas: boolean) =>
      decimals > MAX_DECIMALS ? tooManyDecimals() : fixedNumberText(x, decimals, noCommas, engineLocale(this.config.context)),
    );
  }

  dollar(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('DOLLAR'), (x: number, decimals: number) =>
      decimals > MAX_DECIMALS ? tooManyDecimals() : currencyNumberText(x, decimals, engineLocale(this.config.context)),
    );
  }

  numbervalue(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('NUMBERVALUE'), (text: string, decimal: string | undefined, group: string | undefined) => {
      const separators = NUMBER_SEPARATORS[engineLocale(this.config.context)];
      const [d, g] = [(decimal ?? separators.decimal).charAt(0), (group ?? separators.group).charAt(0)];
      if (d === '' || d === g) return new CellError(ErrorType.VALUE, 'The separators must differ.');
      const value = numberFromText(text, d, g === '' ? '\u0000' : g);
      return value === undefined ? new CellError(ErrorType.VALUE, 'Not a number.') : value;
    });
  }

  textbefore(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.beforeOrAfter(ast, state, 'TEXTBEFORE', (text, match) => text.slice(0, match.start));
  }

  textafter(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.beforeOrAfter(ast, state, 'TEXTAFTER', (text, match) => text.slice(match.end));
  }

  textsplit(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('TEXTSPLIT'),
      (text: string, columns: SimpleRangeValue, rows: SimpleRangeValue | undefined, ignoreEmpty: boolean, matchMode: number, padWith: PlainCell | undefined) => {
        const table = this.split(text, columns, rows, ignoreEmpty, matchMode);
        if (table instanceof CellError) return table;
        const width = Math.max(...table.map((row) => row.length));
        const pad: PlainCell = padWith ?? new CellError(ErrorType.NA, 'Padding.');
        const padded = table.map((row): PlainCell[] => [...row, ...Array<PlainCell>(width - row.length).fill(pad)]);
        return resultRange(padded);
      },
    );
  }

  /** The spilled size: the split of literal arguments; one cell otherwise, until computed (spillResizing.ts). */
  textsplitSize(ast: ProcedureCall): ArraySize {
    const [text, columns, rows, ignoreEmpty, matchMode] = [0, 1, 2, 3, 4].map((i) => literal(ast.args[i]));
    if (text?.length !== 1 || columns === undefined || rows === undefined || ignoreEmpty === undefined || matchMode === undefined) return ArraySize.scalar();
    const table = splitTable(text[0]!, columns, rows, ignoreEmpty.length > 0 && (ignoreEmpty[0] === 'true' || Number(ignoreEmpty[0]) !== 0), matchMode[0] === '1');
    return new ArraySize(Math.max(1, ...table.map((row) => row.length)), Math.max(1, table.length));
  }

  private split(text: string, columns: SimpleRangeValue, rows: SimpleRangeValue | undefined, ignoreEmpty: boolean, matchMode: number): string[][] | CellError {
    if (matchMode !== 0 && matchMode !== 1) return new CellError(ErrorType.VALUE, 'match_mode is 0 or 1.');
    const columnDelimiters = delimitersOf(columns);
    if (columnDelimiters instanceof CellError) return columnDelimiters;
    const rowDelimiters = rows === undefined ? [] : delimitersOf(rows);
    if (rowDelimiters instanceof CellError) return rowDelimiters;
    const table = splitTable(text, columnDelimiters, rowDelimiters, ignoreEmpty, matchMode === 1);
    return table.length === 0 || table.every((row) => row.length === 0) ? new CellError(ErrorType.VALUE, 'Nothing left after splitting.') : table;
  }

  private beforeOrAfter(ast: ProcedureCall, state: InterpreterState, name: string, cut: (text: string, match: { start: number; end: number }) => string): FunctionResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata(name),
      (text: string, delimiter: SimpleRangeValue, instance: number, matchMode: number, matchEnd: number, ifNotFound: PlainCell | undefined) => {
        const delimiters = delimitersOf(delimiter);
        if (delimiters instanceof CellError) return delimiters;
        if (instance === 0 || Math.abs(instance) > Math.max(text.length, 1)) return new CellError(ErrorType.VALUE, 'instance_num out of range.');
        if (matchMode !== 0 && matchMode !== 1) return new CellError(ErrorType.VALUE, 'match_mode is 0 or 1.');
        const match = findInstance(text, delimiters, instance, matchMode === 1, matchEnd !== 0);
        if (match === undefined) return ifNotFound ?? new CellError(ErrorType.NA, 'Delimiter not found.');
        return cut(text, match);
      },
    );
  }
}

/** Makes NUMBERVALUE, TEXTBEFORE, TEXTAFTER and TEXTSPLIT available to engines built afterwards (idempotent). */
export function registerTextFunctions(): void {
  HyperFormula.registerFunctionPlugin(TextFunctionsPlugin, TEXT_FUNCTION_TRANSLATIONS);
}

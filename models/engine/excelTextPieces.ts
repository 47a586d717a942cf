/**
 * MID, REPLACE and SUBSTITUTE as Excel computes them, the functions a planner cuts a code or a
 * name into pieces with. Excel truncates a position and a count to whole numbers before it counts
 * (`MID("Jobcenter Nord",1.9,2.9)` is "Jo", as `MID(…,1,2)`); HyperFormula 3.5 added them first
 * ("Job"). `SUBSTITUTE` with an empty old text leaves the text as it is (HyperFormula put the new
 * text between every two characters), and its instance number is truncated too. The
 * LibreOffice 7.4 recalculation agrees with each (test/models/excelTextPieces.test.ts).
 * Registering replaces the engine's functions; their Danish names (MIDT, ERSTAT, UDSKIFT) are kept.
 */
import { CellError, ErrorType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

const TEXT_PIECE_FUNCTIONS = ['MID', 'REPLACE', 'SUBSTITUTE'] as const;

/** A start (1 or more) and a count (0 or more) as Excel reads them, or #VALUE!. */
function piece(start: number, count: number): { from: number; length: number } | CellError {
  const from = Math.trunc(start);
  const length = Math.trunc(count);
  if (from < 1) return new CellError(ErrorType.VALUE, 'The start is less than 1.');
  if (length < 0) return new CellError(ErrorType.VALUE, 'The number of characters is negative.');
  return { from: from - 1, length };
}

class ExcelTextPiecesPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  mid(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('MID'), (text: string, start: number, count: number) => {
      const at = piece(start, count);
      return at instanceof CellError ? at : text.substring(at.from, at.from + at.length);
    });
  }

  replace(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('REPLACE'), (text: string, start: number, count: number, newText: string) => {
      const at = piece(start, count);
      return at instanceof CellError ? at : text.substring(0, at.from) + newText + text.substring(at.from + at.length);
    });
  }

  substitute(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('SUBSTITUTE'), (text: string, oldText: string, newText: string, instance: number | undefined) => {
      const nth = instance === undefined ? undefined : Math.trunc(instance);
      if (nth !== undefined && nth < 1) return new CellError(ErrorType.VALUE, 'The instance is less than 1.');
      if (oldText === '') return text;
      if (nth === undefined) return text.split(oldText).join(newText);
      let at = -1;
      for (let found = 0; found < nth; found++) {
        at = text.indexOf(oldText, at + (found === 0 ? 0 : oldText.length));
        if (at === -1) return text;
      }
      return text.substring(0, at) + newText + text.substring(at + oldText.length);
    });
  }
}

/** Replaces HyperFormula's MID, REPLACE and SUBSTITUTE with Excel's (idempotent per process; call before building engines). */
export function registerExcelTextPieces(): void {
  ExcelTextPiecesPlugin.implementedFunctions = Object.fromEntries(
    TEXT_PIECE_FUNCTIONS.map((name) => [name, { ...builtInMetadata(name), method: name.toLowerCase() }]),
  );
  replaceBuiltInFunctions(ExcelTextPiecesPlugin, TEXT_PIECE_FUNCTIONS);
}

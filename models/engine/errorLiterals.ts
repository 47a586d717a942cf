/**
 * Excel's error literals HyperFormula 3.5 cannot parse: `#CALC!`, `#NULL!` and `#GETTING_DATA`
 * typed in a formula made the whole formula HyperFormula's `#ERROR!` ("Unknown error literal"),
 * so `=ISERROR(#CALC!)`, in Danish `=ER.FEJL(#CALC!)`, or `=FEJLTYPE(#NUL!)` showed #ERROR!
 * where Excel gives TRUE and 1. The engine is given each of them as `FREMSKRIV.ERROR("#CALC!")`,
 * which is that error as the binding shows it (excelErrors.ts): a #VALUE! whose message starts
 * with the code. `#SPILL!` and the others HyperFormula reads itself. The document, the grid and
 * every export keep the planner's text.
 *
 * @example engineErrorLiterals('=IFERROR(#CALC!,"#CALC!")') // → '=IFERROR(FREMSKRIV.ERROR("#CALC!"),"#CALC!")'
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { formatReference, splitFormula } from '../formula/a1References.js';
import { rewriteFormulaText } from '../formula/formulaText.js';
import { codedError, CODED_ERRORS } from './excelErrors.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';

const ERROR_FUNCTION = 'FREMSKRIV.ERROR';
/** A cheap test first: most formulas hold no error literal at all. */
const MAY_HOLD = /#(CALC!|NULL!|GETTING_DATA)/i;

/** The formula with each literal HyperFormula cannot parse given as the function giving it (strings untouched). */
export function engineErrorLiterals(formula: string): string {
  if (!MAY_HOLD.test(formula)) return formula;
  return splitFormula(formula)
    .map((segment) =>
      segment.kind === 'ref'
        ? formatReference(segment.ref)
        : rewriteFormulaText(segment.text, {
            word: (word) => word,
            error: (literal) => ((CODED_ERRORS as readonly string[]).includes(literal.canonical) ? `${ERROR_FUNCTION}("${literal.canonical}")` : literal.written),
          }),
    )
    .join('');
}

class ErrorLiteralPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    [ERROR_FUNCTION]: { method: 'errorValue', parameters: [{ argumentType: FunctionArgumentType.STRING }] },
  };

  errorValue(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata(ERROR_FUNCTION), (code: string) => codedError(code, 'typed in the formula'));
  }
}

/** Adds the engine-only error function for engines built afterwards (idempotent). */
export function registerErrorLiterals(): void {
  const names = { [ERROR_FUNCTION]: ERROR_FUNCTION };
  HyperFormula.registerFunctionPlugin(ErrorLiteralPlugin, { enGB: names, enUS: names, daDK: names });
}

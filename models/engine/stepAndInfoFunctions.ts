/**
 * GESTEP and INFO (Danish GETRIN, INFO), which HyperFormula 3.5 lacks (#NAME?).
 * - GESTEP(number; [step]): 1 when number ≥ step (0 when left out), else 0; a number given as
 *   text ("5") or a blank reads as for any number argument, text that is no number is #VALUE!
 *   (https://support.microsoft.com/office/gestep-function-f37e7d2a-41da-4129-be95-640883fca9df;
 *   LibreOffice 7.4 alike).
 * - INFO(type_text) (https://support.microsoft.com/office/info-function-725f259a-0e4b-49b3-8b52-58815c69acae),
 *   the type in any case, as Fremskriv can answer it honestly without telling anything of the
 *   server it runs on:
 *   "system" "pcdos" (what Excel on Windows gives, where the exported workbook is opened),
 *   "release" "16.0" (Excel 365's, whose formulas Fremskriv computes), "recalc" "Automatic"
 *   ("Automatisk" in a da-DK workbook, as Danish Excel writes it: a Fremskriv workbook always
 *   recalculates), "numfile" the number of the workbook's sheets (one workbook is open).
 *   "directory", "origin" (the top-left cell a reader's window shows) and "osversion" depend on a
 *   reader's computer or a file path, which a shared workbook on a server has none of: #N/A, as
 *   Excel 365 also gives for "memavail", "memused" and "totmem". Any other type is #VALUE!.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { engineLocale } from './formulaContext.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { STEP_AND_INFO_TRANSLATIONS } from './stepAndInfoFunctionNames.js';

/** The INFO types Excel knows whose answer depends on a reader's computer: #N/A here. */
const UNKNOWABLE = new Set(['directory', 'origin', 'osversion', 'memavail', 'memused', 'totmem']);

interface SheetCount {
  sheetMapping: { numberOfSheets(): number };
}

class StepAndInfoPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    GESTEP: {
      method: 'gestep',
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }],
    },
    INFO: { method: 'info', parameters: [{ argumentType: FunctionArgumentType.STRING }] },
  };

  gestep(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('GESTEP'), (number: number, step: number) => (number >= step ? 1 : 0));
  }

  info(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('INFO'), (typeText: string) => {
      const type = typeText.toLowerCase();
      switch (type) {
        case 'system':
          return 'pcdos';
        case 'release':
          return '16.0';
        case 'recalc':
          return engineLocale(this.config.context) === 'da-DK' ? 'Automatisk' : 'Automatic';
        case 'numfile':
          return (this.dependencyGraph as unknown as SheetCount).sheetMapping.numberOfSheets();
        default:
          return UNKNOWABLE.has(type)
            ? new CellError(ErrorType.NA, `INFO("${type}") depends on a reader's computer, which a shared workbook does not know.`)
            : new CellError(ErrorType.VALUE, 'INFO: unknown type.');
      }
    });
  }
}

/** Adds GESTEP and INFO (Danish GETRIN, INFO) for engines built afterwards (idempotent). */
export function registerStepAndInfoFunctions(): void {
  HyperFormula.registerFunctionPlugin(StepAndInfoPlugin, STEP_AND_INFO_TRANSLATIONS);
}

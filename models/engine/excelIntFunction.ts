/**
 * INT as Excel computes it: rounds down to the nearest integer, so INT(-3.5) is -4.
 * HyperFormula 3.5 truncates towards zero (-3); the LibreOffice recalculation test
 * (test/interchange/libreOfficeRecalculation.test.ts) found the difference. Registering this
 * plugin replaces the engine's own INT; the Danish name (HELTAL) is kept.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';


class ExcelIntPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    INT: { method: 'int', parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };

  int(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('INT'), (value: number): number => Math.floor(value));
  }
}

const TRANSLATIONS = { enGB: { INT: 'INT' }, enUS: { INT: 'INT' }, daDK: { INT: 'HELTAL' } };

/** Replaces HyperFormula's INT with Excel's for engines built afterwards (idempotent). */
export function registerExcelInt(): void {
  HyperFormula.unregisterFunction('INT');
  HyperFormula.registerFunctionPlugin(ExcelIntPlugin, TRANSLATIONS);
}

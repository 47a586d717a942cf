/**
 * A seam into HyperFormula's arithmetic helper, the object through which every engine coerces
 * text to numbers and compares values. HyperFormula exports neither the class nor a hook; its
 * constructor assigns these fields after `config`, before the engine's first evaluation, so a
 * setter on its prototype can substitute a field's value, per engine, as it is assigned (the
 * technique excelNumberText.ts uses for the `&` operator).
 */
import { HyperFormula } from 'hyperformula';

/** The engine's config as the helper holds it (`context` carries the workbook's locale). */
export interface HelperConfig {
  context?: unknown;
}

let prototype: object | undefined;

export function arithmeticHelperPrototype(): object {
  if (prototype === undefined) {
    const probe = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    const interpreter = (probe.evaluator as unknown as { interpreter: { arithmeticHelper: object } }).interpreter;
    prototype = Object.getPrototypeOf(interpreter.arithmeticHelper) as object;
    probe.destroy();
  }
  return prototype;
}

/**
 * Makes every arithmetic helper built afterwards hold `substitute(given, config)` in `field`
 * instead of what HyperFormula assigns. Call once per field, before engines are built.
 */
export function substituteHelperField<T>(field: 'numberLiteralsHelper' | 'collator' | 'addWithEpsilon' | 'subtract', substitute: (given: T, config: HelperConfig) => T): void {
  Object.defineProperty(arithmeticHelperPrototype(), field, {
    configurable: true,
    set(this: { config: HelperConfig }, given: T) {
      Object.defineProperty(this, field, { value: substitute(given, this.config), writable: true, configurable: true });
    },
  });
}

/**
 * A number turned into text as Excel does it wherever text is needed (`&`, CONCATENATE, TEXTJOIN,
 * LEN, LEFT, SUBSTITUTE, …): at most 15 significant digits, so `="v"&(0.1+0.2)` is "v0.3" and
 * `LEN(1/3)` is 17. HyperFormula 3.5 writes JavaScript's shortest round-trip text
 * ("v0.30000000000000004", issue 11).
 *
 * HyperFormula has no hook for this conversion (ArithmeticHelper.coerceScalarToString, a module
 * function; the upstream fix belongs there), so the binding corrects the three places that call it
 * for a formula: the `&` operator (the interpreter's `concatOp`), the text
 * arguments of every function (FunctionPlugin.coerceToType) and TEXTJOIN's own flattening.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import { EXCEL_DIGITS, toExcelPrecision } from './excelDecimal.js';
import { engineLocale } from './formulaContext.js';

/**
 * Excel's text for a number: plain decimals from 1E-9 up to 15 integer digits, scientific outside
 * (`1E+15`, `1.23456789012346E+15`, `1E-10`), always at most 15 significant digits.
 * Excel does not document where very small numbers switch to scientific; 1E-9 is our choice.
 *
 * The decimal point is the workbook locale's: Danish Excel joins `="v"&(0.1+0.2)` as "v0,3" (it
 * writes the number with the computer's separators, without grouping), so VALUE reads the text
 * back in the same locale (localeNumberText.ts).
 *
 * @example numberAsText(0.1 + 0.2) // "0.3"
 * @example numberAsText(0.1 + 0.2, 'da-DK') // "0,3"
 */
export function numberAsText(x: number, locale: WorkbookLocale = 'en-GB'): string {
  const text = englishNumberText(x);
  return locale === 'da-DK' ? text.replace('.', ',') : text;
}

function englishNumberText(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const value = toExcelPrecision(x);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15 || magnitude < 1e-9) {
    const [mantissa, exponent] = value.toExponential(EXCEL_DIGITS - 1).split('e') as [string, string];
    const digits = mantissa.replace(/\.?0+$/, '');
    const power = Number(exponent);
    return `${digits}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  // Plain decimals: toFixed never switches to exponents below 1e21; the 15-digit value's own
  // decimals are at most 15 - 1 - floor(log10(|x|)), trailing zeros cut.
  const decimals = Math.min(100, Math.max(0, EXCEL_DIGITS - 1 - Math.floor(Math.log10(magnitude))));
  const text = value.toFixed(decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A number in the engine: plain, or an object holding it with a format (a date, a percentage). */
function engineNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null && !(value instanceof SimpleRangeValue) && 'val' in value && typeof value.val === 'number') return value.val;
  return undefined;
}

/** A value on its way to text: a number becomes Excel's text for it in the engine's locale, anything else stays. */
function asExcelText<T>(value: T, config: EngineConfigHolder['config']): T | string {
  const number = engineNumber(value);
  return number === undefined ? value : numberAsText(number, engineLocale(config?.context));
}

/** The interpreter and the function plugins hold their engine's config (`context` names the locale). */
interface EngineConfigHolder {
  config?: { context?: unknown };
}

type CoerceToType = FunctionPlugin['coerceToType'];
type Flatten = (arg: unknown) => string[] | unknown;

let installed = false;

/** Makes `&`, every function's text arguments and TEXTJOIN use Excel's number text (once per process, before engines are built). */
export function registerExcelNumberText(): void {
  if (installed) return;
  installed = true;
  wrapConcatOperator();
  const prototype = FunctionPlugin.prototype as unknown as { coerceToType: CoerceToType };
  const coerceToType = prototype.coerceToType;
  prototype.coerceToType = function (this: FunctionPlugin, arg, coercedType, state) {
    const given = coercedType.argumentType === FunctionArgumentType.STRING ? asExcelText(arg, (this as unknown as EngineConfigHolder).config) : arg;
    return coerceToType.call(this, given as typeof arg, coercedType, state);
  };
  const textPlugin = HyperFormula.getFunctionPlugin('TEXTJOIN')?.prototype as { flattenArgToStrings?: Flatten } | undefined;
  const flatten = textPlugin?.flattenArgToStrings;
  if (textPlugin && flatten) {
    textPlugin.flattenArgToStrings = function (this: unknown, arg: unknown) {
      const { config } = this as EngineConfigHolder;
      const texts = arg instanceof SimpleRangeValue ? SimpleRangeValue.onlyValues(arg.data.map((row) => row.map((cell) => asExcelText(cell, config)))) : asExcelText(arg, config);
      return flatten.call(this, texts);
    };
  }
}

/**
 * Makes the `&` operator of every engine built afterwards use Excel's number text. The
 * interpreter sets its operators as instance fields while it is constructed, before the engine's
 * first evaluation, so a setter on its prototype wraps `concatOp` as it is assigned.
 */
function wrapConcatOperator(): void {
  const probe = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const interpreter = (probe.evaluator as unknown as { interpreter: object }).interpreter;
  const prototype = Object.getPrototypeOf(interpreter) as object;
  probe.destroy();
  Object.defineProperty(prototype, 'concatOp', {
    configurable: true,
    set(this: object, concat: (left: unknown, right: unknown) => unknown) {
      const interpreter = this as EngineConfigHolder;
      const excelConcat = (left: unknown, right: unknown): unknown => concat(asExcelText(left, interpreter.config), asExcelText(right, interpreter.config));
      Object.defineProperty(this, 'concatOp', { value: excelConcat, writable: true, configurable: true });
    },
  });
}

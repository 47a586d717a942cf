/**
 * A formula whose last operation is an addition or subtraction of two numbers equal in their 15
 * significant digits shows 0, as in Excel: "Should an addition or subtraction operation result
 * in a value at or very close to zero, Excel 97 and later will compensate for any error introduced
 * as a result of converting an operand to and from binary"
 * (https://support.microsoft.com/office/floating-point-arithmetic-may-give-inaccurate-results-in-excel-8f4e6ee4-4c24-4d68-8d42-c1dd5a3c7a3f,
 * "Example when a value reaches zero"). So `=0.5-0.4-0.1` and a planner's `=B5-B6` over 0.3 and
 * 0.1+0.2 are 0, not -2.78E-17 / 5.55E-17. Only the formula's last operation: the same page's
 * `=1*(0.5-0.4-0.1)` still gives -2.78E-17, and so does Fremskriv. LibreOffice 7.4 sets every
 * such sum to 0, also inside a formula (its answer for that example is 0).
 *
 * HyperFormula's own correction is off with its rounding (`smartRounding: false`, engineConfig.ts).
 * Here the arithmetic helper's addition and subtraction note their last operands, and the
 * interpreter, after computing a formula whose top is `+` or `-`, reads them: that top operator is
 * the last the helper computed.
 */
import { substituteHelperField } from './arithmeticHelperFields.js';
import { toExcelPrecision } from './excelDecimal.js';
import { engineInternals } from './engineInternals.js';

type HelperNumber = number | { val: number };
type Arithmetic = (left: HelperNumber, right: HelperNumber) => HelperNumber;
type Evaluate = (this: unknown, ast: Node, state: State) => unknown;

interface Node {
  type: string;
}
interface State {
  formulaVertex?: { formula?: unknown };
}

/**
 * The operands of the last addition any engine computed (a subtraction's right one negated).
 * Engines compute synchronously, one formula at a time, so the top operator's are read before
 * another formula's overwrite them.
 */
let lastLeft = 0;
let lastRight = 0;

function raw(value: HelperNumber): number {
  return typeof value === 'number' ? value : value.val;
}

/** Whether `left + right` is zero in Excel's 15 digits though not in doubles. */
export function cancelsOut(left: number, right: number): boolean {
  return left !== -right && toExcelPrecision(left) === -toExcelPrecision(right);
}

const SUMS = new Set(['PLUS_OP', 'MINUS_OP']);

let installed = false;

/** Makes every engine built afterwards compute a formula's last `+` or `-` as Excel does (idempotent). */
export function registerExcelCloseToZero(): void {
  if (installed) return;
  installed = true;
  const noting = (sign: 1 | -1) => (given: Arithmetic): Arithmetic => (left, right) => {
    lastLeft = raw(left);
    lastRight = sign * raw(right);
    return given(left, right);
  };
  substituteHelperField<Arithmetic>('addWithEpsilon', noting(1));
  substituteHelperField<Arithmetic>('subtract', noting(-1));
  const { interpreter } = engineInternals();
  const evaluate = interpreter.evaluateAst as Evaluate;
  interpreter.evaluateAst = function (this: unknown, ast: Node, state: State): unknown {
    const value = evaluate.call(this, ast, state);
    if (!SUMS.has(ast.type) || state.formulaVertex?.formula !== ast) return value;
    const number = typeof value === 'number' ? value : typeof value === 'object' && value !== null && 'val' in value ? (value as { val: unknown }).val : undefined;
    if (typeof number !== 'number' || number === 0 || !cancelsOut(lastLeft, lastRight)) return value;
    return 0;
  };
}

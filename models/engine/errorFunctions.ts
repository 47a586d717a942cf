/**
 * The error function and its complement as Excel computes them since Excel 2010, to its 15
 * digits: ERF(lower; [upper]), ERFC(x) and the one-argument ERF.PRECISE(x) and ERFC.PRECISE(x)
 * (https://support.microsoft.com/da-dk/excel/functions/erf-precise-function,
 * https://support.microsoft.com/da-dk/excel/functions/erfc-precise-function:
 * ERF.PRECISE(1) is 0,84270079, ERFC.PRECISE(1) 0,15729921; a negative x is computed, ERF(-1)
 * -0,84270079 and ERFC(-1) 1,84270079, as LibreOffice 7.4 gives). HyperFormula 3.5 has no ERF.PRECISE or ERFC.PRECISE
 * (#NAME?), and its ERFC is 1 - ERF, which loses the small tail: ERFC(3) was 2,2090496998639E-05
 * and ERFC(6) 0 where Excel and LibreOffice 7.4 give 2,20904969985854E-05 and 2,15197367124989E-17.
 *
 * Both are W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev approximations
 * for the error function", Math. Comp. 23 (1969); his CALERF routine in netlib's specfun),
 * accurate to the last bit of a double across the whole range.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { ERROR_FUNCTION_TRANSLATIONS } from './errorFunctionNames.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';

const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909, 1712.04761263407058, 2051.07837782607147,
  1230.33935479799725, 2.15311535474403846e-8,
];
const D = [15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942];
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346725, 0.527905102951428412, 0.0605183413124413191, 2.33520497626869185e-3];
const ONE_OVER_ROOT_PI = 0.56418958354775628695;

/** erf(x) for |x| ≤ 0,46875, where the series is best. */
function smallErf(x: number): number {
  const square = x * x;
  let numerator = A[4]! * square;
  let denominator = square;
  for (let i = 0; i < 3; i++) {
    numerator = (numerator + A[i]!) * square;
    denominator = (denominator + B[i]!) * square;
  }
  return (x * (numerator + A[3]!)) / (denominator + B[3]!);
}

/** exp(-y²) without the rounding of y² (Cody's split of y into sixteenths). */
function gaussian(y: number): number {
  const coarse = Math.trunc(y * 16) / 16;
  return Math.exp(-coarse * coarse) * Math.exp(-(y - coarse) * (y + coarse));
}

/** erfc(y) for y > 0,46875. */
function tailErfc(y: number): number {
  let ratio: number;
  if (y <= 4) {
    let numerator = C[8]! * y;
    let denominator = y;
    for (let i = 0; i < 7; i++) {
      numerator = (numerator + C[i]!) * y;
      denominator = (denominator + D[i]!) * y;
    }
    ratio = (numerator + C[7]!) / (denominator + D[7]!);
  } else {
    const inverse = 1 / (y * y);
    let numerator = P[5]! * inverse;
    let denominator = inverse;
    for (let i = 0; i < 4; i++) {
      numerator = (numerator + P[i]!) * inverse;
      denominator = (denominator + Q[i]!) * inverse;
    }
    ratio = (ONE_OVER_ROOT_PI - (inverse * (numerator + P[4]!)) / (denominator + Q[4]!)) / y;
  }
  return gaussian(y) * ratio;
}

export function erf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.46875) return smallErf(x);
  const value = 1 - tailErfc(y);
  return x < 0 ? -value : value;
}

export function erfc(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.46875) return 1 - smallErf(x);
  const tail = tailErfc(y);
  return x < 0 ? 2 - tail : tail;
}

const NUMBER = { argumentType: FunctionArgumentType.NUMBER };

class ErrorFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ERF: { method: 'erf', parameters: [NUMBER, { ...NUMBER, optionalArg: true }] },
    ERFC: { method: 'erfc', parameters: [NUMBER] },
    'ERF.PRECISE': { method: 'erfPrecise', parameters: [NUMBER] },
    'ERFC.PRECISE': { method: 'erfcPrecise', parameters: [NUMBER] },
  };

  erf(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ERF'), (lower: number, upper?: number) => (upper === undefined ? erf(lower) : erf(upper) - erf(lower)));
  }

  erfc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ERFC'), erfc);
  }

  erfPrecise(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ERF.PRECISE'), erf);
  }

  erfcPrecise(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ERFC.PRECISE'), erfc);
  }
}

/** Replaces HyperFormula's ERF and ERFC and adds ERF.PRECISE and ERFC.PRECISE for engines built afterwards (idempotent). */
export function registerErrorFunctions(): void {
  HyperFormula.unregisterFunction('ERF');
  HyperFormula.unregisterFunction('ERFC');
  HyperFormula.registerFunctionPlugin(ErrorFunctionsPlugin, ERROR_FUNCTION_TRANSLATIONS);
}

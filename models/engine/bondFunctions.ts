/**
 * Excel's bond and discount security functions, which HyperFormula 3.5 lacks (they were #NAME?):
 * the coupon dates and days (COUPDAYBS, COUPDAYS, COUPDAYSNC, COUPNCD, COUPNUM, COUPPCD), a coupon
 * bond's PRICE, YIELD, DURATION and MDURATION, and DISC, INTRATE, RECEIVED, PRICEDISC, YIELDDISC,
 * PRICEMAT, YIELDMAT, ACCRINT and ACCRINTM. The arithmetic is in couponDates.ts, bondPrices.ts and
 * discountSecurities.ts; here are the argument checks of Microsoft's pages: dates, frequency and
 * basis are truncated; a date that is no valid date is #VALUE!; frequency other than 1, 2 or 4,
 * basis outside 0–4, settlement not before maturity (ACCRINTM's and YIELDMAT's issue not before
 * settlement) and the
 * amounts each page names (a negative rate or yield, a price, redemption, investment, discount or
 * par not above 0) are #NUM!.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { LAST_DATE_SERIAL } from '../format/excelDate.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { BOND_FUNCTION_TRANSLATIONS } from './bondFunctionNames.js';
import { accruedPeriods, couponDateBefore, couponPeriod, type Basis, type CouponPeriod } from './couponDates.js';
import { bondDuration, bondPrice, bondYield, type Bond } from './bondPrices.js';
import * as discount from './discountSecurities.js';

const NUMBER = { argumentType: FunctionArgumentType.NUMBER };
const BASIS = { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 };
const COUPON = { parameters: [NUMBER, NUMBER, NUMBER, BASIS] };
const DISCOUNT = { parameters: [NUMBER, NUMBER, NUMBER, NUMBER, BASIS] };
const AT_MATURITY = { parameters: [NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, BASIS] };

const numError = (message: string) => new CellError(ErrorType.NUM, message);

/** A whole date serial, or #VALUE! for one that is no date. */
function wholeDate(serial: number): number | CellError {
  const whole = Math.trunc(serial);
  return whole >= 0 && whole <= LAST_DATE_SERIAL ? whole : new CellError(ErrorType.VALUE, 'Not a valid date.');
}

function checkedBasis(basis: number): Basis | CellError {
  const whole = Math.trunc(basis);
  return whole >= 0 && whole <= 4 ? (whole as Basis) : numError('The basis must be 0 to 4.');
}

/** Two dates and a basis checked: whole dates, the first before the second. */
function checkedSpan(start: number, end: number, basis: number): { start: number; end: number; basis: Basis } | CellError {
  const [first, last, mode] = [wholeDate(start), wholeDate(end), checkedBasis(basis)];
  if (first instanceof CellError) return first;
  if (last instanceof CellError) return last;
  if (mode instanceof CellError) return mode;
  if (first >= last) return numError('The first date must be before the second.');
  return { start: first, end: last, basis: mode };
}

/** Settlement, maturity, frequency and basis checked as every coupon function's page says. */
function checkedCoupon(settlement: number, maturity: number, frequency: number, basis: number): { span: { start: number; end: number; basis: Basis }; frequency: number } | CellError {
  const whole = Math.trunc(frequency);
  const span = checkedSpan(settlement, maturity, basis);
  if (span instanceof CellError) return span;
  if (whole !== 1 && whole !== 2 && whole !== 4) return numError('The frequency must be 1, 2 or 4.');
  return { span, frequency: whole };
}

class BondFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    COUPDAYBS: { method: 'coupdaybs', ...COUPON },
    COUPDAYS: { method: 'coupdays', ...COUPON },
    COUPDAYSNC: { method: 'coupdaysnc', ...COUPON },
    COUPNCD: { method: 'coupncd', ...COUPON },
    COUPNUM: { method: 'coupnum', ...COUPON },
    COUPPCD: { method: 'couppcd', ...COUPON },
    PRICE: { method: 'price', parameters: [NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, BASIS] },
    YIELD: { method: 'yield', parameters: [NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, BASIS] },
    DURATION: { method: 'duration', ...AT_MATURITY },
    MDURATION: { method: 'mduration', ...AT_MATURITY },
    DISC: { method: 'disc', ...DISCOUNT },
    INTRATE: { method: 'intrate', ...DISCOUNT },
    RECEIVED: { method: 'received', ...DISCOUNT },
    PRICEDISC: { method: 'pricedisc', ...DISCOUNT },
    YIELDDISC: { method: 'yielddisc', ...DISCOUNT },
    PRICEMAT: { method: 'pricemat', ...AT_MATURITY },
    YIELDMAT: { method: 'yieldmat', ...AT_MATURITY },
    ACCRINT: {
      method: 'accrint',
      parameters: [NUMBER, NUMBER, NUMBER, NUMBER, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1000 }, NUMBER, BASIS, { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: true }],
    },
    ACCRINTM: { method: 'accrintm', parameters: [NUMBER, NUMBER, NUMBER, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1000 }, BASIS] },
  };

  coupdaybs(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.coupon(ast, state, 'COUPDAYBS', (period) => period.daysBefore);
  }

  coupdays(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.coupon(ast, state, 'COUPDAYS', (period) => period.days);
  }

  coupdaysnc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.coupon(ast, state, 'COUPDAYSNC', (period) => period.daysAfter);
  }

  coupncd(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.coupon(ast, state, 'COUPNCD', (period) => period.next);
  }

  coupnum(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.coupon(ast, state, 'COUPNUM', (period) => period.count);
  }

  couppcd(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.coupon(ast, state, 'COUPPCD', (period) => period.previous);
  }

  price(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('PRICE'), (settlement: number, maturity: number, rate: number, yld: number, redemption: number, frequency: number, basis: number) => {
      const bond = this.bond(settlement, maturity, rate, redemption, frequency, basis);
      if (bond instanceof CellError) return bond;
      if (yld < 0 || rate < 0 || redemption <= 0) return numError('PRICE needs rate and yld ≥ 0 and redemption > 0.');
      return bondPrice(bond, yld);
    });
  }

  yield(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('YIELD'), (settlement: number, maturity: number, rate: number, pr: number, redemption: number, frequency: number, basis: number) => {
      const bond = this.bond(settlement, maturity, rate, redemption, frequency, basis);
      if (bond instanceof CellError) return bond;
      if (rate < 0 || pr <= 0 || redemption <= 0) return numError('YIELD needs rate ≥ 0 and pr and redemption > 0.');
      const yld = bondYield(bond, pr);
      return Number.isFinite(yld) ? yld : numError('YIELD found no yield giving that price.');
    });
  }

  duration(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.durationOf(ast, state, 'DURATION', false);
  }

  mduration(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.durationOf(ast, state, 'MDURATION', true);
  }

  disc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.discounted(ast, state, 'DISC', discount.discountRate);
  }

  intrate(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.discounted(ast, state, 'INTRATE', discount.interestRate);
  }

  received(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.discounted(ast, state, 'RECEIVED', discount.amountReceived);
  }

  pricedisc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.discounted(ast, state, 'PRICEDISC', discount.discountedPrice);
  }

  yielddisc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.discounted(ast, state, 'YIELDDISC', discount.discountYield);
  }

  pricemat(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.atMaturity(ast, state, 'PRICEMAT', (rate, yld) => rate < 0 || yld < 0, discount.priceAtMaturity);
  }

  yieldmat(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.atMaturity(ast, state, 'YIELDMAT', (rate, pr) => rate < 0 || pr <= 0, discount.yieldAtMaturity);
  }

  /**
   * ACCRINT: par · rate/frequency · Σ Aᵢ/NLᵢ over the quasi-coupon periods through first_interest,
   * from issue to settlement; with calc_method FALSE and settlement after first_interest, from the
   * coupon date before settlement (Microsoft's ACCRINT page and its three examples).
   */
  accrint(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('ACCRINT'),
      (issue: number, firstInterest: number, settlement: number, rate: number, par: number, frequency: number, basis: number, fromIssue: boolean) => {
        const checked = checkedCoupon(issue, settlement, frequency, basis);
        if (checked instanceof CellError) return checked;
        const anchor = wholeDate(firstInterest);
        if (anchor instanceof CellError) return anchor;
        if (rate <= 0 || par <= 0) return numError('ACCRINT needs rate and par > 0.');
        const { start, end, basis: mode } = checked.span;
        const from = fromIssue || end <= anchor ? start : Math.max(start, couponDateBefore(end, anchor, checked.frequency, mode));
        return ((par * rate) / checked.frequency) * accruedPeriods(from, end, anchor, checked.frequency, mode);
      },
    );
  }

  accrintm(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('ACCRINTM'), (issue: number, settlement: number, rate: number, par: number, basis: number) => {
      const span = checkedSpan(issue, settlement, basis);
      if (span instanceof CellError) return span;
      if (rate <= 0 || par <= 0) return numError('ACCRINTM needs rate and par > 0.');
      return discount.accruedAtMaturity(span.start, span.end, rate, par, span.basis);
    });
  }

  private coupon(ast: ProcedureCall, state: InterpreterState, name: string, pick: (period: CouponPeriod) => number): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata(name), (settlement: number, maturity: number, frequency: number, basis: number) => {
      const checked = checkedCoupon(settlement, maturity, frequency, basis);
      if (checked instanceof CellError) return checked;
      return pick(couponPeriod(checked.span.start, checked.span.end, checked.frequency, checked.span.basis));
    });
  }

  private bond(settlement: number, maturity: number, rate: number, redemption: number, frequency: number, basis: number): Bond | CellError {
    const checked = checkedCoupon(settlement, maturity, frequency, basis);
    if (checked instanceof CellError) return checked;
    return { settlement: checked.span.start, maturity: checked.span.end, rate, redemption, frequency: checked.frequency, basis: checked.span.basis };
  }

  private durationOf(ast: ProcedureCall, state: InterpreterState, name: string, modified: boolean): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata(name), (settlement: number, maturity: number, coupon: number, yld: number, frequency: number, basis: number) => {
      const bond = this.bond(settlement, maturity, coupon, 100, frequency, basis);
      if (bond instanceof CellError) return bond;
      if (coupon < 0 || yld < 0) return numError(`${name} needs coupon and yld ≥ 0.`);
      const years = bondDuration(bond, yld);
      return modified ? years / (1 + yld / bond.frequency) : years;
    });
  }

  private discounted(ast: ProcedureCall, state: InterpreterState, name: string, compute: (settlement: number, maturity: number, a: number, b: number, basis: Basis) => number): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata(name), (settlement: number, maturity: number, a: number, b: number, basis: number) => {
      const span = checkedSpan(settlement, maturity, basis);
      if (span instanceof CellError) return span;
      if (a <= 0 || b <= 0) return numError(`${name} needs both amounts above 0.`);
      const result = compute(span.start, span.end, a, b, span.basis);
      return Number.isFinite(result) ? result : numError(`${name} has no finite result.`);
    });
  }

  private atMaturity(ast: ProcedureCall, state: InterpreterState, name: string, invalid: (rate: number, amount: number) => boolean, compute: (settlement: number, maturity: number, issue: number, rate: number, amount: number, basis: Basis) => number): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata(name), (settlement: number, maturity: number, issue: number, rate: number, amount: number, basis: number) => {
      const span = checkedSpan(settlement, maturity, basis);
      if (span instanceof CellError) return span;
      const issued = wholeDate(issue);
      if (issued instanceof CellError) return issued;
      // YIELDMAT's issue must precede settlement; PRICEMAT computes either way (LibreOffice 7.4 alike).
      if (name === 'YIELDMAT' && issued >= span.start) return numError('The issue must be before settlement.');
      if (invalid(rate, amount)) return numError(`${name}: a rate, yield or price out of range.`);
      return compute(span.start, span.end, issued, rate, amount, span.basis);
    });
  }
}

/** Adds the bond and discount security functions (Danish KURS, AFKAST, KUPONDAGE.A …) to the engine (call before building engines). */
export function registerBondFunctions(): void {
  HyperFormula.registerFunctionPlugin(BondFunctionsPlugin, BOND_FUNCTION_TRANSLATIONS);
}

/**
 * Securities paying no coupons: discounted ones (DISC, INTRATE, RECEIVED, PRICEDISC, YIELDDISC) and
 * ones paying their interest at maturity (PRICEMAT, YIELDMAT, ACCRINTM), pure, as Microsoft's pages
 * give them with the basis's year fraction (YEARFRAC's, couponDates.ts) for DSM/B:
 * - DISC = (redemption − pr) / redemption / yf(settlement, maturity)
 * - INTRATE = (redemption − investment) / investment / yf
 * - RECEIVED = investment / (1 − discount · yf)
 * - PRICEDISC = redemption · (1 − discount · yf)
 * - YIELDDISC = (redemption / pr − 1) / yf
 * - PRICEMAT = 100 · ((1 + yf(issue, maturity)·rate) / (1 + yf(settlement, maturity)·yld) − yf(issue, settlement)·rate)
 * - YIELDMAT = ((1 + yf(issue, maturity)·rate) / (pr/100 + yf(issue, settlement)·rate) − 1) / yf(settlement, maturity)
 * - ACCRINTM = par · rate · yf(issue, settlement)
 */
import { yearFraction, type Basis } from './couponDates.js';

export function discountRate(settlement: number, maturity: number, price: number, redemption: number, basis: Basis): number {
  return (redemption - price) / redemption / yearFraction(settlement, maturity, basis);
}

export function interestRate(settlement: number, maturity: number, investment: number, redemption: number, basis: Basis): number {
  return (redemption - investment) / investment / yearFraction(settlement, maturity, basis);
}

export function amountReceived(settlement: number, maturity: number, investment: number, discount: number, basis: Basis): number {
  return investment / (1 - discount * yearFraction(settlement, maturity, basis));
}

export function discountedPrice(settlement: number, maturity: number, discount: number, redemption: number, basis: Basis): number {
  return redemption * (1 - discount * yearFraction(settlement, maturity, basis));
}

export function discountYield(settlement: number, maturity: number, price: number, redemption: number, basis: Basis): number {
  return (redemption / price - 1) / yearFraction(settlement, maturity, basis);
}

export function priceAtMaturity(settlement: number, maturity: number, issue: number, rate: number, yld: number, basis: Basis): number {
  const issueToMaturity = yearFraction(issue, maturity, basis);
  const issueToSettlement = yearFraction(issue, settlement, basis);
  const settlementToMaturity = yearFraction(settlement, maturity, basis);
  return 100 * ((1 + issueToMaturity * rate) / (1 + settlementToMaturity * yld) - issueToSettlement * rate);
}

export function yieldAtMaturity(settlement: number, maturity: number, issue: number, rate: number, price: number, basis: Basis): number {
  const issueToMaturity = yearFraction(issue, maturity, basis);
  const issueToSettlement = yearFraction(issue, settlement, basis);
  const settlementToMaturity = yearFraction(settlement, maturity, basis);
  return ((1 + issueToMaturity * rate) / (price / 100 + issueToSettlement * rate) - 1) / settlementToMaturity;
}

export function accruedAtMaturity(issue: number, settlement: number, rate: number, par: number, basis: Basis): number {
  return par * rate * yearFraction(issue, settlement, basis);
}

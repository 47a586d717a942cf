/**
 * PRICE, YIELD, DURATION and MDURATION of a bond paying coupons, as Microsoft's pages give them,
 * pure on the coupon period (couponDates.ts). With N coupons left, DSC days to the next of E in its
 * period and A since the last:
 * - PRICE = Σₖ₌₁ᴺ (100·rate/f) / (1+yld/f)^(k−1+DSC/E) + redemption / (1+yld/f)^(N−1+DSC/E) − 100·rate/f·A/E
 *   when N > 1; with one coupon left, simple interest over the rest of the period:
 *   (redemption + 100·rate/f) / (1 + DSC/E·yld/f) − 100·rate/f·A/E (Microsoft's PRICE page).
 * - YIELD solves PRICE for the yield by Newton's method (Microsoft's YIELD page: "calculated
 *   through a hundred iterations"); with one coupon left, the page's closed form.
 * - DURATION is the Macaulay duration, in years, of those cash flows at times (k−1+DSC/E)/f;
 *   MDURATION = DURATION / (1 + yld/f) (Microsoft's MDURATION page).
 */
import { couponPeriod, type Basis } from './couponDates.js';

/** A bond's terms as the functions take them (dates whole serials, settlement before maturity). */
export interface Bond {
  settlement: number;
  maturity: number;
  rate: number;
  redemption: number;
  frequency: number;
  basis: Basis;
}

/** The price per 100 of face value at annual yield `yld`. */
export function bondPrice(bond: Bond, yld: number): number {
  const { count, days, daysBefore, daysAfter } = couponPeriod(bond.settlement, bond.maturity, bond.frequency, bond.basis);
  const coupon = (100 * bond.rate) / bond.frequency;
  const accrued = (coupon * daysBefore) / days;
  const toNext = daysAfter / days;
  if (count <= 1) return (bond.redemption + coupon) / (1 + (toNext * yld) / bond.frequency) - accrued;
  const growth = 1 + yld / bond.frequency;
  let price = bond.redemption / Math.pow(growth, count - 1 + toNext) - accrued;
  for (let k = 0; k < count; k++) price += coupon / Math.pow(growth, k + toNext);
  return price;
}

const MAX_ITERATIONS = 100;
const CLOSE = 1e-10;

/** The annual yield at which the bond's price is `price`; NaN when Newton's method finds none. */
export function bondYield(bond: Bond, price: number): number {
  const { count, days, daysBefore, daysAfter } = couponPeriod(bond.settlement, bond.maturity, bond.frequency, bond.basis);
  const coupon = bond.rate / bond.frequency;
  if (count <= 1) {
    const paid = price / 100 + (daysBefore / days) * coupon;
    return ((bond.redemption / 100 + coupon - paid) / paid) * ((bond.frequency * days) / daysAfter);
  }
  let yld = bond.rate > 0 ? bond.rate : 0.05;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const difference = bondPrice(bond, yld) - price;
    const step = Math.max(1e-7, Math.abs(yld) * 1e-7);
    const slope = (bondPrice(bond, yld + step) - bondPrice(bond, yld - step)) / (2 * step);
    if (!Number.isFinite(slope) || slope === 0) return Number.NaN;
    const next = yld - difference / slope;
    if (Math.abs(next - yld) < CLOSE) return next;
    yld = next <= -bond.frequency ? (yld - bond.frequency) / 2 : next;
  }
  return Number.NaN;
}

/** The Macaulay duration in years of a bond of face value 100 at annual yield `yld`. */
export function bondDuration(bond: Omit<Bond, 'redemption'>, yld: number): number {
  const { count, days, daysAfter } = couponPeriod(bond.settlement, bond.maturity, bond.frequency, bond.basis);
  const coupon = (100 * bond.rate) / bond.frequency;
  const growth = 1 + yld / bond.frequency;
  let weighted = 0;
  let value = 0;
  for (let k = 1; k <= count; k++) {
    const time = k - 1 + daysAfter / days;
    const flow = k === count ? coupon + 100 : coupon;
    const present = flow / Math.pow(growth, time);
    weighted += time * present;
    value += present;
  }
  return weighted / value / bond.frequency;
}

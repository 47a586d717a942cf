/**
 * The day counts and coupon dates of Excel's bond functions (COUPDAYBS, COUPDAYS, COUPDAYSNC,
 * COUPNCD, COUPNUM, COUPPCD, and PRICE, YIELD, DURATION built on them), pure and on Excel's date
 * serials. The coupon dates step back from maturity by 12/frequency months keeping its day of the
 * month, or the month's last day when maturity is the last of its month (Microsoft's COUPPCD and
 * COUPNCD pages; the end-of-month rule as LibreOffice 7.4's analysis functions, written to match
 * Excel, apply it). Days between dates count by the basis: 0 US (NASD) 30/360, where the last of
 * February counts as the 30th and a 31st after a 30th as the 30th; 4 European 30/360, every 31st
 * the 30th; 1, 2 and 3 actual days. A coupon period has 360/frequency days under 0, 2 and 4,
 * 365/frequency under 3 and its actual days under 1.
 */
import { daysInMonth, monthDaySerial, serialDate } from '../format/excelDate.js';

export type Basis = 0 | 1 | 2 | 3 | 4;

/**
 * A date as the coupon arithmetic moves it by months: the day it started from (`origin`) and
 * whether that was its month's last, so that a coupon of 31 August is the 28th or 29th in
 * February and the 31st again in August. Under 30/360 a day is at most the 30th.
 */
interface CouponDay {
  year: number;
  month: number;
  readonly origin: number;
  readonly lastOfMonth: boolean;
  readonly thirty: boolean;
  readonly us: boolean;
}

function couponDay(serial: number, basis: Basis): CouponDay {
  const date = serialDate(serial)!;
  return { year: date.year, month: date.month, origin: date.day, lastOfMonth: date.day >= daysInMonth(date.year, date.month), thirty: basis === 0 || basis === 4, us: basis === 0 };
}

/** The day of the month as the basis counts it. */
function dayOf(d: CouponDay): number {
  const last = daysInMonth(d.year, d.month);
  if (d.thirty) return d.lastOfMonth || Math.min(d.origin, 30) >= last ? 30 : Math.min(d.origin, 30);
  return d.lastOfMonth ? last : Math.min(d.origin, last);
}

function moved(d: CouponDay, months: number): CouponDay {
  const index = d.year * 12 + (d.month - 1) + months;
  return { ...d, year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function withYear(d: CouponDay, year: number): CouponDay {
  return { ...d, year };
}

/** Orders two coupon days as the basis counts them; equal days by whether each is its month's last, then by the day started from. */
function compare(a: CouponDay, b: CouponDay): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month !== b.month) return a.month - b.month;
  const [da, db] = [dayOf(a), dayOf(b)];
  if (da !== db) return da - db;
  if (a.lastOfMonth || b.lastOfMonth) return a.lastOfMonth === b.lastOfMonth ? 0 : a.lastOfMonth ? 1 : -1;
  return a.origin - b.origin;
}

/** The serial of a coupon day: its month's last day when it started from one, else its day, at most the month's last. */
function serialOf(d: CouponDay): number {
  const last = daysInMonth(d.year, d.month);
  return monthDaySerial(d.year, d.month, d.lastOfMonth ? last : Math.min(d.origin, last));
}

/** Days from `from` to `to` (never below 0) as the basis counts them. */
function daysBetween(from: CouponDay, to: CouponDay): number {
  if (compare(from, to) > 0) return -daysBetween(to, from);
  if (!from.thirty) return Math.max(0, serialOf(to) - serialOf(from));
  let [fromDay, toDay] = [dayOf(from), dayOf(to)];
  if (from.us) {
    if ((from.month === 2 || fromDay < 30) && to.origin === 31) toDay = 31;
    else if (to.month === 2 && to.lastOfMonth) toDay = daysInMonth(to.year, 2);
  } else {
    if (from.month === 2 && fromDay === 30) fromDay = daysInMonth(from.year, 2);
    if (to.month === 2 && toDay === 30) toDay = daysInMonth(to.year, 2);
  }
  return Math.max(0, (to.year - from.year) * 360 + (to.month - from.month) * 30 + toDay - fromDay);
}

/** The last coupon date on or before settlement (`next` false) or the first after it (`next` true). */
function couponDate(settlement: CouponDay, maturity: CouponDay, frequency: number, next: boolean): CouponDay {
  const step = 12 / frequency;
  let date = withYear(maturity, settlement.year);
  if (next) {
    if (compare(date, settlement) > 0) date = withYear(date, date.year - 1);
    while (compare(date, settlement) <= 0) date = moved(date, step);
  } else {
    if (compare(date, settlement) < 0) date = withYear(date, date.year + 1);
    while (compare(date, settlement) > 0) date = moved(date, -step);
  }
  return date;
}

/** A bond's coupon schedule as seen from its settlement date. */
export interface CouponPeriod {
  /** COUPPCD: the coupon date on or before settlement. */
  previous: number;
  /** COUPNCD: the coupon date after settlement. */
  next: number;
  /** COUPDAYBS: days from the previous coupon to settlement. */
  daysBefore: number;
  /** COUPDAYS: days in the coupon period holding settlement. */
  days: number;
  /** COUPDAYSNC: days from settlement to the next coupon. */
  daysAfter: number;
  /** COUPNUM: coupons payable from settlement to maturity. */
  count: number;
}

/** The coupon period holding `settlement` of a bond maturing at `maturity` (whole serials, settlement before maturity). */
export function couponPeriod(settlement: number, maturity: number, frequency: number, basis: Basis): CouponPeriod {
  const settle = couponDay(settlement, basis);
  const mature = couponDay(maturity, basis);
  const previous = couponDate(settle, mature, frequency, false);
  const next = couponDate(settle, mature, frequency, true);
  const daysBefore = daysBetween(previous, settle);
  const days = basis === 1 ? daysBetween(previous, moved(previous, 12 / frequency)) : (basis === 3 ? 365 : 360) / frequency;
  const daysAfter = basis === 0 || basis === 4 ? days - daysBefore : daysBetween(settle, next);
  const months = (mature.year - previous.year) * 12 + mature.month - previous.month;
  return { previous: serialOf(previous), next: serialOf(next), daysBefore, days, daysAfter, count: Math.floor((months * frequency) / 12) };
}

/**
 * The fraction of a year from `start` to `end` (whole serials, either order) as YEARFRAC gives it
 * for the basis, the year length of the discount and at-maturity functions (DISC, INTRATE,
 * RECEIVED, PRICEDISC, YIELDDISC, PRICEMAT, YIELDMAT, ACCRINTM).
 */
export function yearFraction(start: number, end: number, basis: Basis): number {
  if (start === end) return 0;
  const [first, last] = start < end ? [start, end] : [end, start];
  const a = serialDate(first)!;
  const b = serialDate(last)!;
  if (basis === 2) return (last - first) / 360;
  if (basis === 3) return (last - first) / 365;
  if (basis === 0 || basis === 4) {
    let [d1, d2] = [a.day, b.day];
    if (basis === 4) {
      d1 = Math.min(d1, 30);
      d2 = Math.min(d2, 30);
    } else {
      const lastOfFebruary = (date: { year: number; month: number; day: number }) => date.month === 2 && date.day === daysInMonth(date.year, 2);
      if (d1 === 31) d1 = 30;
      if (d1 === 30 && d2 === 31) d2 = 30;
      else if (lastOfFebruary(a)) {
        d1 = 30;
        if (lastOfFebruary(b)) d2 = 30;
      }
    }
    return ((b.year - a.year) * 360 + (b.month - a.month) * 30 + d2 - d1) / 360;
  }
  return (last - first) / actualYearLength(a, b, first, last);
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Basis 1's year length: 366 or 365 within a year, else the average length of the years spanned. */
function actualYearLength(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }, first: number, last: number): number {
  const withinYear = a.year === b.year || (b.year === a.year + 1 && (a.month > b.month || (a.month === b.month && a.day >= b.day)));
  if (!withinYear) {
    let days = 0;
    for (let year = a.year; year <= b.year; year++) days += isLeap(year) ? 366 : 365;
    return days / (b.year - a.year + 1);
  }
  if (a.year === b.year) return isLeap(a.year) ? 366 : 365;
  const leapDay = [a.year, b.year].filter(isLeap).map((year) => monthDaySerial(year, 2, 29));
  return leapDay.some((day) => day >= first && day <= last) ? 366 : 365;
}

/**
 * ACCRINT's Σ Aᵢ/NLᵢ: over the quasi-coupon periods of a schedule through `anchor` (the first
 * interest date) that overlap `start` to `end`, the days of each inside them over the period's
 * normal length (Microsoft's ACCRINT page), days counted by the basis.
 */
export function accruedPeriods(start: number, end: number, anchor: number, frequency: number, basis: Basis): number {
  const step = 12 / frequency;
  const from = couponDay(start, basis);
  const to = couponDay(end, basis);
  let period = couponDate(from, couponDay(anchor, basis), frequency, false);
  let total = 0;
  while (compare(period, to) < 0) {
    const next = moved(period, step);
    const normal = basis === 1 ? daysBetween(period, next) : (basis === 3 ? 365 : 360) / frequency;
    const first = compare(period, from) > 0 ? period : from;
    const last = compare(next, to) < 0 ? next : to;
    total += daysBetween(first, last) / normal;
    period = next;
  }
  return total;
}

/** The coupon date of the schedule through `anchor` on or before `serial`. */
export function couponDateBefore(serial: number, anchor: number, frequency: number, basis: Basis): number {
  return serialOf(couponDate(couponDay(serial, basis), couponDay(anchor, basis), frequency, false));
}

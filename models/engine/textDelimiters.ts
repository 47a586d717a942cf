/**
 * Finding and splitting on delimiters as Excel's TEXTBEFORE, TEXTAFTER and TEXTSPLIT do
 * (Microsoft's pages for the three): several delimiters may be given, the earliest match wins
 * (the longest where two start at the same place), matches do not overlap, and match_mode 1
 * ignores case. Pure; the plugin is textFunctions.ts.
 */

export interface Match {
  start: number;
  end: number;
}

function fold(text: string, ignoreCase: boolean): string {
  return ignoreCase ? text.toLowerCase() : text;
}

/** The earliest match at or after `from`. */
function nextMatch(text: string, delimiters: readonly string[], from: number): Match | undefined {
  let best: Match | undefined;
  for (const delimiter of delimiters) {
    const start = text.indexOf(delimiter, from);
    if (start === -1) continue;
    if (best === undefined || start < best.start || (start === best.start && start + delimiter.length > best.end)) {
      best = { start, end: start + delimiter.length };
    }
  }
  return best;
}

/** The latest match ending at or before `to`. */
function previousMatch(text: string, delimiters: readonly string[], to: number): Match | undefined {
  let best: Match | undefined;
  for (const delimiter of delimiters) {
    const start = text.lastIndexOf(delimiter, to - delimiter.length);
    if (start === -1 || start + delimiter.length > to) continue;
    if (best === undefined || start > best.start) best = { start, end: start + delimiter.length };
  }
  return best;
}

/**
 * The `instance`-th delimiter (from the end when negative), or undefined when there are fewer.
 * With `matchEnd` the text's end (or, from the end, its start) counts as one more delimiter.
 */
export function findInstance(text: string, delimiters: readonly string[], instance: number, ignoreCase: boolean, matchEnd: boolean): Match | undefined {
  const haystack = fold(text, ignoreCase);
  const needles = delimiters.map((d) => fold(d, ignoreCase));
  if (needles.some((d) => d === '')) return instance > 0 ? { start: 0, end: 0 } : { start: text.length, end: text.length };
  let found: Match | undefined;
  let position = instance > 0 ? 0 : text.length;
  for (let i = 1; i <= Math.abs(instance); i++) {
    found = instance > 0 ? nextMatch(haystack, needles, position) : previousMatch(haystack, needles, position);
    if (found === undefined) {
      if (!matchEnd || i !== Math.abs(instance)) return undefined;
      const edge = instance > 0 ? text.length : 0;
      return { start: edge, end: edge };
    }
    position = instance > 0 ? found.end : found.start;
  }
  return found;
}

/** The text cut at every delimiter (empty parts kept). */
export function splitAll(text: string, delimiters: readonly string[], ignoreCase: boolean): string[] {
  const needles = delimiters.filter((d) => d !== '').map((d) => fold(d, ignoreCase));
  if (needles.length === 0) return [text];
  const haystack = fold(text, ignoreCase);
  const parts: string[] = [];
  let position = 0;
  for (let match = nextMatch(haystack, needles, 0); match !== undefined; match = nextMatch(haystack, needles, position)) {
    parts.push(text.slice(position, match.start));
    position = match.end;
  }
  parts.push(text.slice(position));
  return parts;
}

/**
 * TEXTSPLIT's rows: cut at the row delimiters, each row at the column delimiters, empty parts
 * dropped when asked (and then empty rows too). Ragged rows are padded by the caller.
 */
export function splitTable(text: string, columnDelimiters: readonly string[], rowDelimiters: readonly string[], ignoreEmpty: boolean, ignoreCase: boolean): string[][] {
  const rows = splitAll(text, rowDelimiters, ignoreCase).filter((row) => !ignoreEmpty || row !== '');
  return rows.map((row) => splitAll(row, columnDelimiters, ignoreCase).filter((part) => !ignoreEmpty || part !== ''));
}

/**
 * NUMBERVALUE's reading of a text (Microsoft's NUMBERVALUE page): spaces anywhere are removed, the
 * group separator may appear before the decimal separator only, each trailing % divides by 100,
 * an empty text is 0. Undefined when it is not a number (#VALUE!).
 */
export function numberFromText(text: string, decimal: string, group: string): number | undefined {
  let body = text.replace(/\s+/g, '');
  if (body === '') return 0;
  let percents = 0;
  while (body.endsWith('%')) {
    body = body.slice(0, -1);
    percents++;
  }
  const decimalAt = body.indexOf(decimal);
  if (decimalAt !== -1 && body.indexOf(decimal, decimalAt + 1) !== -1) return undefined;
  const whole = decimalAt === -1 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? '' : body.slice(decimalAt + 1);
  if (fraction.includes(group)) return undefined;
  const digits = `${whole.split(group).join('')}${decimalAt === -1 ? '' : `.${fraction}`}`;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(digits)) return undefined;
  return Number(digits) / 100 ** percents;
}

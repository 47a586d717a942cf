/**
 * A goal's deadline month as a planner types it, in Danish or English: "dec. 2023", "december
 * 2023", "Dec 2023", "12-2023", "12/2023" or "2023-12" all read as `2023-12`. The goal editor
 * had the browser's own month field, whose text followed the browser's language and not the
 * app's (an English browser showed "December 2023" beside Danish labels).
 *
 * @example parseMonthText('dec. 2023') // '2023-12'
 * @example stepMonth('2023-12', 1) // '2024-01'
 */

/** Month names in both languages, each read from its first three letters on. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januar', 'january'],
  ['februar', 'february'],
  ['marts', 'march'],
  ['april'],
  ['maj', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['august'],
  ['september'],
  ['oktober', 'october'],
  ['november'],
  ['december'],
];

function monthOfName(word: string): number | null {
  if (word.length < 3) return null;
  const index = MONTH_NAMES.findIndex((names) => names.some((name) => name.startsWith(word)));
  return index < 0 ? null : index + 1;
}

function period(year: number, month: number | null): string | null {
  if (month === null || month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

const fullYear = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** `YYYY-MM`, '' for an empty text (no deadline), or null for a text that is not a month. */
export function parseMonthText(text: string): string | null {
  const typed = text.trim().toLowerCase();
  if (typed === '') return '';
  const isoLike = /^(\d{4})-(\d{1,2})$/.exec(typed);
  if (isoLike) return period(Number(isoLike[1]), Number(isoLike[2]));
  const numeric = /^(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})$/.exec(typed);
  if (numeric) return period(fullYear(numeric[2]!), Number(numeric[1]));
  const named = /^([a-zæøå]+)\.?\s*(\d{4}|\d{2})$/.exec(typed);
  if (named) return period(fullYear(named[2]!), monthOfName(named[1]!));
  return null;
}

/** The month `by` months after `month` (`YYYY-MM`). */
export function stepMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

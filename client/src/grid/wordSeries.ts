/**
 * Word series for the fill handle, as Excel's and Google Sheets' built-in lists: month names
 * (januar → februar, jan. → feb., Jan → Feb; Danish and English), weekdays (mandag → tirsdag,
 * man → tir, Monday → Tuesday), a month with its year (dec 2023 → jan 2024) and quarters
 * (K4 → K1, Q4 2023 → Q1 2024, 2023K4 → 2024K1, 4. kvt. 2023 → 1. kvt. 2024). Only a whole cell
 * in one of these forms counts ("Maj-indsats" does not). Case and the abbreviation's dot are kept
 * as typed. Pure.
 */

/** The source cells as a series: the value of each along the line and how a value reads in a cell. */
export interface WordSeries {
  values: number[];
  cell(value: number): string;
}

/** A cyclic list of names, lower case; `full` (for an abbreviated list) tells which names are short, so take a dot. */
interface WordList {
  names: readonly string[];
  full?: readonly string[];
  /** Whether a year may follow (months) or not (weekdays). */
  dated: boolean;
}

// Written out rather than read from Intl: Intl's Danish abbreviations are "tirs."/"tors.", not the
// "tir"/"tor" planners type, ICU data differs between browsers, and collaborators' grids must fill
// alike. A test checks the full names against Intl where it has them.
const daMonths = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const enMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const daWeekdays = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const enWeekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The workbook's language, which decides a word that is both Danish and English ("April", "Mar"). */
export type SeriesLanguage = 'da' | 'en';

/** Per language, in the order tried: abbreviations before full names ("maj"). */
const LANGUAGE_LISTS: Readonly<Record<SeriesLanguage, readonly WordList[]>> = {
  da: [
    { names: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'], full: daMonths, dated: true },
    { names: daMonths, dated: true },
    { names: ['man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'], full: daWeekdays, dated: false },
    { names: daWeekdays, dated: false },
  ],
  en: [
    { names: enMonths.map((name) => name.slice(0, 3)), full: enMonths, dated: true },
    { names: enMonths, dated: true },
    { names: enWeekdays.map((name) => name.slice(0, 3)), full: enWeekdays, dated: false },
    { names: enWeekdays, dated: false },
  ],
};

/** The workbook's language first, where a word is both (April → Maj in Danish, May in English). */
const WORD_LISTS: Readonly<Record<SeriesLanguage, readonly WordList[]>> = {
  da: [...LANGUAGE_LISTS.da, ...LANGUAGE_LISTS.en],
  en: [...LANGUAGE_LISTS.en, ...LANGUAGE_LISTS.da],
};

const QUARTERS: WordList = { names: ['1', '2', '3', '4'], dated: true };

/**
 * A form a cell may take: its capture groups, joined, are the whole trimmed cell; `name` is the
 * group holding the word of the list, `year` the one holding the year (absent in a cell without).
 */
interface Form {
  pattern: RegExp;
  /** The lists its word may come from; 'words' for the month and weekday names, in the workbook's language first. */
  lists: readonly WordList[] | 'words';
  name: number;
  year: number;
}

const FORMS: readonly Form[] = [
  // januar, jan., Jan 2023
  { pattern: /^(\p{L}+\.?)(?:(\s+)(\d{4}))?$/u, lists: 'words', name: 1, year: 3 },
  // K1, Q1, K4 2023
  { pattern: /^([KQ])([1-4])(?:(\s+)(\d{4}))?$/i, lists: [QUARTERS], name: 2, year: 4 },
  // 2023K1 (Danmarks Statistik's form), 2023 Q1, 2023-K1
  { pattern: /^(\d{4})(\s*-?\s*[KQ])([1-4])$/i, lists: [QUARTERS], name: 3, year: 1 },
  // 1. kvt. 2023, 1. kvartal 2023
  { pattern: /^([1-4])(\.\s*(?:kvt\.?|kvartal))(?:(\s+)(\d{4}))?$/i, lists: [QUARTERS], name: 1, year: 4 },
];

/** A name of `list` in the case of `like` (JAN → FEB, Jan → Feb, jan → feb) and with a dot if `dot` and the name is short. */
function styledName(list: WordList, index: number, like: string, dot: boolean): string {
  const name = list.names[index]!;
  const letters = like.replace(/\.$/, '');
  const cased =
    letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
      ? name.toUpperCase()
      : letters[0] !== letters[0]?.toLowerCase()
        ? name[0]!.toUpperCase() + name.slice(1)
        : name;
  // "maj" is the whole word: no dot after it, as Danish writes "apr., maj, jun.".
  return dot && list.full && list.full[index] !== name ? `${cased}.` : cased;
}

/** The index of `word` in `list`, or -1; an abbreviation may end in a dot. */
function indexIn(list: WordList, word: string): number {
  const bare = list.full ? word.replace(/\.$/, '') : word;
  return list.names.indexOf(bare.toLowerCase());
}

const modulo = (a: number, n: number): number => ((a % n) + n) % n;

/**
 * The values of cells that step evenly, or null: with a year the values are absolute (jan 2023,
 * mar 2023 step 2); without, they step around the list (nov, jan step 2 as jan, mar does) and are
 * laid out unwrapped so that the series continues past the list's end.
 */
function evenValues(values: readonly number[], period: number | null): number[] | null {
  const first = values[0]!;
  const step = values.length > 1 ? values[1]! - first : 0;
  const steps = (a: number, b: number): boolean => (period === null ? a === b : modulo(a - b, period) === 0);
  if (!values.every((v, i) => steps(v - first, i * step))) return null;
  return values.map((_, i) => first + i * (period === null ? step : modulo(step, period)));
}

/** The series the matches of one form make with `list`, 'pattern' if they do not step evenly, null if they are not of `list`. */
function seriesIn(form: Form, list: WordList, matches: readonly RegExpExecArray[]): WordSeries | 'pattern' | null {
  const indices = matches.map((m) => indexIn(list, m[form.name]!));
  const years = matches.map((m) => m[form.year]);
  const dated = years[0] !== undefined;
  if (indices.includes(-1) || years.some((year) => (year !== undefined) !== dated) || (dated && !list.dated)) return null;
  const period = list.names.length;
  const values = evenValues(indices.map((index, i) => (dated ? Number(years[i]) * period + index : index)), dated ? null : period);
  if (!values) return 'pattern';
  const template = matches[0]!;
  const like = template[form.name]!;
  const dot = matches.some((m) => m[form.name]!.endsWith('.'));
  return {
    values,
    cell: (value) => {
      const v = Math.round(value);
      const parts = template.slice(1).map((part) => part ?? '');
      parts[form.name - 1] = styledName(list, modulo(v, period), like, dot);
      if (dated) parts[form.year - 1] = String(Math.floor(v / period));
      return parts.join('');
    },
  };
}

/**
 * The texts (one line of the fill's source) as a word series; 'pattern' when they are words of one
 * list that do not step evenly (jan, feb, apr), to repeat as Excel does; null when they are not all
 * words of one list, for the other rules to try. A word that is both Danish and English continues
 * in `language`, the workbook's.
 *
 * @example wordSeriesOf(['jan', 'mar'])?.cell(4) === 'maj'
 */
export function wordSeriesOf(texts: readonly string[], language: SeriesLanguage = 'da'): WordSeries | 'pattern' | null {
  for (const form of FORMS) {
    const matches = texts.map((text) => form.pattern.exec(text.trim()));
    if (!matches.every((m): m is RegExpExecArray => m !== null)) continue;
    for (const list of form.lists === 'words' ? WORD_LISTS[language] : form.lists) {
      const series = seriesIn(form, list, matches);
      if (series) return series;
    }
  }
  return null;
}

import { describe, expect, it } from 'vitest';
import { autoFill } from '../../client/src/grid/autoFill.js';
import type { CellRange } from '../../client/src/grid/selection.js';
import type { SeriesLanguage } from '../../client/src/grid/wordSeries.js';

type Direction = 'down' | 'up' | 'right' | 'left';

/**
 * What the fill handle writes when `texts` (a column, or a row when filling sideways, starting at
 * row/column 10) is dragged `count` cells on: nearest the selection first.
 */
function fill(texts: readonly string[], count: number, direction: Direction = 'down', language: SeriesLanguage = 'da'): unknown[] {
  const sideways = direction === 'right' || direction === 'left';
  const along = (row: number, col: number): number => (sideways ? col : row) - 10;
  const [first, last] = [10, 10 + texts.length - 1];
  const source: CellRange = sideways ? { top: 0, bottom: 0, left: first, right: last } : { top: first, bottom: last, left: 0, right: 0 };
  const target: CellRange = {
    down: { ...source, bottom: last + count },
    up: { ...source, top: first - count },
    right: { ...source, right: last + count },
    left: { ...source, left: first - count },
  }[direction];
  const read = { input: (row: number, col: number) => texts[along(row, col)], format: () => undefined };
  return autoFill(source, target, read, language).cells.map((cell) => cell.input);
}

describe('the fill handle continues word series', () => {
  it.each<[string, string[], string[]]>([
    ['a Danish month name', ['januar'], ['februar', 'marts', 'april']],
    ['a capitalised one keeps its capital', ['Januar'], ['Februar', 'Marts']],
    ['December runs on into January', ['december'], ['januar', 'februar']],
    ['an abbreviation', ['jan'], ['feb', 'mar']],
    ['an abbreviation in capitals stays in capitals', ['JAN'], ['FEB', 'MAR']],
    ['an abbreviation with a dot keeps it, except on maj, which is not shortened', ['apr.'], ['maj', 'jun.', 'jul.']],
    ['okt runs on around the year', ['okt'], ['nov', 'dec', 'jan']],
    ['an English month name', ['October'], ['November', 'December', 'January']],
    ['an English abbreviation', ['May'], ['Jun', 'Jul']],
    ['Oct is English', ['Oct'], ['Nov', 'Dec']],
    ['a Danish weekday', ['lørdag'], ['søndag', 'mandag']],
    ['a Danish weekday abbreviation', ['Fre'], ['Lør', 'Søn', 'Man', 'Tir']],
    ['an English weekday', ['Monday'], ['Tuesday', 'Wednesday']],
    ['an English weekday abbreviation', ['sat'], ['sun', 'mon']],
    ['a month with its year', ['jan 2023'], ['feb 2023', 'mar 2023']],
    ['a month with its year runs into the next year', ['nov 2023'], ['dec 2023', 'jan 2024']],
    ['a full month name with its year', ['December 2023'], ['Januar 2024']],
    ['an abbreviation with a dot and a year', ['Dec. 2023'], ['Jan. 2024']],
    ['a quarter (kvartal)', ['K2'], ['K3', 'K4', 'K1']],
    ['a quarter in lower case', ['q3'], ['q4', 'q1']],
    ['a quarter with its year', ['K4 2023'], ['K1 2024', 'K2 2024']],
    ['Danmarks Statistik\'s quarter', ['2023K4'], ['2024K1']],
    ['a year and quarter with a dash', ['2023-Q4'], ['2024-Q1']],
    ['a quarter written out', ['4. kvt. 2023'], ['1. kvt. 2024', '2. kvt. 2024']],
    ['a quarter written out without a year', ['3. kvartal'], ['4. kvartal', '1. kvartal']],
    ['a cell with spaces around the word', ['  jan '], ['feb', 'mar']],
  ])('one cell counts on by one: %s', (_, texts, expected) => {
    expect(fill(texts, expected.length)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    ['jan, mar step two months', ['jan', 'mar'], ['maj', 'jul', 'sep']],
    ['K1, K3 step two quarters around the year', ['K1', 'K3'], ['K1', 'K3']],
    ['nov, jan step two across the turn of the year', ['nov', 'jan'], ['mar', 'maj']],
    ['mar, feb count down', ['mar', 'feb'], ['jan', 'dec']],
    ['mandag, onsdag step two days', ['mandag', 'onsdag'], ['fredag', 'søndag', 'tirsdag']],
    ['half-yearly months with their year', ['jan 2023', 'jul 2023'], ['jan 2024', 'jul 2024']],
    ['quarters with their year', ['Q4 2023', 'Q1 2024'], ['Q2 2024', 'Q3 2024']],
    ['three cells stepping evenly', ['jan', 'apr', 'jul'], ['okt', 'jan']],
    ['apr, May are English (the first list that has them all)', ['Apr', 'May'], ['Jun', 'Jul']],
    ['the first cell sets the case', ['Jan', 'feb'], ['Mar', 'Apr']],
  ])('two or more cells continue with their step: %s', (_, texts, expected) => {
    expect(fill(texts, expected.length)).toEqual(expected);
  });

  it.each<[string, string[], Direction, string[]]>([
    ['filling up from jan counts back into the year before', ['jan'], 'up', ['dec', 'nov']],
    ['filling up from jan 2024 reaches dec 2023', ['jan 2024'], 'up', ['dec 2023', 'nov 2023']],
    ['filling up from K1 2024 reaches K4 2023', ['K1 2024'], 'up', ['K4 2023', 'K3 2023']],
    ['filling up from jan, mar steps back by two', ['jan', 'mar'], 'up', ['nov', 'sep']],
    ['filling left from Mandag reaches Søndag', ['Mandag'], 'left', ['Søndag', 'Lørdag']],
    ['filling right from a month heading', ['jan 2023', 'feb 2023'], 'right', ['mar 2023', 'apr 2023']],
  ])('backwards and sideways: %s', (_, texts, direction, expected) => {
    expect(fill(texts, expected.length, direction)).toEqual(expected);
  });

  it.each<[string, string[], unknown[]]>([
    ['months that do not step evenly', ['jan', 'feb', 'apr'], ['jan', 'feb', 'apr', 'jan']],
    ['months a year apart that do not step evenly', ['jan 2023', 'jan 2024', 'jan 2026'], ['jan 2023', 'jan 2024']],
    ['a month and a weekday', ['jan', 'mandag'], ['jan', 'mandag', 'jan']],
    ['a month with a year and one without', ['jan 2023', 'feb'], ['jan 2023', 'feb']],
    ['a word that contains a month', ['Marts-tal'], ['Marts-tal', 'Marts-tal']],
    ['a word that starts with one', ['Maj-indsats'], ['Maj-indsats']],
    ['a month in a sentence', ['jan og feb'], ['jan og feb']],
    ['a name that is no abbreviation', ['janu'], ['janu']],
    ['a full name with a dot', ['januar.'], ['januar.']],
    ['a weekday with a year', ['mandag 2023'], ['mandag 2024']],
  ])('anything else repeats (or counts as numbered text): %s', (_, texts, expected) => {
    expect(fill(texts, expected.length)).toEqual(expected);
  });

  it('a quarter past four counts on as numbered text', () => {
    expect(fill(['K5'], 2)).toEqual(['K6', 'K7']);
  });

  it('the Danish and English month and weekday names are those Intl gives', () => {
    const names = (locale: string, options: Intl.DateTimeFormatOptions, dates: number[]): string[] =>
      dates.map((date) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date).toLowerCase());
    const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2023, m, 1));
    const weekdays = Array.from({ length: 7 }, (_, d) => Date.UTC(2024, 0, 1 + d)); // 1 January 2024 was a Monday
    expect(['januar', ...fill(['januar'], 11)]).toEqual(names('da', { month: 'long' }, months));
    expect(['january', ...fill(['january'], 11)]).toEqual(names('en', { month: 'long' }, months));
    expect(['mandag', ...fill(['mandag'], 6)]).toEqual(names('da', { weekday: 'long' }, weekdays));
    expect(['monday', ...fill(['monday'], 6)]).toEqual(names('en', { weekday: 'long' }, weekdays));
    expect(['mon', ...fill(['mon'], 6)]).toEqual(names('en', { weekday: 'short' }, weekdays));
    // Intl's Danish abbreviations carry the dot a dotted series writes ("jan.", "maj", "jun.").
    expect(['jan.', ...fill(['jan.'], 11)]).toEqual(names('da', { month: 'short' }, months));
  });
});

describe('a word that is both Danish and English continues in the workbook\'s language', () => {
  it.each<[string, string[], SeriesLanguage, string[]]>([
    ['April in a Danish workbook', ['April'], 'da', ['Maj', 'Juni']],
    ['April in an English workbook', ['April'], 'en', ['May', 'June']],
    ['Apr in an English workbook', ['Apr'], 'en', ['May', 'Jun']],
    ['Mar in a Danish workbook, filled up', ['Mar'], 'da', ['Feb', 'Jan']],
    ['a word only Danish stays Danish in an English workbook', ['maj'], 'en', ['jun', 'jul']],
    ['a word only English stays English in a Danish workbook', ['Oct'], 'da', ['Nov', 'Dec']],
  ])('%s', (_, texts, language, expected) => {
    const direction = expected[0] === 'Feb' ? 'up' : 'down';
    expect(fill(texts, expected.length, direction, language)).toEqual(expected);
  });
});

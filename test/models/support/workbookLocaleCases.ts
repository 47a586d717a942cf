/**
 * What the workbook's locale changes in a formula's result, as the computer's locale does in
 * Excel, one row per case: the locale, the formula, the cells it reads, Excel's result and where
 * that result comes from. Read by workbookLocale.test.ts (engine and .xlsx cached value) and
 * workbookLocaleLibreOffice.test.ts (LibreOffice set to the workbook's locale recomputing the
 * exported file).
 */
import type { WorkbookFile } from '../../../models/format/workbookFile.js';
import { DOCS, MS, type Expected } from './excelCompatibilityCases.js';

export const SOURCES = {
  /** "Text can be in any of the constant number, date, or time formats recognized by Microsoft Excel"; the Danish page's example is `=VÆRDI("$1.000")` = 1000. */
  valueDa: 'https://support.microsoft.com/da-dk/excel/value-function',
  /** The English page's example is `=VALUE("$1,000")` = 1000. */
  valueEn: 'https://support.microsoft.com/en-gb/excel/value-function',
  /** "If the Decimal_separator and Group_separator arguments are not specified, separators from the current locale are used." */
  numbervalue: `${MS}/numbervalue-function-1b05c8cf-2bfa-4437-af70-596c7ea7d879`,
  /** The localized pages read the country's currency symbol: `=TEXTNUM("1 000 kr")` is 1 000 (sv-SE), `=WERT("1.000 €")` 1000 (de-DE). */
  valueSv: 'https://support.microsoft.com/sv-se/excel/value-function',
  valueDe: 'https://support.microsoft.com/de-de/Excel/functions/value-function',
  /** Danish Excel's FAST page: FAST(1234,567;1) is "1.234,6", FAST(1234,567;-1) "1.230", FAST(-1234,567;-1;SAND) "-1230", FAST(44,332) "44,33"; "decimals can be as large as 127". */
  fixedDa: 'https://support.microsoft.com/da-dk/excel/fixed-function',
  /** The English FIXED page: the same examples with "1,234.6", "1,230". */
  fixedEn: 'https://support.microsoft.com/en-gb/excel/fixed-function',
  /** "DOLLAR uses the $#,##0.00_);($#,##0.00) number format, although the currency symbol … depends on your local language settings"; the Danish KR page shows "kr. 1.234,57". */
  dollarDa: 'https://support.microsoft.com/da-dk/sharepoint/libraries/dollar-function',
  dollarEn: 'https://support.microsoft.com/en-gb/excel/dollar-function',
  /** `=DATEVALUE("22-MAY-2011")` is 40685; "30-Jan-2008" is date text. */
  datevalue: 'https://support.microsoft.com/en-us/excel/datevalue-function',
  /** Windows' Danish date reading (Access's DateValue page): "30. december 1991" beside 30-12-1991, month names long or short. */
  datevalueDa: 'https://support.microsoft.com/da-dk/access/datevalue-function',
};

export type LocaleCase = [WorkbookFile['locale'], string, Record<string, number | string | boolean>, Expected, string];

export const LOCALE_CASES: LocaleCase[] = [
  ['da-DK', '=VALUE("1,5")', {}, 1.5, SOURCES.valueDa],
  ['da-DK', '="1,5"+1', {}, 2.5, DOCS.operators],
  ['da-DK', '=A1*2', { A1: '2,5' }, 5, DOCS.operators],
  ['da-DK', '=VALUE("1.234,5")', {}, 1234.5, SOURCES.valueDa],
  ['da-DK', '=VALUE("$1.000")', {}, 1000, SOURCES.valueDa],
  ['da-DK', '=VALUE("12,0 %")', {}, 0.12, SOURCES.valueDa],
  ['da-DK', '=VALUE("31-12-2023")', {}, 45291, SOURCES.valueDa],
  ['da-DK', '=VALUE("1,5")+0.25', {}, 1.75, SOURCES.valueDa],
  ['da-DK', '=ROUND("2,25",1)', {}, 2.3, DOCS.round],
  ['da-DK', '=COUNTIF(A1:A3,">1,5")', { A1: 1, A2: 2, A3: 3 }, 2, DOCS.countif],
  ['da-DK', '=NUMBERVALUE("1.234,5")', {}, 1234.5, SOURCES.numbervalue],
  ['da-DK', '=NUMBERVALUE("1,234.5",".",",")', {}, 1234.5, SOURCES.numbervalue],
  ['da-DK', '=VALUE("1,2,3")', {}, { error: '#VALUE!' }, SOURCES.valueDa],
  // "-1.5" is no number in Danish and no date (HyperFormula read its empty first part as the
  // year 2000); LibreOffice 7.4 set to da-DK counts nothing for "<=-1.5" either.
  ['da-DK', '=VALUE("-1.5")', {}, { error: '#VALUE!' }, SOURCES.valueDa],
  ['da-DK', '=COUNTIF(A1:A3,"<=-1.5")', { A1: -20, A2: 5, A3: -3 }, 0, DOCS.countif],
  ['en-GB', '=VALUE("-1-5")', {}, { error: '#VALUE!' }, SOURCES.valueEn],
  ['en-GB', '=COUNTIF(A1:A3,"<=-1.5")', { A1: -20, A2: 5, A3: -3 }, 2, DOCS.countif],
  // A number joined to text is written with the locale's decimal point and no grouping, so it
  // reads back as the same number (Danish Excel: ="v"&1,5 is "v1,5").
  ['da-DK', '="v"&(0.1+0.2)', {}, 'v0,3', DOCS.operators],
  ['da-DK', '=VALUE(1234.5&"")', {}, 1234.5, SOURCES.valueDa],
  ['da-DK', '=CONCAT(1.5,"-",1E+16)', {}, '1,5-1E+16', DOCS.operators],
  ['da-DK', '=TEXTJOIN("/",TRUE,A1:A2)', { A1: 2.5, A2: -0.125 }, '2,5/-0,125', DOCS.operators],
  ['da-DK', '=LEN(1.5)', {}, 3, DOCS.operators],
  ['en-GB', '="v"&(0.1+0.2)', {}, 'v0.3', DOCS.operators],
  ['en-GB', '=VALUE(1234.5&"")', {}, 1234.5, SOURCES.valueEn],
  ['en-GB', '=VALUE("1.5")', {}, 1.5, SOURCES.valueEn],
  ['en-GB', '="1.5"+1', {}, 2.5, DOCS.operators],
  ['en-GB', '=VALUE("1,234.5")', {}, 1234.5, SOURCES.valueEn],
  ['en-GB', '=VALUE("$1,000")', {}, 1000, SOURCES.valueEn],
  ['en-GB', '=VALUE("31/12/2023")', {}, 45291, SOURCES.valueEn],
  ['en-GB', '=COUNTIF(A1:A3,">1.5")', { A1: 1, A2: 2, A3: 3 }, 2, DOCS.countif],
  ['en-GB', '=NUMBERVALUE("1,234.5")', {}, 1234.5, SOURCES.numbervalue],
  ['en-GB', '=NUMBERVALUE("1.234,5",",",".")', {}, 1234.5, SOURCES.numbervalue],
  ['en-GB', '=VALUE("1.234,5")', {}, { error: '#VALUE!' }, SOURCES.valueEn],
];

/** Excel's sort follows the Windows language (Norwegian puts "Haakon" after "Helen"). */
const WINDOWS_SORT = 'https://learn.microsoft.com/en-us/answers/questions/5161121/table-sort';
/** LibreOffice 7.4 headless under LC_ALL=da_DK.UTF-8 and en_US.UTF-8 (see localeTextOrder.ts). */
export const LIBREOFFICE = 'LibreOffice 7.4 in da_DK and en_US agrees';
const TOWNS = { A1: 'Ølstykke', A2: 'Odense', A3: 'Zealand', A4: 'Aabenraa' };
/** Sorted in the Danish alphabet: LOOKUP and XMATCH's next-smaller search read it as Danish Excel would. */
const DANISH_SORTED = { A1: 'Odense', A2: 'Zealand', A3: 'Ølstykke' };

export const ORDER_CASES: LocaleCase[] = [
  ['da-DK', '="Ø"<"Z"', {}, false, LIBREOFFICE],
  ['da-DK', '="Å">"B"', {}, true, LIBREOFFICE],
  ['da-DK', '="Æble">"Zebra"', {}, true, LIBREOFFICE],
  ['da-DK', '="Å">"Æ"', {}, true, LIBREOFFICE],
  ['da-DK', '="aa">"z"', {}, true, LIBREOFFICE],
  ['da-DK', '="århus"="Århus"', {}, true, DOCS.operators],
  ['da-DK', '="Aarhus"="Århus"', {}, false, DOCS.operators],
  ['da-DK', '=COUNTIF(A1:A4,">Z")', TOWNS, 3, LIBREOFFICE],
  ['da-DK', '=INDEX(SORT(A1:A4),4)', TOWNS, 'Aabenraa', WINDOWS_SORT],
  ['da-DK', '=INDEX(SORT(A1:A4),1)', TOWNS, 'Odense', WINDOWS_SORT],
  ['da-DK', '=INDEX(SORTBY(A1:A4,A1:A4),4)', TOWNS, 'Aabenraa', WINDOWS_SORT],
  ['da-DK', '=LOOKUP("Ø",A1:A3)', DANISH_SORTED, 'Zealand', `${MS}/lookup-function-446d94af-663b-451d-8251-369d5e3864cb`],
  ['da-DK', '=XMATCH("Ø",A1:A3,-1)', DANISH_SORTED, 2, `${MS}/xmatch-function-d966da31-7a6b-4a13-a1c6-5a33ed6a0312`],
  ['en-GB', '="Ø"<"Z"', {}, true, LIBREOFFICE],
  ['en-GB', '="Æble">"Zebra"', {}, false, LIBREOFFICE],
  ['en-GB', '="aa">"z"', {}, false, LIBREOFFICE],
  ['en-GB', '="Aarhus"="Århus"', {}, false, DOCS.operators],
  ['en-GB', '=COUNTIF(A1:A4,">Z")', TOWNS, 1, LIBREOFFICE],
  ['en-GB', '=INDEX(SORT(A1:A4),4)', TOWNS, 'Zealand', WINDOWS_SORT],
  ['en-GB', '=INDEX(SORTBY(A1:A4,A1:A4),4)', TOWNS, 'Zealand', WINDOWS_SORT],
  ['en-GB', '=LOOKUP("Ø",A1:A3)', DANISH_SORTED, { error: '#N/A' }, `${MS}/lookup-function-446d94af-663b-451d-8251-369d5e3864cb`],
];

/** Danish towns sorted in the Danish alphabet, with a value beside each (B) and as a row (A1:C1 over A2:C2). */
const TOWN_VALUES = { ...DANISH_SORTED, B1: 10, B2: 20, B3: 30 };
const TOWN_ROW = { A1: 'Odense', B1: 'Zealand', C1: 'Ølstykke', A2: 10, B2: 20, C2: 30 };

/**
 * Lookups that need no exact match search sorted text in the workbook's alphabet, case ignored
 * (models/engine/orderedSearch.ts). Microsoft: MATCH type 1 "finds the largest value that is less
 * than or equal to lookup_value", -1 "the smallest value that is greater than or equal", and
 * "does not distinguish between uppercase and lowercase letters"; VLOOKUP TRUE "the closest
 * match"; XLOOKUP -1/1 "the next smaller/larger item". LibreOffice 7.4 set to each locale agrees
 * (it has no XLOOKUP or XMATCH).
 */
export const APPROXIMATE_LOOKUP_CASES: LocaleCase[] = [
  ['da-DK', '=MATCH("Ø",A1:A3,1)', DANISH_SORTED, 2, DOCS.match],
  ['da-DK', '=MATCH("ø",A1:A3)', DANISH_SORTED, 2, DOCS.match],
  ['da-DK', '=MATCH("Ø",A1:A3,-1)', { A1: 'Ølstykke', A2: 'Zealand', A3: 'Odense' }, 1, DOCS.match],
  ['da-DK', '=MATCH("Aa",A1:A3,1)', { A1: 'Odense', A2: 'Zealand', A3: 'Ærø' }, 3, DOCS.match],
  ['da-DK', '=MATCH("Å",A1:A3,1)', { A1: 'Aabenraa', A2: 'Odense', A3: 'Zealand' }, 3, DOCS.match],
  ['da-DK', '=VLOOKUP("Ø",A1:B3,2,TRUE)', TOWN_VALUES, 20, DOCS.vlookup],
  ['da-DK', '=HLOOKUP("Ø",A1:C2,2,TRUE)', TOWN_ROW, 20, DOCS.vlookup],
  ['da-DK', '=XLOOKUP("Ø",A1:A3,B1:B3,,-1)', TOWN_VALUES, 20, DOCS.xlookup],
  ['da-DK', '=XLOOKUP("Ø",A1:A3,B1:B3,,1)', TOWN_VALUES, 30, DOCS.xlookup],
  ['da-DK', '=XLOOKUP("Ø",A1:A3,B1:B3,,-1,2)', TOWN_VALUES, 20, DOCS.xlookup],
  ['da-DK', '=XLOOKUP("Ø",A1:A3,B1:B3,,1,-1)', TOWN_VALUES, 30, DOCS.xlookup],
  ['da-DK', '=XLOOKUP("ølstykke",A1:A3,B1:B3,,0,2)', TOWN_VALUES, 30, DOCS.xlookup],
  ['da-DK', '=XMATCH("Ø",A1:A3,1,2)', DANISH_SORTED, 3, `${MS}/xmatch-function-d966da31-7a6b-4a13-a1c6-5a33ed6a0312`],
  ['da-DK', '=MATCH("zzz",A1:A4)', { A1: 'Bo', A3: 'Rosa' }, 3, DOCS.match],
  ['en-GB', '=MATCH("b",A1:A3,1)', { A1: 'A', A2: 'B', A3: 'C' }, 2, DOCS.match],
  ['en-GB', '=VLOOKUP("b",A1:B3,2,TRUE)', { A1: 'A', A2: 'B', A3: 'C', B1: 1, B2: 2, B3: 3 }, 2, DOCS.vlookup],
  ['en-GB', '=XLOOKUP("b",A1:A3,B1:B3,,0,2)', { A1: 'A', A2: 'B', A3: 'C', B1: 1, B2: 2, B3: 3 }, 2, DOCS.xlookup],
  ['en-GB', '=MATCH("Å",A1:A3,1)', { A1: 'Aabenraa', A2: 'Odense', A3: 'Zealand' }, { error: '#N/A' }, DOCS.match],
  ['en-GB', '=MATCH("Ø",A1:A3,-1)', { A1: 'Ølstykke', A2: 'Zealand', A3: 'Odense' }, 3, DOCS.match],
];

/**
 * Text with the locale's currency symbol reads as its number (models/engine/localeNumberText.ts):
 * "kr." and "kr" in da-DK, "£" in en-GB, before or after the number; another country's stays text.
 */
export const CURRENCY_CASES: LocaleCase[] = [
  ['da-DK', '=VALUE("1.000 kr.")', {}, 1000, SOURCES.valueSv],
  ['da-DK', '=VALUE("kr. 1.000")', {}, 1000, SOURCES.valueSv],
  ['da-DK', '=VALUE("-1.000 kr.")', {}, -1000, SOURCES.valueSv],
  ['da-DK', '="1.000,50 kr."+0', {}, 1000.5, DOCS.operators],
  ['da-DK', '=VALUE("1.000,50 kr")', {}, 1000.5, SOURCES.valueSv],
  ['da-DK', '=A1*2', { A1: '2.500 kr.' }, 5000, DOCS.operators],
  ['da-DK', '=COUNTIF(A1:A3,">1.000 kr.")', { A1: 500, A2: 1500, A3: 2500 }, 2, DOCS.countif],
  ['da-DK', '=VALUE("€1.000")', {}, { error: '#VALUE!' }, SOURCES.valueDe],
  ['da-DK', '=VALUE("£1,000")', {}, { error: '#VALUE!' }, SOURCES.valueSv],
  ['en-GB', '=VALUE("£1,000")', {}, 1000, SOURCES.valueEn],
  ['en-GB', '=VALUE("1.000 kr.")', {}, { error: '#VALUE!' }, SOURCES.valueEn],
];

/**
 * Text that is neither a number nor a date in the locale stays text: in da-DK "1.5" (the point
 * groups thousands, and Windows' Danish dates are written 01-05-2024). Whether Danish Excel reads
 * it as 1 May is not documented; LibreOffice 7.4 set to da-DK reads neither "1.5" nor "1.5.2024".
 */
export const NO_NUMBER_CASES: LocaleCase[] = [
  ['da-DK', '=VALUE("1.5")', {}, { error: '#VALUE!' }, LIBREOFFICE],
  ['da-DK', '="1.5"+0', {}, { error: '#VALUE!' }, LIBREOFFICE],
  ['en-GB', '="1.5"+0', {}, 1.5, SOURCES.valueEn],
];

/**
 * FIXED and DOLLAR write the number in the locale's format (models/engine/fixedNumberText.ts):
 * Microsoft's examples, the Danish page's in Danish; DOLLAR's currency as Windows places it in
 * each locale ("kr. 1.234,57", "kr. -1.200"; "£1,234.57", "-£1,200").
 */
export const FIXED_DOLLAR_CASES: LocaleCase[] = [
  ['da-DK', '=FIXED(1234.567,1)', {}, '1.234,6', SOURCES.fixedDa],
  ['da-DK', '=FIXED(1234.567,-1)', {}, '1.230', SOURCES.fixedDa],
  ['da-DK', '=FIXED(-1234.567,-1,TRUE)', {}, '-1230', SOURCES.fixedDa],
  ['da-DK', '=FIXED(44.332)', {}, '44,33', SOURCES.fixedDa],
  ['da-DK', '=FIXED(1234567.891,2,FALSE)', {}, '1.234.567,89', SOURCES.fixedDa],
  ['da-DK', '=FIXED(1.005,2)', {}, '1,01', DOCS.round],
  ['da-DK', '=FIXED(-0.004,2)', {}, '0,00', DOCS.round],
  ['da-DK', '=FIXED(A1,1)', { A1: '12,5' }, '12,5', SOURCES.fixedDa],
  ['da-DK', '=FIXED(1/3,20)', {}, '0,33333333333333300000', SOURCES.fixedDa],
  ['da-DK', '=FIXED(12,128)', {}, { error: '#VALUE!' }, SOURCES.fixedDa],
  ['da-DK', '="Udgift: "&FIXED(A1,0)&" kr."', { A1: 1234.5 }, 'Udgift: 1.235 kr.', SOURCES.fixedDa],
  ['da-DK', '=FIXED(A1,0)+1', { A1: 1234.5 }, 1236, SOURCES.valueDa],
  ['da-DK', '=DOLLAR(1234.567,2)', {}, 'kr. 1.234,57', SOURCES.dollarDa],
  ['da-DK', '=DOLLAR(1234.567,-2)', {}, 'kr. 1.200', SOURCES.dollarDa],
  ['da-DK', '=DOLLAR(-1234.567,-2)', {}, 'kr. -1.200', SOURCES.dollarDa],
  ['da-DK', '=DOLLAR(-0.123,4)', {}, 'kr. -0,1230', SOURCES.dollarDa],
  ['da-DK', '=DOLLAR(99.888)', {}, 'kr. 99,89', SOURCES.dollarDa],
  ['da-DK', '=VALUE(DOLLAR(1234.5))', {}, 1234.5, SOURCES.valueDa],
  ['en-GB', '=FIXED(1234.567,1)', {}, '1,234.6', SOURCES.fixedEn],
  ['en-GB', '=FIXED(1234.567,-1)', {}, '1,230', SOURCES.fixedEn],
  ['en-GB', '=FIXED(-1234.567,-1,TRUE)', {}, '-1230', SOURCES.fixedEn],
  ['en-GB', '=FIXED(44.332)', {}, '44.33', SOURCES.fixedEn],
  ['en-GB', '=DOLLAR(1234.567,2)', {}, '£1,234.57', SOURCES.dollarEn],
  ['en-GB', '=DOLLAR(-1234.567,-2)', {}, '-£1,200', SOURCES.dollarEn],
  ['en-GB', '=DOLLAR(99.888)', {}, '£99.89', SOURCES.dollarEn],
];

/**
 * TEXT with Danish Excel's format codes (models/engine/excelText.ts): `,` is the decimal point,
 * `.` groups and, after the last digit, scales by 1000 (the TEXT page: "a comma after the last
 * digit placeholder" scales, the point in Danish Excel), å is the year.
 */
export const DANISH_TEXT_CASES: LocaleCase[] = [
  ['da-DK', '=TEXT(1234567.5,"#.##0.")', {}, '1.235', DOCS.text],
  ['da-DK', '=TEXT(1234567.5,"#.##0.. ""mio.""")', {}, '1 mio.', DOCS.text],
  ['da-DK', '=TEXT(1234567.5,"#.##0,0.")', {}, '1.234,6', DOCS.text],
  ['da-DK', '=TEXT(A1,"#.##0,00;-#.##0,00")', { A1: -1234.5 }, '-1.234,50', DOCS.text],
  ['da-DK', '=TEXT(A1,"0,0E+00")', { A1: 1234.5 }, '1,2E+03', DOCS.text],
  ['da-DK', '=TEXT(A1,"0,00 %")', { A1: 0.185 }, '18,50 %', DOCS.text],
  ['da-DK', '=TEXT(A1,"#.##0 ""kr."";[Rød]-#.##0 ""kr.""")', { A1: -1234.5 }, '-1.235 kr.', DOCS.text],
  ['da-DK', '=TEXT(A1,"d. mmmm åååå")', { A1: 45366 }, '15. marts 2024', DOCS.text],
  // A point after text is text: "kr. " before the number, "kr." after it (was "kr105, 50,00" and "1.000 kr,").
  ['da-DK', '=TEXT(A1,"kr. #.##0,00")', { A1: 105.5 }, 'kr. 105,50', DOCS.text],
  ['da-DK', '=TEXT(A1,"#.##0 kr.")', { A1: 1000 }, '1.000 kr.', DOCS.text],
  ['da-DK', '=TEXT(A1,"Standard")', { A1: 1234.5 }, '1234,5', DOCS.text],
  ['en-GB', '=TEXT(1234567.5,"#,##0,")', {}, '1,235', DOCS.text],
];

/**
 * A number in parentheses is negative wherever text becomes a number, as it is typed into a cell
 * (models/engine/negativeInParentheses.ts); a sign inside keeps it text.
 */
export const PARENTHESES_CASES: LocaleCase[] = [
  ['en-GB', '="(2)"*1', {}, -2, DOCS.operators],
  ['en-GB', '=-"(2)"', {}, 2, DOCS.operators],
  ['en-GB', '=A1/2', { A1: '(3)' }, -1.5, DOCS.operators],
  ['en-GB', '=ROUND("(2.5)",0)', {}, -3, DOCS.round],
  ['en-GB', '=SUM("(2)",1)', {}, -1, DOCS.operators],
  ['en-GB', '="(£1,000)"+0', {}, -1000, SOURCES.valueEn],
  ['en-GB', '="(12%)"+0', {}, -0.12, SOURCES.valueEn],
  ['en-GB', '=VALUE("(2)")', {}, -2, SOURCES.valueEn],
  ['en-GB', '=VALUE("(-2)")', {}, { error: '#VALUE!' }, SOURCES.valueEn],
  ['en-GB', '="((2))"+0', {}, { error: '#VALUE!' }, DOCS.operators],
  ['da-DK', '="(1.234,5)"+0', {}, -1234.5, SOURCES.valueDa],
  ['da-DK', '=A1*2', { A1: '(2,5)' }, -5, DOCS.operators],
  ['da-DK', '="(1.000 kr.)"+0', {}, -1000, SOURCES.valueDa],
];

/**
 * Date text with the locale's month names (models/engine/dateText.ts): Microsoft's DATEVALUE page
 * reads "22-MAY-2011" and "30-Jan-2008"; Windows' Danish date reading "30. december 1991".
 */
export const MONTH_NAME_CASES: LocaleCase[] = [
  ['en-GB', '=DATEVALUE("22-MAY-2011")', {}, 40685, SOURCES.datevalue],
  ['en-GB', '=DATEVALUE("30-Jan-2008")', {}, 39477, SOURCES.datevalue],
  ['en-GB', '=DATEVALUE("22 May 2011")', {}, 40685, SOURCES.datevalue],
  ['en-GB', '="22-May-2011"+1', {}, 40686, SOURCES.datevalue],
  ['da-DK', '=DATEVALUE("31-jan-2023")', {}, 44957, SOURCES.datevalue],
  ['da-DK', '=DATEVALUE("31. januar 2023")', {}, 44957, SOURCES.datevalueDa],
  ['da-DK', '=DATEVALUE("31. jan. 2023")', {}, 44957, SOURCES.datevalueDa],
  ['da-DK', '=DATEVALUE("31-maj-2023")', {}, 45077, SOURCES.datevalueDa],
  ['da-DK', '=DATEVALUE("1. oktober 2024")+0', {}, 45566, SOURCES.datevalueDa],
  ['da-DK', '=DATEVALUE("30-feb-2023")', {}, { error: '#VALUE!' }, SOURCES.datevalue],
  // A month and a year is the month's first day, as Excel reads "March 2024" typed into a cell.
  ['en-GB', '=DATEVALUE("March 2024")', {}, 45352, SOURCES.datevalue],
  ['en-GB', '=DATEVALUE("Mar-2024")', {}, 45352, SOURCES.datevalue],
  ['da-DK', '=DATEVALUE("marts 2024")', {}, 45352, SOURCES.datevalueDa],
  ['da-DK', '=DATEVALUE("jan. 2023")', {}, 44927, SOURCES.datevalueDa],
];

/** Every table with the behaviour it shows, for the tests' names. */
export const LOCALE_TABLES: Array<[string, LocaleCase[]]> = [
  ['text becomes a number with the workbook locale’s separators', LOCALE_CASES],
  ['text is ordered in the workbook locale’s alphabet', ORDER_CASES],
  ['lookups that need no exact match search text in the workbook locale’s alphabet', APPROXIMATE_LOOKUP_CASES],
  ['text with the locale’s currency symbol becomes its number', CURRENCY_CASES],
  ['text that is no number in the locale stays text', NO_NUMBER_CASES],
  ['FIXED and DOLLAR write the number in the locale’s format', FIXED_DOLLAR_CASES],
  ['TEXT reads Danish Excel’s format codes in a Danish workbook', DANISH_TEXT_CASES],
  ['a number in parentheses is negative', PARENTHESES_CASES],
  ['date text with the locale’s month names is a date', MONTH_NAME_CASES],
];

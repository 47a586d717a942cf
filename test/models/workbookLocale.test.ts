/**
 * What the workbook's locale changes in a formula's result, as the computer's locale does in
 * Excel: text read as a number (models/engine/localeNumberText.ts: a Danish workbook reads "1,5"
 * and "1.234,5", an English one "1.5" and "1,234.5"; the formula's own literals stay English in
 * both) and the order of text (models/engine/localeTextOrder.ts: Æ, Ø, Å after Z in Danish).
 * Cross-checked with LibreOffice 7.4 headless under LC_ALL=da_DK.UTF-8 and en_US.UTF-8: it agrees
 * on every Danish case here but NUMBERVALUE without separators (LibreOffice: #VALUE!; Microsoft's
 * page says the current locale's separators are used, which we follow).
 */
import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { cachedValues, DOCS, fileWith, FORMULA_CELL, MS, near, plain, type Expected } from './support/excelCompatibilityCases.js';

const SOURCES = {
  /** "Text can be in any of the constant number, date, or time formats recognized by Microsoft Excel"; the Danish page's example is `=VÆRDI("$1.000")` = 1000. */
  valueDa: 'https://support.microsoft.com/da-dk/excel/value-function',
  /** The English page's example is `=VALUE("$1,000")` = 1000. */
  valueEn: 'https://support.microsoft.com/en-gb/excel/value-function',
  /** "If the Decimal_separator and Group_separator arguments are not specified, separators from the current locale are used." */
  numbervalue: `${MS}/numbervalue-function-1b05c8cf-2bfa-4437-af70-596c7ea7d879`,
};

type LocaleCase = [WorkbookFile['locale'], string, Record<string, number | string | boolean>, Expected, string];

const LOCALE_CASES: LocaleCase[] = [
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
const LIBREOFFICE = 'LibreOffice 7.4 in da_DK and en_US agrees';
const TOWNS = { A1: 'Ølstykke', A2: 'Odense', A3: 'Zealand', A4: 'Aabenraa' };
/** Sorted in the Danish alphabet: LOOKUP and XMATCH's next-smaller search read it as Danish Excel would. */
const DANISH_SORTED = { A1: 'Odense', A2: 'Zealand', A3: 'Ølstykke' };

const ORDER_CASES: LocaleCase[] = [
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

async function expectResult(locale: WorkbookFile['locale'], formula: string, cells: Record<string, number | string | boolean>, expected: Expected): Promise<void> {
  const doc = documentFromFile(fileWith([[0, formula, cells, expected, '']], locale));
  const engine = new WorkbookEngine(doc);
  try {
    near(plain(engine.value(workbookGrid(doc).sheetIdByName('C1')!, 0, 16)), expected);
    near((await cachedValues(await exportWorkbookXlsx(doc), FORMULA_CELL))[0] ?? null, expected);
  } finally {
    engine.destroy();
    doc.destroy();
  }
}

describe('text becomes a number with the workbook locale’s separators', () => {
  it.each(LOCALE_CASES)('in a %s workbook %s (cells %o) is %o, in the engine and the .xlsx (source %s)', async (locale, formula, cells, expected) => {
    await expectResult(locale, formula, cells, expected);
  });
});

describe('text is ordered in the workbook locale’s alphabet', () => {
  it.each(ORDER_CASES)('in a %s workbook %s (cells %o) is %o, in the engine and the .xlsx (source %s)', async (locale, formula, cells, expected) => {
    await expectResult(locale, formula, cells, expected);
  });
});

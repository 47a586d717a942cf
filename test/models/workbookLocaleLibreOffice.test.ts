/**
 * The locale tables (support/workbookLocaleCases.ts) recomputed by LibreOffice 7.4 set to each
 * workbook's locale, as a Danish or a British planner's computer would compute the exported .xlsx.
 * Where LibreOffice differs from Excel's documented result, the case is listed with LibreOffice's
 * own answer and the reason, so a change on either side shows.
 */
import { beforeAll, describe, it } from 'vitest';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { recalculateInOwnLocale } from '../interchange/support/libreOffice.js';
import { cachedValues, fileWith, FORMULA_CELL, near, type Expected } from './support/excelCompatibilityCases.js';
import { LOCALE_TABLES, type LocaleCase } from './support/workbookLocaleCases.js';

const CASES: LocaleCase[] = LOCALE_TABLES.flatMap(([, cases]) => cases);

/** `locale formula` → [LibreOffice 7.4's result, why it differs from Excel's documented one]. */
const LIBREOFFICE_DIFFERS = new Map<string, [Expected, string]>([
  ['da-DK =NUMBERVALUE("1.234,5")', [{ error: '#VALUE!' }, 'LibreOffice 7.4 reads no group separator in NUMBERVALUE without separators; Microsoft: "separators from the current locale are used"']],
  ['en-GB =NUMBERVALUE("1,234.5")', [{ error: '#VALUE!' }, 'LibreOffice 7.4 reads no group separator in NUMBERVALUE without separators; Microsoft: "separators from the current locale are used"']],
  ['da-DK =CONCAT(1.5,"-",1E+16)', ['1,5-1E+016', 'LibreOffice writes a three-digit exponent; Excel 1E+16']],
  ['da-DK =VALUE("$1.000")', [{ error: '#VALUE!' }, 'LibreOffice in da-DK reads only "kr."; Microsoft’s Danish VALUE page: =VÆRDI("$1.000") is 1000']],
  ['en-GB =VALUE("$1,000")', [{ error: '#VALUE!' }, 'LibreOffice in en-GB reads only "£"; Microsoft’s VALUE page: =VALUE("$1,000") is 1000']],
  ['da-DK =FIXED(1/3,20)', [{ error: '#VALUE!' }, 'LibreOffice 7.4 refuses 20 decimals; Microsoft: "decimals can be as large as 127", the number keeping its 15 significant digits']],
  ['da-DK =FIXED(1.005,2)', ['1,00', 'LibreOffice 7.4 rounds the double 1.00499999999999989…; Excel rounds the 15 digits it shows (1,005), as its ROUND(1,005;2) is 1,01']],
  ['da-DK =TEXT(A1,"#.##0 ""kr."";[Rød]-#.##0 ""kr.""")', [{ error: '#VALUE!' }, 'LibreOffice 7.4 set to da-DK does not read Danish Excel’s colour [Rød]']],
  ['da-DK =TEXT(A1,"d. mmmm åååå")', ['15. marts åååå', 'LibreOffice 7.4 set to da-DK reads the year as YYYY; Danish Excel writes it åååå']],
  ['da-DK =DATEVALUE("31. januar 2023")', [{ error: '#VALUE!' }, 'LibreOffice 7.4 set to da-DK reads "31-jan-2023" but no date with a point after the day; Windows’ Danish date reading, which Excel uses (Access’s Danish DateValue page), reads "30. december 1991"']],
  ['da-DK =DATEVALUE("31. jan. 2023")', [{ error: '#VALUE!' }, 'LibreOffice 7.4 set to da-DK reads "31-jan-2023" but no date with a point after the day; Windows’ Danish date reading, which Excel uses (Access’s Danish DateValue page), reads "30. december 1991"']],
  ['da-DK =DATEVALUE("1. oktober 2024")+0', [{ error: '#VALUE!' }, 'LibreOffice 7.4 set to da-DK reads "31-jan-2023" but no date with a point after the day; Windows’ Danish date reading, which Excel uses (Access’s Danish DateValue page), reads "30. december 1991"']],
  ['en-GB =SUM("(2)",1)', [{ error: '#VALUE!' }, 'LibreOffice 7.4 reads no text given to SUM (=SUM("2",1) is #VALUE! too); Microsoft’s SUM page counts a number typed as text in its arguments']],
  ['en-GB ="(12%)"+0', [{ error: '#VALUE!' }, 'LibreOffice 7.4 reads no percentage in parentheses; Excel reads "(12%)" typed into a cell as -12 %, and text becomes a number as typed (Microsoft’s VALUE page)']],
  ['da-DK =VALUE("1.000,50 kr")', [{ error: '#VALUE!' }, 'LibreOffice knows only CLDR’s "kr."; older Windows’ Danish symbol is "kr", which a planner’s Excel may have']],
]);

/** LibreOffice 7.4 has no XLOOKUP, XMATCH, SORT or SORTBY (24.8 added them): #NAME?. */
const NOT_IN_LIBREOFFICE = /\b(XLOOKUP|XMATCH|SORT|SORTBY)\(/;

describe('the locale tables, recomputed by LibreOffice set to each workbook’s locale', () => {
  const recomputed: Array<Expected | null> = [];

  beforeAll(async () => {
    const files = await Promise.all(
      CASES.map(async ([locale, formula, cells, expected]) => {
        const doc = documentFromFile(fileWith([[0, formula, cells, expected, '']], locale));
        try {
          return { locale, exported: await exportWorkbookXlsx(doc) };
        } finally {
          doc.destroy();
        }
      }),
    );
    const saved = recalculateInOwnLocale(files);
    for (const file of saved) recomputed.push((await cachedValues(file, FORMULA_CELL))[0] ?? null);
  }, 300_000);

  it.each(CASES.map((c, i) => [...c, i] as const))('in a %s workbook %s (cells %o): LibreOffice gives Excel’s %o (source %s)', (locale, formula, _cells, expected, _source, index) => {
    const differs = LIBREOFFICE_DIFFERS.get(`${locale} ${formula}`);
    if (NOT_IN_LIBREOFFICE.test(formula)) near(recomputed[index] ?? null, { error: '#NAME?' });
    else near(recomputed[index] ?? null, differs ? differs[0] : expected);
  });
});

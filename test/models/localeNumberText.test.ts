/**
 * Text read as a number in the workbook's locale, as Excel reads it with the computer's
 * separators (models/engine/localeNumberText.ts): a Danish workbook reads "1,5" and "1.234,5",
 * an English one "1.5" and "1,234.5"; the formula's own literals stay English in both.
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

describe('text becomes a number with the workbook locale’s separators', () => {
  it.each(LOCALE_CASES)('in a %s workbook %s (cells %o) is %o, in the engine and the .xlsx (source %s)', async (locale, formula, cells, expected) => {
    const doc = documentFromFile(fileWith([[0, formula, cells, expected, '']], locale));
    const engine = new WorkbookEngine(doc);
    try {
      near(plain(engine.value(workbookGrid(doc).sheetIdByName('C1')!, 0, 16)), expected);
      near((await cachedValues(await exportWorkbookXlsx(doc), FORMULA_CELL))[0] ?? null, expected);
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });
});

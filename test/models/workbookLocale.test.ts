/**
 * What the workbook's locale changes in a formula's result, as the computer's locale does in
 * Excel (the tables: support/workbookLocaleCases.ts): text read as a number
 * (models/engine/localeNumberText.ts: a Danish workbook reads "1,5", "1.234,5" and "1.000 kr.",
 * an English one "1.5", "1,234.5" and "£1,000"; the formula's own literals stay English in both)
 * and the order of text (models/engine/localeTextOrder.ts: Æ, Ø, Å after Z in Danish), also in
 * lookups that need no exact match (models/engine/orderedSearch.ts). LibreOffice set to each
 * workbook's locale recomputes the same tables in workbookLocaleLibreOffice.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { cachedValues, fileWith, FORMULA_CELL, near, plain, type Expected } from './support/excelCompatibilityCases.js';
import { LOCALE_TABLES } from './support/workbookLocaleCases.js';

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

describe.each(LOCALE_TABLES)('%s', (_behaviour, cases) => {
  it.each(cases)('in a %s workbook %s (cells %o) is %o, in the engine and the .xlsx (source %s)', async (locale, formula, cells, expected) => {
    await expectResult(locale, formula, cells, expected);
  });
});

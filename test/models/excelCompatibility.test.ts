/**
 * Issue 11's table (test/models/support/excelCompatibilityCases.ts): each formula gives Excel's
 * result in the engine, in the grid (Danish and English) and as the cached value of the exported
 * .xlsx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { CellValue } from '../../models/engine/cellValue.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { fromDisplayFormula } from '../../models/formula/formulaLocale.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { cachedValues, CASES, DOCS, fileWith, FORMULA_CELL, near, plain, ROWS, type Expected } from './support/excelCompatibilityCases.js';

describe('issue 11: formulas give Excel’s result', () => {
  let doc: Y.Doc;
  let engine: WorkbookEngine;
  let cached: Array<Expected | null>;

  beforeAll(async () => {
    doc = documentFromFile(fileWith(CASES, 'en-GB'));
    engine = new WorkbookEngine(doc);
    cached = await cachedValues(await exportWorkbookXlsx(doc), FORMULA_CELL);
  });

  afterAll(() => {
    engine.destroy();
    doc.destroy();
  });

  function valueOf(index: number): CellValue {
    const sheetId = workbookGrid(doc).sheetIdByName(`C${index + 1}`)!;
    return engine.value(sheetId, 0, 16);
  }

  it.each(CASES.map((c, i) => [...c, i] as const))('case %i: %s gives Excel’s result (%o, source %s)', (_case, _formula, _cells, expected, _source, index) => {
    near(plain(valueOf(index)), expected);
  });

  it.each(CASES.map((c, i) => [...c, i] as const))('case %i: %s keeps Excel’s result as the cached value in the .xlsx', (_case, _formula, _cells, expected, _source, index) => {
    near(cached[index] ?? null, expected);
  });
});

describe('issue 11: the grid shows Excel’s result in Danish and English', () => {
  const SHOWN: Array<[string, Record<string, number | string | boolean>, string, string]> = [
    ['=ROUND(1.005,2)', {}, '1,01', '1.01'],
    ['=Z1', {}, '0', '0'],
    ['=IF(FALSE,1,TRUE)', {}, 'SAND', 'TRUE'],
    ['=INDEX(G1:K1,3)', { G1: 1, H1: 2, I1: 3.5 }, '3,5', '3.5'],
    ['=SUMPRODUCT((A1:A3>0)*A1:A3)', { A1: 1.25, A2: -1, A3: 1000 }, '1.001,25', '1,001.25'],
    ['="v"&(0.1+0.2)', {}, 'v0,3', 'v0.3'],
  ];

  it.each(SHOWN)('%s reads %s in a Danish and %s in an English workbook', (formula, cells, danish, english) => {
    for (const [locale, text] of [['da-DK', danish], ['en-GB', english]] as const) {
      const doc = documentFromFile(fileWith([[0, formula, cells, 0, '']], locale));
      const engine = new WorkbookEngine(doc);
      try {
        const sheetId = workbookGrid(doc).sheetIdByName('C1')!;
        expect(formatCellValue(engine.value(sheetId, 0, 16), undefined, locale)).toBe(text);
      } finally {
        engine.destroy();
        doc.destroy();
      }
    }
  });
});

describe('issue 11: TEXT reads format codes as the workbook’s locale does', () => {
  const TEXTS: Array<[WorkbookFile['locale'], string, string]> = [
    ['da-DK', '=TEXT(0.185,"0,0%")', '18,5%'],
    ['da-DK', '=TEXT(1234.567,"#.##0")', '1.235'],
    ['da-DK', '=TEXT(1234.5,"#.##0,00")', '1.234,50'],
    ['da-DK', '=TEXT(DATE(2024,3,15),"mmm åååå")', 'mar 2024'],
    ['da-DK', '=TEXT(DATE(2024,3,15),"dd-mm-åååå")', '15-03-2024'],
    ['en-GB', '=TEXT(DATE(2024,3,15),"mmmm yyyy")', 'March 2024'],
  ];

  it.each(TEXTS)('in a %s workbook %s is "%s", in the engine and the .xlsx', async (locale, formula, expected) => {
    const doc = documentFromFile(fileWith([[6, formula, {}, expected, DOCS.text]], locale));
    const engine = new WorkbookEngine(doc);
    try {
      const sheetId = workbookGrid(doc).sheetIdByName('C1')!;
      expect(engine.value(sheetId, 0, 16)).toBe(expected);
      expect((await cachedValues(await exportWorkbookXlsx(doc), FORMULA_CELL))[0]).toEqual(expected);
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });
});

describe('issue 11: Danish logical literals', () => {
  it.each([
    ['=HVIS(FALSK;1;2)', '=IF(FALSE,1,2)', 2],
    ['=LOPSLAG("Bo";A1:B3;2;FALSK)', '=VLOOKUP("Bo",A1:B3,2,FALSE)', 20],
    ['=TÆL.HVIS(A1:A3;SAND)', '=COUNTIF(A1:A3,TRUE)', 0],
  ] as const)('%s typed in Danish is %s and gives %s', (typed, canonical, expected) => {
    expect(fromDisplayFormula(typed, 'da-DK')).toBe(canonical);
    const doc = documentFromFile(fileWith([[1, canonical, ROWS, expected, DOCS.if]], 'da-DK'));
    const engine = new WorkbookEngine(doc);
    try {
      expect(engine.value(workbookGrid(doc).sheetIdByName('C1')!, 0, 16)).toBe(expected);
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });
});

/**
 * Files other programs write in shapes exceljs never produces: each must import with its values,
 * formulas and numbers as Excel shows them (issue: audit of import and export on unseen files).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importWorkbookFile } from '../../models/format/importWorkbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import type { ImportedWorkbook } from '../../models/interchange/importedWorkbook.js';
import { DATE_STYLE, handWrittenXlsx } from './support/handWrittenXlsx.js';
import { fremskrivValues, type PlainValue } from './support/xlsxValues.js';

/** Fremskriv's value of every cell of the imported workbook, keyed `Sheet!A1`. */
function computed(imported: ImportedWorkbook): Map<string, PlainValue> {
  const doc = new Y.Doc();
  try {
    importWorkbookFile(doc, importedWorkbookFile(imported));
    return fremskrivValues(doc);
  } finally {
    doc.destroy();
  }
}

describe('an .xlsx whose rows and cells leave out their reference (r is optional in the schema)', () => {
  it('places each cell after the one before it and each row after the row before it', async () => {
    const xml =
      '<sheetData><row><c><v>1</v></c><c t="inlineStr"><is><t>to</t></is></c><c r="D1"><v>4</v></c><c><v>5</v></c></row>' +
      '<row r="3"><c><f>SUM(A1:E1)</f><v>10</v></c></row><row><c r="B4"><v>7</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }));
    expect(imported.sheets[0]!.cells).toEqual({ A1: 1, B1: 'to', D1: 4, E1: 5, A3: '=SUM(A1:E1)', B4: 7 });
    expect(computed(imported).get('Ark1!A3')).toBe(10);
  });
});

describe('an .xlsx in the 1904 date system (Mac Excel before 2011)', () => {
  it.each(['1', 'true'])('moves its dates to the 1900 system, so each shows the same day (date1904="%s")', async (flag) => {
    // 40000 days after 1 January 1904 is 7 July 2013; YEAR reads it as Excel does.
    const xml = '<sheetData><row r="1"><c r="A1" s="1"><v>40000</v></c><c r="B1"><f>YEAR(A1)</f><v>2013</v></c><c r="C1"><v>40000</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }], styles: DATE_STYLE, workbookPr: `<workbookPr date1904="${flag}"/>` }));
    const cells = imported.sheets[0]!.cells;
    expect(cells.A1).toBe(Date.UTC(2013, 6, 7) / 86_400_000 + 25_569);
    expect(cells.C1).toBe(40000);
    expect(computed(imported).get('Ark1!B1')).toBe(2013);
    expect(imported.warnings.join(' ')).toContain('1904');
  });

  it('leaves a workbook in the 1900 system as it is', async () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="1"><v>40000</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }], styles: DATE_STYLE, workbookPr: '<workbookPr date1904="0"/>' }));
    expect(imported.sheets[0]!.cells.A1).toBe(40000);
    expect(imported.warnings).toEqual([]);
  });
});

/** Merged cells (Excel's Merge & Center) read from and written to .xlsx; CSV writes only the values. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { exportSheetCsv } from '../../models/interchange/csvExport.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';
import { xlsxOfFile } from './support/xlsxValues.js';
import { openWorkbooks, sheetId } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** A municipal plan's heading block as Excel writes it: a title over A1:F1, "2025" over B2:D2, a label down A3:A5. */
const planXlsx = (): Uint8Array =>
  handWrittenXlsx({
    sheets: [
      {
        name: 'Plan',
        xml:
          '<sheetData>' +
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Beskæftigelsesplan</t></is></c></row>' +
          '<row r="2"><c r="B2" t="inlineStr"><is><t>2025</t></is></c><c r="C2"><v>99</v></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>Ledige</t></is></c><c r="B3"><v>10</v></c><c r="C3"><v>20</v></c><c r="D3"><v>30</v></c></row>' +
          '<row r="6"><c r="A6"><f>C2+B3</f></c></row>' +
          '</sheetData>' +
          // $-signs, one cell, a range overlapping one before it and one past Fremskriv's 40,000 rows are what other writers leave
          '<mergeCells count="6"><mergeCell ref="A1:F1"/><mergeCell ref="$B$2:$D$2"/><mergeCell ref="A3:A5"/><mergeCell ref="E5"/><mergeCell ref="C1:C2"/><mergeCell ref="A50000:B50000"/></mergeCells>',
      },
    ],
  });

const file: WorkbookFile = {
  format: 'fremskriv.workbook',
  version: 1,
  title: 'Flettet',
  locale: 'da-DK',
  sheets: [{ name: 'Plan', cells: { A1: 'Overskrift', B2: '2025', B3: 10, C3: 20 }, merges: ['A1:M1', 'B2:D2', 'A3:A5'] }],
};

describe('merged cells in .xlsx', () => {
  it('the import keeps the file’s merged areas, leaving out what no area can be', async () => {
    const imported = importedWorkbookFile(await importXlsx(planXlsx(), { fileName: 'plan.xlsx' }));
    expect(imported.sheets[0]?.merges).toEqual(['A1:F1', 'B2:D2', 'A3:A5']);
  });

  it('in the workspace, only an area’s top-left cell holds a value: a formula reading another reads it blank, as in Excel', async () => {
    const imported = importedWorkbookFile(await importXlsx(planXlsx(), { fileName: 'plan.xlsx' }));
    const doc = open.document(imported);
    expect(open.value(doc, 'Plan!A6')).toBe(10);
    expect(exportWorkbookFile(doc).sheets[0]?.cells.C2).toBeUndefined();
  });

  it('the export writes each area as a <mergeCell>, and imported again they come back', async () => {
    const bytes = await xlsxOfFile(file);
    const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect([...sheetXml.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((m) => m[1]).sort()).toEqual(['A1:M1', 'A3:A5', 'B2:D2']);
    const again = importedWorkbookFile(await importXlsx(bytes, { fileName: 'flettet.xlsx' }));
    expect(again.sheets[0]?.merges).toEqual(['A1:M1', 'B2:D2', 'A3:A5']);
    expect(again.sheets[0]?.cells).toMatchObject({ A1: 'Overskrift', B2: '2025', B3: 10, C3: 20 });
  });

  it('CSV has no merged cells: the heading stands in its first cell, the rest are empty', () => {
    const doc = open.document(file);
    const csv = exportSheetCsv(doc, sheetId(doc, 'Plan'), { separator: ';', decimal: ',' });
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF?Overskrift;*$/);
  });
});

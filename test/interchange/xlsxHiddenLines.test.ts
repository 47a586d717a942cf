/** Hidden rows and columns (Excel's Hide) in the v1 file and .xlsx, there and back. */
import { describe, expect, it } from 'vitest';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { parseWorkbookFile, type WorkbookFile } from '../../models/format/workbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { loadXlsx, xlsxOfFile } from './support/xlsxValues.js';

const file: WorkbookFile = {
  format: 'fremskriv.workbook',
  version: 1,
  title: 'Skjult',
  locale: 'da-DK',
  sheets: [{ name: 'Data', cells: { A1: 1, A2: 2, A3: 3, B1: 'hjælp', D5: '=SUBTOTAL(109,A1:A3)' }, hiddenRows: [2, 3, 250], hiddenColumns: ['B', 'C'] }],
};

describe('hidden rows and columns in files', () => {
  it('a v1 file keeps which rows and columns are hidden, even a row past the sheet’s default size', () => {
    const doc = documentFromFile(file);
    const sheet = exportWorkbookFile(doc).sheets[0]!;
    expect(sheet.hiddenRows).toEqual([2, 3, 250]);
    expect(sheet.hiddenColumns).toEqual(['B', 'C']);
    doc.destroy();
  });

  it('a v1 file naming a row 0 or a column that is none is refused, saying where', () => {
    const parse = (sheet: object) => () => parseWorkbookFile({ ...file, sheets: [{ name: 'Data', cells: {}, ...sheet }] });
    expect(parse({ hiddenRows: [0] })).toThrow(/sheets\[0\]\.hiddenRows\[0\]/);
    expect(parse({ hiddenColumns: ['ÆØ'] })).toThrow(/sheets\[0\]\.hiddenColumns\[0\]/);
  });

  it('.xlsx hides the rows and columns, and imported again they come back hidden', async () => {
    const bytes = await xlsxOfFile(file);
    const sheet = (await loadXlsx(bytes)).getWorksheet('Data')!;
    expect([1, 2, 3, 250].map((n) => sheet.getRow(n).hidden)).toEqual([false, true, true, true]);
    expect([1, 2, 3, 4].map((n) => sheet.getColumn(n).hidden)).toEqual([false, true, true, false]);
    const imported = importedWorkbookFile(await importXlsx(bytes, { fileName: 'skjult.xlsx' }));
    expect(imported.sheets[0]?.hiddenRows).toEqual([2, 3, 250]);
    expect(imported.sheets[0]?.hiddenColumns).toEqual(['B', 'C']);
  });
});

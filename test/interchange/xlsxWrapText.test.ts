/** Excel's Wrap Text (a line break typed with Alt+Enter turns it on) in the v1 file and .xlsx. */
import { describe, expect, it } from 'vitest';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { loadXlsx, xlsxOfFile } from './support/xlsxValues.js';

const file: WorkbookFile = {
  format: 'fremskriv.workbook',
  version: 1,
  title: 'Linjer',
  locale: 'da-DK',
  sheets: [{ name: 'Data', cells: { A1: 'Linje 1\nLinje 2', B3: 'En lang tekst', C1: 5 }, wrapText: ['A1', 'B3'] }],
};

const exported = (): Promise<Uint8Array> => xlsxOfFile(file);

describe('Wrap Text in files', () => {
  it('a v1 file keeps which cells wrap their text', () => {
    const doc = documentFromFile(file);
    expect(exportWorkbookFile(doc).sheets[0]?.wrapText).toEqual(['A1', 'B3']);
    doc.destroy();
  });

  it('.xlsx writes Wrap Text on the wrapped cells only, as Excel does for a cell with a line break', async () => {
    const sheet = (await loadXlsx(await exported())).getWorksheet('Data')!;
    expect(sheet.getCell('A1').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('B3').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('C1').alignment?.wrapText).toBeFalsy();
  });

  it('.xlsx reads Wrap Text back onto the same cells', async () => {
    const imported = importedWorkbookFile(await importXlsx(await exported(), { fileName: 'linjer.xlsx' }));
    expect(imported.sheets[0]?.wrapText).toEqual(['A1', 'B3']);
    expect(imported.sheets[0]?.cells).toMatchObject({ A1: 'Linje 1\nLinje 2' });
  });
});

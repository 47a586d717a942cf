/**
 * Column widths Excel writes to the sheet's last column (`<col min=… max="16384">`, written when
 * whole columns are formatted): the import keeps them only as far as the sheet uses its columns,
 * so a file from Excel does not make a sheet of 16,384 columns (a poi test file saved by Excel
 * 2007, seven sheets sized so, imported as a 2.2 MB workbook file and took minutes to build).
 */
import { describe, expect, it } from 'vitest';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';

const cellsTo = (last: string): string => `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="${last}1"><v>2</v></c></row></sheetData>`;

async function importedSheet(cols: string, lastCell = 'D') {
  const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml: `<cols>${cols}</cols>${cellsTo(lastCell)}` }] }));
  return imported.sheets[0]!;
}

describe('column widths running to the sheet end', () => {
  it('keep a run to XFD only through a new sheet’s 52 columns when the sheet uses fewer', async () => {
    const sheet = await importedSheet('<col min="2" max="2" width="30" customWidth="1"/><col min="3" max="16384" width="20" customWidth="1"/>');
    const widths = sheet.columnWidths ?? {};
    expect(widths.B).toBe(215);
    expect(widths.C).toBe(145);
    expect(widths.AZ).toBe(145);
    expect(widths.BA).toBeUndefined();
    expect(widths.XFD).toBeUndefined();
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Bredder', locale: 'da-DK', sheets: [sheet] });
    const grid = workbookGrid(doc);
    expect(grid.axisLength(grid.sheetIdByName('Ark1')!, 'cols')).toBe(52);
  });

  it('keep the run through the last column the sheet uses', async () => {
    const sheet = await importedSheet('<col min="3" max="16384" width="20" customWidth="1"/>', 'CZ');
    expect(sheet.columnWidths?.CZ).toBe(145);
    expect(sheet.columnWidths?.DA).toBeUndefined();
  });

  it('keep a width set on a column of its own past the content, and a run that stops before the end', async () => {
    const sheet = await importedSheet('<col min="60" max="60" width="30" customWidth="1"/><col min="70" max="200" width="20" customWidth="1"/>');
    expect(sheet.columnWidths?.BH).toBe(215);
    expect(sheet.columnWidths?.GR).toBe(145);
  });
});

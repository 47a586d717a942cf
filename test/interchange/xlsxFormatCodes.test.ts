/**
 * A planner's .xlsx with Excel's own number formats through Fremskriv and back: the import keeps
 * each code Fremskriv's named formats would show otherwise (`0%` shows 12%, not 12,0 %), Fremskriv's
 * own codes and Excel's built-in short date stay the named formats, and the export writes each
 * code back so Excel shows the same. The files are made and read with exceljs, as Excel's.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { cellFormatAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';

/** Each cell's value, its number format in the planner's file, and what Danish Excel shows. */
const CELLS: Array<[string, number, string, string]> = [
  ['A1', 0.12, '0%', '12%'],
  ['A2', 0.1234, '0.00%', '12,34%'],
  ['A3', 1234567.8, '#,##0', '1.234.568'],
  ['A4', 1234.56, '#,##0.0 "kr."', '1.234,6 kr.'],
  ['A5', -3.21, '0.0;[Red]-0.0', '-3,2'],
  ['A6', 45366, 'mmm yyyy', 'mar 2024'],
  ['A7', 12345, '0.00E+00', '1,23E+04'],
  ['A8', 1.25, '# ?/?', '1 1/4'],
];

async function plannersWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet('Plan');
  for (const [address, value, numFmt] of CELLS) {
    const cell = plan.getCell(address);
    cell.value = value;
    cell.numFmt = numFmt;
  }
  // Fremskriv's own percent and Excel's built-in short date (numFmtId 14) stay named formats, as
  // does `#,##0` above (Fremskriv's integer, shown the same).
  Object.assign(plan.getCell('B1'), { value: 0.125, numFmt: '0.0%' });
  Object.assign(plan.getCell('B2'), { value: 45366, numFmt: 'mm-dd-yy' });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("Excel's number format codes through .xlsx", () => {
  it('are kept on import, shown as Danish Excel shows them, and written back on export', async () => {
    const imported = await importXlsx(await plannersWorkbook(), { fileName: 'plan.xlsx' });
    const file = importedWorkbookFile(imported);
    expect(file.sheets[0]!.formats).toEqual({ ...Object.fromEntries(CELLS.map(([address, , numFmt]) => [address, numFmt])), A3: 'integer', B1: 'percent', B2: 'date' });
    const doc = documentFromFile(file);
    try {
      const plan = workbookGrid(doc).sheetIdByName('Plan')!;
      CELLS.forEach(([, value, , shown], row) => expect(formatCellValue(value, cellFormatAt(doc, plan, row, 0), 'da-DK')).toBe(shown));

      const exported = new ExcelJS.Workbook();
      await exported.xlsx.load((await exportWorkbookXlsx(doc)).slice().buffer);
      const sheet = exported.getWorksheet('Plan')!;
      for (const [address, value, numFmt] of CELLS) expect([address, sheet.getCell(address).value, sheet.getCell(address).numFmt]).toEqual([address, value, numFmt]);
      expect(sheet.getCell('B1').numFmt).toBe('0.0%');
    } finally {
      doc.destroy();
    }
  });
});

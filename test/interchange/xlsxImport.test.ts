import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importXlsx } from '../../models/interchange/xlsxImport.js';

/** A workbook as Excel users make them: shared formulas, new functions, dates, links, odd names. */
async function excelStyleWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet('Data ⟦1⟧');
  data.getCell('A1').value = 'Måned';
  data.getCell('B1').value = 'Ledige';
  ['2023-01', '2023-02', '2023-03'].forEach((month, i) => {
    data.getCell(i + 2, 1).value = month;
    data.getCell(i + 2, 2).value = 100 + i;
  });
  data.getCell('C2').value = { formula: 'B2*2', result: 200 };
  data.getCell('C3').value = { sharedFormula: 'C2', result: 202 };
  data.getCell('C4').value = { sharedFormula: 'C2', result: 204 };
  data.getCell('C2').numFmt = '#,##0.00';
  data.getCell('D2').value = 0.125;
  data.getCell('D2').numFmt = '0%';
  data.getCell('E2').value = new Date(Date.UTC(2023, 0, 1));
  data.getCell('E2').numFmt = 'dd-mm-yyyy';
  data.getCell('F2').value = { richText: [{ text: 'fed ' }, { text: 'tekst', font: { bold: true } }] };
  data.getCell('F3').value = { text: 'Jobindsats', hyperlink: 'https://jobindsats.dk' };
  data.getCell('F4').value = { error: '#N/A' };
  data.getCell('G2').value = true;
  data.getCell('G3').value = '=ikke en formel';
  const calc = workbook.addWorksheet('Beregning');
  calc.getCell('A1').value = { formula: "SUM('Data ⟦1⟧'!B2:B4)", result: 303 };
  calc.getCell('A2').value = { formula: "_xlfn.STDEV.S('Data ⟦1⟧'!B2:B4)", result: 1 };
  calc.getCell('A3').value = { formula: "_xlfn.FORECAST.ETS(A1,'Data ⟦1⟧'!B2:B4,'Data ⟦1⟧'!B2:B4)", result: 1 };
  calc.getCell('A4').value = { formula: '_xludf.MINFUNKTION(1)+GETPIVOTDATA("Ledige",A1)', result: 1 };
  calc.getCell('A5').value = { formula: 'IF(A1>0,"SUM(x)",FOO(1))', result: 'SUM(x)' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('an .xlsx made in Excel', () => {
  it('becomes sheets with their formulas kept, shared formulas written out cell by cell', async () => {
    const imported = await importXlsx(await excelStyleWorkbook(), { fileName: 'Ledighed 2023.xlsx' });
    expect(imported.fromFremskriv).toBe(false);
    expect(imported.title).toBe('Ledighed 2023');
    expect(imported.sheets.map((s) => s.name)).toEqual(['Data _1_', 'Beregning']);
    const [data, calc] = imported.sheets;
    expect(data!.cells).toMatchObject({ A1: 'Måned', A2: '2023-01', B4: 102, C2: '=B2*2', C3: '=B3*2', C4: '=B4*2' });
    expect(calc!.cells).toMatchObject({ A1: "=SUM('Data _1_'!B2:B4)", A2: "=STDEV.S('Data _1_'!B2:B4)" });
    expect(imported.warnings.map((w) => w.message).join(' ')).toContain('Data _1_');
  });

  it('reports the functions Fremskriv cannot compute by name and cell, and keeps those formulas', async () => {
    const imported = await importXlsx(await excelStyleWorkbook(), { fileName: 'x.xlsx' });
    expect(imported.unsupported.found).toEqual([
      { function: 'FORECAST.ETS', kind: 'function', sheet: 'Beregning', cell: 'A3' },
      { function: 'MINFUNKTION', kind: 'function', sheet: 'Beregning', cell: 'A4' },
      { function: 'GETPIVOTDATA', kind: 'function', sheet: 'Beregning', cell: 'A4' },
      { function: 'FOO', kind: 'function', sheet: 'Beregning', cell: 'A5' },
    ]);
    expect(imported.unsupported.count).toBe(4);
    expect(imported.sheets[1]!.cells.A3).toBe("=FORECAST.ETS(A1,'Data _1_'!B2:B4,'Data _1_'!B2:B4)");
  });

  it('carries formats over and reads dates, rich text, links, booleans and error values', async () => {
    const imported = await importXlsx(await excelStyleWorkbook(), { fileName: 'x.xlsx' });
    const data = imported.sheets[0]!;
    expect(data.formats).toMatchObject({ C2: 'number', D2: '0%' });
    // A date is Excel's serial day number with its date code, so it shows as 01-01-2023.
    expect(data.formats?.E2).toBe('dd-mm-yyyy');
    expect(data.cells).toMatchObject({ D2: 0.125, E2: 44927, F2: 'fed tekst', F3: 'Jobindsats', F4: '=NA()', G2: true, G3: "'=ikke en formel" });
    expect(imported.warnings.map((w) => w.message).join(' ')).not.toMatch(/dates/);
  });
});

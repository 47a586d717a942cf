/**
 * A planner's total over month sheets, `=SUM(Jan:Mar!B2)` (Excel's 3-D reference), imports with
 * the value Excel computes; the values are LibreOffice 7.4's for the same file, except the quoted
 * span (`'Uge 1:Uge 2'!B2`, as Excel writes sheet names with spaces), which LibreOffice cannot read
 * (#NAME?) and whose sum is the two cells'.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importWorkbookFile } from '../../models/format/importWorkbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { expandSheetRanges } from '../../models/interchange/xlsxSheetRanges.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';
import { fremskrivValues } from './support/xlsxValues.js';

const month = (name: string, b2: number, b3: number) => ({
  name,
  xml: `<sheetData><row r="2"><c r="B2"><v>${b2}</v></c></row><row r="3"><c r="B3"><v>${b3}</v></c></row></sheetData>`,
});
const total = {
  name: 'I alt',
  xml:
    '<sheetData><row r="1"><c r="A1"><f>SUM(Jan:Mar!B2)</f></c><c r="B1"><f>AVERAGE(Jan:Mar!B2:B3)</f></c><c r="C1"><f>MAX(Jan:Mar!$B$3,1)*2</f></c></row>' +
    "<row r=\"2\"><c r=\"A2\"><f>SUM('Uge 1:Uge 2'!B2)</f></c><c r=\"B2\"><f>COUNT(Feb:Jan!B2:B3)</f></c></row></sheetData>",
};
const sheets = [month('Jan', 1, 2), month('Feb', 10, 20), month('Mar', 100, 200), month('Uge 1', 5, 0), month('Uge 2', 7, 0), total];

describe('a 3-D reference across sheets', () => {
  it('sums, averages, counts and finds the maximum over every sheet from the first to the last', async () => {
    const imported = await importXlsx(handWrittenXlsx({ sheets }));
    expect(imported.sheets[5]!.cells.A1).toBe('=SUM(Jan!B2,Feb!B2,Mar!B2)');
    const doc = new Y.Doc();
    importWorkbookFile(doc, importedWorkbookFile(imported));
    const values = fremskrivValues(doc);
    doc.destroy();
    // LibreOffice 7.4: 111; 55,5; 400 / #NAME?; 4 (before: #ERROR! for a span written Jan:Mar, #REF! for a quoted one)
    expect(['A1', 'B1', 'C1', 'A2', 'B2'].map((cell) => values.get(`I alt!${cell}`))).toEqual([111, 55.5, 400, 12, 4]);
  });

  it('is left as written where it is not a whole argument or names a sheet the workbook lacks', () => {
    expect(expandSheetRanges('=Jan:Feb!B2*2', ['Jan', 'Feb'])).toBe('=Jan:Feb!B2*2');
    expect(expandSheetRanges('=SUM(Jan:Maj!B2)', ['Jan', 'Feb'])).toBe('=SUM(Jan:Maj!B2)');
    expect(expandSheetRanges("=SUM('2023:2024'!A1, 1)", ['2023', '2024'])).toBe("=SUM('2023'!A1,'2024'!A1, 1)");
  });

  it('reads a span whose first sheet is named like a cell, as Danish Excel names sheets (Ark1:Ark3)', async () => {
    // LibreOffice 7.4 saves =SUM(Ark1:Ark3!A1) as SUM(Ark1:Ark3!A1:A1) and caches 7; the first
    // name reads as the cell ARK1. Before: =SUM(ARK1:'Ark3'!A1:A1), #ERROR! and listed as syntax.
    const ark = (name: string, a1: number) => ({ name, xml: `<sheetData><row r="1"><c r="A1"><v>${a1}</v></c></row></sheetData>` });
    const sum = {
      name: 'Sum',
      xml: '<sheetData><row r="1"><c r="A1"><f>SUM(Ark1:Ark3!A1:A1)</f><v>7</v></c><c r="B1"><f>MAX(Ark2:Ark3!$A$1,1)</f><v>4</v></c></row></sheetData>',
    };
    const imported = await importXlsx(handWrittenXlsx({ sheets: [ark('Ark1', 1), ark('Ark2', 2), ark('Ark3', 4), sum] }));
    expect(imported.sheets[3]!.cells.A1).toBe("=SUM('Ark1'!A1:A1,'Ark2'!A1:A1,'Ark3'!A1:A1)");
    expect(imported.unsupported.count).toBe(0);
    const doc = new Y.Doc();
    importWorkbookFile(doc, importedWorkbookFile(imported));
    const values = fremskrivValues(doc);
    doc.destroy();
    expect([values.get('Sum!A1'), values.get('Sum!B1')]).toEqual([7, 4]);
  });
});

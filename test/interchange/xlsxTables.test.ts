/**
 * A planner's Excel table ("Formatér som tabel") and the formulas reading it by its structured
 * references import with the values Excel computes. LibreOffice 7.4 computes the same file to
 * 40, 60, 80, 90, 270 and K3; where it differs, Microsoft's "Using structured references with
 * Excel tables" is the reference: the table's name is its data without the header row (ROWS 3,
 * LibreOffice 4) and `#All` the whole table (COUNTA 12, LibreOffice 1).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importWorkbookFile } from '../../models/format/importWorkbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { structuredReferences, type ExcelTable } from '../../models/interchange/xlsxTables.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';
import { rebuildZip, zipParts } from './support/zipBuilder.js';
import { fremskrivValues } from './support/xlsxValues.js';

const text = (address: string, value: string): string => `<c r="${address}" t="inlineStr"><is><t>${value}</t></is></c>`;
const rows = [2, 3, 4].map((r) => `<row r="${r}">${text(`A${r}`, `K${r}`)}<c r="B${r}"><v>${r * 10}</v></c><c r="C${r}"><f>Tabel1[[#This Row],[Antal]]*2</f></c></row>`);
const sheet =
  `<sheetData><row r="1">${text('A1', 'Kommune')}${text('B1', 'Antal')}${text('C1', 'Dobbelt')}</row>${rows.join('')}` +
  '<row r="6"><c r="A6"><f>SUM(Tabel1[Antal])</f></c><c r="B6"><f>ROWS(Tabel1)</f></c><c r="C6"><f>SUM(Tabel1[[Antal]:[Dobbelt]])</f></c>' +
  '<c r="D6"><f>COUNTA(Tabel1[#All])</f></c><c r="E6"><f>INDEX(Tabel1[Kommune],2)</f></c></row></sheetData><tableParts count="1"><tablePart r:id="rIdTabel"/></tableParts>';
const table =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Tabel1" displayName="Tabel1" ref="A1:C4" totalsRowShown="0">' +
  '<autoFilter ref="A1:C4"/><tableColumns count="3"><tableColumn id="1" name="Kommune"/><tableColumn id="2" name="Antal"/><tableColumn id="3" name="Dobbelt"/></tableColumns></table>';

function withTable(): Uint8Array {
  const parts = zipParts(handWrittenXlsx({ sheets: [{ name: 'Data', xml: sheet }] }));
  parts.set('xl/tables/table1.xml', table);
  parts.set(
    'xl/worksheets/_rels/sheet1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTabel" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>',
  );
  return rebuildZip(parts);
}

describe('an Excel table in an imported .xlsx', () => {
  it('computes the formulas reading it by its structured references, as Excel does', async () => {
    const imported = await importXlsx(withTable());
    expect(imported.unsupported.found).toEqual([]);
    expect(imported.sheets[0]!.cells).toMatchObject({ C3: '=Data!$B$3*2', A6: '=SUM(Data!$B$2:$B$4)' });
    const doc = new Y.Doc();
    importWorkbookFile(doc, importedWorkbookFile(imported));
    const values = fremskrivValues(doc);
    doc.destroy();
    // Before: #ERROR! in all but ROWS (#NAME?), each listed as a formula Fremskriv cannot read.
    expect(['C2', 'C3', 'C4', 'A6', 'B6', 'C6', 'D6', 'E6'].map((cell) => values.get(`Data!${cell}`))).toEqual([40, 60, 80, 90, 3, 270, 12, 'K3']);
  });

  it('reads the areas, a header row, a totals row, escaped names and a name of no table', () => {
    const table: ExcelTable = { name: 'Tabel1', sheet: 'Mit ark', from: { row: 0, col: 1 }, to: { row: 5, col: 3 }, headerRows: 1, totalsRows: 1, columns: ['Kommune', 'Antal [stk]', 'Andel'] };
    const read = (formula: string): string => structuredReferences(formula, [table], { row: 3, col: 7 });
    expect(read('=Tabel1[#Headers]')).toBe("='Mit ark'!$B$1:$D$1");
    expect(read('=Tabel1[[#Totals],[Andel]]')).toBe("='Mit ark'!$D$6");
    expect(read("=Tabel1[[#Data],[Kommune]:[Antal '[stk']]]")).toBe("='Mit ark'!$B$2:$C$5");
    expect(read('=tabel1[@Andel]+"Tabel1[Andel]"')).toBe(`='Mit ark'!$D$4+"Tabel1[Andel]"`);
    expect(read('=Andet[Andel]+Tabel1[Ukendt]')).toBe('=Andet[Andel]+Tabel1[Ukendt]');
  });

  it('reads a row the table does not cross as #VALUE!, as Excel shows [@Antal] there', () => {
    // Before: the cell of that row below or above the table (='Mit ark'!$D$8, an empty cell: 0).
    const table: ExcelTable = { name: 'Tabel1', sheet: 'Mit ark', from: { row: 0, col: 1 }, to: { row: 5, col: 3 }, headerRows: 1, totalsRows: 1, columns: ['Kommune', 'Antal', 'Andel'] };
    const readIn = (row: number): string => structuredReferences('=Tabel1[[#This Row],[Andel]]*2', [table], { row, col: 7 });
    expect([0, 1, 4, 5, 7].map(readIn)).toEqual(['=#VALUE!*2', "='Mit ark'!$D$2*2", "='Mit ark'!$D$5*2", '=#VALUE!*2', '=#VALUE!*2']);
  });
});

/**
 * Excel writes a formula filled down or right once, as a shared formula (`<f t="shared" ref si>`
 * in its first cell, `<f t="shared" si>` in the others): each other cell is that formula with its
 * relative references moved, and nothing else. The values below are LibreOffice 7.4's for the
 * same file (`soffice --headless --convert-to csv`), as Excel computes it.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importWorkbookFile } from '../../models/format/importWorkbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';
import { fremskrivValues } from './support/xlsxValues.js';

const text = (address: string, value: string): string => `<c r="${address}" t="inlineStr"><is><t>${value}</t></is></c>`;
const child = (address: string, si: number): string => `<c r="${address}"><f t="shared" si="${si}"/></c>`;

/** A sheet whose name holds a cell address (`K1 2023`, a quarter), and indicator ids that look like cells (LM2). */
const quarter = { name: 'K1 2023', xml: `<sheetData>${[10, 20, 30, 40].map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${v}</v></c></row>`).join('')}</sheetData>` };
const data = {
  name: 'Data',
  xml:
    `<sheetData><row r="1">${text('A1', 'Indikator')}<c r="B1"><v>1</v></c><c r="C1"><v>2</v></c></row>` +
    `<row r="2">${text('A2', 'LM2')}<c r="B2"><f t="shared" ref="B2:C5" si="0">IF($A2="LM2",'K1 2023'!$A1,0)+B$1</f></c>${child('C2', 0)}<c r="D2"><f t="shared" ref="D2:D5" si="1">SUM(1:1)</f></c></row>` +
    [3, 4, 5].map((r, i) => `<row r="${r}">${text(`A${r}`, ['MM5', 'LM2', 'LM3'][i]!)}${child(`B${r}`, 0)}${child(`C${r}`, 0)}${child(`D${r}`, 1)}</row>`).join('') +
    '</sheetData>',
};

describe('a shared formula', () => {
  it('moves only its references in each cell: text in quotes and a sheet name that looks like a cell stay, whole rows move', async () => {
    const imported = await importXlsx(handWrittenXlsx({ sheets: [quarter, data] }));
    const cells = imported.sheets[1]!.cells;
    expect([cells.C3, cells.B5, cells.D4]).toEqual([`=IF($A3="LM2",'K1 2023'!$A2,0)+C$1`, `=IF($A5="LM2",'K1 2023'!$A4,0)+B$1`, '=SUM(3:3)']);
    const doc = new Y.Doc();
    importWorkbookFile(doc, importedWorkbookFile(imported));
    const values = fremskrivValues(doc);
    doc.destroy();
    const grid = [2, 3, 4, 5].map((r) => ['B', 'C', 'D'].map((c) => values.get(`Data!${c}${r}`)));
    // LibreOffice 7.4: Indikator;1;2 / LM2;11;12;3 / MM5;1;2;26 / LM2;31;32;29 / LM3;1;2;92
    expect(grid).toEqual([
      [11, 12, 3],
      [1, 2, 26],
      [31, 32, 29],
      [1, 2, 92],
    ]);
  });
});

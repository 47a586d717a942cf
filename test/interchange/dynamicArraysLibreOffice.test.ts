/**
 * A workbook of dynamic arrays exported to .xlsx (cm="1" and xl/metadata.xml, as Excel 365 writes
 * them) opens in LibreOffice, which computes the spilled blocks: the file is no Excel-only file.
 */
import { describe, expect, it } from 'vitest';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';
import { SHEET } from './support/dynamicArraySheet.js';
import { recalculateInLibreOffice } from './support/libreOffice.js';
import { storedValues } from './support/rawXlsx.js';

const open = openWorkbooks();

describe('dynamic arrays exported to .xlsx in LibreOffice', () => {
  it('LibreOffice opens the file and computes the spilled block', async () => {
    const [recalculated] = recalculateInLibreOffice([await exportWorkbookXlsx(open.document(workbookFile({ Ark: SHEET })))]);
    const values = await storedValues(recalculated!);
    expect(['B1', 'B2', 'B3', 'D1', 'F1', 'G2', 'J1', 'J3'].map((a) => values.get(`Ark!${a}`))).toEqual([2, 4, 6, 14, 6, 4, 10, 30]);
  });

  it('LibreOffice computes the spills of a range name, OFFSET, INDIRECT and INDEX with its 0 from a cell alike', async () => {
    const doc = open.document(
      workbookFile(
        { Ark: { A1: 1, A2: 2, A3: 3, B1: 4, B2: 5, B3: 6, E1: 0, G1: '=Udgifter*2', H1: '=OFFSET(A1,0,0,3,1)*2', I1: '=INDEX(A1:B3,E1,2)', J1: '=INDIRECT("A1:A3")*10' }, Data: { B2: 100, B3: 200, B4: 300 } },
        { names: [{ name: 'Udgifter', formula: '=Data!$B$2:$B$4' }] },
      ),
    );
    const [recalculated] = recalculateInLibreOffice([await exportWorkbookXlsx(doc)]);
    const values = await storedValues(recalculated!);
    const cells = ['G', 'H', 'I', 'J'].flatMap((column) => [1, 2, 3].map((row) => `Ark!${column}${row}`));
    expect(cells.map((address) => values.get(address))).toEqual([200, 400, 600, 2, 4, 6, 4, 5, 6, 10, 20, 30]);
    // Fremskriv's own values, which the file caches, are the same.
    expect(cells.map((address) => open.value(doc, address))).toEqual([200, 400, 600, 2, 4, 6, 4, 5, 6, 10, 20, 30]);
  });
});

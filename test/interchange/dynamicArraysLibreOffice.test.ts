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
});

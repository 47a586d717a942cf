/** Alignment through LibreOffice: an .xlsx Fremskriv writes, opened and saved by LibreOffice, comes back with every cell's alignment (xlsxAlignment.test.ts's workbook). */
import { describe, expect, it } from 'vitest';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { recalculateInLibreOffice } from './support/libreOffice.js';
import { xlsxOfFile } from './support/xlsxValues.js';
import { ALIGNED } from './support/alignedWorkbook.js';

describe('alignment through LibreOffice', () => {
  it('left, centred and right cells, a merged area\'s and a wrapped one\'s, keep their alignment', async () => {
    const [saved] = recalculateInLibreOffice([await xlsxOfFile(ALIGNED)]);
    const imported = importedWorkbookFile(await importXlsx(saved!, { fileName: 'justering.xlsx' }));
    expect(imported.sheets[0]?.alignment).toMatchObject(ALIGNED.sheets[0]!.alignment!);
    expect(imported.sheets[0]?.alignment?.D1).toBeUndefined();
    expect(imported.sheets[0]?.merges).toEqual(['A1:C1']);
  }, 240_000);
});

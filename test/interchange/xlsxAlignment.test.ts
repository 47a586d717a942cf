/** A cell's horizontal alignment (cellAlignment.ts) in .xlsx: `<alignment horizontal>` written and read back, Excel's others shown as the nearest kept one. */
import { describe, expect, it } from 'vitest';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';
import { loadXlsx, xlsxOfFile } from './support/xlsxValues.js';
import { ALIGNED } from './support/alignedWorkbook.js';

describe('alignment in .xlsx', () => {
  it('the export writes each cell\'s horizontal alignment, beside its Wrap Text, and none on a General cell', async () => {
    const sheet = (await loadXlsx(await xlsxOfFile(ALIGNED))).getWorksheet('Data')!;
    expect(sheet.getCell('A1').alignment?.horizontal).toBe('center');
    expect(sheet.getCell('A2').alignment?.horizontal).toBe('right');
    expect(sheet.getCell('B2').alignment?.horizontal).toBe('left');
    expect(sheet.getCell('C2').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(sheet.getCell('D1').alignment?.horizontal).toBeUndefined();
  });

  it('the import reads them back onto the same cells, a merged area with its own', async () => {
    const read = await importXlsx(await xlsxOfFile(ALIGNED), { fileName: 'justering.xlsx' });
    const imported = importedWorkbookFile(read);
    // exceljs gives the area's covered cells its top-left cell's style, as Excel's Merge & Center does: they keep it.
    expect(imported.sheets[0]?.alignment).toEqual({ ...ALIGNED.sheets[0]!.alignment, C1: 'center' });
    expect(imported.sheets[0]?.wrapText).toEqual(['C2']);
    expect(read.warnings.map((w) => w.kind)).not.toContain('alignmentApproximated');
  });

  it('Excel\'s alignments Fremskriv does not keep show as the nearest, with a note; General and a merge without centring stay General', async () => {
    const styles =
      '<cellXfs count="6"><xf numFmtId="0"/>' +
      ['centerContinuous', 'fill', 'justify', 'distributed', 'general'].map((h) => `<xf numFmtId="0" applyAlignment="1"><alignment horizontal="${h}"/></xf>`).join('') +
      '</cellXfs>';
    const cells = ['A1', 'B1', 'C1', 'D1', 'E1'].map((address, i) => `<c r="${address}" s="${i + 1}"><v>${i + 1}</v></c>`).join('');
    const bytes = handWrittenXlsx({
      sheets: [{ name: 'Ark1', xml: `<sheetData><row r="1">${cells}</row><row r="2"><c r="A2"><v>7</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells>` }],
      styles,
    });
    const read = await importXlsx(bytes, { fileName: 'excel.xlsx' });
    const imported = importedWorkbookFile(read);
    expect(imported.sheets[0]?.alignment).toEqual({ A1: 'center', B1: 'left', C1: 'left', D1: 'center' });
    expect(imported.sheets[0]?.merges).toEqual(['A2:C2']);
    const note = read.warnings.find((w) => w.kind === 'alignmentApproximated');
    expect(note?.params).toEqual({ sheet: 'Ark1', count: 4, cells: 'A1, B1, C1, D1' });
  });
});

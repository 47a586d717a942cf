import { describe, expect, it } from 'vitest';
import { importCsv } from '../../models/interchange/csvImport.js';
import { checkedFileKind } from '../../models/interchange/fileKind.js';
import { InterchangeError } from '../../models/interchange/interchangeLimits.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { HOSTILE_FILES, smallExport } from './support/hostileFiles.js';
import { editPart } from './support/zipBuilder.js';

async function importFile(bytes: Uint8Array, fileName: string): Promise<unknown> {
  const kind = checkedFileKind(bytes, fileName);
  return kind === 'xlsx' ? importXlsx(bytes, { fileName }) : importCsv(bytes, { fileName });
}

describe('hostile and broken files', () => {
  it.each(HOSTILE_FILES)('$name is refused with a clear message', async ({ make, fileName, message, kind }) => {
    const bytes = await make();
    // A file that held the importer (a bomb, exceljs expanding a range) runs into the test's time limit.
    const error = await importFile(bytes, fileName).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InterchangeError);
    expect((error as InterchangeError).message).toMatch(message);
    expect((error as InterchangeError).kind).toBe(kind);
    expect((error as InterchangeError).message).not.toMatch(/\n/);
  });

  it('never expands a data validation, merged range or defined name over whole columns (exceljs would)', async () => {
    const sheet = 'xl/worksheets/sheet1.xml';
    let bytes = await editPart(await smallExport(), sheet, (xml) =>
      xml.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="C1:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
    );
    bytes = await editPart(bytes, 'xl/workbook.xml', (xml) => xml.replace('</sheets>', '</sheets><definedNames><definedName name="Alt">Data!$A$1:$XFD$1048576</definedName></definedNames>'));
    // exceljs would expand these ranges cell by cell for hours: the test's time limit catches that.
    const imported = await importXlsx(bytes, { fileName: 'store-omraader.xlsx' });
    expect(imported.sheets[0]!.cells).toMatchObject({ A1: 'Måned', B2: 5, B3: '=B2*2' });
    // The name over the whole sheet is kept: the engine reads it as far as the data goes (rangeBound.ts).
    expect(imported.names).toContainEqual({ name: 'Alt', formula: '=Data!$A$1:$XFD$1048576' });
    expect(imported.warnings.map((w) => w.message).join(' ')).toContain('1 data validation rule(s) over more than 10000 cells');
  });

  it('leaves the column widths behind when a sheet defines thousands of whole-row column spans', async () => {
    const spans = '<col min="1" max="16384" width="12" customWidth="1"/>'.repeat(5_000);
    const bytes = await editPart(await smallExport(), 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/<cols>[\s\S]*?<\/cols>/, '').replace('<sheetData', `<cols>${spans}</cols><sheetData`));
    const imported = await importXlsx(bytes, { fileName: 'kolonner.xlsx' });
    expect(imported.warnings.map((w) => w.message).join(' ')).toContain('more than 500 column definitions');
    expect(imported.sheets[0]!.cells).toMatchObject({ A1: 'Måned', B2: 5 });
  });

  it('keeps an assumption\'s bound (a small data validation) beside a whole-sheet one it leaves behind', async () => {
    const bytes = await editPart(await smallExport(), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(
        '</sheetData>',
        '</sheetData><dataValidations count="2"><dataValidation type="decimal" operator="between" sqref="B2"><formula1>0</formula1><formula2>1</formula2></dataValidation><dataValidation type="decimal" operator="between" sqref="A1:XFD1048576 C3"><formula1>0</formula1><formula2>9</formula2></dataValidation></dataValidations>',
      ),
    );
    const imported = await importXlsx(bytes, { fileName: 'graenser.xlsx' });
    expect(imported.sheets[0]!.validations).toEqual({ B2: { min: 0, max: 1 } });
  });
});

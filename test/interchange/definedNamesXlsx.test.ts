/**
 * Defined names through .xlsx: an export carries the workbook's names in workbook.xml, and
 * importing it gives the same names, the same formulas using them and the same values.
 */
import { describe, expect, it } from 'vitest';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { zipParts } from './support/zipBuilder.js';
import { fremskrivValues } from './support/xlsxValues.js';
import { namedWorkbook } from './support/namedWorkbook.js';

async function withDoc<T>(file: WorkbookFile, use: (doc: ReturnType<typeof documentFromFile>) => T | Promise<T>): Promise<T> {
  const doc = documentFromFile(file);
  try {
    return await use(doc);
  } finally {
    doc.destroy();
  }
}

describe('defined names in .xlsx', () => {
  it('an export writes each name into workbook.xml in Excel\'s form', async () => {
    const bytes = await withDoc(namedWorkbook(), (doc) => exportWorkbookXlsx(doc));
    const workbookXml = zipParts(bytes).get('xl/workbook.xml') ?? '';
    expect(workbookXml).toContain('<definedName name="Udgifter">Data!$B$2:$B$4</definedName>');
    expect(workbookXml).toContain('<definedName name="Rente">0.05</definedName>');
    expect(workbookXml).toContain('<definedName name="Gennemsnit">AVERAGE(Data!$B$2:$B$4)</definedName>');
    expect(workbookXml).toContain('<definedName name="Vækst">&apos;Antagelser 2025&apos;!$B$1</definedName>');
  });

  it('exported and imported again, the workbook has the same names, formulas and values', async () => {
    const before = await withDoc(namedWorkbook(), (doc) => ({ file: exportWorkbookFile(doc), values: fremskrivValues(doc) }));
    const bytes = await withDoc(namedWorkbook(), (doc) => exportWorkbookXlsx(doc));
    const imported = await importXlsx(bytes, { fileName: 'navne.xlsx' });
    expect(imported.unsupported.found).toEqual([]);
    const after = await withDoc(importedWorkbookFile(imported), (doc) => ({ file: exportWorkbookFile(doc), values: fremskrivValues(doc) }));
    expect(after.file.names).toEqual(before.file.names);
    expect(after.file.sheets.map((s) => s.cells)).toEqual(before.file.sheets.map((s) => s.cells));
    expect(after.values).toEqual(before.values);
    expect(before.values.get('Beregning!A1')).toBe(600);
  });
});

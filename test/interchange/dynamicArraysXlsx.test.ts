/**
 * A dynamic-array formula in .xlsx as Excel 365 writes it: an array formula over its spill
 * (`<f t="array" ref="B1:B3">`) whose cell carries `cm="1"`, pointing at the `XLDAPR` cell
 * metadata in xl/metadata.xml. Without the mark Excel 365 opens the formula as a legacy one
 * (braces, or `=@…` intersected); with it, as the formula the planner typed.
 */
import { describe, expect, it } from 'vitest';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { DYNAMIC_ARRAY_METADATA } from '../../models/interchange/xlsxDynamicArrays.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { parseCellAddress } from '../../models/workbook/cellAddress.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from '../models/support/engineValueAt.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';
import { zipParts } from './support/zipBuilder.js';
import { SHEET } from './support/dynamicArraySheet.js';

const open = openWorkbooks();


/** The `<c …>` element of a cell in the first sheet of an export, with its formula. */
function cellXml(bytes: Uint8Array, address: string): string {
  const sheet = zipParts(bytes).get('xl/worksheets/sheet1.xml') ?? '';
  return new RegExp(`<c r="${address}"[^>]*>(?:<f[^>]*>[^<]*</f>)?`).exec(sheet)?.[0] ?? '';
}

describe('the .xlsx export marks a dynamic array as Excel 365 does', () => {
  const exported = exportWorkbookXlsx(open.document(workbookFile({ Ark: SHEET })));

  it.each([
    ['a range where one value is expected spills over its block', 'B1', '<c r="B1" cm="1"><f t="array" ref="B1:B3">A1:A3*2</f>'],
    ['a blocked spill (#SPILL!) stays a dynamic array over its own cell', 'C1', '<c r="C1" cm="1" t="e"><f t="array" ref="C1">ABS(A1:A3)</f>'],
    ['an element-by-element sum is a dynamic array over its cell', 'D1', '<c r="D1" cm="1"><f t="array" ref="D1">SUM(A1:A3*A1:A3)</f>'],
    ['a function that spills by itself spills over its block', 'E1', '<c r="E1" cm="1"><f t="array" ref="E1:E3">_xlfn.SEQUENCE(3)</f>'],
    ['a formula of one value is a plain formula', 'F1', '<c r="F1"><f>SUM(A1:A3)</f>'],
    ['a legacy formula (Excel 365\'s @) is a plain formula Excel intersects', 'G2', '<c r="G2"><f>A1:A3*2</f>'],
    ['an ARRAYFORMULA (Ctrl+Shift+Enter) stays a legacy array formula', 'H1', '<c r="H1"><f t="array" ref="H1:H3">A1:A3*10</f>'],
    ['INDEX\'s whole column spills over its block', 'J1', '<c r="J1" cm="1"><f t="array" ref="J1:J3">INDEX(A1:A3,0,1)*10</f>'],
  ])('%s (%s)', async (_, address, xml) => {
    expect(cellXml(await exported, address)).toBe(xml);
  });

  it('the cell metadata part is in the package, related from the workbook', async () => {
    const parts = zipParts(await exported);
    expect(parts.get('xl/metadata.xml')).toBe(DYNAMIC_ARRAY_METADATA);
    expect(parts.get('[Content_Types].xml')).toContain('<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata.xml"/);
  });

  it('a workbook without a dynamic array gets no metadata part', async () => {
    const parts = zipParts(await exportWorkbookXlsx(open.document(workbookFile({ Ark: { A1: 1, B1: '=A1*2' } }))));
    expect(parts.has('xl/metadata.xml')).toBe(false);
  });

  it('imported again, every formula reads as it was typed and computes the same', async () => {
    const back = open.document(importedWorkbookFile(await importXlsx(await exported, { fileName: 'spild.xlsx' })));
    const id = sheetId(back, 'Ark');
    for (const [address, input] of Object.entries(SHEET)) {
      const { row, col } = parseCellAddress(address)!;
      expect([address, cellInputAt(back, id, row, col)]).toEqual([address, input]);
    }
    const at = engineValueAt(open.engine(back), id);
    expect(['B1', 'B2', 'B3', 'D1', 'E3', 'G2', 'H2', 'J3'].map(at)).toEqual([2, 4, 6, 14, 3, 4, 20, 30]);
    expect(at('C1')).toMatchObject({ error: '#SPILL!' });
  });
});

describe('the .xlsx import reads Excel 365\'s dynamic arrays as typed formulas', () => {
  /** Excel 365's metadata with a rich-value type first, so the dynamic-array type is the second. */
  const metadata =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
    '<metadataTypes count="2"><metadataType name="XLRICHVALUE" minSupportedVersion="120000"/><metadataType name="XLDAPR" minSupportedVersion="120000"/></metadataTypes>' +
    '<futureMetadata name="XLDAPR" count="2"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="0"/></ext></extLst></bk>' +
    '<bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
    '<cellMetadata count="3"><bk><rc t="1" v="0"/></bk><bk><rc t="2" v="0"/></bk><bk><rc t="2" v="1"/></bk></cellMetadata></metadata>';
  const row = (cells: string): string => `<sheetData><row r="1"><c r="A1"><v>1</v></c>${cells}</row><row r="2"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row></sheetData>`;

  it.each([
    ['a dynamic array (cm to fDynamic="1") is the formula as typed', '<c r="B1" cm="3"><f t="array" ref="B1:B3">A1:A3*2</f><v>2</v></c>', '=A1:A3*2'],
    ['a dynamic array over one cell too', '<c r="B1" cm="3"><f t="array" ref="B1">SUM(A1:A3*A1:A3)</f><v>14</v></c>', '=SUM(A1:A3*A1:A3)'],
    ['an array formula without the mark is a legacy one', '<c r="B1"><f t="array" ref="B1:B3">A1:A3*2</f><v>2</v></c>', '=ARRAYFORMULA(A1:A3*2)'],
    ['a mark naming other metadata is no dynamic array', '<c r="B1" cm="1"><f t="array" ref="B1:B3">A1:A3*2</f><v>2</v></c>', '=ARRAYFORMULA(A1:A3*2)'],
    ['a mark whose properties are not dynamic is no dynamic array', '<c r="B1" cm="2"><f t="array" ref="B1:B3">A1:A3*2</f><v>2</v></c>', '=ARRAYFORMULA(A1:A3*2)'],
    ['a plain formula is a legacy one, intersected', '<c r="B1"><f>A1:A3*2</f><v>2</v></c>', '=SINGLE(A1:A3)*2'],
  ])('%s', async (_, cell, formula) => {
    const bytes = handWrittenXlsx({ sheets: [{ name: 'Ark', xml: row(cell) }], metadata });
    const imported = await importXlsx(bytes, { fileName: 'excel365.xlsx' });
    expect(imported.sheets[0]!.cells.B1).toBe(formula);
  });

  it('a cell metadata part that is no well-formed XML loses only the marks, with a warning', async () => {
    const cells = '<c r="B1" cm="3"><f t="array" ref="B1:B3">A1:A3*2</f><v>2</v></c>';
    const bytes = handWrittenXlsx({ sheets: [{ name: 'Ark', xml: row(cells) }], metadata: metadata.replace('</metadata>', '') });
    const imported = await importXlsx(bytes, { fileName: 'excel365.xlsx' });
    expect(imported.sheets[0]!.cells.B1).toBe('=ARRAYFORMULA(A1:A3*2)');
    expect(imported.warnings.map((w) => w.kind)).toContain('dynamicArrayMarksLost');
  });

  it('a dynamic array\'s spilled block is computed again, not kept as values', async () => {
    const cells = '<c r="B1" cm="3"><f t="array" ref="B1:B3">A1:A3*2</f><v>2</v></c>';
    const bytes = handWrittenXlsx({ sheets: [{ name: 'Ark', xml: row(cells).replace('<c r="A2"><v>2</v></c>', '<c r="A2"><v>2</v></c><c r="B2"><v>4</v></c>') }], metadata });
    const doc = open.document(importedWorkbookFile(await importXlsx(bytes, { fileName: 'excel365.xlsx' })));
    expect(['B1', 'B2', 'B3'].map(engineValueAt(open.engine(doc), sheetId(doc, 'Ark')))).toEqual([2, 4, 6]);
  });
});

/**
 * Files other programs write in shapes exceljs never produces: each must import with its values,
 * formulas and numbers as Excel shows them (issue: audit of import and export on unseen files).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importWorkbookFile } from '../../models/format/importWorkbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { arrayFormulaBody } from '../../models/interchange/excelFormulas.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { zipParts } from './support/zipBuilder.js';
import type { ImportedWorkbook } from '../../models/interchange/importedWorkbook.js';
import { DATE_STYLE, handWrittenXlsx } from './support/handWrittenXlsx.js';
import { fremskrivValues, importedValues, type PlainValue } from './support/xlsxValues.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { parseCellAddress } from '../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';

/** What Fremskriv shows in each of `addresses` (`Sheet!A1`), spilled results included. */
function shown(imported: ImportedWorkbook, addresses: readonly string[]): unknown[] {
  const doc = new Y.Doc();
  importWorkbookFile(doc, importedWorkbookFile(imported));
  const engine = new WorkbookEngine(doc);
  try {
    return addresses.map((key) => {
      const [sheet, cell] = key.split('!') as [string, string];
      const { row, col } = parseCellAddress(cell)!;
      return engine.value(workbookGrid(doc).sheetIdByName(sheet)!, row, col);
    });
  } finally {
    engine.destroy();
    doc.destroy();
  }
}

describe('an .xlsx whose rows and cells leave out their reference (r is optional in the schema)', () => {
  it('places each cell after the one before it and each row after the row before it', async () => {
    const xml =
      '<sheetData><row><c><v>1</v></c><c t="inlineStr"><is><t>to</t></is></c><c r="D1"><v>4</v></c><c><v>5</v></c></row>' +
      '<row r="3"><c><f>SUM(A1:E1)</f><v>10</v></c></row><row><c r="B4"><v>7</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }));
    expect(imported.sheets[0]!.cells).toEqual({ A1: 1, B1: 'to', D1: 4, E1: 5, A3: '=SUM(A1:E1)', B4: 7 });
    expect(importedValues(imported).get('Ark1!A3')).toBe(10);
  });
});

describe('an .xlsx in the 1904 date system (Mac Excel before 2011)', () => {
  it.each(['1', 'true'])('moves its dates to the 1900 system, so each shows the same day (date1904="%s")', async (flag) => {
    // 40000 days after 1 January 1904 is 7 July 2013; YEAR reads it as Excel does.
    const xml = '<sheetData><row r="1"><c r="A1" s="1"><v>40000</v></c><c r="B1"><f>YEAR(A1)</f><v>2013</v></c><c r="C1"><v>40000</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }], styles: DATE_STYLE, workbookPr: `<workbookPr date1904="${flag}"/>` }));
    const cells = imported.sheets[0]!.cells;
    expect(cells.A1).toBe(Date.UTC(2013, 6, 7) / 86_400_000 + 25_569);
    expect(cells.C1).toBe(40000);
    expect(importedValues(imported).get('Ark1!B1')).toBe(2013);
    expect(imported.warnings.map((w) => w.message).join(' ')).toContain('1904');
  });

  it('leaves a workbook in the 1900 system as it is', async () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="1"><v>40000</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }], styles: DATE_STYLE, workbookPr: '<workbookPr date1904="0"/>' }));
    expect(imported.sheets[0]!.cells.A1).toBe(40000);
    expect(imported.warnings).toEqual([]);
  });
});

describe('array formulas (Ctrl+Shift+Enter in older Excel, dynamic arrays in Excel 365)', () => {
  const xml =
    '<sheetData><row r="1"><c r="A1"><v>3</v></c><c r="B1"><v>2</v></c>' +
    '<c r="C1"><f t="array" ref="C1">SUM(A1:A3*B1:B3)</f><v>16</v></c>' +
    '<c r="D1"><f t="array" ref="D1:D3">A1:A3*2</f><v>6</v></c>' +
    '<c r="E1" cm="1"><f t="array" ref="E1:E3">_xlfn._xlws.SORT(A1:A3)</f><v>1</v></c></row>' +
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="D2"><v>2</v></c><c r="E2"><v>2</v></c></row>' +
    '<row r="3"><c r="A3"><v>2</v></c><c r="B3"><v>4</v></c><c r="D3"><v>4</v></c><c r="E3"><v>3</v></c></row></sheetData>';

  it('computes each as Excel does: arguments as arrays, results filling the formula range', async () => {
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }));
    const cells = imported.sheets[0]!.cells;
    expect(cells.C1).toBe('=ARRAYFORMULA(SUM(A1:A3*B1:B3))');
    // Excel 365's dynamic SORT spills without the wrapper: it stays as typed.
    expect(cells.E1).toBe('=SORT(A1:A3)');
    // The range's other cells held the cached results only; kept, they would block the formula.
    expect(Object.keys(cells).filter((a) => /^[DE][23]$/.test(a))).toEqual([]);
    expect(shown(imported, ['Ark1!C1', 'Ark1!D1', 'Ark1!D2', 'Ark1!D3', 'Ark1!E1', 'Ark1!E2', 'Ark1!E3'])).toEqual([16, 6, 2, 4, 1, 2, 3]);
    expect(imported.unsupported.found).toEqual([]);
  });
});

describe('an array formula exported again', () => {
  it('is written as Excel\'s array formula (no ARRAYFORMULA function, which Excel lacks) and reads back the same', async () => {
    const xml = '<sheetData><row r="1"><c r="A1"><v>3</v></c><c r="B1"><f t="array" ref="B1">SUM(A1:A2*A1:A2)</f><v>13</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }));
    const doc = new Y.Doc();
    importWorkbookFile(doc, importedWorkbookFile(imported));
    const exported = await exportWorkbookXlsx(doc);
    doc.destroy();
    expect(zipParts(exported).get('xl/worksheets/sheet1.xml')).toContain('<f t="array" ref="B1">SUM(A1:A2*A1:A2)</f><v>13</v>');
    const again = await importXlsx(exported);
    expect(again.sheets[0]!.cells.B1).toBe('=ARRAYFORMULA(SUM(A1:A2*A1:A2))');
  });

  it('keeps a formula that only starts with ARRAYFORMULA as an ordinary formula', () => {
    expect(arrayFormulaBody('=ARRAYFORMULA(SUM(A1:A3*B1:B3))')).toBe('=SUM(A1:A3*B1:B3)');
    expect(arrayFormulaBody('=ARRAYFORMULA(A1:A3*2)+ARRAYFORMULA(B1:B3)')).toBeNull();
    expect(arrayFormulaBody('=ARRAYFORMULA(")")')).toBe('=")"');
    expect(arrayFormulaBody('=SUM(A1)')).toBeNull();
  });
});

describe('formulas reading other workbooks (external references)', () => {
  it('are kept, listed by cell as formulas Fremskriv cannot compute, and named in a warning', async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><f>[1]Data!A1*2</f><v>4</v></c><c r="B1"><f>\'[2]Mit ark\'!$B$2+1</f><v>5</v></c>' +
      '<c r="C1" t="str"><f>"[1]Ark1!A1"</f><v>[1]Ark1!A1</v></c><c r="D1"><f>\'Ark 2\'!A1</f><v>0</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }, { name: 'Ark 2', xml: '<sheetData/>' }] }));
    expect(imported.sheets[0]!.cells).toMatchObject({ A1: '=[1]Data!A1*2', B1: "='[2]Mit ark'!$B$2+1" });
    expect(imported.unsupported.found).toEqual([
      { function: '=[1]Data!A1*2', kind: 'syntax', sheet: 'Ark1', cell: 'A1' },
      { function: "='[2]Mit ark'!$B$2+1", kind: 'syntax', sheet: 'Ark1', cell: 'B1' },
    ]);
    expect(imported.warnings.map((w) => w.message).join(' ')).toContain('2 formulas read other workbooks');
  });
});

describe('defined names (Name Manager)', () => {
  const names =
    '<definedName name="Rate">Data!$B$1</definedName><definedName name="Vækst" localSheetId="1">\'Års plan\'!$A$1</definedName>' +
    '<definedName name="Rate" localSheetId="1">\'Års plan\'!$A$2</definedName><definedName name="Loft">0.05</definedName>' +
    '<definedName name="Beregnet">SUM(Data!$B$1:$B$2)</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Data!$A$1:$B$2</definedName>';
  const data = '<sheetData><row r="1"><c r="A1"><f>Rate*2+Loft</f><v>20.05</v></c><c r="B1"><v>10</v></c></row><row r="2"><c r="A2"><f>Beregnet</f><v>10</v></c><c r="B2" t="inlineStr"><is><t>Rate</t></is></c></row></sheetData>';
  const plan = '<sheetData><row r="1"><c r="A1"><v>0.5</v></c><c r="B1"><f>Vækst*Rate</f><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>';

  it("workbook and sheet names are imported as names of their scope and the formulas keep them; Print_Area is no name", async () => {
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Data', xml: data }, { name: 'Års plan', xml: plan }], definedNames: names }));
    const [first, second] = imported.sheets;
    expect(first!.cells).toMatchObject({ A1: '=Rate*2+Loft', A2: '=Beregnet', B2: 'Rate' });
    expect(second!.cells.B1).toBe('=Vækst*Rate');
    expect(imported.names).toEqual([
      { name: 'Rate', formula: '=Data!$B$1' },
      { name: 'Vækst', formula: "='Års plan'!$A$1", sheet: 'Års plan' },
      { name: 'Rate', formula: "='Års plan'!$A$2", sheet: 'Års plan' },
      { name: 'Loft', formula: '=0.05' },
      { name: 'Beregnet', formula: '=SUM(Data!$B$1:$B$2)' },
    ]);
    const values = importedValues(imported);
    expect(values.get('Data!A1')).toBeCloseTo(20.05, 12);
    expect(values.get('Data!A2')).toBe(10);
    expect(values.get('Års plan!B1')).toBe(1);
    expect(imported.unsupported.found).toEqual([]);
    expect(imported.warnings.map((w) => w.message).join(' ')).not.toContain('written into the formulas');
  });

  it('a workbook name with a relative reference is written into its formulas; one for another workbook is reported', async () => {
    const relative = '<definedName name="Satsen">Data!B1</definedName><definedName name="Fremmed">[1]Ark!$A$1</definedName>';
    const xml = '<sheetData><row r="1"><c r="A1"><f>Satsen*2</f></c><c r="B1"><v>4</v></c><c r="C1"><f>Fremmed</f></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Data', xml }], definedNames: relative }));
    expect(imported.sheets[0]!.cells).toMatchObject({ A1: '=Data!B1*2', C1: '=Fremmed' });
    expect(imported.names).toBeUndefined();
    expect(importedValues(imported).get('Data!A1')).toBe(8);
    expect(imported.unsupported.found).toEqual([{ function: 'FREMMED', kind: 'name', sheet: 'Data', cell: 'C1' }]);
    expect(imported.warnings.map((w) => w.message).join(' ')).toContain('named ranges are not imported (formulas using them show #NAME?): Fremmed');
  });

  it('a name written with the workbook itself as its book (`[0]!Satsen`, as Excel 2007 saved it) is the workbook name', async () => {
    // Apache POI's test file 56737, saved by Excel, caches 142 for `=[0]!NR_Global_B2`.
    const names = '<definedName name="Satsen">Data!$B$1</definedName>';
    const xml = '<sheetData><row r="1"><c r="A1"><f>[0]!Satsen*2</f></c><c r="B1"><v>4</v></c><c r="C1"><f>IF(B1=4,[0]!Satsen,-1)&amp;"[0]!Satsen"</f></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Data', xml }], definedNames: names }));
    const values = importedValues(imported);
    expect([values.get('Data!A1'), values.get('Data!C1')]).toEqual([8, '4[0]!Satsen']);
    expect(imported.unsupported.found).toEqual([]);
  });

  it('a name with a relative reference reads, in each cell, the cells as far from it as the reference is from A1', async () => {
    // Excel and LibreOffice store such a name as seen from A1: `Data!$A2` is column A of the row below.
    const names = '<definedName name="Under">Data!$A2</definedName><definedName name="Blok">Data!$A1:$A2</definedName>';
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>10</v></c><c r="B1"><f>Under</f></c></row><row r="2"><c r="A2"><v>20</v></c></row>' +
      '<row r="3"><c r="A3"><v>30</v></c><c r="B3"><f>Under*2</f></c><c r="C3"><f>SUM(Blok)</f></c></row><row r="4"><c r="A4"><v>40</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Data', xml }], definedNames: names }));
    expect(imported.sheets[0]!.cells).toMatchObject({ B1: '=Data!$A2', B3: '=Data!$A4*2', C3: '=SUM(Data!$A3:$A4)' });
    const values = importedValues(imported);
    // LibreOffice 7.4 computes the same file to 20, 80 and 70 (before: 20, 40 and 30).
    expect([values.get('Data!B1'), values.get('Data!B3'), values.get('Data!C3')]).toEqual([20, 80, 70]);
  });

  it('a name following a renamed sheet points at the sheet under its imported name', async () => {
    const defined = '<definedName name="Loft">\'Plan!2025\'!$B$1</definedName>';
    const xml = '<sheetData><row r="1"><c r="A1"><f>Loft+1</f></c><c r="B1"><v>4</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Plan!2025', xml }], definedNames: defined }));
    const sheet = imported.sheets[0]!.name;
    expect(sheet).toBe('Plan_2025');
    expect(imported.names).toEqual([{ name: 'Loft', formula: '=Plan_2025!$B$1' }]);
    expect(importedValues(imported).get(`${sheet}!A1`)).toBe(5);
  });
});

describe('error values typed as values (t="e" without a formula)', () => {
  it('stay errors, so ISERROR and IFERROR read them as Excel does', async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="e"><v>#REF!</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="e"><v>#NULL!</v></c></row>' +
      '<row r="2"><c r="A2"><f>ISERROR(A1)</f><v>1</v></c><c r="B2"><f>IFERROR(B1,7)</f><v>7</v></c><c r="C2"><f>ISNA(C1)</f><v>1</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }));
    expect(imported.sheets[0]!.cells).toMatchObject({ A1: '=#REF!', B1: '=#DIV/0!', C1: '=NA()', D1: "'#NULL!" });
    const values = importedValues(imported);
    expect([values.get('Ark1!A1'), values.get('Ark1!A2'), values.get('Ark1!B2'), values.get('Ark1!C2')]).toEqual([{ error: '#REF!' }, true, 7, true]);
  });
});

describe('rows written out of order', () => {
  it('keep every cell of a shared formula whose first cell comes later in the file', async () => {
    const xml =
      '<sheetData><row r="3"><c r="A3"><v>30</v></c><c r="B3"><f t="shared" si="0"/></c></row>' +
      '<row r="2"><c r="A2"><v>20</v></c><c r="B2"><f t="shared" si="0" ref="B2:B4">A2*2</f></c></row>' +
      '<row r="4"><c r="A4"><v>40</v></c><c r="B4"><f t="shared" si="0"/></c></row><row><c><v>5</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }));
    expect(imported.sheets[0]!.cells).toEqual({ A2: 20, B2: '=A2*2', A3: 30, B3: '=A3*2', A4: 40, B4: '=A4*2', A5: 5 });
  });
});

describe('a shared formula moved past the last column (a hostile pass\u2019s file)', () => {
  it('reads #REF! for the reference pushed off the sheet, as Excel writes it, and imports the rest (exceljs threw, and the upload was a 500)', async () => {
    const xml =
      '<sheetData><row r="1"><c r="XFC1"><f t="shared" si="0" ref="XFC1:XFD1">XFD1+1</f></c><c r="XFD1"><f t="shared" si="0"/></c></row>' +
      '<row r="5"><c r="A5"><v>7</v></c><c r="B5"><f t="shared" si="1" ref="B5:C5">IFERROR(XFD1,A5)+A5</f></c><c r="C5"><f t="shared" si="1"/></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }));
    expect(imported.sheets[0]!.cells).toEqual({ XFC1: '=XFD1+1', XFD1: '=#REF!+1', A5: 7, B5: '=IFERROR(XFD1,A5)+A5', C5: '=IFERROR(#REF!,B5)+B5' });
    const values = importedValues(imported);
    expect([values.get('Ark1!XFD1'), values.get('Ark1!XFC1'), values.get('Ark1!B5'), values.get('Ark1!C5')]).toEqual([{ error: '#REF!' }, { error: '#REF!' }, 14, 28]);
  });
});

describe('a cell or row reference that is none', () => {
  it.each([
    ['<row r="1"><c r="b1"><v>1</v></c></row>', 'cell whose reference "b1"'],
    ['<row r="1"><c r="1A"><v>1</v></c></row>', 'cell whose reference "1A"'],
    ['<row r="0"><c><v>1</v></c></row>', 'row whose reference "0"'],
  ])('is refused with a sentence naming the sheet and the reference (%s)', async (rows, said) => {
    const upload = importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml: `<sheetData>${rows}</sheetData>` }] }));
    await expect(upload).rejects.toMatchObject({ name: 'InterchangeError', message: expect.stringContaining(`sheet "Ark1" has a ${said}`) });
  });
});

describe('cell values the file does not hold in a form their type allows (Excel calls such a file damaged and repairs it)', () => {
  const row = (cells: string): string => `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>${cells}</row></sheetData>`;

  it('a shared string index beyond the table leaves the cell empty and names it in a warning, the rest of the file imported', async () => {
    const xml = row('<c r="B1" t="s"><v>5</v></c><c t="s"><v>x</v></c><c r="D1"><v>4</v></c>');
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }], strings: '<si><t>Måned</t></si>' }));
    expect(imported.sheets[0]!.cells).toEqual({ A1: 'Måned', D1: 4 });
    expect(imported.warnings.map((w) => w.message)).toEqual(['2 cells point at shared strings the file does not hold (the file has 1), so they are left empty: Ark1!B1, Ark1!C1']);
  });

  it('a shared string index in a file without a string table is no number', async () => {
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml: '<sheetData><row r="2"><c r="B2" t="s"><v>3</v></c></row></sheetData>' }] }));
    expect(imported.sheets[0]!.cells).toEqual({});
    expect(imported.warnings.map((w) => w.message)).toEqual(['1 cell points at a shared string the file does not hold (the file has no shared strings), so it is left empty: Ark1!B2']);
  });

  it('text where the file says number or boolean is kept as that text and named in a warning', async () => {
    const xml = row('<c r="B1"><v>abc &amp; co</v></c><c r="C1" t="n"><v>=1+1</v></c><c r="D1" t="b"><v>ja</v></c><c r="E1"><v>1.5E3</v></c><c r="F1" t="b"><v>1</v></c><c r="G1"><v><![CDATA[12]]></v></c>');
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }], strings: '<si><t>Måned</t></si>' }));
    expect(imported.sheets[0]!.cells).toEqual({ A1: 'Måned', B1: 'abc & co', C1: "'=1+1", D1: 'ja', E1: 1500, F1: true, G1: 12 });
    expect(imported.warnings.map((w) => w.message)).toEqual(['3 cells hold text where the file says number, boolean or date; they are imported as that text: Ark1!B1, Ark1!C1, Ark1!D1']);
  });

  it('a shared formula without its first cell keeps its last computed value, named in a warning; one whose first cell is there is written out', async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" si="7"/><v>14</v></c><c r="C1" t="str"><f t="shared" si="7"/><v>tekst</v></c></row>' +
      '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">A1*2</f><v>4</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>8</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }));
    expect(imported.sheets[0]!.cells).toEqual({ A1: 2, B1: 14, C1: 'tekst', A2: '=A1*2', A3: '=A2*2' });
    expect(imported.warnings.map((w) => w.message)).toEqual(['2 cells share a formula whose first cell is missing from the file, so they keep their last computed value instead: Ark1!B1, Ark1!C1']);
  });

  it('a date written as ISO 8601 text (t="d") becomes its date, not its year', async () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="d" s="1"><v>2024-03-15</v></c><c r="B1" t="d"><v>2024-03-15T12:00:00Z</v></c><c r="C1"><f>YEAR(A1)</f><v>2024</v></c></row></sheetData>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }], styles: DATE_STYLE }));
    expect(imported.sheets[0]!.cells).toMatchObject({ A1: 45366, B1: 45366.5 });
    expect(imported.sheets[0]!.formats).toMatchObject({ A1: 'date' });
    expect(importedValues(imported).get('Ark1!C1')).toBe(2024);
    expect(imported.warnings).toEqual([]);
  });
});

describe('hidden sheets', () => {
  const xml = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';

  it('stay hidden, and very hidden, as the file has them, with no warning', async () => {
    const imported = await importXlsx(
      handWrittenXlsx({ sheets: [{ name: 'Plan', xml }, { name: 'Opslag', xml, state: 'hidden' }, { name: 'Gammel', xml, state: 'veryHidden' }] }),
    );
    expect(imported.sheets.map((s) => [s.name, s.cells, s.visibility])).toEqual([
      ['Plan', { A1: 1 }, undefined],
      ['Opslag', { A1: 1 }, 'hidden'],
      ['Gammel', { A1: 1 }, 'veryHidden'],
    ]);
    expect(imported.warnings).toEqual([]);
  });

  it('a file with every sheet hidden (no spreadsheet writes one) shows its first', async () => {
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Opslag', xml, state: 'hidden' }, { name: 'Gammel', xml, state: 'veryHidden' }] }));
    expect(imported.sheets.map((s) => s.visibility)).toEqual([undefined, 'veryHidden']);
  });
});

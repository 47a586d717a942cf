import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { csvNumberText, exportSheetCsv, neutraliseCsvText, type CsvExportOptions } from '../../models/interchange/csvExport.js';
import { importCsv } from '../../models/interchange/csvImport.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import type { CellInput } from '../../models/workbook/workbookSchema.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function oneSheet(cells: Record<string, CellInput>): Y.Doc {
  return documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'CSV', locale: 'da-DK', sheets: [{ name: 'Data', cells }] });
}

function csvOf(cells: Record<string, CellInput>, options: CsvExportOptions): string {
  const doc = oneSheet(cells);
  try {
    return exportSheetCsv(doc, workbookGrid(doc).listSheets()[0]!.id, options);
  } finally {
    doc.destroy();
  }
}

describe('CSV import', () => {
  it.each([
    ['semicolons, decimal comma and a BOM (Danish Excel)', '\uFEFFMåned;Ledige;Andel\r\n2023-01;1.234,5;12,5 %\r\n2023-02;1250;13%\r\n', { A1: 'Måned', B1: 'Ledige', A2: '2023-01', B2: 1234.5, C2: 0.125, B3: 1250, C3: 0.13 }],
    ['commas and decimal points, no BOM', 'Month,Count\n2023-01,1234.5\n2023-02,-7\n', { A1: 'Month', A2: '2023-01', B2: 1234.5, B3: -7 }],
    ['semicolons with decimal points', 'Måned;Antal\n2023-01;12.5\n2023-02;13.75\n', { B2: 12.5, B3: 13.75 }],
    ['tabs', 'Måned\tAntal\n2023-01\t3,5\n', { A2: '2023-01', B2: 3.5 }],
    ['quoted fields holding separators, quotes and line breaks', 'A;B\n"x;y";"sagde ""hej""\nigen"\n', { A2: 'x;y', B2: 'sagde "hej"\nigen' }],
    ['text that would be a formula stays text', 'A;B\n"=HYPERLINK(""http://x"",""klik"")";x\n@SUM(1);y\n', { A2: '\'=HYPERLINK("http://x","klik")', A3: '@SUM(1)' }],
    ['SAND and FALSK as booleans', 'A;B\nSAND;falsk\n', { A2: true, B2: false }],
    ['numbers in parentheses as negative, as Excel opens them (and reads them typed)', 'A;B\n(2);(1.234,5)\n', { A2: -2, B2: -1234.5 }],
  ])('reads %s', (_, text, expected) => {
    const imported = importCsv(utf8(text), { fileName: 'tal.csv' });
    expect(imported.sheets).toHaveLength(1);
    expect(imported.sheets[0]!.name).toBe('tal');
    expect(imported.sheets[0]!.cells).toMatchObject(expected);
  });

  it('reads Excel\'s separator line (sep=;) as the separator, not as a row, and ="0101" as the text Excel shows', () => {
    const csv = 'sep=;\r\nKommune;Kode;Antal\r\nKøbenhavn;="0101";1,5\r\nX;="sagde ""hej""";="=1+1"\r\n';
    const imported = importCsv(utf8(csv), { fileName: 'koder.csv' });
    expect(imported.sheets[0]!.cells).toEqual({ A1: 'Kommune', B1: 'Kode', C1: 'Antal', A2: 'København', B2: '0101', C2: 1.5, A3: 'X', B3: 'sagde "hej"', C3: "'=1+1" });
    expect(imported.csv.separator).toBe(';');
    const commas = importCsv(utf8('sep=,\nMonth,Count\n2023-01,"1,234.5"\n'), { fileName: 'c.csv' });
    expect(commas.sheets[0]!.cells).toEqual({ A1: 'Month', B1: 'Count', A2: '2023-01', B2: 1234.5 });
  });

  it('formats percentages as percent', () => {
    const imported = importCsv(utf8('Andel\n12,5 %\n'), { fileName: 'a.csv' });
    expect(imported.sheets[0]!.formats).toEqual({ A2: 'percent' });
  });

  it('reads whole dates as date cells and leaves month labels as text', () => {
    const danish = importCsv(utf8('Dato;Måned\n15-03-2024;2023-12\n2024-03-16;jan 2024\n'), { fileName: 'd.csv' });
    expect(danish.sheets[0]!.cells).toMatchObject({ A2: 45366, B2: '2023-12', A3: 45367, B3: 'jan 2024' });
    expect(danish.sheets[0]!.formats).toEqual({ A2: 'date', A3: 'date' });
    const english = importCsv(utf8('Date,Count\n15/03/2024,1.5\n'), { fileName: 'e.csv' });
    expect(english.sheets[0]!.cells).toMatchObject({ A2: 45366, B2: 1.5 });
    expect(english.sheets[0]!.formats).toEqual({ A2: 'date' });
  });

  it('reads times of day as time cells, with seconds when written', () => {
    const imported = importCsv(utf8('Start;Slut\n7:30;14:05:30\n'), { fileName: 't.csv' });
    expect(imported.sheets[0]!.cells).toMatchObject({ A2: 7.5 / 24, B2: (14 * 3600 + 5 * 60 + 30) / 86400 });
    expect(imported.sheets[0]!.formats).toEqual({ A2: 'time', B2: 'timeSeconds' });
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so', () => {
    const bytes = new Uint8Array([0x4d, 0xe5, 0x6e, 0x65, 0x64, 0x3b, 0xc6, 0x62, 0x6c, 0x65, 0x0a]); // "Måned;Æble" in cp1252
    const imported = importCsv(bytes, { fileName: 'ansi.csv' });
    expect(imported.sheets[0]!.cells).toEqual({ A1: 'Måned', B1: 'Æble' });
    expect(imported.warnings.map((w) => w.message).join(' ')).toContain('Windows-1252');
  });

  it('follows the separator and decimal mark the planner chose over the guess', () => {
    const imported = importCsv(utf8('1,5;2\n'), { fileName: 'x.csv', separator: ',', decimal: '.' });
    expect(imported.sheets[0]!.cells).toEqual({ A1: 1, B1: '5;2' });
  });

  it('names the sheet as asked, made acceptable to Fremskriv', () => {
    const imported = importCsv(utf8('1\n'), { fileName: 'x.csv', sheetName: 'Faktiske tal: 2023/24' });
    expect(imported.sheets[0]!.name).toBe('Faktiske tal_ 2023_24');
  });
});

describe('CSV export', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+45 1234', `"'+45 1234"`],
    ['-5 æbler', `"'-5 æbler"`],
    ['@navn', `"'@navn"`],
    ['\tfane', `"'\tfane"`],
    ['\rlinje', `"'\rlinje"`],
    ['-12', '-12'],
    ['almindelig tekst', 'almindelig tekst'],
  ])('neutralises the text %j as OWASP recommends: %s', (text, expected) => {
    expect(csvOf({ A1: `'${text}` }, { separator: ';', decimal: ',' })).toBe(`\uFEFF${expected}\r\n`);
  });

  it('writes a date cell as the date it shows, which reads back as the same date', () => {
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'CSV', locale: 'da-DK', sheets: [{ name: 'Data', cells: { A1: 45366, B1: 45366, C1: '=A1+1' }, formats: { A1: 'date', C1: 'date' } }] });
    try {
      const sheetId = workbookGrid(doc).listSheets()[0]!.id;
      const danish = exportSheetCsv(doc, sheetId, { separator: ';', decimal: ',' });
      expect(danish).toBe('\uFEFF15-03-2024;45366;16-03-2024\r\n');
      expect(exportSheetCsv(doc, sheetId, { separator: ',', decimal: '.' })).toBe('\uFEFF15/03/2024,45366,16/03/2024\r\n');
      expect(importCsv(utf8(danish), { fileName: 'Data.csv' }).sheets[0]!.cells).toEqual({ A1: 45366, B1: 45366, C1: 45367 });
    } finally {
      doc.destroy();
    }
  });

  it('writes durations, 12-hour times and dates with a time as they show, which read back as the same cells', () => {
    const cells = { A1: 25 / 24, B1: 14.5 / 24, C1: 46361 + 14.5 / 24 };
    const formats = { A1: 'duration', B1: 'time12', C1: 'dateTime' } as const;
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'CSV', locale: 'da-DK', sheets: [{ name: 'Data', cells, formats }] });
    try {
      const sheetId = workbookGrid(doc).listSheets()[0]!.id;
      const danish = exportSheetCsv(doc, sheetId, { separator: ';', decimal: ',' });
      expect(danish).toBe('\uFEFF25:00:00;2:30 PM;05-12-2026 14:30\r\n');
      expect(exportSheetCsv(doc, sheetId, { separator: ',', decimal: '.' })).toBe('\uFEFF25:00:00,2:30 PM,05/12/2026 14:30\r\n');
      const back = importCsv(utf8(danish), { fileName: 'Data.csv' }).sheets[0]!;
      expect(back.cells.A1).toBe(25 / 24);
      expect(back.cells.B1).toBe(14.5 / 24);
      expect(back.cells.C1).toBeCloseTo(cells.C1, 9);
      expect(back.formats).toEqual(formats);
    } finally {
      doc.destroy();
    }
  });

  it('writes a time cell as the time it shows, which reads back as the same time', () => {
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'CSV', locale: 'da-DK', sheets: [{ name: 'Data', cells: { A1: 7.5 / 24, B1: '=A1+1/1440', C1: '=A1*24' }, formats: { A1: 'time', B1: 'timeSeconds' } }] });
    try {
      const sheetId = workbookGrid(doc).listSheets()[0]!.id;
      const danish = exportSheetCsv(doc, sheetId, { separator: ';', decimal: ',' });
      expect(danish).toBe('\uFEFF7:30;7:31:00;7,5\r\n');
      expect(exportSheetCsv(doc, sheetId, { separator: ',', decimal: '.' })).toBe('\uFEFF7:30,7:31:00,7.5\r\n');
      expect(importCsv(utf8(danish), { fileName: 'Data.csv' }).sheets[0]!.cells.A1).toBe(7.5 / 24);
    } finally {
      doc.destroy();
    }
  });

  it('leaves negative numbers as numbers', () => {
    expect(csvOf({ A1: -5, B1: -0.25 }, { separator: ';', decimal: ',' })).toBe('\uFEFF-5;-0,25\r\n');
    expect(neutraliseCsvText('-3,5')).toBe('-3,5');
  });

  it.each([
    [{ separator: ';', decimal: ',' }, '\uFEFFMåned;Antal;SAND\r\n2023-01;1234,5;"a;b"\r\n'],
    [{ separator: ',', decimal: '.' }, '\uFEFFMåned,Antal,SAND\r\n2023-01,1234.5,"a;b"\r\n'],
    [{ separator: ';', decimal: '.' }, '\uFEFFMåned;Antal;SAND\r\n2023-01;1234.5;"a;b"\r\n'],
  ] as const)('writes computed values with %j', (options, expected) => {
    expect(csvOf({ A1: 'Måned', B1: 'Antal', C1: true, A2: '2023-01', B2: '=1234+0.5', C2: 'a;b' }, options)).toBe(expected);
  });

  it('writes the Beskæftigelsesplan projection so that importing it gives back its values', () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    try {
      const grid = workbookGrid(doc);
      const sheetId = grid.sheetIdByName('Fremskrivning')!;
      const csv = exportSheetCsv(doc, sheetId, { separator: ';', decimal: ',' });
      expect(csv.split('\r\n')[0]).toContain('2022-07;2022-08');
      const imported = importCsv(utf8(csv), { fileName: 'Fremskrivning.csv' });
      const cells = imported.sheets[0]!.cells;
      expect(cells.E1).toBe('2022-07');
      expect(typeof cells.V7).toBe('number');
      expect(Object.values(cells).some((v) => typeof v === 'string' && v.startsWith('='))).toBe(false);
      const scenario = exportSheetCsv(doc, sheetId, { separator: ';', decimal: ',', scenario: 'Lavkonjunktur' });
      expect(scenario).not.toBe(csv);
    } finally {
      doc.destroy();
    }
  });

  it('round-trips awkward text through export and import', () => {
    const texts = ['=SUM(A1)', '+45', '@x', '-5 æbler', 'sagde "hej"', 'a;b,c', ' mellemrum '];
    const cells = Object.fromEntries(texts.map((t, i) => [`A${i + 1}`, `'${t}`]));
    const imported = importCsv(utf8(csvOf(cells, { separator: ';', decimal: ',' })), { fileName: 'x.csv' });
    const shown = Object.values(imported.sheets[0]!.cells).map((v) => String(v).replace(/^'/, ''));
    expect(shown).toEqual(texts);
  });

  it('keeps a line break typed with Alt+Enter inside its cell, quoted as Excel writes it', () => {
    const csv = csvOf({ A1: 'Linje 1\nLinje 2', B1: 3 }, { separator: ';', decimal: ',' });
    expect(csv).toBe('\uFEFF"Linje 1\nLinje 2";3\r\n');
    expect(importCsv(utf8(csv), { fileName: 'x.csv' }).sheets[0]!.cells).toEqual({ A1: 'Linje 1\nLinje 2', B1: 3 });
  });
});

describe('numbers in an exported CSV', () => {
  it.each([
    [0.07200000000000001, ',', '0,072'],
    [0.1 + 0.2, '.', '0.3'],
    [28637.236719, ',', '28637,236719'],
    [123456789012345678, '.', '123456789012346000'],
    [-0, ',', '0'],
    [1 / 3, ',', '0,333333333333333'],
    [1e-20, '.', '1E-20'],
  ])('%s is written as %s', (value, decimal, text) => {
    expect(csvNumberText(value, decimal)).toBe(text);
  });
});

describe('spilled results in an exported CSV', () => {
  it('are written where the grid shows them: below and beside the formula, past the last stored cell', () => {
    const csv = csvOf({ A1: 3, A2: 1, A3: 2, B1: '=SORT(A1:A3)', C1: '=TRANSPOSE(A1:A3)', A5: 'slut' }, { separator: ';', decimal: ',' });
    expect(csv).toBe('\uFEFF3;1;3;1;2\r\n1;2\r\n2;3\r\n\r\nslut\r\n');
  });

  it('write a blank the result carries as the 0 Excel shows, and the values after it (models/engine/spilledBlanks.ts)', () => {
    const csv = csvOf({ A1: 3, A3: 2, B1: '=TAKE(A1:A3,3)', C1: '=TRANSPOSE(A1:A3)' }, { separator: ';', decimal: ',' });
    expect(csv).toBe('\uFEFF3;3;3;0;2\r\n;0\r\n2;2\r\n');
  });
});

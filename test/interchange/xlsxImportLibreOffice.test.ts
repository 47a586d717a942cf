/**
 * The import differential against LibreOffice 7.4 (xlsx helper, twenty-eighth session): a planner's
 * workbook written as a flat ODS and saved as .xlsx by LibreOffice, so every formula cell carries
 * the value LibreOffice computed; after import each formula must compute that value. The workbook
 * holds what planners' files hold: sheets named with spaces, Danish letters and an apostrophe,
 * Danish Excel's default names in a 3-D reference (Ark1:Ark3), a hidden and an empty sheet, a
 * name longer than 31 characters, workbook and sheet names, array formulas, dates, times,
 * percentages, currency, booleans, rich text, a merged area and a drop-down list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedWorkbook } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { recalculateInLibreOffice } from './support/libreOffice.js';
import { storedValues } from './support/rawXlsx.js';
import { zipParts } from './support/zipBuilder.js';
import { importedValues, sameResult, type PlainValue } from './support/xlsxValues.js';

type OdsCell = number | string | boolean | null | { f: string; matrix?: [number, number]; style?: string } | { value: string; type: 'date' | 'time' | 'percentage' | 'currency' };

const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function odsCell(cell: OdsCell): string {
  if (cell === null) return '<table:table-cell/>';
  if (typeof cell === 'boolean') return `<table:table-cell office:value-type="boolean" office:boolean-value="${cell}"/>`;
  if (typeof cell === 'number') return `<table:table-cell office:value-type="float" office:value="${cell}"/>`;
  if (typeof cell === 'string') return `<table:table-cell office:value-type="string"><text:p>${xmlText(cell)}</text:p></table:table-cell>`;
  if ('f' in cell) {
    const matrix = cell.matrix ? ` table:number-matrix-columns-spanned="${cell.matrix[0]}" table:number-matrix-rows-spanned="${cell.matrix[1]}"` : '';
    return `<table:table-cell table:formula="of:=${xmlText(cell.f)}"${matrix}${cell.style ? ` table:style-name="${cell.style}"` : ''}/>`;
  }
  const attribute = { date: 'date-value', time: 'time-value', percentage: 'value', currency: 'value' }[cell.type];
  return `<table:table-cell table:style-name="${cell.type}" office:value-type="${cell.type}"${cell.type === 'currency' ? ' office:currency="DKK"' : ''} office:${attribute}="${cell.value}"/>`;
}

function odsTable(name: string, rows: OdsCell[][], extra = '', hidden = false): string {
  const body = rows.length === 0 ? '<table:table-row><table:table-cell/></table:table-row>' : rows.map((row) => `<table:table-row>${row.map(odsCell).join('')}</table:table-row>`).join('');
  return `<table:table table:name="${xmlText(name)}" table:style-name="${hidden ? 'hidden' : 'shown'}">${extra}${body}</table:table>`;
}

const f = (formula: string, style?: string): OdsCell => ({ f: formula, ...(style ? { style } : {}) });
const LONG = 'Et meget langt arknavn på over enogtredive tegn';

const STYLES =
  '<number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>' +
  '<number:time-style style:name="N2"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>' +
  '<number:percentage-style style:name="N3"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>' +
  '<number:currency-style style:name="N4"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="da" number:country="DK">kr.</number:currency-symbol></number:currency-style>' +
  '<style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/><style:style style:name="time" style:family="table-cell" style:data-style-name="N2"/>' +
  '<style:style style:name="percentage" style:family="table-cell" style:data-style-name="N3"/><style:style style:name="currency" style:family="table-cell" style:data-style-name="N4"/>' +
  '<style:style style:name="shown" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>';

function plannerWorkbook(): string {
  const data: OdsCell[][] = [
    [1, 10, { type: 'date', value: '2024-03-15' }, 'Sats'],
    [2, 20, { type: 'time', value: 'PT13H30M00S' }, 0.05],
    [3, 30, { type: 'percentage', value: '0.125' }],
    [4, 40, { type: 'currency', value: '1234.5' }],
    [5, 50, true],
    ['Fed tekst', 'æøå ÆØÅ'],
    ['Ja'],
  ];
  const calc: OdsCell[][] = [
    [f('SUM([$Data.A1:.A5])'), f("[$'Min ark'.A1]*2"), f('[$Æblegrød.A1]+1'), f("[$'Bob''s'.A1]*3")],
    [f('SUM([$Ark1.A1:$Ark3.A1])'), f('Sats*100'), f('Lokal+1'), f('[$Skjult.A1]+[$Skjult.B1]')],
    [f('YEAR([$Data.C1])'), f('[$Data.C1]+30', 'date'), f('[$Data.C2]*24'), f('[$Data.C3]*2', 'percentage')],
    [f('[$Data.C4]*2', 'currency'), f('IF([$Data.C5];1;2)'), f('NOT([$Data.C5])'), f('[$Data.A8]*2')],
    [{ f: 'SUM([$Data.A1:.A5]*[$Data.B1:.B5])', matrix: [1, 1] }, f('LEN([$Data.B6])'), f('UPPER([$Data.B6])'), f('[$Data.A6]')],
    [{ f: 'TRANSPOSE([$Data.A1:.A3])', matrix: [3, 1] }, null, null, f(`[$'${LONG}'.A1]*5`)],
    [f('SUM([$Tom.A1:.B5])'), f('COUNTA([$Tom.A1:.B5])'), f('SUM(Udgifter)'), f("VLOOKUP(7;[$Æblegrød.A1:.B1];2;0)")],
    [f('EOMONTH([$Data.C1];1)'), f('HOUR([$Data.C2])'), f('IFERROR(1/0;"fejl")'), f('[$Data.A7]')],
  ];
  // The merged area A8:C8 on Data, holding 7.
  const merged = '<table:table-row><table:table-cell office:value-type="float" office:value="7" table:number-columns-spanned="3" table:number-rows-spanned="1"/><table:covered-table-cell/><table:covered-table-cell/></table:table-row>';
  // The drop-down list on A7, and A6's text in rich text (its first word bold).
  const dataTable = odsTable('Data', data)
    .replace('</table:table>', `${merged}</table:table>`)
    .replace('<table:table-cell office:value-type="string"><text:p>Ja</text:p>', '<table:table-cell table:content-validation-name="val1" office:value-type="string"><text:p>Ja</text:p>')
    .replace('<text:p>Fed tekst</text:p>', '<text:p><text:span text:style-name="bold">Fed</text:span> tekst</text:p>');
  const local = '<table:named-expressions><table:named-range table:name="Lokal" table:base-cell-address="$Beregning.$A$1" table:cell-range-address="$Data.$B$5"/></table:named-expressions>';
  const names =
    '<table:named-expressions><table:named-range table:name="Sats" table:base-cell-address="$Data.$A$1" table:cell-range-address="$Data.$D$2"/>' +
    '<table:named-range table:name="Udgifter" table:base-cell-address="$Data.$A$1" table:cell-range-address="$Data.$B$1:.$B$5"/></table:named-expressions>';
  const validation =
    '<table:content-validations><table:content-validation table:name="val1" table:condition="of:cell-content-is-in-list(&quot;Ja&quot;;&quot;Nej&quot;)" table:allow-empty-cell="true" table:base-cell-address="Data.A7"/></table:content-validations>';
  const tables = [
    dataTable,
    odsTable('Beregning', calc, local),
    odsTable('Min ark', [[100, 200]]),
    odsTable('Æblegrød', [[7, 'Kål']]),
    odsTable("Bob's", [[9]]),
    odsTable('Ark1', [[1]]),
    odsTable('Ark2', [[2]]),
    odsTable('Ark3', [[4]]),
    odsTable('Skjult', [[11, 12]], '', true),
    odsTable('Tom', []),
    odsTable(LONG, [[3]]),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' +
    `<office:automatic-styles>${STYLES}<style:style style:name="bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>` +
    `<office:body><office:spreadsheet>${validation}${tables.join('')}${names}</office:spreadsheet></office:body></office:document>`
  );
}

/** The cells holding a formula in the saved file, keyed `Sheet!A1`. */
function formulaCells(bytes: Uint8Array): string[] {
  const parts = zipParts(bytes);
  const workbook = parts.get('xl/workbook.xml') ?? '';
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
  return names.flatMap((name, i) => [...(parts.get(`xl/worksheets/sheet${i + 1}.xml`) ?? '').matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>).)*<f[\s>]/g)].map((m) => `${name}!${m[1]}`));
}

let saved: Uint8Array;
let imported: ImportedWorkbook;

beforeAll(async () => {
  [saved] = recalculateInLibreOffice([new TextEncoder().encode(plannerWorkbook())]) as [Uint8Array];
  imported = await importXlsx(saved);
}, 300_000);

describe("a planner's workbook saved as .xlsx by LibreOffice", () => {
  it('computes every formula cell as the value LibreOffice cached', async () => {
    const cached = await storedValues(saved);
    const ours = importedValues(imported);
    // The long name is cut to 31 characters on import (a warning says so).
    const renamed = (key: string): string => key.replace(LONG.slice(0, 31).trimEnd(), imported.sheets[10]!.name);
    const cells = formulaCells(saved);
    const differences = cells.flatMap((key) => {
      const ourValue: PlainValue = ours.get(renamed(key)) ?? null;
      const theirs: PlainValue = cached.get(key) ?? null;
      return sameResult(ourValue, theirs) ? [] : [`${key}: Fremskriv ${JSON.stringify(ourValue)}, LibreOffice ${JSON.stringify(theirs)}`];
    });
    expect(differences).toEqual([]);
    expect(cells.length).toBeGreaterThan(25);
    expect(imported.unsupported.count).toBe(0);
  });

  it('keeps the hidden sheet hidden, the merged area and the formats, and names the drop-down list it cannot keep', () => {
    expect(imported.sheets.find((s) => s.name === 'Skjult')?.visibility).toBe('hidden');
    const data = imported.sheets[0]!;
    expect(data.merges).toEqual(['A8:C8']);
    expect(data.formats).toMatchObject({ C3: 'percent' });
    expect(imported.warnings.map((w) => w.kind)).toEqual(expect.arrayContaining(['sheetsRenamed', 'validationsNotKept']));
  });
});

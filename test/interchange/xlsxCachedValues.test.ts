/**
 * The import differential (xlsx helper, twenty-eighth session): workbooks shaped as Excel and
 * LibreOffice 7.4 save them, each formula's cached value being what the planner saw; after import
 * Fremskriv must compute that value, or list the formula as one it cannot carry. Each case here
 * was a difference the differential found.
 */
import { describe, expect, it } from 'vitest';
import type { ImportedWorkbook } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';
import { storedValues } from './support/rawXlsx.js';
import { importedValues, type PlainValue } from './support/xlsxValues.js';

/** Each of `cells` (`Sheet!A1`) as Fremskriv computes it after import and as the file cached it. */
async function bothValues(bytes: Uint8Array, cells: readonly string[]): Promise<{ ours: PlainValue[]; cached: PlainValue[]; imported: ImportedWorkbook }> {
  const imported = await importXlsx(bytes);
  const ours = importedValues(imported);
  const stored = await storedValues(bytes);
  return { ours: cells.map((cell) => ours.get(cell) ?? null), cached: cells.map((cell) => stored.get(cell) ?? null), imported };
}

describe('a formula reading a sheet since deleted', () => {
  it('is #REF!, as Excel shows it, and not a formula Fremskriv cannot read', async () => {
    // Excel writes a reference to a deleted sheet as #REF!A1 (=Ark9!A1*2 once Ark9 is deleted).
    const xml =
      '<sheetData><row r="1"><c r="A1" t="e"><f>#REF!A1*2</f><v>#REF!</v></c><c r="B1" t="e"><f>SUM(#REF!$B$2:$B$9,1)</f><v>#REF!</v></c>' +
      '<c r="C1"><f>IFERROR(#REF!A1,0)</f><v>0</v></c><c r="D1" t="b"><f>ISREF(#REF!A1)</f><v>0</v></c></row></sheetData>';
    const cells = ['Ark1!A1', 'Ark1!B1', 'Ark1!C1', 'Ark1!D1'];
    const { ours, cached, imported } = await bothValues(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }), cells);
    expect(cached).toEqual([{ error: '#REF!' }, { error: '#REF!' }, 0, false]);
    expect(ours).toEqual(cached);
    expect(imported.sheets[0]!.cells.A1).toBe('=#REF!*2');
    expect(imported.unsupported.count).toBe(0);
  });
});

describe('a data validation Fremskriv cannot hold', () => {
  it('is named in a warning (a drop-down list as LibreOffice and Excel save it), while a numeric bound is kept', async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ja</t></is></c><c r="B1"><v>0.5</v></c></row></sheetData><dataValidations count="3">' +
      '<dataValidation type="list" allowBlank="true" sqref="A1"><formula1>"Ja,Nej"</formula1></dataValidation>' +
      '<dataValidation type="decimal" operator="between" sqref="B1"><formula1>0</formula1><formula2>1</formula2></dataValidation>' +
      '<dataValidation type="date" operator="greaterThan" sqref="C1:C3"><formula1>45292</formula1></dataValidation></dataValidations>';
    const imported = await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }));
    expect(imported.sheets[0]!.validations).toEqual({ B1: { min: 0, max: 1 } });
    // Before: both rules were dropped without a word.
    expect(imported.warnings.find((w) => w.kind === 'validationsNotKept')?.params).toEqual({ sheet: 'Ark1', count: 4, cells: 'A1, C1, C2, C3' });
  });
});

describe('defined names Excel computes with', () => {
  const week = (name: string, a1: number) => ({ name, xml: `<sheetData><row r="1"><c r="A1"><v>${a1}</v></c></row></sheetData>` });
  const xml = '<sheetData><row r="1"><c r="A1"><f>SUM(Uger)</f><v>6</v></c><c r="B1"><f>Dobbelt(4)</f><v>8</v></c></row></sheetData>';
  const definedNames = '<definedName name="Uger">\'Uge 1:Uge 3\'!$A$1</definedName><definedName name="Dobbelt">_xlfn.LAMBDA(_xlpm.x,_xlpm.x*2)</definedName>';
  const bytes = handWrittenXlsx({ sheets: [week('Uge 1', 1), week('Uge 2', 2), week('Uge 3', 3), { name: 'Sum', xml }], definedNames });

  it('computes a name standing for a 3-D reference (before: #REF!, the span written in after the spans were read)', async () => {
    const { ours, cached } = await bothValues(bytes, ['Sum!A1']);
    expect(ours).toEqual(cached);
  });

  it('does not list a call of a name holding a LAMBDA as a function Fremskriv lacks (it computes it)', async () => {
    const { ours, cached, imported } = await bothValues(bytes, ['Sum!B1']);
    expect(ours).toEqual(cached);
    expect(imported.unsupported).toEqual({ found: [], count: 0 });
  });
});

describe('a legacy formula with a range inside a function (`=SUM(A1:A3*2)` from an Excel 2010 file)', () => {
  it('intersects the range with its row as Excel did (4 in row 2, #VALUE! in row 5), while SUMPRODUCT and SUM(A1:A3) take it whole', async () => {
    // Cached as Excel 2010 computed them; Excel 365 shows the first as =SUM(@A1:A3*2).
    const data = (row: number): string => `<c r="A${row}"><v>${row}</v></c>`;
    const xml =
      `<sheetData><row r="1">${data(1)}</row><row r="2">${data(2)}<c r="B2"><f>SUM(A1:A3*2)</f><v>4</v></c><c r="C2"><f>SUMPRODUCT(A1:A3*2)</f><v>12</v></c>` +
      `<c r="D2"><f>SUM(A1:A3)</f><v>6</v></c></row><row r="3">${data(3)}</row><row r="5"><c r="B5" t="e"><f>SUM(A1:A3*2)</f><v>#VALUE!</v></c></row></sheetData>`;
    const cells = ['Ark1!B2', 'Ark1!C2', 'Ark1!D2', 'Ark1!B5'];
    const { ours, cached, imported } = await bothValues(handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] }), cells);
    expect(cached).toEqual([4, 12, 6, { error: '#VALUE!' }]);
    // Before: 12 in row 2 and in row 5 (the whole range summed).
    expect(ours).toEqual(cached);
    expect(imported.sheets[0]!.cells.B2).toBe('=SUM(SINGLE(A1:A3)*2)');
  });
});

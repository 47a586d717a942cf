/**
 * Legacy implicit intersection inside a function's argument: a plain formula in a file (no
 * array formula, no dynamic-array mark) such as `=SUM(A1:A3*2)` intersects the range with the
 * formula's row in every Excel before 365 (Excel 365 shows it as `=SUM(@A1:A3*2)`), while an
 * argument legacy Excel computes as an array (SUMPRODUCT's, LOOKUP's vectors, INDEX's array) and a
 * range given whole to a range parameter (`SUM(A1:A3)`, SUMIF's) stay whole. LibreOffice 7.4
 * implements the same intersection: each formula, in a row the range covers (2) and one it does
 * not (5), must compute what LibreOffice computed and cached.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import type { ImportedWorkbook } from '../../models/interchange/importedWorkbook.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';
import { recalculateInLibreOffice } from './support/libreOffice.js';
import { storedValues } from './support/rawXlsx.js';
import { importedValues, type PlainValue } from './support/xlsxValues.js';

/** Formulas in columns D onward, each written in row 2 and row 5; A1:A3 = 1, 2, 3 and B1:B3 = 10, 20, 30. */
const FORMULAS = [
  'SUM(A1:A3*2)',
  'SUM(A1:A3)',
  'SUM(ABS(A1:A3))',
  'MAX(A1:A3+1)',
  'ROUND(SUM(A1:A3*B1:B3),0)',
  'SUMPRODUCT(A1:A3*B1:B3)',
  'SUMPRODUCT((A1:A3>1)*B1:B3)',
  'LOOKUP(2,1/(A1:A3>0),B1:B3)',
  'SUMIF(A1:A3,">1",B1:B3)',
  'COUNTIF(A1:A3,">1")',
  'AND(A1:A3>0)',
  'MAX(IF(A1:A3>1,B1:B3))',
  'SUM(CHOOSE(1,B1:B3,A1:A3))',
  'IF(A1:A3>1,B1:B3,0)',
  'A1:A3*2',
];
const COLUMNS = 'DEFGHIJKLMNOPQRSTUVWXYZ';

function legacyFile(): Uint8Array {
  const cell = (address: string, content: string): string => `<c r="${address}">${content}</c>`;
  const formulas = (row: number): string => FORMULAS.map((f, i) => cell(`${COLUMNS[i]}${row}`, `<f>${f.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</f>`)).join('');
  const data = (row: number): string => cell(`A${row}`, `<v>${row}</v>`) + cell(`B${row}`, `<v>${row * 10}</v>`);
  const xml = `<sheetData><row r="1">${data(1)}</row><row r="2">${data(2)}${formulas(2)}</row><row r="3">${data(3)}</row><row r="5">${formulas(5)}</row></sheetData>`;
  return handWrittenXlsx({ sheets: [{ name: 'Ark1', xml }] });
}

const cells = [2, 5].flatMap((row) => FORMULAS.map((_, i) => `Ark1!${COLUMNS[i]}${row}`));
let libreOffice: Map<string, PlainValue>;
let imported: ImportedWorkbook;

beforeAll(async () => {
  const [saved] = recalculateInLibreOffice([legacyFile()]) as [Uint8Array];
  libreOffice = await storedValues(saved);
  imported = await importXlsx(legacyFile());
}, 300_000);

/** An error as its code (any error LibreOffice stores reads as the one Fremskriv shows where both are errors). */
const plain = (value: PlainValue | undefined): PlainValue => (value === undefined ? null : typeof value === 'boolean' ? Number(value) : value);

describe('a legacy formula from a file, a range inside a function', () => {
  it('computes what LibreOffice computes: intersected where one value is taken, whole where an array is', () => {
    const ours = importedValues(imported);
    const rows = cells.map((key) => `${key} ${imported.sheets[0]!.cells[key.slice(5)]}: ${JSON.stringify(plain(ours.get(key)))}`);
    const theirs = cells.map((key) => `${key} ${imported.sheets[0]!.cells[key.slice(5)]}: ${JSON.stringify(plain(libreOffice.get(key)))}`);
    expect(rows).toEqual(theirs);
  });
});

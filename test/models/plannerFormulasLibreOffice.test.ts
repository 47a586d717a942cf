/**
 * The differential hunt: some 900 formulas a municipal planner writes (support/plannerFormulas.ts)
 * computed by Fremskriv's engine, as the server evaluates them, and by LibreOffice 7.4 recomputing
 * the exported .xlsx. They agree, numbers within 1e-9 relative, except where LibreOffice itself
 * differs from Excel: each such case is listed below with LibreOffice's answer, Excel's (which
 * Fremskriv gives) and the source, so a change on either side shows. What this hunt found wrong
 * in Fremskriv is fixed and has its table test with Microsoft's source (ISOWEEKNUM, DAYS360,
 * comparisons and sums at 15 digits: excelCompatibility.test.ts, excelPrecision.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { isCellError } from '../../models/engine/cellValue.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { recalculateInLibreOffice } from '../interchange/support/libreOffice.js';
import { decodeXmlText } from '../interchange/support/xmlTags.js';
import { zipParts } from '../interchange/support/zipBuilder.js';
import { DOCS, MS, type Expected } from './support/excelCompatibilityCases.js';
import { PLANNER_DATA, plannerFormulas } from './support/plannerFormulas.js';

/** Where LibreOffice 7.4 differs from Excel: the formulas, LibreOffice's answer, Excel's, and why. */
interface Deviation {
  formulas: RegExp;
  libreOffice: Expected;
  excel: Expected;
  why: string;
}

/**
 * WORKDAY.INTL with Microsoft's weekend numbers and strings (1 and "0000011": Saturday and Sunday,
 * 11: Sunday only, 7: Friday and Saturday), counted by hand from Wednesday 31 January 2024, and
 * weekend strings Excel refuses or reads as no working day (NETWORKDAYS.INTL too).
 * LibreOffice 7.4 does not read `_xlfn.WORKDAY.INTL`, the name the file must carry (Excel 2010+).
 */
const WORKDAY_INTL_PAGE = 'https://support.microsoft.com/en-us/excel/functions/workday-intl-function';
const WORKDAY_INTL_CASES: Deviation[] = ([
  ['=WORKDAY.INTL(C1,10,1)', 45336],
  ['=WORKDAY.INTL(C1,10,11)', 45334],
  ['=WORKDAY.INTL(C1,10,"0000011")', 45336],
  ['=WORKDAY.INTL(C1,-5,7,C2:C3)', 45315],
  ['=WORKDAY.INTL(C1,3,"1111111")', { error: '#VALUE!' }],
  ['=NETWORKDAYS.INTL(C1,C4,"1111111")', 0],
  ['=NETWORKDAYS.INTL(C1,C4,"000001")', { error: '#VALUE!' }],
] as const).map(([formula, excel]) => ({
  formulas: new RegExp(`^${formula.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  libreOffice: { error: '#NAME?' },
  excel,
  why: `LibreOffice 7.4 reads no _xlfn.WORKDAY.INTL (nor _xlfn.NETWORKDAYS.INTL): ${WORKDAY_INTL_PAGE}; a weekend string not of seven 0s and 1s is #VALUE!, "1111111" NETWORKDAYS.INTL's 0, on Microsoft's pages`,
}));

/** [MS-OI29500]: what Office does where the standard leaves it open. */
const OFFICE_NOTES = 'https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500';

const DEVIATIONS: Deviation[] = [
  { formulas: /^=DATEDIF\(C3,C12,/, libreOffice: { error: '#VALUE!' }, excel: { error: '#NUM!' }, why: `a start after the end: ${DOCS.datedif}` },
  {
    formulas: /^=WEEKNUM\((C4|C4,2|C8|DATE\(2024,12,30\),2)\)$/,
    libreOffice: 1,
    excel: 53,
    why: `the last days of a year are in its week 53 (system 1 counts from 1 January of the date’s year): ${MS}/weeknum-function-e5c43a03-b4ab-426c-b411-b18c13c75340`,
  },
  { formulas: /^=TEXT\((0|B1),"mmm yyyy"\)$/, libreOffice: 'Dec 1899', excel: 'Jan 1900', why: `serial 0 is 0 January 1900 in Excel’s 1900 date system: ${MS}/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487` },
  { formulas: /^=TEXT\((0|B1),"mmmm"\)$/, libreOffice: 'December', excel: 'January', why: `serial 0 is 0 January 1900: ${MS}/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487` },
  { formulas: /^=TEXT\((0|B1),"yyyy-mm-dd"\)$/, libreOffice: '1899-12-30', excel: '1900-01-00', why: `serial 0 is 0 January 1900: ${MS}/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487` },
  { formulas: /^=TEXT\((0|B1),"dd-mm-yyyy"\)$/, libreOffice: '30-12-1899', excel: '00-01-1900', why: `serial 0 is 0 January 1900: ${MS}/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487` },
  { formulas: /^=TEXT\(A9,"mmm yyyy"\)$/, libreOffice: 'Dec 1899', excel: 'Jan 1900', why: `serial 1 is 1 January 1900: ${MS}/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487` },
  { formulas: /^=TEXT\(A9,"mmmm"\)$/, libreOffice: 'December', excel: 'January', why: `serial 1 is 1 January 1900: ${MS}/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487` },
  { formulas: /^=TEXT\(A9,"yyyy-mm-dd"\)$/, libreOffice: '1899-12-31', excel: '1900-01-01', why: `serial 1 is 1 January 1900 (LibreOffice counts from 30 December 1899, so its serials below 61 are a day earlier): ${MS}/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487` },
  { formulas: /^=TEXT\(A9,"dd-mm-yyyy"\)$/, libreOffice: '31-12-1899', excel: '01-01-1900', why: `serial 1 is 1 January 1900: ${MS}/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487` },
  { formulas: /^=DATE\(1900,2,29\)$/, libreOffice: 61, excel: 60, why: 'Excel keeps the fictitious 29 February 1900 as serial 60, LibreOffice has no such day: https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year' },
  { formulas: /^=CODE\("Æ"\)$/, libreOffice: 195, excel: 198, why: `the code in the computer’s character set, Windows-1252 for a Danish Excel (LibreOffice gives UTF-8’s first byte): ${MS}/code-function-c32b692b-2ed0-4a04-bdd9-75640144b928` },
  { formulas: /^=(PERCENTILE\.EXC\(E1:E12,(0|1|0\.95)\)|QUARTILE\.EXC\(E1:E12,(0|4)\))$/, libreOffice: { error: '#VALUE!' }, excel: { error: '#NUM!' }, why: `k outside the data’s range: ${MS}/percentile-exc-function-bbaa7204-e9e1-4010-85bf-c31dc5dce4ba` },
  { formulas: /^=COUNT\(H1:H6\)$/, libreOffice: 4, excel: 3, why: `logical values in a reference are not counted: ${MS}/count-function-a59cd7fc-b623-4d93-87a4-d23bf411294c` },
  { formulas: /^=SUM\(H3:H6\)$/, libreOffice: 10, excel: 9, why: `logical values in a reference are ignored: ${MS}/sum-function-043e1c7d-7726-4e80-8f32-07b23e057f89` },
  { formulas: /^=AGGREGATE\(9,6,H1:H6\)$/, libreOffice: 11, excel: 10, why: `TRUE in a reference is no number: ${MS}/aggregate-function-43b9278e-6aa7-4f17-92b6-e19993fa26df` },
  { formulas: /^=AGGREGATE\(1,6,H1:H6\)$/, libreOffice: 2.75, excel: 10 / 3, why: `TRUE in a reference is no number: ${MS}/aggregate-function-43b9278e-6aa7-4f17-92b6-e19993fa26df` },
  { formulas: /^=SLOPE\(E1:E12,I1:I10\)$/, libreOffice: { error: '#VALUE!' }, excel: { error: '#N/A' }, why: `a different number of points: ${MS}/slope-function-11fb8f97-3117-4813-98aa-61d7e01276b9` },
  { formulas: /^=SQRT\(-1\)$/, libreOffice: { error: '#VALUE!' }, excel: { error: '#NUM!' }, why: `a negative number: ${MS}/sqrt-function-654975c2-05c4-4831-9a24-2c65e4040fdf` },
  { formulas: /^=LN\(0\)$/, libreOffice: { error: '#VALUE!' }, excel: { error: '#NUM!' }, why: 'no logarithm of 0: Excel’s #NUM! for a number outside a function’s domain' },
  { formulas: /^=""&1E15\+0\.3$/, libreOffice: '1E+015', excel: '1E+15', why: `a two-digit exponent: ${DOCS.numbers}` },
  { formulas: /^=""&123456789012345000$/, libreOffice: '1.23456789012345E+017', excel: '1.23456789012345E+17', why: `a two-digit exponent: ${DOCS.numbers}` },
  { formulas: /^=""&1E-10$/, libreOffice: '0.0000000001', excel: '1E-10', why: `General shows scientific notation for a small number: ${DOCS.numbers}` },
  { formulas: /^=FIXED\(A9,2\)$/, libreOffice: '1.00', excel: '1.01', why: `LibreOffice rounds the double 1.00499999999999989…, Excel the 15 digits it shows, as its ROUND(1.005,2) is 1.01: ${DOCS.round}` },
  { formulas: /^=MROUND\(-1\.3,0\.2\)$/, libreOffice: -1.4, excel: { error: '#NUM!' }, why: `number and multiple of different signs: ${DOCS.mround}` },
  { formulas: /^=CEILING\(2\.5,-1\)$/, libreOffice: { error: '#VALUE!' }, excel: { error: '#NUM!' }, why: 'a positive number and a negative significance: “Office returns #NUM! if x and significance have different signs”, https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/7e24f68f-f81d-4fa3-852f-9c7fe2152ea9' },
  ...WORKDAY_INTL_CASES,
  { formulas: /^=PMT\(0\.05,0,100\)$/, libreOffice: { error: '#NUM!' }, excel: { error: '#DIV/0!' }, why: `no periods: ${OFFICE_NOTES}/77902b0a-d44f-4b40-bf1f-d73167a47f39` },
  { formulas: /^=(IPMT\(0\.05,(0|13),12,1000\)|PPMT\(0\.05,13,12,1000\))$/, libreOffice: { error: '#VALUE!' }, excel: { error: '#NUM!' }, why: `a period outside the loan: ${OFFICE_NOTES}/5c0583c2-5459-4b56-9657-c94fb48dc600` },
  { formulas: /^=IPMT\(0\.05,12\.5,12,1000\)$/, libreOffice: { error: '#VALUE!' }, excel: -2.71908415105351, why: `Office's IPMT takes 1 ≤ per < nper+1: ${OFFICE_NOTES}/5c0583c2-5459-4b56-9657-c94fb48dc600` },
  { formulas: /^=CUMIPMT\(0\.05,12,1000,1,13,0\)$/, libreOffice: { error: '#VALUE!' }, excel: { error: '#NUM!' }, why: `an end past nper: ${OFFICE_NOTES}/3449459a-0e83-4a19-b402-9642a5ea36ff` },
  { formulas: /^=CUMIPMT\(0\.05,12\.5,1000,1,12,0\)$/, libreOffice: -366.894633541782, excel: -353.904920249785, why: 'Excel truncates nper (Microsoft’s WorksheetFunction.CumIPmt page: “Arg2, Arg4, Arg5, and type are truncated to integers”)' },
  { formulas: /^=1\.2-1\.1=0\.1$/, libreOffice: true, excel: false, why: `1.2-1.1 is 0.0999999999999999 in 15 digits: ${DOCS.precision}` },
];

const PERCENTRANK_SIGNIFICANCE = `LibreOffice rounds to the significant digits, Excel truncates: ${MS}/percentrank-inc-function-149592c9-00c0-49ba-86c1-c1f45b80463a`;

function deviationOf(formula: string): Deviation | undefined {
  return DEVIATIONS.find((deviation) => deviation.formulas.test(formula));
}

function agrees(actual: Expected | null, expected: Expected | null): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  // A formula whose result is blank holds 0 in Excel and Fremskriv.
  if (actual === null && expected === 0) return true;
  return JSON.stringify(actual) === JSON.stringify(expected);
}

const FORMULAS = plannerFormulas();

/** The cached values of rows 1…count of one column of the first sheet, as LibreOffice saved them. */
function cachedColumn(bytes: Uint8Array, column: string, count: number): Array<Expected | null> {
  const xml = zipParts(bytes).get('xl/worksheets/sheet1.xml') ?? '';
  const byRow = new Map<number, Expected>();
  for (const [, row, type, text] of xml.matchAll(new RegExp(`<c r="${column}(\\d+)"(?: [^>]*?t="(\\w+)")?[^>]*>(?:<f[^>]*>[^<]*</f>)?<v>([^<]*)</v>`, 'g'))) {
    const value: Expected = type === 'str' ? decodeXmlText(text!) : type === 'b' ? text === '1' : type === 'e' ? { error: text! } : Number(text);
    byRow.set(Number(row), value);
  }
  return Array.from({ length: count }, (_, i) => byRow.get(i + 1) ?? null);
}
const COLUMN = 25; // Z

describe('a planner’s formulas: Fremskriv and LibreOffice 7.4 agree but where LibreOffice differs from Excel', () => {
  let doc: Y.Doc;
  let engine: WorkbookEngine;
  let recomputed: Array<Expected | null>;

  beforeAll(async () => {
    const cells: Record<string, number | string | boolean> = { ...PLANNER_DATA };
    FORMULAS.forEach((formula, i) => (cells[`Z${i + 1}`] = formula));
    doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Planner formulas', locale: 'en-GB', sheets: [{ name: 'Ark', cells }] });
    engine = new WorkbookEngine(doc);
    const [file] = recalculateInLibreOffice([await exportWorkbookXlsx(doc)]);
    recomputed = cachedColumn(file!, 'Z', FORMULAS.length);
  }, 240_000);

  afterAll(() => {
    engine.destroy();
    doc.destroy();
  });

  function ours(index: number): Expected | null {
    const value = engine.value(workbookGrid(doc).sheetIdByName('Ark')!, index, COLUMN);
    return isCellError(value) ? { error: value.error } : value;
  }

  it('every formula gives LibreOffice’s value, or Excel’s where LibreOffice’s differs', () => {
    expect(FORMULAS.length).toBeGreaterThan(800);
    const wrong: string[] = [];
    FORMULAS.forEach((formula, i) => {
      const mine = ours(i);
      const theirs = recomputed[i] ?? null;
      const deviation = deviationOf(formula);
      if (deviation) {
        if (!agrees(mine, deviation.excel) || !agrees(theirs, deviation.libreOffice)) wrong.push(`${formula}: Fremskriv ${JSON.stringify(mine)}, LibreOffice ${JSON.stringify(theirs)}; listed Excel ${JSON.stringify(deviation.excel)} (${deviation.why})`);
      } else if (/^=PERCENTRANK/.test(formula)) {
        // Excel truncates to the significant digits (rankFunctions.ts); LibreOffice rounds.
        if (typeof mine !== 'number' || typeof theirs !== 'number' || Math.abs(mine - theirs) > 0.011) wrong.push(`${formula}: ${JSON.stringify(mine)} vs ${JSON.stringify(theirs)} (${PERCENTRANK_SIGNIFICANCE})`);
      } else if (!agrees(mine, theirs)) wrong.push(`${formula}: Fremskriv ${JSON.stringify(mine)}, LibreOffice ${JSON.stringify(theirs)}`);
    });
    expect(wrong).toEqual([]);
  });
});

/**
 * The Excel compatibility table (support/excelCompatibilityCases.ts) recomputed by LibreOffice 7.4
 * from the exported .xlsx: the file's formulas, written as Fremskriv writes them (array formulas
 * as `{=…}`), give Excel's documented results in another application too. Where LibreOffice 7.4
 * itself differs from Excel's documentation, the case is listed with the reason and LibreOffice's
 * own answer, so a change on either side shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { recalculateInLibreOffice } from '../interchange/support/libreOffice.js';
import { cachedValues, CASES, fileWith, FORMULA_CELL, near, type Expected } from './support/excelCompatibilityCases.js';

/** Formula → [LibreOffice 7.4's result, why it differs from Excel's documented one]. */
const LIBREOFFICE_DIFFERS = new Map<string, [Expected | null, string]>([
  ['=INDEX(A1:A10,11)', [{ error: '#VALUE!' }, 'an index past the range: LibreOffice #VALUE!, Excel #REF!']],
  ['=INDEX(G1:K1,6)', [{ error: '#VALUE!' }, 'an index past the range: LibreOffice #VALUE!, Excel #REF!']],
  ['=INDEX(A1:B3,4,1)', [{ error: '#VALUE!' }, 'an index past the range: LibreOffice #VALUE!, Excel #REF!']],
  ['=""&1234567890123456', ['1234567890123456', 'LibreOffice writes 16 digits; Excel keeps 15 significant digits']],
  ['=""&33000/7', ['4714.28571428572', 'LibreOffice rounds the 15th digit from the binary value; Excel from the decimal']],
  ['=""&350284.45/9', ['38920.4944444445', 'LibreOffice rounds the 15th digit from the binary value; Excel from the decimal']],
  ['=MONTH("15-03-2024")', [{ error: '#VALUE!' }, 'LibreOffice in en-US reads no day-first date text; Danish Excel does']],
  ['=XLOOKUP("arhus",A1:A2,B1:B2)', [{ error: '#NAME?' }, 'LibreOffice 7.4 has no XLOOKUP (24.8 added it)']],
  ['=DATEDIF(DATE(2024,3,1),DATE(2024,1,31),"D")', [{ error: '#VALUE!' }, 'a start after the end: LibreOffice #VALUE!, Excel #NUM! (Microsoft’s DATEDIF page)']],
  ['=ERROR.TYPE(A2)', [5, 'LibreOffice 7.4 has no FILTER (24.8 added it): its #NAME? is 5']],
  ['=WEEKNUM(DATE(2024,12,31))', [1, 'LibreOffice 7.4 counts the last days of the year in the next year’s week 1; Microsoft’s WEEKNUM counts weeks from 1 January of the date’s own year (system 1)']],
  ['=XLOOKUP(5,B1:B3,A1:A3,,-1)', [{ error: '#NAME?' }, 'LibreOffice 7.4 has no XLOOKUP (24.8 added it)']],
  ['=XLOOKUP(99,B1:B3,A1:A3,,1)', [{ error: '#NAME?' }, 'LibreOffice 7.4 has no XLOOKUP (24.8 added it)']],
  ['=XLOOKUP(25,B1:B3,A1:A3,,1)', [{ error: '#NAME?' }, 'LibreOffice 7.4 has no XLOOKUP (24.8 added it)']],
  ['=COUNTIF(A1:A4,"?*")', [2, 'LibreOffice 7.4 also counts the formula’s empty text; Microsoft’s COUNTIF page: “?” matches any single character, so "?*" needs one']],
  ['=LET(x,A1*2,x+x)', [{ error: '#NAME?' }, 'LibreOffice 7.4 has no LET (24.8 added it)']],
  ['=TYPE(A1=1)', [1, 'LibreOffice has no logical type (TRUE is the number 1); Microsoft’s TYPE page: a logical value is 4']],
  ['=TYPE(A1:B2)', [{ error: '#VALUE!' }, 'LibreOffice 7.4 intersects the range with the formula’s cell; Excel’s TYPE reads it as an array, 64 (Microsoft’s TYPE page: {1,2;3,4} is 64)']],
  ['=TBILLPRICE(DATE(2008,1,1),DATE(2008,12,1),0.09)', [91.725, 'LibreOffice 7.4 counts DSM in 30/360 days to the day after maturity (331); Microsoft’s page: actual days (335)']],
  ['=TBILLYIELD(DATE(2008,1,1),DATE(2008,12,1),98.45)', [0.0171234190373753, 'LibreOffice 7.4 counts DSM in 30/360 days to the day after maturity (331); Microsoft’s page: actual days (335)']],
  ['=XNPV(0.09,{-10000,2750,4250},{39448,39400,39751})', [-3262.07838826659, 'LibreOffice 7.4 discounts a date before the first; Microsoft’s XNPV page: #NUM!']],
  ['=1.2-1.1=0.1', [true, 'LibreOffice compares with a wider tolerance than Excel’s 15 digits (1.2-1.1 is 0.0999999999999999 to Excel)']],
]);

describe('the Excel compatibility table, recomputed by LibreOffice from the exported .xlsx', () => {
  let doc: Y.Doc;
  let recomputed: Array<Expected | null>;

  beforeAll(async () => {
    doc = documentFromFile(fileWith(CASES, 'en-GB'));
    const [file] = recalculateInLibreOffice([await exportWorkbookXlsx(doc)]);
    recomputed = await cachedValues(file!, FORMULA_CELL);
  }, 240_000);

  afterAll(() => doc.destroy());

  it.each(CASES.map((c, i) => [c[1], c[3], i] as const))('%s: LibreOffice gives %o', (formula, expected, index) => {
    const differs = LIBREOFFICE_DIFFERS.get(formula);
    if (differs) near(recomputed[index] ?? null, differs[0]!);
    else near(recomputed[index] ?? null, expected);
  });
});

/**
 * The Excel compatibility table (issue 11 and later): one row per case, the formula, the cells it
 * reads (A1 → content), Excel's result and where that result comes from. Read by
 * excelCompatibility.test.ts (engine, grid, .xlsx cached value) and
 * excelCompatibilityLibreOffice.test.ts (LibreOffice recomputing the exported file).
 */
import { isCellError, type CellValue } from '../../../models/engine/cellValue.js';
import type { WorkbookFile } from '../../../models/format/workbookFile.js';
import { expect } from 'vitest';
import { decodeXmlText } from '../../interchange/support/xmlTags.js';
import { zipParts } from '../../interchange/support/zipBuilder.js';

export const MS = 'https://support.microsoft.com/office';
export const DOCS = {
  vlookup: `${MS}/vlookup-function-0bbc8083-26fe-4963-8ab8-93a18ad188a1`,
  if: `${MS}/if-function-69aed7c9-4e8a-4755-a9bc-aa8bbff73be2`,
  countif: `${MS}/countif-function-e0de10c6-f885-4e71-abb4-1f464816df34`,
  index: `${MS}/index-function-a5dcf0dd-996d-40a4-a822-b56b061328bd`,
  sumproduct: `${MS}/sumproduct-function-16753e75-9f68-4874-94ac-4d2145a2fd2e`,
  edate: `${MS}/edate-function-3c920eb2-6e66-44e7-a1f5-753ae47ee4f5`,
  eomonth: `${MS}/eomonth-function-7314ffa1-2bc9-4005-9d66-f49db127d628`,
  match: `${MS}/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a`,
  text: `${MS}/text-function-20d5ac4d-7b94-49fd-bb38-93d29371225c`,
  zero: `${MS}/display-or-hide-zero-values-3ec7a433-46b8-4916-8c81-b1f0a5ed3f9b`,
  round: `${MS}/round-function-c018c5d8-40fb-4053-90b1-b3e7f61a213c`,
  precision: `${MS}/floating-point-arithmetic-may-give-inaccurate-results-in-excel-8f4e6ee4-4c24-4d68-8d42-c1dd5a3c7a3f`,
  and: `${MS}/and-function-5f19b2e8-e1df-4408-897a-ce285a19e9d9`,
  or: `${MS}/or-function-7d17ad14-8700-4281-b308-00b131e22af0`,
  is: `${MS}/is-functions-0f2d7971-6019-40a0-a171-f2d869135665`,
  year: `${MS}/year-function-c64f017a-1354-490d-981f-578e8ec8d3b9`,
  concat: `${MS}/concatenate-function-8f8ae884-2ca8-4f7a-b093-75d702bea31d`,
  floor: `${MS}/floor-function-14bb497c-24f2-4e04-b327-b0b4de5a8886`,
  mround: `${MS}/mround-function-c299c3b0-15a5-426d-aa4b-d2d5b3baf427`,
  operators: `${MS}/calculation-operators-and-precedence-in-excel-48be406d-4975-4d31-b2b8-7af9e0e2878a`,
  xlookup: `${MS}/xlookup-function-b7fd680e-6d10-43e6-84f9-88eae8bf5929`,
  sumif: `${MS}/sumif-function-169b8c99-c05c-4483-a712-1697a653039b`,
  numbers: `${MS}/display-numbers-in-scientific-exponential-notation-f85a96c0-18a1-4249-81c3-e934cd2ae376`,
  arrays: `${MS}/guidelines-and-examples-of-array-formulas-7d94a64e-3ff3-4686-9372-ecfd5caa57c7`,
  intersection: `${MS}/implicit-intersection-operator-ce3be07b-0101-4450-a24e-c1c999be2b34`,
  dynamicArrays: `${MS}/dynamic-array-formulas-and-spilled-array-behavior-205c6b06-03ba-4151-89a1-87a7eb36e531`,
  averageif: `${MS}/averageif-function-faec8e2e-0dec-4308-af69-f5576d8ac642`,
  errorType: `${MS}/error-type-function-10958677-7c8d-44f7-ae77-b9a9ee6eefaa`,
  datedif: `${MS}/datedif-function-25dba1a4-2812-480b-84dd-8b32a451b35c`,
  isoweeknum: `${MS}/isoweeknum-function-1c2d0afe-d25b-4ab1-8894-8d0520e90e0e`,
  days360: `${MS}/days360-function-b9a509fd-49ef-407e-94df-0cbda5718c2a`,
  indirect: `${MS}/indirect-function-474b3a3a-8a26-4f44-b491-92b6306fa261`,
  let: `${MS}/let-function-34842dd8-b92b-4d3f-b325-b8b8f9908999`,
  type: 'https://support.microsoft.com/da-dk/excel/type-function',
  countblank: 'https://support.microsoft.com/en-us/excel/countblank-function',
  /** "If the criteria argument is a reference to an empty cell, the COUNTIFS function treats the empty cell as a 0 value." */
  countifs: `${MS}/countifs-function-dda3dc6e-f74e-4aee-88bc-aa8c2a866842`,
};
/** Excel's DAYS360 leaves an end on the last of February as it is (Microsoft's page is silent; LibreOffice 7.4 agrees). */
const DAYS360_FEBRUARY = 'Gnumeric’s DAYS360 page (“the last day of February is considered to be the 30th day of the month, but only for start_date”) and an Excel user’s report of 28-02-2002 to 28-02-2006 giving 1,438; LibreOffice 7.4 agrees';
export const LO = 'LibreOffice 7.4 recalculation agrees';

export type Expected = number | string | boolean | { error: string };
/** Case number in issue 11 (0: found later), formula, the cells it reads (A1 → content), Excel's result, source. */
export type Case = [number, string, Record<string, number | string | boolean>, Expected, string];

export const ROWS: Record<string, number | string> = { A1: 'Rosa', A2: 'Bo', A3: 'Roskilde', B1: 10, B2: 20, B3: 30 };
/** Short names and codes a planner looks up (A), with their amounts (B). */
const CODES: Record<string, number | string> = { A1: 'Køge', A2: 'Bo', A3: 'abc', A4: 'ab', B1: 10, B2: 20, B3: 30 };

export const CASES: Case[] = [
  [1, '=VLOOKUP("Bo",A1:B3,2,FALSE)', ROWS, 20, DOCS.vlookup],
  [1, '=IF(FALSE,1,2)', {}, 2, DOCS.if],
  [1, '=IF(TRUE,1,2)', {}, 1, DOCS.if],
  [1, '=COUNTIF(A1:A4,TRUE)', { A1: true, A2: false, A3: true, A4: 'TRUE' }, 2, DOCS.countif],
  [1, '=TRUE', {}, true, DOCS.if],
  [1, '=NOT(FALSE)', {}, true, DOCS.if],
  [2, '=INDEX(G1:K1,3)', { G1: 1, H1: 2, I1: 3, J1: 4, K1: 5 }, 3, DOCS.index],
  [2, '=INDEX(A1:A10,11)', { A1: 1 }, { error: '#REF!' }, DOCS.index],
  [2, '=INDEX(G1:K1,6)', { G1: 1, H1: 2, I1: 3, J1: 4, K1: 5 }, { error: '#REF!' }, DOCS.index],
  [2, '=INDEX(A1:B3,2,2)', ROWS, 20, DOCS.index],
  [2, '=INDEX(A1:A3,2.9)', ROWS, 'Bo', DOCS.index],
  [2, '=INDEX(A1:B3,4,1)', ROWS, { error: '#REF!' }, DOCS.index],
  [3, '=SUMPRODUCT(C6:F6,--($C$4:$F$4="Fremskrevet"))', { C4: 'Fremskrevet', D4: 'Faktisk', E4: 'Fremskrevet', F4: 'Fremskrevet', C6: 1, D6: 2, E6: 4, F6: 8 }, 13, DOCS.sumproduct],
  [3, '=SUMPRODUCT((A1:A10>0)*A1:A10)', { A1: 5, A2: -3, A3: 7, A5: 2 }, 14, DOCS.sumproduct],
  [3, '=SUMPRODUCT(A1:A3,B1:B3)', { A1: 2, A2: '5', A3: 1, B1: 3, B2: 4, B3: 5 }, 11, DOCS.sumproduct],
  [3, '=SUMPRODUCT(A1:A2,B1:B3)', { A1: 1, B1: 1 }, { error: '#VALUE!' }, DOCS.sumproduct],
  [0, '=SUMPRODUCT(A1:A3*TRANSPOSE(A1:A3))', { A1: 1, A2: 2, A3: 3 }, 36, DOCS.sumproduct],
  [4, '=EDATE(DATE(2024,1,31),1)', {}, 45351, DOCS.edate],
  [4, '=EDATE(DATE(2024,1,31),1.9)', {}, 45351, DOCS.edate],
  [4, '=EDATE(DATE(2024,3,31),-1.5)', {}, 45351, DOCS.edate],
  [4, '=EDATE(DATE(2023,1,31),1)', {}, 44985, DOCS.edate],
  [4, '=EOMONTH(DATE(2024,1,15),1.7)', {}, 45351, DOCS.eomonth],
  [5, '=MATCH("Ros*",A1:A3,0)', ROWS, 1, DOCS.match],
  [5, '=MATCH("*kilde",A1:A3,0)', ROWS, 3, DOCS.match],
  [5, '=MATCH("B?",A1:A3,0)', ROWS, 2, DOCS.match],
  [5, '=MATCH("R?a",A1:A3,0)', ROWS, { error: '#N/A' }, DOCS.match],
  [5, '=MATCH("a~*",A1:A3,0)', { A1: 'ab', A2: 'a*' }, 2, DOCS.match],
  [5, '=VLOOKUP("r*e",A1:B3,2,FALSE)', ROWS, 30, DOCS.vlookup],
  [5, '=HLOOKUP("F?k*",A1:C2,2,FALSE)', { A1: 'Fremskrevet', B1: 'Faktisk', C1: 'Mål', A2: 1, B2: 2, C2: 3 }, 2, DOCS.vlookup],
  [6, '=TEXT(0.185,"0.0%")', {}, '18.5%', DOCS.text],
  [6, '=TEXT(1234.567,"#,##0")', {}, '1,235', DOCS.text],
  [6, '=TEXT(DATE(2024,3,15),"mmm yyyy")', {}, 'Mar 2024', DOCS.text],
  [6, '=TEXT(1234.5,"#,##0.00")', {}, '1,234.50', DOCS.text],
  [6, '=TEXT(DATE(2024,3,15),"dd-mm-yyyy")', {}, '15-03-2024', DOCS.text],
  [7, '=Z1', {}, 0, DOCS.zero],
  [7, '=INDEX(B1:B9,3)', { B1: 1, B2: 2 }, 0, DOCS.zero],
  [7, '=IF(TRUE,Z1)', {}, 0, DOCS.zero],
  [7, '=INDEX(B1:B9,3)&"x"', { B1: 1 }, 'x', DOCS.zero],
  [7, '=AND(A1:B1)', { A1: '=Z1', B1: true }, false, DOCS.zero],
  [7, '=COUNT(A1:A3)', { A1: '=Z1', A2: '=INDEX(B1:B9,5)' }, 2, DOCS.zero],
  [7, '=ISBLANK(A1)', { A1: '=Z1' }, false, DOCS.is],
  [7, '=A1&"x"', { A1: '=Z1' }, '0x', DOCS.zero],
  [8, '=ROUND(1.005,2)', {}, 1.01, DOCS.precision],
  [8, '=ROUND(0.285,2)', {}, 0.29, DOCS.precision],
  [8, '=ROUNDDOWN(0.29,2)', {}, 0.29, DOCS.round],
  [8, '=ROUND(3.14159,1.7)', {}, 3.1, DOCS.round],
  [8, '=ROUND(-2.5,0)', {}, -3, DOCS.round],
  [8, '=ROUND(1234.5678,-2)', {}, 1200, DOCS.round],
  [8, '=ROUNDUP(0.1+0.2,1)', {}, 0.3, DOCS.precision],
  [8, '=TRUNC(0.29*100)', {}, 29, DOCS.precision],
  [8, '=MROUND(0.3,0.1)', {}, 0.3, DOCS.mround],
  [8, '=FLOOR(0.3,0.1)', {}, 0.3, DOCS.floor],
  [8, '=CEILING(0.7,0.1)', {}, 0.7, DOCS.floor],
  [9, '=AND(A1:A2)', { A1: true }, true, DOCS.and],
  [9, '=AND(A1:A3)', { A1: true, A2: 'tekst', A3: false }, false, DOCS.and],
  [9, '=OR(A1:A3)', {}, { error: '#VALUE!' }, DOCS.or],
  [9, '=AND(A1:A3)', {}, { error: '#VALUE!' }, DOCS.and],
  [9, '=OR(A1:A2,1)', {}, true, DOCS.or],
  [10, '="v"&(0.1+0.2)', {}, 'v0.3', DOCS.precision],
  [10, '=CONCATENATE("v",0.1+0.2)', {}, 'v0.3', DOCS.concat],
  [10, '=TEXTJOIN("-",TRUE,A1:A2)', { A1: '=0.1+0.2', A2: 1 }, '0.3-1', DOCS.concat],
  [10, '=LEN(1/3)', {}, 17, LO],
  [10, '=""&1234567890123456', {}, '1.23456789012346E+15', DOCS.precision],
  [10, '=""&33000/7', {}, '4714.28571428571', DOCS.precision],
  [10, '=""&350284.45/9', {}, '38920.4944444444', DOCS.precision],
  [10, '=YEAR("2024-03-15")', {}, 2024, DOCS.year],
  [10, '=MONTH("15-03-2024")', {}, 3, DOCS.year],
  // Found after issue 11 (case 0): text compares ignoring case but not accents, and a number
  // literal with Excel's capital exponent parses.
  [0, '=A1=A2', { A1: 'Århus', A2: 'Arhus' }, false, DOCS.operators],
  [0, '=A1="ÅRHUS"', { A1: 'Århus' }, true, DOCS.operators],
  [0, '=COUNTIF(A1:A2,"arhus")', { A1: 'Århus', A2: 'Arhus' }, 1, DOCS.countif],
  [0, '=SUMIF(A1:A2,"Århus",B1:B2)', { A1: 'Århus', A2: 'Arhus', B1: 5, B2: 7 }, 5, DOCS.sumif],
  [0, '=MATCH("arhus",A1:A2,0)', { A1: 'Århus', A2: 'Arhus' }, 2, DOCS.match],
  [0, '=VLOOKUP("ARHUS",A1:B2,2,FALSE)', { A1: 'Århus', A2: 'Arhus', B1: 5, B2: 7 }, 7, DOCS.vlookup],
  [0, '=XLOOKUP("arhus",A1:A2,B1:B2)', { A1: 'Århus', A2: 'Arhus', B1: 5, B2: 7 }, 7, DOCS.xlookup],
  [0, '=MATCH("Aarhus",A1:A2,0)', { A1: 'Århus', A2: 'Arhus' }, { error: '#N/A' }, DOCS.match],
  [0, '=1E+20', {}, 1e20, DOCS.numbers],
  [0, '=A1*2.5E-3', { A1: 400 }, 1, DOCS.numbers],
  [0, '=1E3&"E3"', {}, '1000E3', DOCS.numbers],
  // Array arithmetic inside functions that read arrays (Excel 365 as typed, older Excel as an
  // array formula, which is how the export writes them); a whole formula's array result is
  // implicitly intersected with the formula's row (Q1: row 1).
  [0, '=SUM((A1:A5>0)*A1:A5)', { A1: 5, A2: -3, A3: 7, A5: 2 }, 14, DOCS.arrays],
  [0, '=SUM(A1:A3*B1:B3)', { A1: 1, A2: 2, A3: 3, B1: 4, B2: 5, B3: 6 }, 32, DOCS.arrays],
  [0, '=MAX(IF(A1:A4>0,A1:A4))', { A1: -5, A2: 3, A3: 7, A4: -1 }, 7, DOCS.arrays],
  [0, '=MIN(IF(A1:A4>0,A1:A4))', { A1: -5, A2: 3, A3: 7, A4: -1 }, 3, DOCS.arrays],
  [0, '=COUNT(IF(A1:A4>0,A1:A4))', { A1: -5, A2: 3, A3: 7, A4: -1 }, 2, DOCS.arrays],
  [0, '=AVERAGE(IF(A1:A4="x",B1:B4))', { A1: 'x', A2: 'y', A3: 'x', B1: 10, B2: 20, B3: 30, B4: 40 }, 20, DOCS.arrays],
  [0, '=SUM(IF(ISNUMBER(A1:A3),A1:A3))', { A1: 1, A2: 'a', A3: 2 }, 3, DOCS.arrays],
  [0, '=SUM(--(A1:A4="x"))', { A1: 'x', A2: 'y', A3: 'x' }, 2, DOCS.arrays],
  [0, '=SUM(MATCH(A1:A3,B1:B3,0))', { A1: 'Bo', A2: 'Rosa', A3: 'Roskilde', B1: 'Rosa', B2: 'Bo', B3: 'Roskilde' }, 6, DOCS.arrays],
  [0, '=MATCH(1,(A1:A3="x")*(B1:B3>15),0)', { A1: 'x', A2: 'y', A3: 'x', B1: 10, B2: 20, B3: 30 }, 3, DOCS.arrays],
  [0, '=A1:A3*2', { A1: 3, A2: 4 }, 6, DOCS.intersection],
  // A range where one value is expected, as a cell's whole formula: the cell in the formula's row.
  [0, '=A1:A3', { A1: 3, A2: 4 }, 3, DOCS.intersection],
  [0, '=(A1:A3)', ROWS, 'Rosa', DOCS.intersection],
  // Typed, Excel 365 spills the range (A2 then A3's 0); a legacy formula's @ intersects (no cell in row 1).
  [0, '=A2:A3', { A2: 4 }, 4, DOCS.dynamicArrays],
  [0, '=SINGLE(A2:A3)', { A2: 4 }, { error: '#VALUE!' }, DOCS.intersection],
  [0, '=$A$1:$A$3&"!"', ROWS, 'Rosa!', DOCS.intersection],
  [0, '=MATCH(A1:A3,B1:B3,0)', { A1: 'Bo', B1: 'Rosa', B2: 'Bo' }, 2, DOCS.intersection],
  [0, '=LARGE(B1:B3,A1:A3)', { A1: 2, B1: 10, B2: 20, B3: 30 }, 20, DOCS.intersection],
  [0, '=VLOOKUP(C1:C3,A1:B3,2,FALSE)', { ...ROWS, C1: 'Roskilde' }, 30, DOCS.intersection],
  [0, '=IF(TRUE,B1:B3,0)', ROWS, 10, DOCS.intersection],
  [0, '=INDEX(A1:A3*B1:B3,2,1)', { A1: 1, A2: 2, A3: 3, B1: 4, B2: 5, B3: 6 }, 10, DOCS.arrays],
  // INDEX with 0: the whole column or row of the range.
  [0, '=SUM(INDEX(A1:C3,0,2))', { A1: 100, B1: 1, B2: 2, B3: 4 }, 7, DOCS.index],
  [0, '=SUM(INDEX(A1:C3,2,0))', { A1: 100, A2: 1, B2: 2, C2: 4 }, 7, DOCS.index],
  [0, '=AVERAGE(INDEX(A1:B2,0,0))', { A1: 1, A2: 2, B1: 3, B2: 6 }, 3, DOCS.index],
  [0, '=SUM(INDEX(A1:A3,0))', { A1: 1, A2: 2, A3: 4 }, 7, DOCS.index],
  [0, '=INDEX(A1:B3,0,2)', { B1: 9, B2: 8 }, 9, DOCS.intersection],
  // Criteria: text compared with text, "" for blank and empty text, a larger sum range cut.
  [0, '=COUNTIF(A1:A4,">b")', { A1: 'apple', A2: 'Cherry', A3: 'banana', A4: 5 }, 2, DOCS.countif],
  [0, '=SUMIF(A1:A3,"<=b",B1:B3)', { A1: 'apple', A2: 'Cherry', A3: 'B', B1: 1, B2: 2, B3: 4 }, 5, DOCS.sumif],
  [0, '=COUNTIFS(A1:A3,">=b",B1:B3,">1")', { A1: 'apple', A2: 'Cherry', A3: 'b', B1: 1, B2: 2, B3: 4 }, 2, DOCS.countif],
  [0, '=COUNTIF(A1:A4,"")', { A1: 'x', A2: '=""', A4: 1 }, 2, DOCS.countif],
  [0, '=SUMIF(A1:A3,"x",B1:B5)', { A1: 'x', A2: 'y', A3: 'x', B1: 1, B2: 2, B3: 4, B4: 100, B5: 100 }, 5, DOCS.sumif],
  [0, '=AVERAGEIF(A1:A3,"x",B1:C5)', { A1: 'x', A2: 'y', A3: 'x', B1: 1, B2: 2, B3: 4, B4: 100 }, 2.5, DOCS.averageif],
  // A smaller or differently shaped sum range: the criteria range's size from its top-left cell.
  [0, '=SUMIF(A1:A3,"x",B1)', { A1: 'x', A2: 'y', A3: 'x', B1: 1, B2: 2, B3: 4 }, 5, DOCS.sumif],
  [0, '=SUMIF(A1:A3,"x",B2:B3)', { A1: 'x', A2: 'y', A3: 'x', B2: 1, B3: 2, B4: 4 }, 5, DOCS.sumif],
  [0, '=SUMIF(A1:A3,"x",C1:D1)', { A1: 'x', A2: 'y', A3: 'x', C1: 1, C2: 2, C3: 4, D1: 100 }, 5, DOCS.sumif],
  [0, '=AVERAGEIF(A1:A3,"x",$B$1)', { A1: 'x', A2: 'y', A3: 'x', B1: 1, B2: 2, B3: 4 }, 2.5, DOCS.averageif],
  // DATEDIF with its unit in small letters, as most planners write it (Microsoft's examples).
  [0, '=DATEDIF(DATE(2001,6,1),DATE(2002,8,15),"d")', {}, 440, DOCS.datedif],
  [0, '=DATEDIF(DATE(2001,6,1),DATE(2002,8,15),"yd")', {}, 75, DOCS.datedif],
  [0, '=DATEDIF(DATE(2001,1,1),DATE(2003,1,1),"y")', {}, 2, DOCS.datedif],
  [0, '=DATEDIF(DATE(2024,1,31),DATE(2024,3,1),"m")', {}, 1, DOCS.datedif],
  [0, '=DATEDIF(DATE(2024,3,1),DATE(2024,1,31),"D")', {}, { error: '#NUM!' }, DOCS.datedif],
  // ERROR.TYPE (HyperFormula has none).
  [0, '=ERROR.TYPE(1/0)', {}, 2, DOCS.errorType],
  [0, '=ERROR.TYPE(NA())', {}, 7, DOCS.errorType],
  [0, '=ERROR.TYPE(A2)', { A2: '=FILTER(B1:B2,B1:B2>5)', B1: 1 }, 14, DOCS.errorType],
  [0, '=ERROR.TYPE(A1)', { A1: 1 }, { error: '#N/A' }, DOCS.errorType],
  [0, '=ERROR.TYPE(A1:A2)', { A1: '=1/0', A2: 1 }, 2, DOCS.intersection],
  // TYPE (HyperFormula has none): Microsoft's examples, a blank counted a number.
  [0, '=TYPE(A1)', { A1: 'Smith' }, 2, DOCS.type],
  [0, '=TYPE("Mr. "&A1)', { A1: 'Smith' }, 2, DOCS.type],
  [0, '=TYPE(2+A1)', { A1: 'Smith' }, 16, DOCS.type],
  [0, '=TYPE({1,2;3,4})', {}, 64, DOCS.type],
  [0, '=TYPE(A1)', {}, 1, DOCS.type],
  [0, '=TYPE(A1=1)', { A1: 1 }, 4, DOCS.type],
  [0, '=TYPE(A1:B2)', { A1: 1 }, 64, DOCS.type],
  // INDIRECT and LET (HyperFormula has neither; engineFormula.ts, formula/letFormula.ts).
  [0, '=INDIRECT("B"&A1)', { A1: 2, B2: 45 }, 45, DOCS.indirect],
  [0, '=SUM(INDIRECT("B1:B"&A1))', { A1: 3, B1: 1, B2: 2, B3: 4, B4: 8 }, 7, DOCS.indirect],
  [0, '=INDIRECT("R2C2",FALSE)', { B2: 45 }, 45, DOCS.indirect],
  [0, '=INDIRECT("Ukendt!A1")', {}, { error: '#REF!' }, DOCS.indirect],
  [0, '=LET(x,A1*2,x+x)', { A1: 2 }, 8, DOCS.let],
  // Found by the differential hunt (plannerFormulasLibreOffice.test.ts): ISO weeks at the turn of
  // the year, DAYS360 from the last of February, numbers compared in 15 digits.
  [0, '=ISOWEEKNUM(DATE(2012,3,9))', {}, 10, DOCS.isoweeknum],
  [0, '=ISOWEEKNUM(DATE(2024,12,30))', {}, 1, DOCS.isoweeknum],
  [0, '=ISOWEEKNUM(A1)', { A1: 45657 }, 1, DOCS.isoweeknum],
  [0, '=ISOWEEKNUM(DATE(2026,12,31))', {}, 53, DOCS.isoweeknum],
  [0, '=ISOWEEKNUM(DATE(2021,1,3))', {}, 53, DOCS.isoweeknum],
  [0, '=WEEKNUM(DATE(2024,12,31))', {}, 53, `${MS}/weeknum-function-e5c43a03-b4ab-426c-b411-b18c13c75340`],
  [0, '=DAYS360(DATE(2011,1,30),DATE(2011,12,31))', {}, 330, DOCS.days360],
  [0, '=DAYS360(DATE(2024,2,29),DATE(2024,3,31))', {}, 30, DOCS.days360],
  [0, '=DAYS360(DATE(2023,2,28),DATE(2023,12,31))', {}, 300, DOCS.days360],
  [0, '=DAYS360(DATE(2002,2,28),DATE(2006,2,28))', {}, 1438, DAYS360_FEBRUARY],
  [0, '=DAYS360(DATE(2024,2,28),DATE(2024,3,31))', {}, 33, DOCS.days360],
  [0, '=DAYS360(DATE(2024,2,29),DATE(2024,3,31),TRUE)', {}, 31, DOCS.days360],
  [0, '=0.1+0.2=0.3', {}, true, DOCS.precision],
  [0, '=A1+A2=A3', { A1: 0.1, A2: 0.2, A3: 0.3 }, true, DOCS.precision],
  [0, '=IF(SUM(A1:A3)=1,"ja","nej")', { A1: 0.2, A2: 0.3, A3: 0.5 }, 'ja', DOCS.precision],
  [0, '=1.2-1.1=0.1', {}, false, DOCS.precision],
  [0, '=1/3=0.333333333333333', {}, true, DOCS.precision],
  [0, '=0.1+0.2>0.3', {}, false, DOCS.precision],
  [0, '=COUNTBLANK(A1:A4)', { A1: 'Køge', A2: '=""', A4: 0 }, 2, DOCS.countblank],
  [0, '=COUNTA(A1:A4)', { A1: 'Køge', A2: '=""', A4: 0 }, 3, 'https://support.microsoft.com/en-us/excel/functions/counta-function'],
  // The seventeenth session's spreadsheet pass: a criterion's "?" is one character, an empty
  // criterion cell is 0, an empty if_not_found is missing, positions are truncated.
  [0, '=COUNTIF(A1:A4,"???")', CODES, 1, DOCS.countif],
  [0, '=COUNTIF(A1:A4,"?*")', { A1: 'Bo', A2: '=""', A4: 0 }, 1, DOCS.countif],
  [0, '=SUMIF(A1:A4,"K?ge",B1:B4)', CODES, 10, DOCS.sumif],
  [0, '=COUNTIFS(A1:A4,"<>?o")', CODES, 3, DOCS.countif],
  [0, '=COUNTIF(B1:B4,C1)', { ...CODES, B3: 0 }, 1, DOCS.countifs],
  [0, '=SUMIF(B1:B4,C1,B1:B4)+COUNTIF(B1:B4,C1)', { B1: 0, B2: 5, B3: 0 }, 2, DOCS.countifs],
  [0, '=XLOOKUP(5,B1:B3,A1:A3,,-1)', CODES, { error: '#N/A' }, DOCS.xlookup],
  [0, '=XLOOKUP(99,B1:B3,A1:A3,,1)', CODES, { error: '#N/A' }, DOCS.xlookup],
  [0, '=XLOOKUP(25,B1:B3,A1:A3,,1)', CODES, 'abc', DOCS.xlookup],
  [0, '=MID("Jobcenter Nord",1.9,2.9)', {}, 'Jo', LO],
  [0, '=REPLACE("abcdef",1.9,2.9,"X")', {}, 'Xcdef', LO],
  [0, '=SUBSTITUTE("Jobcenter Nord","","x")', {}, 'Jobcenter Nord', LO],
  [0, '=SUBSTITUTE("a-b-c","-","+",2.7)', {}, 'a-b+c', LO],
  // Empty text is no number: a formula's "" in arithmetic is #VALUE!, as Excel gives.
  [0, '=A1*12', { A1: '=IF(B1>0,B1,"")', B1: 0 }, { error: '#VALUE!' }, DOCS.operators],
  [0, '=A1+1', { A1: '=""' }, { error: '#VALUE!' }, DOCS.operators],
  [0, '=ROUND("",0)', {}, { error: '#VALUE!' }, DOCS.operators],
  [0, '=SUM(A1:A2)+A3', { A1: '=""', A2: 2 }, 2, DOCS.operators],
  // The twenty-fourth session's added functions, exported and recomputed like any other
  // (test/models/bondFunctions.test.ts, modesAndAreas.test.ts and excelEdges.test.ts hold the rest).
  [0, '=SUM(MODE.MULT(A1:A6))', { A1: 1, A2: 2, A3: 2, A4: 3, A5: 3, A6: 4 }, 5, LO],
  [0, '=PERMUTATIONA(3,2)', {}, 9, LO],
  [0, '=AREAS(A1:B3)', {}, 1, LO],
  [0, '=COUPNCD(DATE(2011,1,25),DATE(2011,11,15),2,1)', {}, 40678, LO],
  [0, '=PRICE(DATE(2008,2,15),DATE(2017,11,15),0.0575,0.065,100,2,0)', {}, 94.6343616213221, LO],
  [0, '=YIELD(DATE(2008,2,15),DATE(2016,11,15),0.0575,95.04287,100,2,0)', {}, 0.0650000068807552, LO],
  [0, '=ACCRINT(DATE(2008,3,1),DATE(2008,8,31),DATE(2008,5,1),0.1,1000,2,0)', {}, 16.6666666666667, LO],
  [0, '=DISC(DATE(2018,7,1),DATE(2048,1,1),97.975,100,1)', {}, 0.000686384169121348, LO],
  [0, '=XIRR(A1:A3,B1:B3)', { A1: 5000, A2: -10000, A3: 6000, B1: 39873, B2: 39448, B3: 39600 }, 0.135971279326647, LO],
  [0, '=ISOWEEKNUM(1)', {}, 52, LO],
  [0, '=TEXT(0,"##0.0E+0")', {}, '0.0E+0', LO],
  [0, '=ERF.PRECISE(0.745)', {}, 0.707928920095738, LO],
  [0, '=ERFC.PRECISE(1)', {}, 0.157299207050285, LO],
  [0, '=CELL("address",B2:C5)', {}, '$B$2', LO],
  [0, '=CELL("row",A5)&CELL("col",C1)', {}, '53', LO],
  [0, '=CELL("type",A1)&CELL("type",A2)&CELL("type",A3)', { A1: '="x"', A2: 5 }, 'lvb', LO],
  [0, '=CELL("contents",A1)', { A1: '=2*3' }, 6, LO],
  // Microsoft's pages: TBILLPRICE = 100 × (1 − discount × DSM / 360), TBILLYIELD = (100 − par) / par × 360 / DSM, DSM in actual days.
  [0, '=TBILLPRICE(DATE(2008,1,1),DATE(2008,12,1),0.09)', {}, 91.625, 'https://support.microsoft.com/en-us/excel/tbillprice-function'],
  [0, '=TBILLYIELD(DATE(2008,1,1),DATE(2008,12,1),98.45)', {}, 0.0169189603026007, 'https://support.microsoft.com/en-us/excel/tbillyield-function'],
  // "If any number in dates precedes the starting date, XNPV returns the #NUM! error value."
  [0, '=XNPV(0.09,{-10000,2750,4250},{39448,39400,39751})', {}, { error: '#NUM!' }, 'https://support.microsoft.com/en-us/excel/xnpv-function'],
];

export const FORMULA_CELL = 'Q1';

export function fileWith(cases: Case[], locale: WorkbookFile['locale']): WorkbookFile {
  return {
    format: 'fremskriv.workbook',
    version: 1,
    title: 'Excel compatibility',
    locale,
    formulaDialect: 'dynamicArrays',
    sheets: cases.map(([, formula, cells], i) => ({ name: `C${i + 1}`, cells: { ...cells, [FORMULA_CELL]: formula } })),
    goals: [],
    scenarios: [],
  } as WorkbookFile;
}

/**
 * The cached value of `cell` on each sheet of an exported .xlsx, read from the sheet XML itself
 * (exceljs drops a cached 0 or FALSE when it reads a file, so it cannot check case 7).
 */
export async function cachedValues(bytes: Uint8Array, cell: string): Promise<Array<Expected | null>> {
  const sheets = [...zipParts(bytes)]
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .sort(([a], [b]) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const out: Array<Expected | null> = [];
  for (const [, xml] of sheets) {
    const found = new RegExp(`<c r="${cell}"(?: [^>]*?t="(\\w+)")?[^>]*>(?:<f[^>]*>[^<]*</f>)?(?:<v>([^<]*)</v>)?`).exec(xml);
    const [, type, text] = found ?? [];
    if (text === undefined) out.push(null);
    else if (type === 'str') out.push(decodeXmlText(text));
    else if (type === 'b') out.push(text === '1');
    else if (type === 'e') out.push({ error: text });
    else out.push(Number(text));
  }
  return out;
}

export function plain(value: CellValue): Expected | null {
  return isCellError(value) ? { error: value.error } : value;
}

export function near(actual: Expected | null, expected: Expected): void {
  if (typeof expected === 'number' && typeof actual === 'number') expect(actual).toBeCloseTo(expected, 12);
  else expect(actual).toEqual(expected);
}


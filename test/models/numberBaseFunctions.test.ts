/**
 * The twenty-seventh session's differential hunt (some 240 formulas of the engineering, maths,
 * statistics and finance functions, computed by Fremskriv and by LibreOffice 7.4) found the number
 * bases and ROMAN answered otherwise than Excel documents them. Each case names Microsoft's page
 * and what Fremskriv answered before; where LibreOffice 7.4 agrees it says so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isCellError } from '../../models/engine/cellValue.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { fromDisplayFormula } from '../../models/formula/formulaLocale.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';

const MS = 'https://support.microsoft.com/office';
const DEC2BIN = `${MS}/dec2bin-function-0f63dd0e-5d1a-42d8-b511-5bf5c6d43838`;
const HEX2DEC = `${MS}/hex2dec-function-8c8c3155-9f37-45a5-a3ee-ee5379ef106e`;
const BASE = `${MS}/base-function-2ef61411-aee9-4f29-a811-1c42456c6342`;
const DECIMAL = `${MS}/decimal-function-ee554665-6176-46ef-82de-0a283658da2e`;
const ROMAN = `${MS}/roman-function-d6b0b99e-de46-4704-a518-b45a0f8b56f5`;

type Expected = number | string | { error: string };
const NUM = { error: '#NUM!' };
const VALUE = { error: '#VALUE!' };

const CASES: Array<[string, Expected, string]> = [
  ['=DEC2BIN(9.7)', '1001', `${DEC2BIN}: a whole number of bits; LibreOffice 7.4 alike (was 1001.1011…)`],
  ['=DEC2BIN(9,4.9)', '1001', `${DEC2BIN}: "If places is not an integer, it is truncated"; LibreOffice alike (was 01001)`],
  ['=DEC2HEX(255.9)', 'FF', `${MS}/dec2hex-function-6344ee8b-b6b5-4c6a-a672-f64666704619; LibreOffice alike (was FF.E666…)`],
  ['=DEC2OCT(8.5,3)', '010', `${MS}/dec2oct-function-c9d835ca-20b7-40c4-8a9e-d3be351ce00f; LibreOffice alike (was #NUM!)`],
  ['=DEC2BIN(-1)', '1111111111', `${DEC2BIN}: ten bits of two's complement`],
  ['=DEC2BIN(-512)', '1000000000', DEC2BIN],
  ['=DEC2BIN(512)', NUM, `${DEC2BIN}: "If number < -512 or if number > 511, DEC2BIN returns #NUM!"`],
  ['=DEC2BIN(9,0)', NUM, `${DEC2BIN}: places below the bits needed`],
  ['=DEC2HEX(255,4)', '00FF', DEC2BIN],
  ['=HEX2DEC("ff")', 255, `${HEX2DEC}; LibreOffice alike (was #NUM!)`],
  ['=HEX2DEC("a")', 10, `${HEX2DEC} (was #NUM!)`],
  ['=HEX2DEC("fffffffffe")', -2, `${HEX2DEC}: the top bit of ten digits is the sign (was #NUM!)`],
  ['=HEX2DEC("FFFFFFFFFF")', -1, HEX2DEC],
  ['=HEX2DEC("7fffffffff")', 549755813887, `${HEX2DEC} (was #NUM!)`],
  ['=HEX2DEC("G")', NUM, `${HEX2DEC}: "If number is not a valid hexadecimal number, HEX2DEC returns #NUM!"`],
  ['=HEX2DEC("10000000000")', NUM, `${HEX2DEC}: more than 10 characters`],
  ['=HEX2BIN("ff")', '11111111', `${MS}/hex2bin-function-a13aafaa-5737-4920-8424-643e581828c1; LibreOffice alike (was #NUM!)`],
  ['=HEX2BIN("fffffffe00")', '1000000000', `${MS}/hex2bin-function-a13aafaa-5737-4920-8424-643e581828c1: -512 (was #NUM!)`],
  ['=HEX2BIN("200")', NUM, 'hex 200 is 512, more than ten bits hold'],
  ['=HEX2OCT("ff",4)', '0377', `${MS}/hex2oct-function-54d52808-5d19-4bd0-8a63-1096a5d11912 (was #NUM!)`],
  ['=BIN2OCT("1",3.7)', '001', `${MS}/bin2oct-function-0a4e01ba-ac8d-4158-9b29-16c25c4c23fd: places truncated; LibreOffice alike (was 0001)`],
  ['=BIN2DEC(1111111111)', -1, `${MS}/bin2dec-function-63905b57-b3a0-453d-99f4-647bb519cd6c`],
  ['=BIN2HEX("11111111",1)', NUM, 'more characters than places'],
  ['=OCT2DEC("7777777777")', -1, `${MS}/oct2dec-function-87606014-cb98-44b2-8dbb-e48f8ced1554`],
  ['=BASE(7.9,2)', '111', `${BASE}: a whole number; LibreOffice alike (was 111.1110011…)`],
  ['=BASE(255,16,4.9)', '00FF', `${BASE}: minimum length truncated; LibreOffice alike (was 000FF)`],
  ['=BASE(255,16.9)', 'FF', BASE],
  ['=BASE(2^53,2)', NUM, `${BASE}: "greater than or equal to 0 and less than 2^53"`],
  ['=BASE(-1,2)', NUM, `${BASE}: outside its constraints, #NUM!`],
  ['=DECIMAL("ff",16)', 255, `${DECIMAL}: letters in either case; LibreOffice alike (was #NUM!)`],
  ['=DECIMAL("zZ",36)', 1295, `${DECIMAL}; LibreOffice alike (was #NUM!)`],
  ['=DECIMAL("12",2)', NUM, `${DECIMAL}: a digit the radix does not have`],
  ['=ROMAN(0)', '', `${ROMAN}: zero is empty text; LibreOffice alike (was #NUM!)`],
  ['=ROMAN(0.5)', '', `${ROMAN}: truncated to 0; LibreOffice alike (was #NUM!)`],
  ['=ROMAN(-1)', VALUE, `${ROMAN}: "If number is negative, the #VALUE! error value is returned"; LibreOffice alike (was #NUM!)`],
  ['=ROMAN(4000)', VALUE, `${ROMAN}: "If number is greater than 3999, the #VALUE! error value is returned"; LibreOffice alike (was #NUM!)`],
  ['=ROMAN(3999.9)', 'MMMCMXCIX', ROMAN],
  ['=ROMAN(499,0)', 'CDXCIX', `${ROMAN}: the table of forms`],
  ['=ROMAN(499,1)', 'LDVLIV', `${ROMAN}: the table of forms`],
  ['=ROMAN(499,2)', 'XDIX', `${ROMAN}: the table of forms`],
  ['=ROMAN(499,3)', 'VDIV', `${ROMAN}: the table of forms`],
  ['=ROMAN(499,4)', 'ID', `${ROMAN}: the table of forms`],
  ['=ROMAN(1999,TRUE)', 'MCMXCIX', `${ROMAN}: TRUE is classic`],
  ['=ROMAN(1999,FALSE)', 'MIM', `${ROMAN}: FALSE is simplified`],
  ['=ROMAN(1999,4.9)', 'MIM', ROMAN],
  ['=ROMAN(1999,5)', VALUE, ROMAN],
];

const cells: Record<string, number | string | boolean> = {};
CASES.forEach(([formula], i) => (cells[`A${i + 1}`] = formula));
const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Number bases', locale: 'en-GB', sheets: [{ name: 'Ark', cells }] });
const engine = new WorkbookEngine(doc);
const sheetId = workbookGrid(doc).sheetIdByName('Ark')!;

afterAll(() => {
  engine.destroy();
  doc.destroy();
});

describe('number bases and Roman numerals answer as Excel documents them', () => {
  it.each(CASES.map(([formula, expected, source], row) => ({ formula, expected, source, row })))('$formula is $expected ($source)', ({ formula, expected, row }) => {
    const value = engine.value(sheetId, row, 0);
    expect(isCellError(value) ? { error: value.error } : value, formula).toEqual(expected);
  });

  it('keeps their Danish names', () => {
    const typed = ['=DEC.TIL.BIN(9,7)', '=HEX.TIL.DEC("ff")', '=BIN.TIL.OKT("1";3)', '=BASIS(255;16)', '=DECIMAL("ff";16)', '=ROMERTAL(499;1)'];
    expect(typed.map((formula) => fromDisplayFormula(formula, 'da-DK'))).toEqual(['=DEC2BIN(9.7)', '=HEX2DEC("ff")', '=BIN2OCT("1",3)', '=BASE(255,16)', '=DECIMAL("ff",16)', '=ROMAN(499,1)']);
  });
});

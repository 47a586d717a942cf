/**
 * VLOOKUP and HLOOKUP search an array as they search a range, as Excel does: an array constant
 * (`=VLOOKUP(3,{1,2;3,4},2,FALSE)` is 4) or a computed one, such as the left lookup through CHOOSE
 * (`=VLOOKUP(key,CHOOSE({1,2},B1:B9,A1:A9),2,FALSE)`), a sorted or filtered table, or a range
 * computed on. HyperFormula's own gave #VALUE! for every array, before searching. Microsoft's
 * VLOOKUP page: an index below 1 is #VALUE!, past the table's columns #REF!, no match #N/A.
 * LibreOffice computes the exported array-constant cases alike.
 */
import { describe, expect, it } from 'vitest';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { recalculateInLibreOffice } from '../interchange/support/libreOffice.js';
import { storedValues } from '../interchange/support/rawXlsx.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from './support/engineValueAt.js';

const open = openWorkbooks();

/** A1:A4 the indicators' codes, B1:B4 their values; D1:D2 a key and E1:E2 an empty and a number. */
const DATA = { A1: 'MM2', A2: 'MM5', A3: 'LM1a', A4: 'LM2', B1: 121, B2: 9540, B3: 0.079, B4: 430, D1: 'x', D2: 'y', E2: 7 };

function valueOf(formula: string): unknown {
  const doc = open.document(workbookFile({ Ark: { ...DATA, K1: formula } }));
  const value = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'))('K1');
  return value !== null && typeof value === 'object' ? (value as { error: string }).error : value;
}

describe('VLOOKUP and HLOOKUP search an array as Excel does', () => {
  it.each([
    ['=VLOOKUP(3,{1,2;3,4},2,FALSE)', 4],
    ['=VLOOKUP(3,{1,"to";3,"fire"},2,FALSE)', 'fire'],
    ['=VLOOKUP(2.5,{1,"a";2,"b";3,"c"},2)', 'b'],
    ['=VLOOKUP(2.5,{1,"a";2,"b";3,"c"},2,TRUE)', 'b'],
    ['=VLOOKUP("lm*",{"MM2",1;"LM1a",2},2,FALSE)', 2],
    ['=HLOOKUP(2,{1,2;3,4},2,FALSE)', 4],
    ['=HLOOKUP(2.5,{1,2,3;4,5,6},2,TRUE)', 5],
    // The left lookup: the codes are searched in a table whose first column is the values.
    ['=VLOOKUP(9540,CHOOSE({1,2},B1:B4,A1:A4),2,FALSE)', 'MM5'],
    ['=VLOOKUP("LM2",SORT(A1:B4),2,FALSE)', 430],
    ['=VLOOKUP("LM1A",FILTER(A1:B4,B1:B4<1000),2,FALSE)', 0.079],
    ['=VLOOKUP(9540,B1:B4*1,1,FALSE)', 9540],
    ['=HLOOKUP("MM5",TRANSPOSE(A1:B4),2,FALSE)', 9540],
    // An empty cell found returns 0, as from a range.
    ['=VLOOKUP("x",IF(1,D1:E2),2,FALSE)', 0],
  ])('%s is %j', (formula, expected) => {
    expect(valueOf(formula)).toEqual(expected);
  });

  it.each([
    ['=VLOOKUP(5,{1,2;3,4},2,FALSE)', '#N/A'],
    ['=VLOOKUP(0,{1,2;3,4},2)', '#N/A'],
    ['=VLOOKUP(3,{1,2;3,4},3,FALSE)', '#REF!'],
    ['=VLOOKUP(3,{1,2;3,4},0,FALSE)', '#VALUE!'],
    ['=HLOOKUP(2,{1,2;3,4},3,FALSE)', '#REF!'],
    ['=HLOOKUP(2,{1,2;3,4},0,FALSE)', '#VALUE!'],
    ['=VLOOKUP(1,{1,NA()},2,FALSE)', '#N/A'],
  ])('%s is %s, as from a range', (formula, error) => {
    expect(valueOf(formula)).toBe(error);
  });

  it('a range is searched as before', () => {
    expect([valueOf('=VLOOKUP("LM2",A1:B4,2,FALSE)'), valueOf('=VLOOKUP("LM2",A1:B4,3,FALSE)'), valueOf('=HLOOKUP("MM5",A2:B2,2,FALSE)')]).toEqual([430, '#REF!', '#REF!']);
  });
});

describe('LibreOffice computes the exported lookups in arrays alike', () => {
  it('array constants in VLOOKUP and HLOOKUP', async () => {
    const cells = { ...DATA, K1: '=VLOOKUP(3,{1,2;3,4},2,FALSE)', K2: '=VLOOKUP(2.5,{1,"a";2,"b";3,"c"},2)', K3: '=HLOOKUP(2,{1,2;3,4},2,FALSE)', K4: '=HLOOKUP(2.5,{1,2,3;4,5,6},2,TRUE)' };
    const doc = open.document(workbookFile({ Ark: cells }));
    const [recalculated] = recalculateInLibreOffice([await exportWorkbookXlsx(doc)]);
    const values = await storedValues(recalculated!);
    const addresses = ['K1', 'K2', 'K3', 'K4'];
    const expected = [4, 'b', 4, 5];
    expect(addresses.map((a) => values.get(`Ark!${a}`))).toEqual(expected);
    expect(addresses.map((a) => open.value(doc, `Ark!${a}`))).toEqual(expected);
  }, 120_000);
});

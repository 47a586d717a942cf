/**
 * LAMBDA and the functions that call one as Excel 365 computes them, after Microsoft's pages
 * (formula/lambdaFormula.ts gives the engine its parameters as slots, engine/lambdaFunctions.ts
 * computes them); the .xlsx writes them `_xlfn.LAMBDA(_xlpm.x,…)`, and Danish Excel keeps their
 * English names. The pages' examples use A1:C2; their values here are 1…6 (or a…f for text).
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import { engineFormula } from '../../models/engine/engineFormula.js';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { fromExcelFormula, toExcelFormula } from '../../models/interchange/excelFormulas.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { zipParts } from '../interchange/support/zipBuilder.js';
import { inputAt, locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const PAGE = (name: string): string => `https://support.microsoft.com/office/${name}-function`;
const open = openWorkbooks();

/** A1:C2 holds 1…6 row by row, E1:E3 the numbers 60, 2, 75, G1:I2 the letters a…f. */
const DATA = { A1: 1, B1: 2, C1: 3, A2: 4, B2: 5, C2: 6, E1: 60, E2: 2, E3: 75, G1: 'a', H1: 'b', I1: 'c', G2: 'd', H2: 'e', I2: 'f' };

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

/** The values of a block of `rows` × `cols` cells from `corner` (a Q column cell), as the grid shows them. */
function block(doc: Y.Doc, corner: string, rows: number, cols: number): Array<Array<number | string | boolean | null>> {
  const engine = open.engine(doc);
  const { sheetId, row, col } = locate(doc, corner);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => plain(engine.value(sheetId, row + r, col + c))));
}

describe('LAMBDA computes as Excel', () => {
  it.each([
    ['=LAMBDA(x, y, x+y)(1, 2)', 3, `${PAGE('lambda')}: called where it is written`],
    ['=LAMBDA(number, number + 1)(1)', 2, `${PAGE('lambda')}: the page's example`],
    ['=LAMBDA(x,y,IF(ISOMITTED(y),"Missing second argument",x+y))(1,)', 'Missing second argument', `${PAGE('isomitted')}: the page's example`],
    ['=LAMBDA(x,y,IF(ISOMITTED(y),"Missing second argument",x+y))(1,2)', 3, PAGE('isomitted')],
    ['=LAMBDA(x,LAMBDA(x,x*10)(x+1))(1)', 20, `${PAGE('lambda')}: an inner parameter shadows an outer one`],
    ['=SUM(LAMBDA(a,MAP(A1:C1,LAMBDA(v,v*a)))(10))', 60, `${PAGE('lambda')}: an inner LAMBDA reads an outer parameter`],
    ['=LAMBDA(A,A*2)(A1+B2)', 12, `${PAGE('lambda')}: a parameter's value is computed before the calculation`],
    ['=LET(k,3,LAMBDA(x,x*k)(A2))', 12, `${PAGE('let')}: LET around a LAMBDA`],
    ['=2*LAMBDA(t,LEN(t))(G1&H1)+1', 5, `${PAGE('lambda')}: a call inside a formula`],
    ['=LAMBDA(x,x+1)', '#CALC!', `${PAGE('lambda')}: a LAMBDA not called in its cell`],
    ['=LAMBDA(x,y,x+y)(1)', '#VALUE!', `${PAGE('lambda')}: fewer arguments than parameters`],
    ['=LAMBDA(x,x)(1,2)', '#VALUE!', `${PAGE('lambda')}: more arguments than parameters`],
    ['=LAMBDA(x.y,1)', '#NAME?', `${PAGE('lambda')}: no period in a parameter's name`],
  ])('%s is %s (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toBe(expected);
  });
});

describe('the functions that call a LAMBDA compute as Excel', () => {
  it.each([
    ['=MAP(A1:C2, LAMBDA(a, IF(a>4,a*a,a)))', [[1, 2, 3], [4, 25, 36]], `${PAGE('map')}: example 1`],
    ['=MAP(A1:A2, C1:C2, LAMBDA(a,b,a*10+b))', [[13], [46]], `${PAGE('map')}: one parameter per array`],
    ['=MAP(A1:A2, LAMBDA(v, v*2))', [[2], [8]], PAGE('map')],
    ['=SCAN(1, A1:C2, LAMBDA(a,b,a*b))', [[1, 2, 6], [24, 120, 720]], `${PAGE('scan')}: example 1, factorials`],
    ['=SCAN("",G1:I2,LAMBDA(a,b,a&b))', [['a', 'ab', 'abc'], ['abcd', 'abcde', 'abcdef']], `${PAGE('scan')}: example 2`],
    ['=BYROW(A1:C2, LAMBDA(array, MAX(array)))', [[3], [6]], `${PAGE('byrow')}: example 1`],
    ['=BYROW(A1:C2, LAMBDA(array, SUMSQ(array)))', [[14], [77]], `${PAGE('byrow')}: example 2`],
    ['=BYROW(A1:C2, LAMBDA(r, SUM(r)))', [[6], [15]], PAGE('byrow')],
    ['=BYCOL(A1:C2, LAMBDA(array, MAX(array)))', [[4, 5, 6]], `${PAGE('bycol')}: example 1`],
    ['=BYCOL(A1:C2,LAMBDA(array,SUMSQ(array)))', [[17, 29, 45]], `${PAGE('bycol')}: example 2`],
    ['=MAKEARRAY(3,3,LAMBDA(r,c,r*c))', [[1, 2, 3], [2, 4, 6], [3, 6, 9]], `${PAGE('makearray')}: example 1`],
    ['=MAKEARRAY(2,3,LAMBDA(r,c,r*c))', [[1, 2, 3], [2, 4, 6]], PAGE('makearray')],
  ])('%s spills %j (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }));
    expect(block(doc, 'Ark!Q1', expected.length, expected[0]!.length)).toEqual(expected);
  });

  it.each([
    ['=REDUCE(, A1:C2, LAMBDA(a,b,a+b^2))', 91, `${PAGE('reduce')}: example 1, the sum of the squares`],
    ['=REDUCE(1,E1:E3,LAMBDA(a,b,IF(b>50,a*b,a)))', 4500, `${PAGE('reduce')}: example 2, a product of the values over 50`],
    ['=REDUCE(0,E1:E3,LAMBDA(a,n,IF(ISEVEN(n),1+a, a)))', 2, `${PAGE('reduce')}: example 3, the even values counted`],
    ['=REDUCE(0, A1:A2, LAMBDA(acc, v, acc+v))', 5, PAGE('reduce')],
    ['=REDUCE(,E2:E3,LAMBDA(a,b,a*b))', 150, `${PAGE('reduce')}: without initial_value the first value starts the accumulator`],
    ['=SUM(MAP(A1:C2,LAMBDA(v,v*2)))', 42, `${PAGE('map')}: a result read by another function`],
    ['=INDEX(BYCOL(A1:C2,LAMBDA(c,SUM(c))),1,3)', 9, PAGE('bycol')],
  ])('%s is %s (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toBe(expected);
  });

  it.each([
    ['=MAP(A1:C2, LAMBDA(a,b,a+b))', '#VALUE!', `${PAGE('map')}: a parameter for each array, no more`],
    ['=MAP(A1:C2, 5)', '#VALUE!', `${PAGE('map')}: no LAMBDA`],
    ['=REDUCE(0, A1:C2, LAMBDA(a,a))', '#VALUE!', `${PAGE('reduce')}: the LAMBDA takes accumulator and value`],
    ['=SCAN(0, A1:C2, LAMBDA(a,b,c,a))', '#VALUE!', `${PAGE('scan')}: Incorrect Parameters`],
    ['=BYROW(A1:C2, LAMBDA(a,b,a))', '#VALUE!', `${PAGE('byrow')}: Incorrect Parameters`],
    ['=BYROW(A1:C2, 5)', '#CALC!', `${PAGE('byrow')}: no LAMBDA`],
    ['=BYROW(A1:C2, LAMBDA(r, r))', '#CALC!', `${PAGE('byrow')}: the LAMBDA gives more than one value`],
    ['=BYCOL(A1:C2, LAMBDA(c, c))', '#CALC!', `${PAGE('bycol')}: the LAMBDA gives more than one value`],
    ['=MAKEARRAY(0,2,LAMBDA(r,c,r))', '#VALUE!', `${PAGE('makearray')}: rows below 1`],
    ['=MAKEARRAY(2,2,LAMBDA(r,r))', '#VALUE!', `${PAGE('makearray')}: Incorrect Parameters`],
  ])('%s is %s (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toBe(expected);
  });

  it('follows an edit to a cell the array or the LAMBDA reads', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: 10, Q1: '=MAP(A1:A2, LAMBDA(v, v*K1))', R1: '=REDUCE(0, A1:C2, LAMBDA(acc, v, acc+v))', S1: '=LAMBDA(x,x*2)(A1)' } }));
    const engine = open.engine(doc);
    const { sheetId } = locate(doc, 'Ark!A1');
    applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 0, input: 7 }] });
    applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 10, input: 3 }] });
    const at = (address: string): CellValue => {
      const cell = locate(doc, address);
      return engine.value(sheetId, cell.row, cell.col);
    };
    expect([at('Ark!Q1'), at('Ark!Q2')]).toEqual([21, 12]);
    expect(at('Ark!R1')).toBe(7 + 2 + 3 + 4 + 5 + 6);
    expect(at('Ark!S1')).toBe(14);
  });

  it('gives the engine each parameter as a numbered slot', () => {
    expect(engineFormula('=LAMBDA(x,x*2)(3)').text).toBe('=FREMSKRIV.INVOKE(FREMSKRIV.LAMBDA(1,FREMSKRIV.PARAMETER(1)*2),3)');
    expect(engineFormula('=MAP(A1:A3,LAMBDA(v,v+Ark2!v))').text).toBe('=MAP(A1:A3,FREMSKRIV.LAMBDA(1,FREMSKRIV.PARAMETER(1)+Ark2!v))');
  });
});

describe('a defined name holding a LAMBDA is called by its name', () => {
  const NAMES = [
    { name: 'Dobbelt', formula: '=LAMBDA(x, x*2)' },
    { name: 'Moms', formula: '=LAMBDA(beløb, beløb*(1+Ark!$K$1))' },
    { name: 'Firdobbelt', formula: '=LAMBDA(x, Dobbelt(Dobbelt(x)))' },
  ];

  it.each([
    ['=Dobbelt(3)', 6, `${PAGE('lambda')}: the Name Manager's LAMBDA called as a function`],
    ['=Moms(A2)', 5, `${PAGE('lambda')}: a LAMBDA reading a cell`],
    ['=Firdobbelt(A1)+1', 5, `${PAGE('lambda')}: one named LAMBDA calling another`],
    ['=SUM(MAP(A1:C1, Dobbelt))', 12, `${PAGE('map')}: a named LAMBDA given to MAP`],
    ['=Dobbelt(1,2)', '#VALUE!', `${PAGE('lambda')}: more arguments than parameters`],
    ['=Ukendt(1)', '#NAME?', `${PAGE('lambda')}: a name the workbook lacks, as an unknown function`],
  ])('%s is %s (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: 0.25, Q1: formula } }, { names: NAMES }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toBe(expected);
  });

  it('computes a call typed before its name was defined, and follows the name\'s new LAMBDA', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: '=Tredobbelt(A2)' } }));
    const engine = open.engine(doc);
    const q1 = locate(doc, 'Ark!Q1');
    expect(plain(engine.value(q1.sheetId, q1.row, q1.col))).toBe('#NAME?');
    applyOperation(doc, { type: 'defineName', name: 'Tredobbelt', formula: '=LAMBDA(x, x*3)' });
    expect(engine.value(q1.sheetId, q1.row, q1.col)).toBe(12);
    applyOperation(doc, { type: 'defineName', name: 'Tredobbelt', formula: '=LAMBDA(x, x*3+1)' });
    expect(engine.value(q1.sheetId, q1.row, q1.col)).toBe(13);
    applyOperation(doc, { type: 'deleteName', name: 'Tredobbelt' });
    expect(plain(engine.value(q1.sheetId, q1.row, q1.col))).toBe('#NAME?');
  });

  it('follows an edit to a cell the named LAMBDA reads', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: 0.25, Q1: '=Moms(A2)' } }, { names: NAMES }));
    const engine = open.engine(doc);
    const { sheetId } = locate(doc, 'Ark!K1');
    applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 10, input: 0.5 }] });
    const q1 = locate(doc, 'Ark!Q1');
    expect(engine.value(sheetId, q1.row, q1.col)).toBe(6);
  });
});

describe('LAMBDA in Danish and in .xlsx', () => {
  it('keeps its English names in Danish, as Microsoft\'s da-DK pages write them', () => {
    expect(toDisplayFormula('=BYROW(A1:C2,LAMBDA(r,SUM(r)*1.5))', 'da-DK')).toBe('=BYROW(A1:C2;LAMBDA(r;SUM(r)*1,5))');
    expect(fromDisplayFormula('=MAKEARRAY(2;3;LAMBDA(r;c;HVIS(r>1;c;0)))', 'da-DK')).toBe('=MAKEARRAY(2,3,LAMBDA(r,c,IF(r>1,c,0)))');
  });

  it.each([
    ['=LAMBDA(x,x*2)(3)', '_xlfn.LAMBDA(_xlpm.x,_xlpm.x*2)(3)'],
    ['=MAP(A1:A3,LAMBDA(v,v*2))', '_xlfn.MAP(A1:A3,_xlfn.LAMBDA(_xlpm.v,_xlpm.v*2))'],
    ['=REDUCE(0,A1:A3,LAMBDA(acc,v,acc+v))', '_xlfn.REDUCE(0,A1:A3,_xlfn.LAMBDA(_xlpm.acc,_xlpm.v,_xlpm.acc+_xlpm.v))'],
    ['=BYROW(A1:C2,LAMBDA(r,SUM(r)))', '_xlfn.BYROW(A1:C2,_xlfn.LAMBDA(_xlpm.r,SUM(_xlpm.r)))'],
    ['=LET(k,2,LAMBDA(x,x*k)(Ark2!x))', '_xlfn.LET(_xlpm.k,2,_xlfn.LAMBDA(_xlpm.x,_xlpm.x*_xlpm.k)(Ark2!x))'],
    ['=LAMBDA(x,y,IF(ISOMITTED(y),x,y))(1,)', '_xlfn.LAMBDA(_xlpm.x,_xlpm.y,IF(_xlfn.ISOMITTED(_xlpm.y),_xlpm.x,_xlpm.y))(1,)'],
  ])('%s is written %s in a file and read back', (canonical, file) => {
    expect(toExcelFormula(canonical)).toBe(file);
    expect(fromExcelFormula(file)).toBe(canonical);
  });

  it('an exported LAMBDA is imported, listed as computed, with the same values', async () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: '=LAMBDA(x,x*2)(A2)', R1: '=BYROW(A1:C2,LAMBDA(r,SUM(r)))' } }));
    const bytes = await exportWorkbookXlsx(doc);
    const xml = [...zipParts(bytes)].find(([name]) => name === 'xl/worksheets/sheet1.xml')![1];
    expect(xml).toMatch(/<c r="Q1"[^>]*><f>_xlfn\.LAMBDA\(_xlpm\.x,_xlpm\.x\*2\)\(A2\)<\/f><v>8<\/v>/);
    expect(xml).toContain('_xlfn.BYROW(A1:C2,_xlfn.LAMBDA(_xlpm.r,SUM(_xlpm.r)))');
    const imported = await importXlsx(bytes, { fileName: 'lambda.xlsx' });
    expect(imported.unsupported.count).toBe(0);
    const back = open.document(importedWorkbookFile(imported));
    expect(inputAt(back, 'Ark!Q1')).toBe('=LAMBDA(x,x*2)(A2)');
    expect(inputAt(back, 'Ark!R1')).toBe('=BYROW(A1:C2,LAMBDA(r,SUM(r)))');
    expect(plain(open.value(back, 'Ark!Q1'))).toBe(8);
    expect(block(back, 'Ark!R1', 2, 1)).toEqual([[6], [15]]);
  });
});

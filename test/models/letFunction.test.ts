/**
 * LET as Excel computes it (https://support.microsoft.com/office/let-function-34842dd8-b92b-4d3f-b325-b8b8f9908999),
 * through the engine text with its names replaced by their values (models/formula/letFormula.ts);
 * the .xlsx writes and reads the names as `_xlpm.x`, and Danish Excel calls it LAD.
 * LibreOffice 7.4 has no LET (24.8 added it): each value is the one of the formula written without
 * LET, which LibreOffice recomputes in excelCompatibilityLibreOffice.test.ts.
 */
import { describe, expect, it } from 'vitest';
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

const MS = 'https://support.microsoft.com/office/let-function-34842dd8-b92b-4d3f-b325-b8b8f9908999';
const SCOPE = `${MS}: a name is for the values after it and the calculation; an inner LET's name shadows an outer one`;

const open = openWorkbooks();

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

const DATA = { A1: 2, A2: 3, A3: 5, B1: 'Bo' };

describe('LET computes as Excel', () => {
  it.each([
    ['=LET(x,5,SUM(x,1))', 6, `${MS}: the page's first example`],
    ['=LET(x, A1*2, x+x)', 8, `${MS}: a value from a cell, used twice`],
    ['=LET(total,SUM(A1:A3),n,COUNT(A1:A3),total/n)', 10 / 3, `${MS}: a name used by the calculation`],
    ['=LET(x,1,y,x+1,y*10)', 20, SCOPE],
    ['=LET(x,1,y,x+1,LET(x,5,x+y))', 7, SCOPE],
    ['=LET(x,1,LET(x,x+1,x))', 2, SCOPE],
    ['=LET(r,A1:A3,SUM(r)+MAX(r))', 15, `${MS}: a name for a range`],
    ['=LET(x,-A2,x^2)', 9, `${MS}: a value is computed before it is used`],
    ['=LET(t,B1,t&", "&t)', 'Bo, Bo', `${MS}: text`],
    ['=LET(x,"a,b",x&"!")', 'a,b!', `${MS}: a comma inside text is no separator`],
    ['=LET(x,1/0,IFERROR(x,7))', 7, `${MS}: an error value`],
    ['=LET(Udgift,100,Udgift*2)', 200, `${MS}: a name shadows a defined name of the same spelling`],
    ['=LET(x,1)', '#NAME?', `${MS}: the calculation is missing (Excel refuses it)`],
    ['=2*LET(x,A3,x)+1', 11, `${MS}: LET inside a formula`],
  ])('%s is %s (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }, { names: [{ name: 'Udgift', formula: '=Ark!$A$1' }] }));
    const value = plain(open.value(doc, 'Ark!Q1'));
    if (typeof expected === 'number') expect(value).toBeCloseTo(expected, 12);
    else expect(value).toBe(expected);
  });

  it('follows an edit to a cell its value reads', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: '=LET(x,A1*2,x+x)' } }));
    const engine = open.engine(doc);
    const { sheetId } = locate(doc, 'Ark!A1');
    applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 0, input: 10 }] });
    const q1 = locate(doc, 'Ark!Q1');
    expect(engine.value(sheetId, q1.row, q1.col)).toBe(40);
  });

  it.each([
    ['=LET(x,RAND(),x-x)', 0, `${MS}: a name's value is computed once; two draws would differ`],
    ['=LET(x,RAND(),y,x*2,y-2*x)', 0, `${MS}: a later value uses the one drawn`],
    ['=LET(x,RANDBETWEEN(1,1000000),x=x)', true, MS],
    ['=LET(x,RAND(),LET(y,RAND(),(x-x)+(y-y)))', 0, `${MS}: inner and outer LET each draw once`],
    ['=LET(x,RAND(),x<1)', true, `${MS}: a value in [0,1)`],
  ])('%s is %s: a random value is drawn once per LET (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toBe(expected);
  });

  it('is given to the engine with its names replaced by their values', () => {
    expect(engineFormula('=LET(x,A1*2,x+x)').text).toBe('=((A1*2)+(A1*2))');
    expect(engineFormula('=LET(r,A1:A3,r)').text).toBe('=ARRAYFORMULA(+(A1:A3))');
    // A random value is given once, in a scope its uses read (engine/letValues.ts).
    expect(engineFormula('=LET(x,RAND(),x-x)').text).toBe('=(FREMSKRIV.LET(1,RAND(),(FREMSKRIV.LETVALUE(1))-(FREMSKRIV.LETVALUE(1))))');
  });
});

describe('LET in Danish and in .xlsx', () => {
  it('is LAD in Danish, with its names kept', () => {
    expect(toDisplayFormula('=LET(pris,1.5,pris*2)', 'da-DK')).toBe('=LAD(pris;1,5;pris*2)');
    expect(fromDisplayFormula('=LAD(pris;1,5;pris*2)', 'da-DK')).toBe('=LET(pris,1.5,pris*2)');
  });

  it.each([
    ['=LET(x,1,x+1)', '_xlfn.LET(_xlpm.x,1,_xlpm.x+1)'],
    ['=LET(x,1,y,x*2,LET(x,3,x+y))', '_xlfn.LET(_xlpm.x,1,_xlpm.y,_xlpm.x*2,_xlfn.LET(_xlpm.x,3,_xlpm.x+_xlpm.y))'],
    ['=LET(x,Ark2!x,x)', '_xlfn.LET(_xlpm.x,Ark2!x,_xlpm.x)'],
  ])('%s is written %s in a file and read back', (canonical, file) => {
    expect(toExcelFormula(canonical)).toBe(file);
    expect(fromExcelFormula(file)).toBe(canonical);
  });

  it('an exported LET is imported, listed as computed, with the same value', async () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: '=LET(x,A1*2,x+x)' } }));
    const bytes = await exportWorkbookXlsx(doc);
    const xml = [...zipParts(bytes)].find(([name]) => name === 'xl/worksheets/sheet1.xml')![1];
    expect(xml).toMatch(/<c r="Q1"[^>]*><f>_xlfn\.LET\(_xlpm\.x,A1\*2,_xlpm\.x\+_xlpm\.x\)<\/f><v>8<\/v>/);
    const imported = await importXlsx(bytes, { fileName: 'let.xlsx' });
    expect(imported.unsupported.count).toBe(0);
    const back = open.document(importedWorkbookFile(imported));
    expect(inputAt(back, 'Ark!Q1')).toBe('=LET(x,A1*2,x+x)');
    expect(plain(open.value(back, 'Ark!Q1'))).toBe(8);
  });
});

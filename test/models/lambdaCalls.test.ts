/**
 * How a LAMBDA is called, as Excel 365 calls it (Microsoft's LAMBDA and LET pages): by a name LET
 * gives it, in brackets, curried (a LAMBDA's LAMBDA called again), and a LAMBDA calling itself
 * computing only the branch IF (IFS, IFERROR, CHOOSE, SWITCH) takes (formula/letFormula.ts,
 * formula/lambdaFormula.ts, engine/lambdaFunctions.ts, engine/lazyChoices.ts).
 */
import { describe, expect, it } from 'vitest';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import { renameInFormula } from '../../models/formula/formulaNames.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { fromExcelFormula, toExcelFormula } from '../../models/interchange/excelFormulas.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { inputAt, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const PAGE = (name: string): string => `https://support.microsoft.com/office/${name}-function`;
const open = openWorkbooks();

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

/** A1:A3 hold 1, 2, 3; B1 holds -4. */
const DATA = { A1: 1, A2: 2, A3: 3, B1: -4 };

describe('a LAMBDA called by a LET name, in brackets or curried', () => {
  it.each([
    ['=LET(f,LAMBDA(x,x*2),f(3))', 6, `${PAGE('let')}: a LET name holding a LAMBDA, called by the name`],
    ['=LET(f,LAMBDA(a,b,a+b),REDUCE(0,A1:A3,f))', 6, `${PAGE('reduce')}: a LET-named LAMBDA given to REDUCE`],
    ['=LET(f,LAMBDA(x,x*10),SUM(MAP(A1:A3,f)))', 60, `${PAGE('map')}: a LET-named LAMBDA given to MAP`],
    ['=LET(f,LAMBDA(x,x+1),g,LAMBDA(x,f(x)*2),g(4))', 10, `${PAGE('let')}: one LET LAMBDA calling another`],
    ['=LET(n,5,f,LAMBDA(x,x*n),f(2))', 10, `${PAGE('let')}: a LET LAMBDA reading an earlier LET name`],
    ['=LET(x,5,LAMBDA(x,x+1)(2))', 3, `${PAGE('lambda')}: a parameter shadows a LET name of the same spelling`],
    ['=LET(f,LAMBDA(x,x*2),f(1,2))', '#VALUE!', `${PAGE('lambda')}: more arguments than parameters`],
    ['=(LAMBDA(x,x+1))(1)', 2, `${PAGE('lambda')}: a LAMBDA in brackets called where it is written`],
    ['=LAMBDA(x,LAMBDA(y,x+y))(1)(2)', 3, `${PAGE('lambda')}: a LAMBDA's LAMBDA called again (curried), the outer x kept`],
    ['=LET(add,LAMBDA(x,LAMBDA(y,x+y)),add(10)(5))', 15, `${PAGE('let')}: a curried LAMBDA named by LET`],
    ['=LET(add,LAMBDA(x,LAMBDA(y,x+y)),SUM(MAP(A1:A3,add(10))))', 36, `${PAGE('map')}: a LAMBDA a call gives, given to MAP`],
    ['=LAMBDA(x,LAMBDA(y,x+y))(1)', '#CALC!', `${PAGE('lambda')}: a LAMBDA given and not called`],
  ])('%s is %s (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toBe(expected);
  });
});

describe('a LAMBDA computes only the branch its choosing function takes', () => {
  const NAMES = [
    { name: 'Fakultet', formula: '=LAMBDA(n,IF(n<=1,1,n*Fakultet(n-1)))' },
    { name: 'Fib', formula: '=LAMBDA(n,IF(n<2,n,Fib(n-1)+Fib(n-2)))' },
    { name: 'Tæl', formula: '=LAMBDA(n,IFS(n<=0,0,TRUE,1+Tæl(n-1)))' },
    { name: 'Ned', formula: '=LAMBDA(n,CHOOSE(1+(n>0),"slut",Ned(n-1)))' },
    { name: 'Skift', formula: '=LAMBDA(n,SWITCH(n,0,"nul",Skift(n-1)))' },
    { name: 'Fejl', formula: '=LAMBDA(n,IFERROR(1/(n<=0)*0,1+Fejl(n-1)))' },
    { name: 'Uendelig', formula: '=LAMBDA(n,Uendelig(n+1))' },
  ];

  it.each([
    ['=Fakultet(5)', 120],
    ['=Fakultet(20)', 2432902008176640000],
    ['=Fib(15)', 610],
    ['=Tæl(100)', 100],
    ['=Ned(100)', 'slut'],
    ['=Skift(100)', 'nul'],
    ['=Fejl(100)', 100],
    ['=Uendelig(1)', '#NUM!'],
    ['=IF(A1>0,"ja",1/0)', 'ja'],
    ['=LAMBDA(v,IF(v>0,"pos",IF(v<0,"neg","nul")))(B1)', 'neg'],
    ['=LAMBDA(v,IF(v,"sand"))("tekst")', '#VALUE!'],
    ['=LAMBDA(v,IF(v>5,"stor"))(1)', false],
    ['=SUM(LAMBDA(r,IF(r>1,r,0))(A1:A3))', 5],
  ])('%s is %s', (formula, expected) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }, { names: NAMES }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toBe(expected);
  });
});

describe('a LAMBDA called where it is written or by its name spills its array, as in Excel', () => {
  const NAMES = [
    { name: 'Dobbelt', formula: '=LAMBDA(x,x*2)' },
    { name: 'Positiv', formula: '=LAMBDA(x,IF(x>1,x,0))' },
  ];

  it.each([
    ['=LAMBDA(x,x*2)(A1:A3)', [2, 4, 6]],
    ['=Dobbelt(A1:A3)', [2, 4, 6]],
    ['=Positiv(A1:A3)', [0, 2, 3]],
    ['=LET(f,LAMBDA(x,x+1),f(A1:A3))', [2, 3, 4]],
    ['=LAMBDA(x,SUM(x))(A1:A3)', [6, null, null]],
  ])('%s spills %j', (formula, expected) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }, { names: NAMES }));
    expect(['Ark!Q1', 'Ark!Q2', 'Ark!Q3'].map((cell) => plain(open.value(doc, cell)))).toEqual(expected);
  });
});

describe('renaming a defined name holding a LAMBDA renames its calls, as Excel\'s Name Manager', () => {
  it.each([
    ['=Dobbelt(3)+Dobbelt(A1)', '=GangeTo(3)+GangeTo(A1)'],
    ['=SUM(MAP(A1:A3,Dobbelt))', '=SUM(MAP(A1:A3,GangeTo))'],
    ['=dobbelt (2)&"Dobbelt(2)"', '=GangeTo (2)&"Dobbelt(2)"'],
    ['=SUM(A1:A3)+DobbeltX(1)', '=SUM(A1:A3)+DobbeltX(1)'],
  ])('%s becomes %s', (formula, expected) => {
    expect(renameInFormula(formula, 'Dobbelt', 'GangeTo', () => true, true)).toBe(expected);
  });

  it('keeps computing the same after the rename, and a self-calling name calls its new name', () => {
    const names = [
      { name: 'Dobbelt', formula: '=LAMBDA(x,x*2)' },
      { name: 'Fakultet', formula: '=LAMBDA(n,IF(n<=1,1,n*Fakultet(n-1)))' },
    ];
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: '=Dobbelt(A3)', Q2: '=Fakultet(5)' } }, { names }));
    expect([plain(open.value(doc, 'Ark!Q1')), plain(open.value(doc, 'Ark!Q2'))]).toEqual([6, 120]);
    applyOperation(doc, { type: 'renameName', name: 'Dobbelt', newName: 'GangeTo' });
    applyOperation(doc, { type: 'renameName', name: 'Fakultet', newName: 'Fak' });
    expect([inputAt(doc, 'Ark!Q1'), inputAt(doc, 'Ark!Q2')]).toEqual(['=GangeTo(A3)', '=Fak(5)']);
    expect([plain(open.value(doc, 'Ark!Q1')), plain(open.value(doc, 'Ark!Q2'))]).toEqual([6, 120]);
  });
});

describe('the new calls in an .xlsx file', () => {
  it.each([
    ['=LET(f,LAMBDA(x,x*2),f(3))', '_xlfn.LET(_xlpm.f,_xlfn.LAMBDA(_xlpm.x,_xlpm.x*2),_xlpm.f(3))'],
    ['=LET(f,LAMBDA(a,b,a+b),REDUCE(0,A1:A3,f))', '_xlfn.LET(_xlpm.f,_xlfn.LAMBDA(_xlpm.a,_xlpm.b,_xlpm.a+_xlpm.b),_xlfn.REDUCE(0,A1:A3,_xlpm.f))'],
    ['=(LAMBDA(x,x+1))(1)', '(_xlfn.LAMBDA(_xlpm.x,_xlpm.x+1))(1)'],
    ['=LAMBDA(x,LAMBDA(y,x+y))(1)(2)', '_xlfn.LAMBDA(_xlpm.x,_xlfn.LAMBDA(_xlpm.y,_xlpm.x+_xlpm.y))(1)(2)'],
  ])('%s is written %s and read back', (canonical, file) => {
    expect(toExcelFormula(canonical)).toBe(file);
    expect(fromExcelFormula(file)).toBe(canonical);
  });

  it('an exported workbook with them is imported with the same values', async () => {
    const cells = { Q1: '=LET(f,LAMBDA(x,x*2),f(3))', Q2: '=(LAMBDA(x,x+1))(1)', Q3: '=LAMBDA(x,LAMBDA(y,x+y))(1)(2)', Q4: '=LET(f,LAMBDA(a,b,a+b),REDUCE(0,A1:A3,f))' };
    const doc = open.document(workbookFile({ Ark: { ...DATA, ...cells } }));
    const imported = await importXlsx(await exportWorkbookXlsx(doc), { fileName: 'lambda.xlsx' });
    expect(imported.unsupported.count).toBe(0);
    const back = open.document(importedWorkbookFile(imported));
    expect(['Q1', 'Q2', 'Q3', 'Q4'].map((cell) => inputAt(back, `Ark!${cell}`))).toEqual(Object.values(cells));
    expect(['Q1', 'Q2', 'Q3', 'Q4'].map((cell) => plain(open.value(back, `Ark!${cell}`)))).toEqual([6, 2, 3, 6]);
  });
});

describe("a defined name's formula holding LET computes as a cell's does (it was #NAME?: LET was not expanded in names)", () => {
  const NAMES = [
    { name: 'PlusEn', formula: '=LAMBDA(x,LET(y,x+1,y*2))' },
    { name: 'Halv', formula: '=LET(a,4,a/2)' },
    { name: 'Fejlfri', formula: '=ISERROR(#CALC!)' },
  ];

  it.each([
    ['=PlusEn(3)', 8],
    ['=Halv', 2],
    ['=SUM(MAP(A1:A3,PlusEn))', 18],
    ['=Fejlfri', true],
  ])('%s is %s', (formula, expected) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }, { names: NAMES }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toBe(expected);
  });
});

describe('a LET name given a defined name’s LAMBDA is called by the LET name (it was #NAME?)', () => {
  const NAMES = [
    { name: 'Dobbelt', formula: '=LAMBDA(x,x*2)' },
    { name: 'Fakultet', formula: '=LAMBDA(n,IF(n<=1,1,LET(g,Fakultet,n*g(n-1))))' },
  ];

  it.each([
    ['=LET(f,Dobbelt,f(3))', 6],
    ['=LET(f,Dobbelt,f(f(3)))', 12],
    ['=LET(f,Dobbelt,SUM(f(A1:A3)))', 12],
    ['=LET(f,Dobbelt,g,LAMBDA(x,f(x)+1),g(3))', 7],
    ['=Fakultet(5)', 120],
    // A function's name given to a LET name is called by it too.
    ['=LET(f,SUM,f(1,2))', 3],
  ])('%s is %s', (formula, expected) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q1: formula } }, { names: NAMES }));
    expect(plain(open.value(doc, 'Ark!Q1'))).toBe(expected);
  });
});

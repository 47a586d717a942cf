import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Data in a corner of Ark1 and on Ark2, with formulas over ranges far larger than the data. */
function wideRangeWorkbook(formulas: Record<string, string>) {
  return open.document(
    workbookFile({
      Ark1: { A2: 1, B3: 2, C40: 3, D1: 'tekst' },
      Ark2: { A1: 10, B2: 20 },
      Ark3: formulas,
    }),
  );
}

describe('ranges cost what their data costs', () => {
  it.each([
    ['=SUM(Ark1!A2:XFD40000)', 6],
    ['=COUNT(Ark1!A1:XFD40000)', 3],
    ['=COUNTA(Ark1!A1:XFD40000)', 4],
    ['=AVERAGE(Ark1!A2:XFD40000)', 2],
    ['=MAX(Ark2!A1:XFD40000)', 20],
    ['=SUMPRODUCT(Ark1!A2:A40000,Ark1!A2:A40000)', 1],
    ['=SUMPRODUCT(Ark1!A1:A39999,Ark1!B2:B40000)', 2],
    ['=SUMPRODUCT(Ark1!A2:A40000,Ark2!B2:B40000)', 20],
    ['=SUMIF(Ark1!A1:XFD40000,">1")', 5],
    ['=VLOOKUP(3,Ark1!C1:D40000,1,0)', 3],
    ['=MATCH(3,Ark1!C1:C40000,0)', 40],
    ['=SUM(Ark1!A:A)', 1],
    ['=SUM(Ark2!1:40000)', 30],
  ])('%s over a whole sheet computes as Excel does', (formula, expected) => {
    const doc = wideRangeWorkbook({ F1: formula });
    expect(open.value(doc, 'Ark3!F1')).toBe(expected);
  });

  it('a value typed far beyond the data is summed by a formula that was cut before', () => {
    const doc = wideRangeWorkbook({ A1: '=SUM(Ark1!A2:XFD40000)' });
    const engine = open.engine(doc);
    const at = locate(doc, 'Ark3!A1');
    expect(engine.value(at.sheetId, at.row, at.col)).toBe(6);
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Ark1'), cells: [{ row: 29_999, col: 2, input: 100 }] });
    expect(engine.value(at.sheetId, at.row, at.col)).toBe(106);
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Ark2'), cells: [{ row: 25_000, col: 0, input: 1000 }] });
    expect(engine.value(at.sheetId, at.row, at.col)).toBe(106);
    expect(engine.rebuilds).toBe(0);
  });

  it('a range over a whole sheet whose corners both hold data is not computable (#NUM!), and the engine stays small', () => {
    const doc = wideRangeWorkbook({ F1: '=SUM(Ark1!A2:XFD40000)', F2: '=SUM(Ark1!A2:C40)' });
    const engine = open.engine(doc);
    const ark1 = sheetId(doc, 'Ark1');
    applyOperation(doc, { type: 'setCells', sheetId: ark1, cells: [{ row: 39_999, col: 16_383, input: 1 }] });
    const at = locate(doc, 'Ark3!F1');
    expect(engine.value(at.sheetId, at.row, at.col)).toMatchObject({ error: '#NUM!' });
    expect(engine.value(at.sheetId, at.row + 1, at.col)).toBe(6);
    applyOperation(doc, { type: 'setCells', sheetId: ark1, cells: [{ row: 39_999, col: 16_383, input: null }] });
    expect(open.value(doc, 'Ark3!F1')).toBe(6);
  });

  it('rows inserted above the data push it beyond the bound and a cut range still reads it', () => {
    const doc = open.document(workbookFile({ Ark1: { A2: 1, A100: 2, B1: '=SUM(A2:A30000)' } }));
    const engine = open.engine(doc);
    const ark1 = sheetId(doc, 'Ark1');
    applyOperation(doc, { type: 'insertRows', sheetId: ark1, index: 50, count: 500 });
    expect(engine.value(ark1, 0, 1)).toBe(3);
    applyOperation(doc, { type: 'setCells', sheetId: ark1, cells: [{ row: 20_000, col: 0, input: 4 }] });
    expect(engine.value(ark1, 0, 1)).toBe(7);
    expect(engine.rebuilds).toBe(0);
  });
});

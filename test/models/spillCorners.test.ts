/**
 * Which formula's spilled result a cell holds or is filled by, as the engine holds its spills
 * (models/engine/spillCorners.ts): the formula bar shows that formula greyed, as Excel does. The
 * page's reading from values (client/src/grid/spillAnchor.ts) named the plain formula above two
 * spills meeting; the engine names the formula whose spill it is.
 */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

describe('the formula whose spilled result fills a cell', () => {
  const CELLS = { B1: '=5', A2: '=SEQUENCE(2,2)', D1: '=SEQUENCE(1,3)', A6: 7, A7: '=A6*2' };

  it.each<[string, string | null, string]>([
    ['A2', 'A2', "the formula's own cell"],
    ['B3', 'A2', 'the far corner of a block, under a plain formula (B1) of one value'],
    ['B2', 'A2', 'the top right of the block, right under the plain formula'],
    ['F1', 'D1', 'the end of a row'],
    ['B1', null, 'a plain formula of one value'],
    ['A7', null, 'a formula of one value under a typed value'],
    ['C3', null, 'an empty cell beside a block'],
  ])('%s is filled from %s (%s)', (cell, corner, _case) => {
    const doc = open.document(workbookFile({ Ark: CELLS }));
    const engine = open.engine(doc);
    const { sheetId, row, col } = locate(doc, `Ark!${cell}`);
    const expected = corner === null ? undefined : { row: locate(doc, `Ark!${corner}`).row, col: locate(doc, `Ark!${corner}`).col };
    expect(engine.spillCorner(sheetId, row, col)).toEqual(expected);
  });

  it('follows the spill as it grows and shrinks, and names none for a blocked one', () => {
    const doc = open.document(workbookFile({ Ark: { D1: 2, A1: '=SEQUENCE(D1)' } }));
    const engine = open.engine(doc);
    const at = (address: string): { row: number; col: number } | undefined => {
      const { sheetId, row, col } = locate(doc, `Ark!${address}`);
      return engine.spillCorner(sheetId, row, col);
    };
    const set = (address: string, input: number | null): void => {
      const { sheetId, row, col } = locate(doc, `Ark!${address}`);
      doc.transact(() => applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row, col, input }] }));
    };
    expect([at('A2'), at('A3')]).toEqual([{ row: 0, col: 0 }, undefined]);
    set('D1', 4);
    expect(at('A4')).toEqual({ row: 0, col: 0 });
    set('A3', 9);
    expect(engine.value(locate(doc, 'Ark!A1').sheetId, 0, 0)).toMatchObject({ error: '#SPILL!' });
    expect(at('A2')).toBeUndefined();
  });
});

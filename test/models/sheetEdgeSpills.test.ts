/**
 * A spill past the sheet's edge is #SPILL!, as in Excel (its JavaScript API's `worksheetEdge`
 * kind of #SPILL!): `=SEQUENCE(1,3)` in XFC1 would need XFE1. It was cut at XFD (the engine's
 * sheets reach further than the grid). The grid's last row is 40,000 (README Known limitations).
 */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from './support/engineValueAt.js';

const open = openWorkbooks();
const shown = (value: unknown): unknown => (value !== null && typeof value === 'object' ? (value as { error: string }).error : value);

describe('a spill reaching the sheet\'s edge', () => {
  it('fits up to the last column and row, and is #SPILL! one cell further', () => {
    const doc = open.document(
      workbookFile({ Ark: { XFB1: '=SEQUENCE(1,3)', XFC3: '=SEQUENCE(1,3)', A39998: '=SEQUENCE(3)', C39999: '=SEQUENCE(3)', E1: '=SUM(XFB1#)', E2: '=SUM(XFC3#)' } }),
    );
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(['XFB1', 'XFD1', 'XFC3', 'XFD3', 'A39998', 'A40000', 'C39999', 'C40000', 'E1', 'E2'].map((a) => shown(at(a)))).toEqual([
      1, 3, '#SPILL!', null, 1, 3, '#SPILL!', null, 6, '#REF!',
    ]);
  });

  it('spills once a deleted column leaves it room', () => {
    const doc = open.document(workbookFile({ Ark: { A1: 'væk', XFC3: '=SEQUENCE(1,3)' } }));
    const id = sheetId(doc, 'Ark');
    const at = engineValueAt(open.engine(doc), id);
    expect(shown(at('XFC3'))).toBe('#SPILL!');
    applyOperation(doc, { type: 'deleteColumns', sheetId: id, index: 0, count: 1 });
    expect(['XFB3', 'XFC3', 'XFD3'].map((a) => shown(at(a)))).toEqual([1, 2, 3]);
  });
});

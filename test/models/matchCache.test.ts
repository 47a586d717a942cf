import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import type { WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { parseCellAddress } from '../../models/workbook/cellAddress.js';
import { newIdentity } from '../../models/workbook/identities.js';
import { engineValues, freshValues } from '../support/engineComparison.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { applyUnlessRefused } from '../support/randomOperations.js';

/**
 * MATCH keeps its answers on the searched range between recomputations (models/engine/matchCache.ts).
 * Each formula here also reads Ark2!A1, so that an edit there computes every MATCH again while the
 * searched cells stay as they are (rows and columns inserted on Ark1 do not move it): the answer
 * must still follow every change to those cells.
 */
const CELLS: Record<string, string | number> = {
  A1: 3, A2: 'b', A3: 5, A4: 'a', A5: 3, A6: 'c', A7: 1, A8: 'B',
  B1: 'a', C1: 5, D1: 'c',
  F1: 'b', F2: 3,
  G1: '=MATCH(F1,$A$1:$A$8,0)+Ark2!$A$1',
  G2: '=MATCH(F2,$A$1:$A$8,0)+Ark2!$A$1',
  G3: '=IFERROR(MATCH("c",$A$1:$A$8,0),-1)+Ark2!$A$1',
  G4: '=IFERROR(MATCH(5,$A$1:$A$8,0),-1)+Ark2!$A$1',
  G5: '=IFERROR(MATCH("c",$A$1:$D$1,0),-1)+Ark2!$A$1',
  G6: '=INDEX($A$1:$A$8,MATCH(F1,$A$1:$A$8,0))&Ark2!$A$1',
  G7: '=IFERROR(MATCH("?",$A$1:$A$8,0),-1)+Ark2!$A$1',
};
const KEYS = [1, 3, 5, 'a', 'b', 'c', 'B', null];

function lookupDoc(): { doc: Y.Doc; sheetId: string; tick: (input: number) => void } {
  const doc = new Y.Doc();
  doc.clientID = 1;
  const sheetId = newIdentity(doc);
  const tickSheetId = newIdentity(doc);
  applyOperations(doc, [
    { type: 'addSheet', sheetId, name: 'Ark1', rows: 12, cols: 8 },
    { type: 'addSheet', sheetId: tickSheetId, name: 'Ark2', rows: 2, cols: 2 },
    { type: 'setCells', sheetId, cells: Object.entries(CELLS).map(([key, input]) => ({ ...parseCellAddress(key)!, input })) },
    { type: 'setCells', sheetId: tickSheetId, cells: [{ row: 0, col: 0, input: 0 }] },
  ]);
  const tick = (input: number): void => applyOperation(doc, { type: 'setCells', sheetId: tickSheetId, cells: [{ row: 0, col: 0, input }] });
  return { doc, sheetId, tick };
}

function set(doc: Y.Doc, sheetId: string, address: string, input: string | number | null): void {
  applyOperation(doc, { type: 'setCells', sheetId, cells: [{ ...parseCellAddress(address)!, input }] });
}

function randomLookupOperation(random: SeededRandom, sheetId: string, tick: number): WorkbookOperation {
  const roll = random.next();
  // The searched cells (A1:A8, B1:D1) and the keys (F1, F2): values from a few, so that MATCH finds them.
  if (roll < 0.4) return { type: 'setCells', sheetId, cells: [{ row: random.int(8), col: random.int(4), input: random.pick(KEYS) }] };
  if (roll < 0.5) return { type: 'setCells', sheetId, cells: [{ row: random.int(2), col: 5, input: random.pick(KEYS) }] };
  if (roll < 0.58) return { type: 'insertRows', sheetId, index: random.int(9), count: 1 };
  if (roll < 0.66) return { type: 'deleteRows', sheetId, index: 1 + random.int(8), count: 1 };
  if (roll < 0.7) return { type: 'insertColumns', sheetId, index: random.int(4), count: 1 };
  if (roll < 0.74) return { type: 'deleteColumns', sheetId, index: 1 + random.int(3), count: 1 };
  if (roll < 0.8) return { type: 'moveCells', sheetId, row: random.int(8), col: 0, rows: 1 + random.int(2), cols: 1, toRow: random.int(9), toCol: random.int(2) };
  // A cell nothing reads.
  return { type: 'setCells', sheetId, cells: [{ row: 11, col: 4, input: tick }] };
}

describe('MATCH answers kept between recomputations', () => {
  it('inserting an empty row in the searched column moves the answer when the formula is next computed', () => {
    const { doc, sheetId, tick } = lookupDoc();
    const engine = new WorkbookEngine(doc);
    try {
      expect(engineValues(engine, doc)['Ark1!G1']).toBe('2');
      applyOperation(doc, { type: 'insertRows', sheetId, index: 1, count: 1 });
      tick(10);
      // The column is now A1:A9 and its "b" in the third cell.
      expect(engineValues(engine, doc)['Ark1!G1']).toBe('13');
      // Back to the same corners, A1:A8, and the same answer as before.
      applyOperation(doc, { type: 'deleteRows', sheetId, index: 1, count: 1 });
      tick(20);
      expect(engineValues(engine, doc)['Ark1!G1']).toBe('22');
      expect(engineValues(engine, doc)).toEqual(freshValues(doc));
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });

  it('a changed cell in the searched column changes the answer of a formula computed again for another reason', () => {
    const { doc, sheetId, tick } = lookupDoc();
    const engine = new WorkbookEngine(doc);
    try {
      set(doc, sheetId, 'A1', 'b');
      tick(1);
      expect(engineValues(engine, doc)['Ark1!G1']).toBe('2');
      set(doc, sheetId, 'A1', 4);
      tick(2);
      expect(engineValues(engine, doc)['Ark1!G1']).toBe('4');
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });

  it.each(fuzzSeeds(4))('after random edits of the searched cells every MATCH equals an engine built from scratch (seed %i)', (seed) => {
    const random = new SeededRandom(seed);
    const { doc, sheetId, tick } = lookupDoc();
    const engine = new WorkbookEngine(doc);
    try {
      for (let i = 0; i < 150; i++) {
        const op = randomLookupOperation(random, sheetId, i);
        applyUnlessRefused(doc, op);
        // Computed again with the searched cells as they now are, then compared.
        tick(1000 + i);
        expect(engineValues(engine, doc), `seed ${seed}, after operation ${i + 1} (${op.type})`).toEqual(freshValues(doc));
      }
      expect(engine.rebuilds).toBe(0);
    } finally {
      engine.destroy();
      doc.destroy();
    }
  }, 120_000);
});

/**
 * The server refuses a peer's update whose merged areas could never come from mergeCells
 * (server/sync/mergedAreasCheck.ts): overlapping areas, an area on a line the sheet does not
 * have, one of a single cell, or more areas than a sheet holds. What an honest browser sends is
 * accepted, also when a colleague merged or deleted rows meanwhile.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { MAX_MERGED_AREAS, sheetMerges } from '../../models/workbook/mergedCells.js';
import { sheetOrderArray, sheetsMap, type SheetMap } from '../../models/workbook/workbookSchema.js';
import { applyUnlessRefused, randomOperation } from '../support/randomOperations.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { editOn, serverDoc, verdict } from '../support/updateVerdict.js';

function firstSheetId(doc: Y.Doc): string {
  return String(sheetOrderArray(doc).get(0));
}

/** The first sheet's merges map (made when missing) and a cell key by position. */
function mergesOf(doc: Y.Doc): { map: Y.Map<unknown>; key: (row: number, col: number) => string } {
  const sheet = sheetsMap(doc).get(firstSheetId(doc)) as SheetMap;
  let map = sheet.get('merges');
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<unknown>();
    sheet.set('merges', map);
  }
  const rows = (sheet.get('rows') as Y.Array<string>).toArray();
  const cols = (sheet.get('cols') as Y.Array<string>).toArray();
  return { map: map as Y.Map<unknown>, key: (row, col) => `${rows[row]}:${cols[col]}` };
}

describe('the server refuses merged areas no honest browser writes', () => {
  const hostile: Array<[string, (doc: Y.Doc) => void]> = [
    ['two areas of the update that overlap', (doc) => {
      const { map, key } = mergesOf(doc);
      map.set(key(0, 0), key(1, 1));
      map.set(key(1, 1), key(2, 2));
    }],
    ['an area of one cell', (doc) => {
      const { map, key } = mergesOf(doc);
      map.set(key(0, 0), key(0, 0));
    }],
    ['an area whose corner names a row the sheet does not have', (doc) => {
      const { map, key } = mergesOf(doc);
      map.set(key(0, 0), `madeup:${key(0, 2).split(':')[1]}`);
    }],
    ['an area whose corner names a column the sheet does not have', (doc) => {
      const { map, key } = mergesOf(doc);
      map.set(`${key(0, 0).split(':')[0]}:nowhere`, key(1, 1));
    }],
  ];
  it.each(hostile)('%s is refused', (_name, edit) => {
    const server = serverDoc();
    expect(verdict(server, editOn(server, edit))).toBe('content');
  });

  it(`more than ${MAX_MERGED_AREAS} areas on a sheet are refused, as many as that accepted`, () => {
    const server = serverDoc();
    const sheetId = firstSheetId(server);
    // Areas of two cells side by side, down the rows and across the columns.
    const many = (count: number) => editOn(server, (doc) => {
      const { map, key } = mergesOf(doc);
      doc.transact(() => {
        for (let i = 0; i < count; i++) map.set(key(i % 500, 2 * Math.floor(i / 500)), key(i % 500, 2 * Math.floor(i / 500) + 1));
      });
    });
    Y.applyUpdate(server, editOn(server, (doc) => applyOperation(doc, { type: 'insertRows', sheetId, index: 0, count: 500 })));
    Y.applyUpdate(server, editOn(server, (doc) => applyOperation(doc, { type: 'insertColumns', sheetId, index: 0, count: 30 })));
    expect(verdict(server, many(MAX_MERGED_AREAS))).toBe('accepted');
    expect(verdict(server, many(MAX_MERGED_AREAS + 1))).toBe('content');
  });
});

describe('the server accepts what honest browsers send about merged areas', () => {
  it('an area overlapping one a colleague merged meanwhile: both kept, every reader skips the later one', () => {
    const server = serverDoc();
    const sheetId = firstSheetId(server);
    Y.applyUpdate(server, editOn(server, (doc) => applyOperation(doc, { type: 'mergeCells', sheetId, row: 20, col: 0, rows: 1, cols: 2 })));
    const mine = editOn(server, (doc) => applyOperation(doc, { type: 'mergeCells', sheetId, row: 0, col: 0, rows: 2, cols: 2 }));
    const theirs = editOn(server, (doc) => applyOperation(doc, { type: 'mergeCells', sheetId, row: 1, col: 1, rows: 1, cols: 3 }));
    Y.applyUpdate(server, theirs);
    expect(verdict(server, mine)).toBe('accepted');
    Y.applyUpdate(server, mine);
    expect(sheetMerges(server, sheetId)).toEqual([{ row: 0, col: 0, rows: 2, cols: 2 }, { row: 20, col: 0, rows: 1, cols: 2 }]);
  });

  it('an area over a row a colleague deleted meanwhile', () => {
    const server = serverDoc();
    const sheetId = firstSheetId(server);
    const mine = editOn(server, (doc) => applyOperation(doc, { type: 'mergeCells', sheetId, row: 0, col: 0, rows: 3, cols: 1 }));
    Y.applyUpdate(server, editOn(server, (doc) => applyOperation(doc, { type: 'deleteRows', sheetId, index: 2, count: 1 })));
    expect(verdict(server, mine)).toBe('accepted');
  });

  it('rows inserted and merged in one update, and merging over an area (taking it in)', () => {
    const server = serverDoc();
    const sheetId = firstSheetId(server);
    const update = editOn(server, (doc) => doc.transact(() => {
      applyOperation(doc, { type: 'insertRows', sheetId, index: 1, count: 2 });
      applyOperation(doc, { type: 'mergeCells', sheetId, row: 1, col: 0, rows: 2, cols: 2 });
      applyOperation(doc, { type: 'mergeCells', sheetId, row: 0, col: 0, rows: 4, cols: 3 });
    }));
    expect(verdict(server, update)).toBe('accepted');
  });
});

describe('colleagues merging, unmerging and deleting lines at once, online and offline', () => {
  it.each(fuzzSeeds(3))('every update an honest browser sends is accepted (seed %i)', (seed) => {
    const random = new SeededRandom(seed);
    const server = serverDoc();
    const sheetId = firstSheetId(server);
    const peers = [0, 1, 2].map(() => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
      return doc;
    });
    let mostAreas = 0;
    for (let step = 0; step < 150; step++) {
      const peer = peers[random.int(peers.length)]!;
      if (random.chance(0.6)) {
        const area = { sheetId, row: random.int(6), col: random.int(4), rows: 1 + random.int(3), cols: 1 + random.int(3) };
        applyUnlessRefused(peer, { type: random.chance(0.8) ? 'mergeCells' : 'unmergeCells', ...area });
      } else {
        applyUnlessRefused(peer, randomOperation(peer, random, { restores: false }));
      }
      // Sent now, or kept while the browser is offline and sent with what it does next.
      if (random.chance(0.3)) continue;
      const pending = Y.encodeStateAsUpdate(peer, Y.encodeStateVector(server));
      expect(verdict(server, pending), `seed ${seed}, step ${step}`).toBe('accepted');
      Y.applyUpdate(server, pending);
      if (random.chance(0.5)) Y.applyUpdate(peer, Y.encodeStateAsUpdate(server, Y.encodeStateVector(peer)));
      mostAreas = Math.max(mostAreas, sheetMerges(server, sheetId).length);
    }
    expect(mostAreas).toBeGreaterThan(1);
    for (const peer of peers) peer.destroy();
  });
});

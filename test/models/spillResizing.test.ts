/**
 * A spilled result is as large as what its formula computes, and follows it, as in Excel:
 * "when the source data changes, the spilled array resizes" (Microsoft, Dynamic array formulas and
 * spilled array behavior, https://support.microsoft.com/office/205c6b06-03ba-4151-89a1-87a7eb36e531).
 * `=SEQUENCE(D1)` spills D1 rows (Microsoft's SEQUENCE page: rows is "the number of rows to
 * return"), `=FILTER(…)` as many rows as it keeps, `=UNIQUE(…)` one per distinct value, so a value
 * below the result blocks nothing (models/engine/spillResizing.ts). LibreOffice 7.4 (installed
 * here) has none of these functions, so Excel's documented behaviour is the reference.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportSheetCsv } from '../../models/interchange/csvExport.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { sheetsMap } from '../../models/workbook/workbookSchema.js';
import { zipParts } from '../interchange/support/zipBuilder.js';
import { freshValues, engineValues } from '../support/engineComparison.js';
import { locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';
import type { CellInput } from '../../models/workbook/workbookReader.js';

const open = openWorkbooks();
const SPILL = { error: '#SPILL!' };

/** A workbook of one sheet, Ark, its engine, and a planner's edits and reads by A1 address. */
function sheet(cells: Record<string, CellInput>, origin?: unknown) {
  const doc = open.document(workbookFile({ Ark: cells }, { locale: 'en-GB' }));
  const engine = open.engine(doc);
  const changed = new Map<string, unknown>();
  engine.onUpdate((update) => update.forEachChange((_, row, col, value) => changed.set(`${row}:${col}`, value)));
  const at = (address: string): unknown => {
    const { sheetId, row, col } = locate(doc, `Ark!${address}`);
    return engine.value(sheetId, row, col);
  };
  return {
    doc,
    engine,
    changed,
    at,
    /** The values of a block, `C1:C5`, row by row. */
    block(from: string, rows: number, cols = 1): unknown[][] {
      const { row, col } = locate(doc, `Ark!${from}`);
      const { sheetId } = locate(doc, `Ark!${from}`);
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => engine.value(sheetId, row + r, col + c)));
    },
    spills(address: string): boolean {
      const { sheetId, row, col } = locate(doc, `Ark!${address}`);
      return engine.spillCorner(sheetId, row, col) !== undefined;
    },
    set(address: string, input: CellInput | null): void {
      const { sheetId, row, col } = locate(doc, `Ark!${address}`);
      doc.transact(() => applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row, col, input }] }), origin);
    },
  };
}

describe('a size read from a cell', () => {
  it('=SEQUENCE(D1) spills D1 rows, re-spills when D1 changes, and empties the rows it no longer reaches', () => {
    const s = sheet({ D1: 5, A1: '=SEQUENCE(D1)' });
    expect(s.block('A1', 6)).toEqual([[1], [2], [3], [4], [5], [null]]);
    s.changed.clear();
    s.set('D1', 3);
    expect(s.block('A1', 6)).toEqual([[1], [2], [3], [null], [null], [null]]);
    expect([s.spills('A3'), s.spills('A4')]).toEqual([true, false]);
    // The grid repaints the cells the spill left from the update.
    expect([s.changed.get('3:0'), s.changed.get('4:0')]).toEqual([null, null]);
    s.set('D1', 7);
    expect(s.block('A1', 8).flat()).toEqual([1, 2, 3, 4, 5, 6, 7, null]);
  });

  it.each([
    ['=SEQUENCE(D1,D2)', [[1, 2, 3], [4, 5, 6]], "Microsoft's SEQUENCE page: rows × columns, filled across"],
    ['=SEQUENCE(D1,D2,10,-1)', [[10, 9, 8], [7, 6, 5]], 'start and step'],
    ['=MAKEARRAY(D1,D2,LAMBDA(r,c,r*c))', [[1, 2, 3], [2, 4, 6]], "Microsoft's MAKEARRAY page: each value the LAMBDA of its row and column"],
    ['=WRAPROWS(F1:F5,D2)', [[1, 2, 3], [4, 5, '#N/A']], "Microsoft's WRAPROWS page: the last row padded with #N/A"],
    ['=EXPAND(F1:F2,D1,D2,0)', [[1, 0, 0], [2, 0, 0]], "Microsoft's EXPAND page: padded with pad_with"],
    ['=TAKE(F1:F5,D1)', [[1, null, null], [2, null, null]], "Microsoft's TAKE page: the first rows"],
  ] as Array<[string, Array<Array<number | string | null>>, string]>)('%s spills its computed size (%s)', (formula, expected, source) => {
    const s = sheet({ D1: 2, D2: 3, F1: 1, F2: 2, F3: 3, F4: 4, F5: 5, A1: formula });
    const shown = s.block('A1', 3, 3).map((row) => row.map((value) => (typeof value === 'object' && value !== null ? (value as { error: string }).error : value)));
    expect(shown, source).toEqual([...expected, [null, null, null]]);
  });

  it('is #SPILL! where a value stands in the rows it computes, and spills once D1 no longer reaches it', () => {
    const s = sheet({ D1: 3, A1: '=SEQUENCE(D1)', A5: 'note' });
    expect(s.block('A1', 3).flat()).toEqual([1, 2, 3]);
    s.set('D1', 6);
    expect(s.at('A1')).toMatchObject(SPILL);
    expect(s.at('A5')).toBe('note');
    s.set('D1', 4);
    expect(s.block('A1', 5).flat()).toEqual([1, 2, 3, 4, 'note']);
  });

  it('a size past the workbook bound is still #SPILL!, and a planner-sized one spills again', () => {
    const s = sheet({ D1: 3, A1: '=SEQUENCE(D1)' });
    s.set('D1', 100_000_000);
    expect(s.at('A1')).toMatchObject(SPILL);
    s.set('D1', 2);
    expect(s.block('A1', 3).flat()).toEqual([1, 2, null]);
  });
});

describe('FILTER and UNIQUE spill exactly what they keep', () => {
  const DATA = { A1: 'Køge', A2: 'Greve', A3: 'Roskilde', A4: 'Solrød', A5: 'Køge', B1: 120, B2: 80, B3: 150, B4: 40, B5: 120 };

  it('a value below the rows kept blocks nothing; one inside them is #SPILL!, as in Excel', () => {
    const s = sheet({ ...DATA, D1: '=FILTER(A1:A5,B1:B5>100)', D4: 'note' });
    expect(s.block('D1', 4).flat()).toEqual(['Køge', 'Roskilde', 'Køge', 'note']);
    s.set('D4', null);
    s.set('D2', 'in the way');
    expect(s.at('D1')).toMatchObject(SPILL);
    s.set('D2', null);
    expect(s.block('D1', 4).flat()).toEqual(['Køge', 'Roskilde', 'Køge', null]);
  });

  it('grows into a value as the data changes (#SPILL!) and spills again when it shrinks away from it', () => {
    const s = sheet({ ...DATA, D1: '=FILTER(A1:A5,B1:B5>100)', D4: 'note' });
    s.set('B2', 200);
    expect(s.at('D1')).toMatchObject(SPILL);
    s.set('B1', 10);
    expect(s.block('D1', 4).flat()).toEqual(['Greve', 'Roskilde', 'Køge', 'note']);
    s.set('B3', 10);
    expect(s.block('D1', 4).flat()).toEqual(['Greve', 'Køge', null, 'note']);
  });

  it('keeps one row as one value, and nothing kept is #CALC! in one cell', () => {
    const s = sheet({ ...DATA, D1: '=FILTER(A1:A5,B1:B5>140)', D3: 'note' });
    expect(s.block('D1', 3).flat()).toEqual(['Roskilde', null, 'note']);
    s.set('B3', 1);
    expect(s.at('D1')).toMatchObject({ error: '#CALC!' });
    expect(s.at('D2')).toBeNull();
  });

  it('=UNIQUE spills one row per distinct value (Microsoft\'s UNIQUE page), and =SORT(UNIQUE(…)) with it', () => {
    const s = sheet({ ...DATA, D1: '=UNIQUE(A1:A5)', E1: '=SORT(UNIQUE(B1:B5))', D5: 'note' });
    expect(s.block('D1', 5).flat()).toEqual(['Køge', 'Greve', 'Roskilde', 'Solrød', 'note']);
    expect(s.block('E1', 5).flat()).toEqual([40, 80, 120, 150, null]);
  });

  it('=TOCOL(…,1) spills the values it keeps, =TEXTSPLIT of a cell\'s text its parts', () => {
    const s = sheet({ A1: 1, A3: 3, A5: 5, G1: 'Køge, Greve, Solrød', C1: '=TOCOL(A1:A5,1)', D1: '=TEXTSPLIT(G1,", ")', C4: 'note' });
    expect(s.block('C1', 4).flat()).toEqual([1, 3, 5, 'note']);
    expect(s.block('D1', 1, 4)).toEqual([['Køge', 'Greve', 'Solrød', 'Køge, Greve, Solrød']]);
    s.set('G1', 'Køge');
    expect(s.block('D1', 1, 3)).toEqual([['Køge', null, null]]);
  });

  it('undoing the value that blocks a spill spills it again, redoing blocks it again', () => {
    const origin = { planner: 'local' };
    const s = sheet({ ...DATA, D1: '=FILTER(A1:A5,B1:B5>100)' }, origin);
    const undo = new Y.UndoManager(sheetsMap(s.doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    try {
      s.set('D3', 'note');
      expect(s.at('D1')).toMatchObject(SPILL);
      undo.undo();
      expect(s.block('D1', 3).flat()).toEqual(['Køge', 'Roskilde', 'Køge']);
      undo.redo();
      expect(s.at('D1')).toMatchObject(SPILL);
      expect(s.at('D3')).toBe('note');
    } finally {
      undo.destroy();
    }
  });

  it('the followed engine holds what one built afresh holds, after every edit', () => {
    const s = sheet({ ...DATA, D1: '=FILTER(A1:A5,B1:B5>100)', E1: '=SEQUENCE(COUNTIF(B1:B5,">100"))', F1: '=UNIQUE(A1:A5)', D5: 'note' });
    for (const [address, input] of [['B2', 200], ['B4', 300], ['D3', 'x'], ['D3', null], ['B1', 0], ['A5', 'Greve']] as const) {
      s.set(address, input);
      expect(engineValues(s.engine, s.doc)).toEqual(freshValues(s.doc));
    }
  });
});

describe('a resized spill leaves the workspace', () => {
  it('in the .xlsx export as an array formula over the rows it fills', async () => {
    const s = sheet({ A1: 1, A2: 5, A3: 7, B1: '=FILTER(A1:A3,A1:A3>2)', D1: 2, C1: '=SEQUENCE(D1)' });
    const xml = String(zipParts(await exportWorkbookXlsx(s.doc)).get('xl/worksheets/sheet1.xml'));
    expect(xml).toContain('<f t="array" ref="B1:B2">_xlfn._xlws.FILTER(A1:A3,A1:A3&gt;2)</f>');
    expect(xml).toContain('<f t="array" ref="C1:C2">_xlfn.SEQUENCE(D1)</f>');
  });

  it('in the CSV export with the rows it fills and no more', () => {
    const s = sheet({ A1: 1, A2: 5, A3: 7, B1: '=FILTER(A1:A3,A1:A3>2)', D1: 2, C1: '=SEQUENCE(D1)' });
    const csv = exportSheetCsv(s.doc, locate(s.doc, 'Ark!A1').sheetId, { separator: ';', decimal: ',' });
    // A row ends at its last value: B3 and C3, beyond both spills, are no fields.
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual(['1;5;1;2', '5;7;2', '7', '']);
  });
});

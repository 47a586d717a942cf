/**
 * A document stored before formulas spilled is brought to Excel 365's dialect once
 * (models/engine/legacyFormulas.ts): each range legacy Excel intersects written as SINGLE, then
 * marked; a marked document is never touched.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { adoptDynamicArrays, dynamicArrayState } from '../../models/engine/legacyFormulas.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { writesDynamicArrays } from '../../models/workbook/workbookReader.js';
import { metaMap } from '../../models/workbook/workbookSchema.js';
import { workbookFile } from '../support/workbookFixtures.js';

const sheets = {
  Data: { B2: 10, B3: 20, B4: 30, D2: '=B2:B4', F2: '=SUM(B2:B4*2)', G2: '=ABS(B2:B4)' },
  Beregning: { C2: '=Data!B2:B4*2', C3: '=Data!B3:B5*2', C4: '=Data!$B$2:$B$4*2' },
};

/** A document as the previous code stored it: these formulas, no dialect marker. */
function unmarkedDocument(): Y.Doc {
  const doc = documentFromFile(workbookFile(sheets, { locale: 'en-GB', scenarios: [{ name: 'Basis', inputs: { 'Data!B3': 25 } }] }));
  metaMap(doc).delete('formulaDialect');
  return doc;
}

function cellsOf(doc: Y.Doc): Record<string, Record<string, unknown>> {
  return Object.fromEntries(exportWorkbookFile(doc).sheets.map((s) => [s.name, s.cells]));
}

/** The value of Beregning!C3 (row 2, column 2) and Data!D3 as the engine computes them. */
function values(doc: Y.Doc): unknown[] {
  const engine = new WorkbookEngine(doc);
  try {
    const grid = workbookGrid(doc);
    return [engine.value(grid.sheetIdByName('Beregning')!, 2, 2), engine.value(grid.sheetIdByName('Data')!, 2, 3)];
  } finally {
    engine.destroy();
  }
}

describe('bringing a document to the dynamic-array dialect', () => {
  it('leaves a marked document untouched', () => {
    const doc = documentFromFile(workbookFile(sheets, { locale: 'en-GB' }));
    const before = Y.encodeStateAsUpdate(doc);
    expect(writesDynamicArrays(doc)).toBe(true);
    expect(adoptDynamicArrays(doc)).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(cellsOf(doc).Data!.D2).toBe('=B2:B4');
    expect(dynamicArrayState(before)).toBe(before);
    doc.destroy();
  });

  it('writes the ranges legacy Excel intersects as SINGLE once, marks it, and the values stay those of the intersection', () => {
    const doc = unmarkedDocument();
    expect(writesDynamicArrays(doc)).toBe(false);
    expect(adoptDynamicArrays(doc)).toBe(5);
    expect(writesDynamicArrays(doc)).toBe(true);
    const cells = cellsOf(doc);
    expect(cells.Beregning).toEqual({ C2: '=SINGLE(Data!B2:B4)*2', C3: '=SINGLE(Data!B3:B5)*2', C4: '=SINGLE(Data!$B$2:$B$4)*2' });
    // SUM reads its argument as an array either way: unchanged.
    expect(cells.Data).toMatchObject({ D2: '=SINGLE(B2:B4)', F2: '=SUM(B2:B4*2)', G2: '=ABS(SINGLE(B2:B4))' });
    // C3 is Data!B3 × 2 (it would be #SPILL! from C2's block); D3 stays empty (it would be D2's spill).
    expect(values(doc)).toEqual([40, null]);
    const once = Y.encodeStateAsUpdate(doc);
    expect(adoptDynamicArrays(doc)).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(once);
    doc.destroy();
  });

  it('is one change with the origin given, which a colleague\'s copy takes as any other', () => {
    const doc = unmarkedDocument();
    const colleague = new Y.Doc();
    Y.applyUpdate(colleague, Y.encodeStateAsUpdate(doc));
    const origins: unknown[] = [];
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      origins.push(origin);
      Y.applyUpdate(colleague, update);
    });
    adoptDynamicArrays(doc, 'fremskriv:formula-dialect');
    expect(origins).toEqual(['fremskriv:formula-dialect']);
    expect(cellsOf(colleague)).toEqual(cellsOf(doc));
    expect(writesDynamicArrays(colleague)).toBe(true);
    doc.destroy();
    colleague.destroy();
  });

  it('reads a v1 file written before the marker as legacy formulas, and one with it as written', () => {
    const old = { ...workbookFile(sheets, { locale: 'en-GB' }) };
    delete old.formulaDialect;
    const fromOld = documentFromFile(old);
    const fromNew = documentFromFile(workbookFile(sheets, { locale: 'en-GB' }));
    expect(cellsOf(fromOld).Data!.D2).toBe('=SINGLE(B2:B4)');
    expect(cellsOf(fromNew).Data!.D2).toBe('=B2:B4');
    expect(exportWorkbookFile(fromOld).formulaDialect).toBe('dynamicArrays');
    fromOld.destroy();
    fromNew.destroy();
  });

  it('brings a saved version\'s state to the dialect, and leaves bytes that are no document as they are', () => {
    const doc = unmarkedDocument();
    const converted = new Y.Doc();
    Y.applyUpdate(converted, dynamicArrayState(Y.encodeStateAsUpdate(doc)));
    expect(cellsOf(converted).Data!.D2).toBe('=SINGLE(B2:B4)');
    const garbage = new Uint8Array([1, 2, 3]);
    expect(dynamicArrayState(garbage)).toBe(garbage);
    doc.destroy();
    converted.destroy();
  });

  it('holds an INDEX whose index is computed as @INDEX, so a blank index keeps the cell in the formula\'s row', () => {
    const old = { ...workbookFile({ Data: { B2: 10, B3: 20, B4: 30, H3: '=INDEX(B2:B4,E2)' } }, { locale: 'en-GB' }) };
    delete old.formulaDialect;
    const doc = documentFromFile(old);
    expect(cellsOf(doc).Data!.H3).toBe('=SINGLE(INDEX(B2:B4,E2))');
    const engine = new WorkbookEngine(doc);
    try {
      const id = workbookGrid(doc).sheetIdByName('Data')!;
      // Legacy Excel intersects the column INDEX gives with row 3 (B3); it never spilled into H4.
      expect([engine.value(id, 2, 7), engine.value(id, 3, 7)]).toEqual([20, null]);
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });
});


/**
 * Names inside formulas as Excel reads them: a name given to a function that reads its argument's
 * shape (`ROWS`, `COLUMNS`), to one that takes a range (`MATCH`, `INDEX`, `SUMIF`), and a name
 * whose formula computes an array (`Dobbelt` = `=Data!$B$2:$B$4*2`), which Excel computes as an
 * array formula wherever it is used (Microsoft KB Q83816). Every value here is also computed by
 * LibreOffice from the exported file (test/interchange/definedNamesLibreOffice.test.ts).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { nameComputesArray } from '../../models/engine/arrayFormulas.js';
import { engineValues, freshValues } from '../support/engineComparison.js';
import { locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Data!A2:B4 holds months and expenses; Beregning reads them through names only. */
function planDocument(cells: Record<string, string>): Y.Doc {
  return open.document(
    workbookFile(
      { Data: { A2: 'jan', A3: 'feb', A4: 'mar', B2: 100, B3: 200, B4: 300 }, Beregning: cells },
      {
        names: [
          { name: 'Udgifter', formula: '=Data!$B$2:$B$4' },
          { name: 'Måneder', formula: '=Data!$A$2:$B$4' },
          { name: 'Dobbelt', formula: '=Data!$B$2:$B$4*2' },
          { name: 'Store', formula: '=IF(Data!$B$2:$B$4>150,Data!$B$2:$B$4,0)' },
        ],
      },
    ),
  );
}

function define(doc: Y.Doc, name: string, formula: string): void {
  applyOperation(doc, { type: 'defineName', name, formula });
}

describe('a name computes in every function as the range or array it stands for', () => {
  it.each([
    ['=ROWS(Udgifter)', 3],
    ['=COLUMNS(Måneder)', 2],
    ['=ROWS(Måneder)*COLUMNS(Udgifter)', 3],
    ['=SUM(Udgifter)', 600],
    ['=INDEX(Udgifter,2)', 200],
    ['=INDEX(Måneder,3,1)', 'mar'],
    ['=MATCH(200,Udgifter,0)', 2],
    ['=SUMIF(Udgifter,">150")', 500],
    ['=COUNTIF(Måneder,"feb")', 1],
    ['=SUMPRODUCT(Udgifter,Udgifter)', 140000],
    ['=VLOOKUP("mar",Måneder,2,FALSE)', 300],
    ['=SUM(Dobbelt)', 1200],
    ['=INDEX(Dobbelt,2)', 400],
    ['=ROWS(Dobbelt)', 3],
    ['=MAX(Dobbelt)+MIN(Dobbelt)', 800],
    ['=SUMPRODUCT(Dobbelt,Udgifter)', 280000],
    ['=MATCH(400,Dobbelt,0)', 2],
    ['=AVERAGE(Dobbelt)', 400],
    ['=SUM(Dobbelt*2)', 2400],
    ['=SUM(Store)', 500],
  ])('%s is %s', (formula, expected) => {
    expect(open.value(planDocument({ A1: formula }), 'Beregning!A1')).toBe(expected);
  });

  it('ROWS and COLUMNS of a name follow the name as it changes, is deleted and is defined again', () => {
    const doc = planDocument({ A1: '=ROWS(Udgifter)', A2: '=COLUMNS(Måneder)', A3: '=ROWS(Nyt)' });
    const engine = open.engine(doc);
    const at = (address: string): unknown => {
      const { sheetId: id, row, col } = locate(doc, address);
      return engine.value(id, row, col);
    };
    define(doc, 'Udgifter', '=Data!$B$2:$B$3');
    define(doc, 'Måneder', '=Data!$A$2:$A$4');
    expect([at('Beregning!A1'), at('Beregning!A2')]).toEqual([2, 1]);
    expect(at('Beregning!A3')).toMatchObject({ error: '#NAME?' });
    define(doc, 'Nyt', '=Data!$A$2:$B$3');
    expect(at('Beregning!A3')).toBe(2);
    applyOperation(doc, { type: 'deleteName', name: 'Udgifter' });
    expect(at('Beregning!A1')).toMatchObject({ error: '#NAME?' });
    applyOperation(doc, { type: 'insertRows', sheetId: sheetId(doc, 'Data'), index: 2, count: 2 });
    expect(at('Beregning!A3')).toBe(4);
    expect(engineValues(engine, doc)).toEqual(freshValues(doc));
  });

  it("ROWS of a name measures its cells, not their values: a named cell holding an error is 1 row", () => {
    const doc = planDocument({ A1: '=1/0', A2: '=ROWS(Fejl)', A3: '=COLUMNS((Fejl))', A4: '=ROWS(Fejlen)' });
    define(doc, 'Fejl', '=Beregning!$A$1');
    define(doc, 'Fejlen', '=Beregning!$A$2');
    expect([open.value(doc, 'Beregning!A2'), open.value(doc, 'Beregning!A3'), open.value(doc, 'Beregning!A4')]).toEqual([1, 1, 1]);
  });

  it('an array name read by several formulas gives each the same values (its array was doubled in place by each `Dobbelt*2`)', () => {
    const doc = planDocument({ A1: '=SUM(Dobbelt*2)', A2: '=SUM(Dobbelt*2)', A3: '=SUM(Dobbelt)', A4: '=SUM(-Dobbelt)', B1: '=Dobbelt*2' });
    expect(['A1', 'A2', 'A3', 'A4', 'B1', 'B3'].map((cell) => open.value(doc, `Beregning!${cell}`))).toEqual([2400, 2400, 1200, -1200, 400, 1200]);
  });

  it("an array name recomputes when the cells it reads change", () => {
    const doc = planDocument({ A1: '=SUM(Dobbelt)', A2: '=INDEX(Dobbelt,3)' });
    const engine = open.engine(doc);
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Data'), cells: [{ row: 3, col: 1, input: 1000 }] });
    const a1 = locate(doc, 'Beregning!A1');
    const a2 = locate(doc, 'Beregning!A2');
    expect([engine.value(a1.sheetId, a1.row, a1.col), engine.value(a2.sheetId, a2.row, a2.col)]).toEqual([2600, 2000]);
    expect(engineValues(engine, doc)).toEqual(freshValues(doc));
  });
});

describe('which names the engine computes as arrays, as Excel does', () => {
  it.each([
    ['=Data!$B$2:$B$4*2', true],
    ['=IF(Data!$B$2:$B$4>150,Data!$B$2:$B$4,0)', true],
    ['=-Data!$B$2:$B$4', true],
    ['=Data!$B$2:$B$4', false],
    ['=Data!$B$2', false],
    ['=Data!$B$2*2', false],
    ['=SUM(Data!$B$2:$B$4)', false],
    ['=INDEX(Data!$B$2:$B$4,2)', false],
    ['=OFFSET(Data!$B$2,0,0,3,1)', false],
    ['=0.02', false],
  ])('%s: %s', (formula, expected) => {
    expect(nameComputesArray(formula)).toBe(expected);
  });
});

/**
 * Excel's defined names: the rules for a name, the operations that define, change and delete one,
 * formulas that use a name computing as in Excel (live, as the name changes), and a name's cells
 * following rows, columns and sheets as a cell formula's do.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { applyImport } from '../../models/interchange/importIntoWorkspace.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { parseWorkbookFile } from '../../models/format/workbookFile.js';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError, type WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { definedNameProblem, namesMap, readDefinedNames } from '../../models/workbook/definedNames.js';
import { definedNameTarget, selectionNameFormula } from '../../models/workbook/nameTargets.js';
import { engineValues, freshValues } from '../support/engineComparison.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { applyUnlessRefused } from '../support/randomOperations.js';
import { locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Antagelser!B1 holds the growth rate, Data!B2:B4 the expenses; Beregning uses both by name. */
function planDocument(): Y.Doc {
  return open.document(
    workbookFile(
      {
        Antagelser: { A1: 'Vækst', B1: 0.02 },
        Data: { B2: 100, B3: 200, B4: 300 },
        Beregning: { A1: '=SUM(Udgifter)', A2: '=A1*(1+Vækst)', A3: '=Ukendt*2', A4: '=Rente' },
      },
      {
        names: [
          { name: 'Vækst', formula: '=Antagelser!$B$1' },
          { name: 'Udgifter', formula: '=Data!$B$2:$B$4' },
          { name: 'Rente', formula: '=0.05' },
        ],
      },
    ),
  );
}

function define(doc: Y.Doc, name: string, formula: string): void {
  applyOperation(doc, { type: 'defineName', name, formula });
}

function refusal(doc: Y.Doc, op: WorkbookOperation): string {
  try {
    applyOperation(doc, op);
  } catch (error) {
    if (error instanceof WorkbookOperationError) return error.code;
    throw error;
  }
  return 'applied';
}

describe("a name follows Excel's rules", () => {
  it.each([
    ['Vækst', null],
    ['_rate', null],
    ['Rente.2024', null],
    ['Udgifter_i_alt', null],
    ['Q1_2025', null],
    ['A1048577', 'a name cannot look like a cell address'],
    ['ABCD1', 'a name cannot look like a cell address'],
    ['A1', 'a name cannot look like a cell address'],
    ['tax2024', 'a name cannot look like a cell address'],
    ['XFD1048576', 'a name cannot look like a cell address'],
    ['R1C1', 'a name cannot look like a cell address'],
    ['rc', 'a name cannot look like a cell address'],
    ['R', 'a name cannot look like a cell address'],
    ['c', 'a name cannot look like a cell address'],
    ['TRUE', 'TRUE and FALSE are no names'],
    ['1vækst', 'a name starts with a letter or "_" and holds only letters, digits, "_" and "."'],
    ['min rate', 'a name starts with a letter or "_" and holds only letters, digits, "_" and "."'],
    ['', 'a name is empty'],
    ['x'.repeat(256), 'a name is at most 255 characters'],
  ])('%s: %s', (name, problem) => {
    expect(definedNameProblem(name)).toBe(problem);
  });
});

describe('defining, changing and deleting a name', () => {
  it('a name is defined, read back in A1 and kept in the v1 file', () => {
    const doc = planDocument();
    define(doc, 'Loft', "=Data!$B$4");
    expect(readDefinedNames(doc)).toEqual([
      { name: 'Loft', formula: '=Data!$B$4' },
      { name: 'Rente', formula: '=0.05' },
      { name: 'Udgifter', formula: '=Data!$B$2:$B$4' },
      { name: 'Vækst', formula: '=Antagelser!$B$1' },
    ]);
    const file = exportWorkbookFile(doc);
    const again = open.document(parseWorkbookFile(JSON.parse(JSON.stringify(file))));
    expect(exportWorkbookFile(again)).toEqual(file);
  });

  it('names are unique without regard to case: defining "vækst" changes Vækst', () => {
    const doc = planDocument();
    define(doc, 'vækst', '=0.1');
    expect(readDefinedNames(doc).filter((n) => n.name.toUpperCase() === 'VÆKST')).toEqual([{ name: 'vækst', formula: '=0.1' }]);
  });

  it.each<[string, WorkbookOperation]>([
    ['a cell address as name', { type: 'defineName', name: 'B2', formula: '=1' }],
    ['a reference without its sheet', { type: 'defineName', name: 'X', formula: '=$B$1' }],
    ['a relative reference', { type: 'defineName', name: 'X', formula: '=Antagelser!B1' }],
    ['a sheet that does not exist', { type: 'defineName', name: 'X', formula: '=Ingen!$B$1' }],
    ['an empty formula', { type: 'defineName', name: 'X', formula: '=' }],
    ['a formula over 2,000 characters', { type: 'defineName', name: 'X', formula: `=${'1+'.repeat(1_000)}1` }],
    ['deleting something that is no name', { type: 'deleteName', name: 'A1' }],
  ])('%s is refused and changes nothing', (_what, op) => {
    const doc = planDocument();
    const before = JSON.stringify(exportWorkbookFile(doc));
    expect(refusal(doc, op)).toBe('invalid-name');
    expect(JSON.stringify(exportWorkbookFile(doc))).toBe(before);
  });

  it('a file with a name twice (in any case) is refused, saying which', () => {
    const file = { ...workbookFile({ Ark1: {} }), names: [{ name: 'Rate', formula: '=1' }, { name: 'RATE', formula: '=2' }] };
    expect(() => parseWorkbookFile(file)).toThrow(/names\[1\]\.name: the name "RATE" is used twice/);
  });

  it('a name without its "=" is read as a formula', () => {
    const doc = planDocument();
    define(doc, 'Loft', 'Data!$B$4');
    expect(readDefinedNames(doc).find((n) => n.name === 'Loft')?.formula).toBe('=Data!$B$4');
  });

  it('deleting a name removes it; deleting it again is no error (a colleague was first)', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'deleteName', name: 'RENTE' });
    applyOperation(doc, { type: 'deleteName', name: 'Rente' });
    expect(readDefinedNames(doc).map((n) => n.name)).toEqual(['Udgifter', 'Vækst']);
  });

  it('a name stored under another name\'s key (a hostile peer) is read as no name', () => {
    const doc = planDocument();
    namesMap(doc).set('ANDET', { name: 'Vækst', formula: '=1' });
    namesMap(doc).set('TAL', 42);
    expect(readDefinedNames(doc).map((n) => n.name)).toEqual(['Rente', 'Udgifter', 'Vækst']);
  });
});

describe('a formula using a name computes as in Excel', () => {
  it('=SUM(Udgifter) sums the named range, =A1*(1+Vækst) reads the named cell, a constant name is its value', () => {
    const doc = planDocument();
    expect(open.value(doc, 'Beregning!A1')).toBe(600);
    expect(open.value(doc, 'Beregning!A2')).toBeCloseTo(612, 10);
    expect(open.value(doc, 'Beregning!A4')).toBe(0.05);
  });

  it('a name the workbook lacks is #NAME?', () => {
    expect(open.value(planDocument(), 'Beregning!A3')).toMatchObject({ error: '#NAME?' });
  });

  it('a goal and a calculation read names too', () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    expect(engine.calculate('=Vækst*100')).toBeCloseTo(2, 10);
    expect(engine.calculateList('=Udgifter')).toEqual([100, 200, 300]);
  });

  it("changing the named cell, or the name's formula, recomputes its dependents live", () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    const a2 = locate(doc, 'Beregning!A2');
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Antagelser'), cells: [{ row: 0, col: 1, input: 0.1 }] });
    expect(engine.value(a2.sheetId, a2.row, a2.col)).toBeCloseTo(660, 10);
    define(doc, 'Vækst', '=0.5');
    expect(engine.value(a2.sheetId, a2.row, a2.col)).toBeCloseTo(900, 10);
    define(doc, 'Udgifter', '=Data!$B$2:$B$3');
    const a1 = locate(doc, 'Beregning!A1');
    expect(engine.value(a1.sheetId, a1.row, a1.col)).toBe(300);
    expect(engine.rebuilds).toBe(0);
  });

  it('deleting a name turns its uses into #NAME?, defining it again brings them back', () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    const a1 = locate(doc, 'Beregning!A1');
    applyOperation(doc, { type: 'deleteName', name: 'Udgifter' });
    expect(engine.value(a1.sheetId, a1.row, a1.col)).toMatchObject({ error: '#NAME?' });
    define(doc, 'Udgifter', '=Data!$B$2:$B$4');
    expect(engine.value(a1.sheetId, a1.row, a1.col)).toBe(600);
    const a3 = locate(doc, 'Beregning!A3');
    define(doc, 'Ukendt', '=21');
    expect(engine.value(a3.sheetId, a3.row, a3.col)).toBe(42);
  });

  it("a name whose formula errors gives that error to its uses", () => {
    const doc = planDocument();
    define(doc, 'Rente', '=1/0');
    expect(open.value(doc, 'Beregning!A4')).toMatchObject({ error: '#DIV/0!' });
  });

  it('an engine following the edits equals one built afresh', () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    applyOperations(doc, [
      { type: 'defineName', name: 'Vækst', formula: '=Data!$B$2/1000' },
      { type: 'insertRows', sheetId: sheetId(doc, 'Data'), index: 0, count: 2 },
      { type: 'deleteName', name: 'Rente' },
    ]);
    expect(engine.snapshot()).toEqual(open.engine(doc).snapshot());
  });
});

describe("a name's cells follow rows, columns and sheets as a cell formula's do", () => {
  it('inserting rows above the named range moves it (=Data!$B$4:$B$6) and the sum stays', () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    applyOperation(doc, { type: 'insertRows', sheetId: sheetId(doc, 'Data'), index: 0, count: 2 });
    expect(readDefinedNames(doc).find((n) => n.name === 'Udgifter')?.formula).toBe('=Data!$B$4:$B$6');
    const a1 = locate(doc, 'Beregning!A1');
    expect(engine.value(a1.sheetId, a1.row, a1.col)).toBe(600);
  });

  it('inserting a column before the named cell moves it', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'insertColumns', sheetId: sheetId(doc, 'Antagelser'), index: 0, count: 1 });
    expect(readDefinedNames(doc).find((n) => n.name === 'Vækst')?.formula).toBe('=Antagelser!$C$1');
    expect(open.value(doc, 'Beregning!A2')).toBeCloseTo(612, 10);
  });

  it("deleting the named range's last row shrinks it, as Excel does", () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    applyOperation(doc, { type: 'deleteRows', sheetId: sheetId(doc, 'Data'), index: 3, count: 1 });
    expect(readDefinedNames(doc).find((n) => n.name === 'Udgifter')?.formula).toBe('=Data!$B$2:$B$3');
    const a1 = locate(doc, 'Beregning!A1');
    expect(engine.value(a1.sheetId, a1.row, a1.col)).toBe(300);
  });

  it('deleting the named cell makes the name #REF!, and its uses too', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'deleteRows', sheetId: sheetId(doc, 'Antagelser'), index: 0, count: 1 });
    expect(readDefinedNames(doc).find((n) => n.name === 'Vækst')?.formula).toBe('=#REF!');
    expect(open.value(doc, 'Beregning!A2')).toMatchObject({ error: '#REF!' });
  });

  it("renaming a sheet renames it in the name's formula, and the uses keep computing", () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    applyOperation(doc, { type: 'renameSheet', sheetId: sheetId(doc, 'Data'), name: 'Udgifter 2025' });
    expect(readDefinedNames(doc).find((n) => n.name === 'Udgifter')?.formula).toBe("='Udgifter 2025'!$B$2:$B$4");
    const a1 = locate(doc, 'Beregning!A1');
    expect(engine.value(a1.sheetId, a1.row, a1.col)).toBe(600);
  });

  it('moving the named cell (cut and paste) takes the name along', () => {
    const doc = planDocument();
    const id = sheetId(doc, 'Antagelser');
    applyOperation(doc, { type: 'moveCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 1, toRow: 4, toCol: 3 });
    expect(readDefinedNames(doc).find((n) => n.name === 'Vækst')?.formula).toBe('=Antagelser!$D$5');
  });

  it('restoring a version brings back its names', () => {
    const doc = planDocument();
    const state = Y.encodeStateAsUpdate(doc);
    applyOperation(doc, { type: 'deleteName', name: 'Vækst' });
    define(doc, 'Ny', '=1');
    applyOperation(doc, { type: 'restoreVersion', state });
    expect(readDefinedNames(doc).map((n) => n.name)).toEqual(['Rente', 'Udgifter', 'Vækst']);
  });
});

describe('the name box: a name selects its cells, a selection is named', () => {
  it("a name that stands for a range gives its sheet and corners, in any case; one for a value gives none", () => {
    const doc = planDocument();
    expect(definedNameTarget(doc, 'udgifter')).toEqual({ sheetId: sheetId(doc, 'Data'), start: { row: 1, col: 1 }, end: { row: 3, col: 1 } });
    expect(definedNameTarget(doc, 'Vækst')).toEqual({ sheetId: sheetId(doc, 'Antagelser'), start: { row: 0, col: 1 }, end: { row: 0, col: 1 } });
    expect(definedNameTarget(doc, 'Rente')).toBeNull();
    expect(definedNameTarget(doc, 'Ukendt')).toBeNull();
  });

  it('a selection is named with absolute references on its sheet, whichever corner was clicked first', () => {
    expect(selectionNameFormula('Data', { row: 3, col: 2 }, { row: 1, col: 1 })).toBe('=Data!$B$2:$C$4');
    expect(selectionNameFormula('Antagelser 2025', { row: 0, col: 1 }, { row: 0, col: 1 })).toBe("='Antagelser 2025'!$B$1");
    const doc = planDocument();
    define(doc, 'Marts', selectionNameFormula('Data', { row: 3, col: 1 }, { row: 3, col: 1 }));
    expect(definedNameTarget(doc, 'MARTS')?.start).toEqual({ row: 3, col: 1 });
  });
});

describe('goals and imports with names', () => {
  it('a goal whose value uses a name is judged on it', () => {
    const file = workbookFile(
      { Antagelser: { B1: 0.02 }, Data: { B2: 100, B3: 200, B4: 300 } },
      {
        names: [{ name: 'Udgifter', formula: '=Data!$B$2:$B$4' }],
        goals: [{ id: 'loft', title: 'Udgifter højst 700', value: '=SUM(Udgifter)', comparator: '<=', target: 700 }],
      },
    );
    const doc = open.document(file);
    expect(evaluateWorkbook(doc).scenarios[0]?.goals[0]).toMatchObject({ value: 600, met: true });
    define(doc, 'Udgifter', '=Data!$B$2:$B$5');
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Data'), cells: [{ row: 4, col: 1, input: 400 }] });
    expect(evaluateWorkbook(doc).scenarios[0]?.goals[0]).toMatchObject({ value: 1000, met: false });
  });

  it("importing another workbook's sheets adds its names, keeping the workspace's own where both have one", async () => {
    const doc = planDocument();
    const other = open.document(workbookFile({ Ark: { A1: 5, B1: '=Satsen*Vækst' } }, { names: [{ name: 'Satsen', formula: '=Ark!$A$1' }, { name: 'VÆKST', formula: '=1' }] }));
    const imported = await importXlsx(await exportWorkbookXlsx(other), { fileName: 'andet.xlsx' });
    const applied = applyImport(doc, imported, 'sheets', 'test');
    expect(applied.warnings.map((warning) => warning.message).join(' ')).toContain('its own are kept: VÆKST');
    expect(readDefinedNames(doc).map((n) => [n.name, n.formula])).toContainEqual(['Satsen', '=Ark!$A$1']);
    expect(readDefinedNames(doc).find((n) => n.name === 'Vækst')?.formula).toBe('=Antagelser!$B$1');
    expect(open.value(doc, 'Ark!B1')).toBeCloseTo(0.1, 12);
    applyImport(doc, imported, 'replace', 'test');
    expect(readDefinedNames(doc)).toEqual([
      { name: 'Satsen', formula: '=Ark!$A$1' },
      { name: 'VÆKST', formula: '=1' },
    ]);
    expect(open.value(doc, 'Ark!B1')).toBe(5);
  });
});

describe('randomized: an engine following names (defined, renamed, deleted), structural edits and cell edits equals one built afresh', () => {
  const NAMES = ['Vækst', 'Udgifter', 'Rente', 'Ny'];
  const FORMULAS = ['=Data!$B$2:$B$4', '=Antagelser!$B$1', '=0.5', '=SUM(Data!$B$2:$B$3)', '=Data!$B$9', '=Beregning!$A$1', '=Data!$B$2:$B$4*2'];

  function randomNameOperation(doc: Y.Doc, random: SeededRandom): WorkbookOperation {
    const sheet = sheetId(doc, random.pick(['Antagelser', 'Data', 'Beregning']));
    const roll = random.next();
    if (roll < 0.3) return { type: 'defineName', name: random.pick(NAMES), formula: random.pick(FORMULAS) };
    if (roll < 0.4) return { type: 'deleteName', name: random.pick(NAMES) };
    if (roll < 0.47) return { type: 'renameName', name: random.pick(NAMES), newName: random.pick(NAMES) };
    if (roll < 0.55) return { type: random.pick(['insertRows', 'insertColumns'] as const), sheetId: sheet, index: random.int(5), count: 1 + random.int(2) };
    if (roll < 0.7) return { type: random.pick(['deleteRows', 'deleteColumns'] as const), sheetId: sheet, index: random.int(5), count: 1 };
    const input = random.pick([random.int(50), `=SUM(${random.pick(NAMES)})`, `=${random.pick(NAMES)}*2`, `=B2+${random.pick(NAMES)}`, `=ROWS(${random.pick(NAMES)})`]);
    return { type: 'setCells', sheetId: sheet, cells: [{ row: random.int(6), col: random.int(4), input }] };
  }

  it.each(fuzzSeeds(12, 7300))('seed %i', (seed) => {
    const random = new SeededRandom(seed);
    const doc = planDocument();
    const engine = open.engine(doc);
    for (let step = 0; step < 40; step++) {
      // A refused operation (a deleted sheet row the name needed, the last row) changes nothing.
      applyUnlessRefused(doc, randomNameOperation(doc, random));
    }
    expect(engineValues(engine, doc), `seed ${seed}`).toEqual(freshValues(doc));
    expect(engine.rebuilds).toBe(0);
  });
});

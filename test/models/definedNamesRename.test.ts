/**
 * Renaming a defined name as Excel's Name Manager does: every formula using it (cells, goals and
 * other names) is rewritten to the new name and keeps computing the same; what merely looks like
 * the name (text in quotes, a sheet, a function, a reference) is left alone.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { formulaWords, renameInFormula } from '../../models/formula/formulaNames.js';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError, type WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { readDefinedNames } from '../../models/workbook/definedNames.js';
import { engineValues, freshValues } from '../support/engineComparison.js';
import { locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function planDocument(): Y.Doc {
  return open.document(
    workbookFile(
      {
        Antagelser: { A1: 'Vækst', B1: 0.02 },
        Data: { B2: 100, B3: 200, B4: 300 },
        Udgifter: { A1: 1 },
        Beregning: {
          A1: '=SUM(Udgifter)',
          A2: '=A1*(1+vækst)',
          A3: '="Udgifter i alt: "&SUM(UDGIFTER)',
          A4: '=Udgifter!A1+ROWS(Udgifter)',
          A5: '=Samlet',
        },
      },
      {
        names: [
          { name: 'Vækst', formula: '=Antagelser!$B$1' },
          { name: 'Udgifter', formula: '=Data!$B$2:$B$4' },
          { name: 'Samlet', formula: '=SUM(Udgifter)*(1+Vækst)' },
        ],
      },
    ),
  );
}

function refusal(doc: Y.Doc, ops: WorkbookOperation[]): Record<string, string> | 'applied' {
  try {
    applyOperations(doc, ops);
  } catch (error) {
    if (error instanceof WorkbookOperationError) return { code: error.code, ...error.values };
    throw error;
  }
  return 'applied';
}

describe('a name is read in a formula where it stands as a name', () => {
  it.each([
    ['=SUM(Udgifter)', 'Omkostninger', '=SUM(Omkostninger)'],
    ['=udgifter*2+UDGIFTER', 'Omkostninger', '=Omkostninger*2+Omkostninger'],
    ['="Udgifter"&Udgifter', 'X_1', '="Udgifter"&X_1'],
    ["=Udgifter!A1+'Udgifter'!B2+Udgifter", 'Ny', "=Udgifter!A1+'Udgifter'!B2+Ny"],
    ['=UDGIFTER(1)+Udgifterne+Udgifter.2', 'Ny', '=UDGIFTER(1)+Udgifterne+Udgifter.2'],
    ['=IFERROR(Udgifter,#N/A)', 'Ny', '=IFERROR(Ny,#N/A)'],
  ])('%s renamed to %s is %s', (formula, to, expected) => {
    expect(renameInFormula(formula, 'Udgifter', to)).toBe(expected);
  });

  it('the error literal #N/A reads as no name A, and a stored reference token as no name', () => {
    expect([...formulaWords('=IF(A,#N/A,⟦s1!$c1,$r1⟧)').names]).toEqual(['A']);
    expect([...formulaWords('=ISNA(#N/A)+⟦A!$A,$A⟧').names]).toEqual([]);
  });
});

describe('renaming a name', () => {
  it('rewrites every formula that uses it, in any case, and each computes the same', () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    const before = engineValues(engine, doc);
    applyOperation(doc, { type: 'renameName', name: 'udgifter', newName: 'Omkostninger' });
    const file = exportWorkbookFile(doc);
    const cells = file.sheets.find((s) => s.name === 'Beregning')!.cells;
    expect(cells).toMatchObject({
      A1: '=SUM(Omkostninger)',
      A3: '="Udgifter i alt: "&SUM(Omkostninger)',
      A4: '=Udgifter!A1+ROWS(Omkostninger)',
    });
    expect(readDefinedNames(doc)).toContainEqual({ name: 'Samlet', formula: '=SUM(Omkostninger)*(1+Vækst)' });
    expect(readDefinedNames(doc).map((n) => n.name)).toEqual(['Omkostninger', 'Samlet', 'Vækst']);
    expect(engineValues(engine, doc)).toEqual(before);
    expect(engineValues(engine, doc)).toEqual(freshValues(doc));
  });

  it('a new spelling of the same name is a rename too', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'renameName', name: 'Vækst', newName: 'VÆKST' });
    expect(readDefinedNames(doc).map((n) => n.name)).toContain('VÆKST');
    expect(exportWorkbookFile(doc).sheets.find((s) => s.name === 'Beregning')!.cells.A2).toBe('=A1*(1+VÆKST)');
  });

  it('renaming and changing the reference in one step undoes as one', () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    const undo = new Y.UndoManager([doc.getMap('names'), doc.getMap('sheets')], { trackedOrigins: new Set(['me']) });
    applyOperations(
      doc,
      [
        { type: 'renameName', name: 'Udgifter', newName: 'Omkostninger' },
        { type: 'defineName', name: 'Omkostninger', formula: '=Data!$B$2:$B$3' },
      ],
      'me',
    );
    const a1 = locate(doc, 'Beregning!A1');
    expect(engine.value(a1.sheetId, a1.row, a1.col)).toBe(300);
    undo.undo();
    expect(readDefinedNames(doc)).toContainEqual({ name: 'Udgifter', formula: '=Data!$B$2:$B$4' });
    expect(exportWorkbookFile(doc).sheets.find((s) => s.name === 'Beregning')!.cells.A1).toBe('=SUM(Udgifter)');
    expect(engine.value(a1.sheetId, a1.row, a1.col)).toBe(600);
    undo.destroy();
  });

  it.each([
    ['another name taken', [{ type: 'renameName', name: 'Udgifter', newName: 'vækst' }], { code: 'invalid-name', reason: 'taken', name: 'vækst' }],
    ['a name that is not there', [{ type: 'renameName', name: 'Ukendt', newName: 'Ny' }], { code: 'invalid-name', reason: 'unknown', name: 'Ukendt' }],
    ['to a cell address', [{ type: 'renameName', name: 'Udgifter', newName: 'AB12' }], { code: 'invalid-name', reason: 'cell-address', name: 'AB12' }],
    ['to nothing', [{ type: 'renameName', name: 'Udgifter', newName: '' }], { code: 'invalid-name', reason: 'empty', name: '' }],
    ['then defined with a relative reference', [{ type: 'renameName', name: 'Udgifter', newName: 'Ny' }, { type: 'defineName', name: 'Ny', formula: '=Data!B2' }], { code: 'invalid-name', reason: 'relative', name: 'Ny' }],
    ['then defined on a sheet that is not there', [{ type: 'renameName', name: 'Udgifter', newName: 'Ny' }, { type: 'defineName', name: 'Ny', formula: '=Ark9!$B$2' }], { code: 'invalid-name', reason: 'unknown-sheet', name: 'Ny', sheet: 'Ark9' }],
  ] as Array<[string, WorkbookOperation[], Record<string, string>]>)('is refused, changing nothing: %s', (_what, ops, expected) => {
    const doc = planDocument();
    const before = exportWorkbookFile(doc);
    expect(refusal(doc, ops)).toEqual(expected);
    expect(exportWorkbookFile(doc)).toEqual(before);
  });
});

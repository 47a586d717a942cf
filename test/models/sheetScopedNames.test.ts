/**
 * Names scoped to one sheet (Excel's Name Manager, "Scope: Ark1"): the sheet's own name wins over
 * the workbook's there, `Ark1!Rente` reaches it from another sheet, and the name goes with its sheet.
 */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError, type WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyImport } from '../../models/interchange/importIntoWorkspace.js';
import { readDefinedNames } from '../../models/workbook/definedNames.js';
import { engineValues, freshValues } from '../support/engineComparison.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function plan() {
  return open.document(
    workbookFile(
      { Ark1: { A1: 0.05, B1: '=Rente*100' }, 'Ark 2': { A1: 0.02, B1: '=Rente*100', B2: "=Ark1!Rente*100" } },
      { names: [{ name: 'Rente', formula: '=Ark1!$A$1', sheet: 'Ark1' }, { name: 'Rente', formula: "='Ark 2'!$A$1" }] },
    ),
  );
}

function refusal(doc: ReturnType<typeof plan>, op: WorkbookOperation): string {
  try {
    applyOperation(doc, op);
  } catch (error) {
    if (error instanceof WorkbookOperationError) return `${error.code}:${String(error.values?.reason)}`;
    throw error;
  }
  return 'applied';
}

describe('a name scoped to a sheet', () => {
  it("wins over the workbook's name on its sheet, and is reached as Ark1!Rente from another", () => {
    const doc = plan();
    const values = freshValues(doc);
    expect(Number(values['Ark1!B1'])).toBeCloseTo(5);
    expect(Number(values['Ark 2!B1'])).toBeCloseTo(2);
    expect(Number(values['Ark 2!B2'])).toBeCloseTo(5);
    expect(readDefinedNames(doc)).toEqual([
      { name: 'Rente', formula: "='Ark 2'!$A$1" },
      { name: 'Rente', formula: "='Ark1'!$A$1", sheet: 'Ark1' },
    ]);
  });

  it('is deleted with its sheet; the workbook name of that spelling is then read there', () => {
    const doc = plan();
    applyOperation(doc, { type: 'deleteSheet', sheetId: sheetId(doc, 'Ark1') });
    expect(readDefinedNames(doc)).toEqual([{ name: 'Rente', formula: "='Ark 2'!$A$1" }]);
    expect(freshValues(doc)['Ark 2!B2']).toBe('#REF!');
  });

  it('follows its sheet when the sheet is renamed', () => {
    const doc = plan();
    applyOperation(doc, { type: 'renameSheet', sheetId: sheetId(doc, 'Ark1'), name: 'Ark 1' });
    expect(Number(freshValues(doc)['Ark 2!B2'])).toBeCloseTo(5);
    expect(readDefinedNames(doc)[1]).toEqual({ name: 'Rente', formula: "='Ark 1'!$A$1", sheet: 'Ark 1' });
  });

  it('is renamed where it is read, and the workbook name of that spelling is not', () => {
    const doc = plan();
    applyOperation(doc, { type: 'renameName', name: 'Rente', newName: 'Sats', sheetId: sheetId(doc, 'Ark1') });
    const values = freshValues(doc);
    expect(Number(values['Ark1!B1'])).toBeCloseTo(5);
    expect(Number(values['Ark 2!B1'])).toBeCloseTo(2);
    expect(Number(values['Ark 2!B2'])).toBeCloseTo(5);
  });

  it.each<[string, (doc: ReturnType<typeof plan>) => WorkbookOperation, string]>([
    ['a scope that is no sheet', () => ({ type: 'defineName', name: 'Sats', formula: '=1', sheetId: 'nope' }), 'invalid-name:unknown-scope'],
    ["Excel's own prefix", (doc) => ({ type: 'defineName', name: '_xlnm.Print_Area', formula: '=Ark1!$A$1', sheetId: sheetId(doc, 'Ark1') }), 'invalid-name:reserved'],
    ['a rename onto a name the sheet has', (doc) => ({ type: 'renameName', name: 'Rente', newName: 'rente', sheetId: sheetId(doc, 'Ark1') }), 'applied'],
  ])('refuses or allows %s', (_what, op, expected) => {
    const doc = plan();
    expect(refusal(doc, op(doc))).toBe(expected);
  });

  it('survives an .xlsx round trip (localSheetId), computing as before', async () => {
    const imported = await importXlsx(await exportWorkbookXlsx(plan()));
    expect(imported.names).toHaveLength(2);
    expect(imported.names).toEqual(expect.arrayContaining([{ name: 'Rente', sheet: 'Ark1', formula: "='Ark1'!$A$1" }, { name: 'Rente', formula: "='Ark 2'!$A$1" }]));
    const target = open.document(workbookFile({ Tom: {} }));
    applyImport(target, imported, 'replace', 'test');
    const values = freshValues(target);
    expect(Number(values['Ark1!B1'])).toBeCloseTo(5);
    expect(Number(values['Ark 2!B1'])).toBeCloseTo(2);
    expect(Number(values['Ark 2!B2'])).toBeCloseTo(5);
  });
});

/** Ark1 has a Rente of its own, Ark2 and Ark3 none; the workbook's Rente is 0.02. */
function qualified() {
  return open.document(
    workbookFile(
      {
        Ark1: { A1: 0.05, B1: '=Ark2!Rente*100' },
        Ark2: { A1: 0.02 },
        Ark3: { A1: '=Ark1!Rente*100', A2: '=Ark2!Rente*100', A3: '=Ark3!Rente*100', A4: '=Ark2!Vækst', A5: '=SUM(Ark2!Udgifter)', A6: '=Ark1!Tredobbelt', A7: '=Tredobbelt' },
      },
      {
        names: [
          { name: 'Rente', formula: '=Ark1!$A$1', sheet: 'Ark1' },
          { name: 'Rente', formula: '=Ark2!$A$1' },
          { name: 'Udgifter', formula: '=Ark1!$A$1:$A$1' },
          { name: 'Dobbelt', formula: '=Ark2!Rente*2', sheet: 'Ark1' },
          { name: 'Tredobbelt', formula: '=Rente*3', sheet: 'Ark1' },
          { name: 'Tredobbelt', formula: '=Rente*3' },
        ],
      },
    ),
  );
}

describe("a name after a sheet (Ark2!Rente), as Excel reads it (Microsoft KB Q107197)", () => {
  it("reads the sheet's own name, else the workbook's, also from a sheet with a name of its own", () => {
    const values = freshValues(qualified());
    expect(Number(values['Ark3!A1'])).toBeCloseTo(5);
    expect(Number(values['Ark3!A2'])).toBeCloseTo(2);
    expect(Number(values['Ark3!A3'])).toBeCloseTo(2);
    // On Ark1 its own Rente wins unqualified; Ark2!Rente reaches the workbook's (KB Q107077).
    expect(Number(values['Ark1!B1'])).toBeCloseTo(2);
    expect(Number(values['Ark3!A5'])).toBeCloseTo(0.05);
    expect(values['Ark3!A4']).toBe('#NAME?');
  });

  it("reads a sheet's name's formula on its sheet: its unqualified names are the sheet's own first", () => {
    const values = freshValues(qualified());
    expect(Number(values['Ark3!A6'])).toBeCloseTo(0.15);
    expect(Number(values['Ark3!A7'])).toBeCloseTo(0.06);
  });

  it("switches to the sheet's own name when it is defined, and back when it is deleted", () => {
    const doc = qualified();
    const engine = open.engine(doc);
    const ark2 = sheetId(doc, 'Ark2');
    applyOperation(doc, { type: 'setCells', sheetId: ark2, cells: [{ row: 1, col: 0, input: 0.07 }] });
    applyOperation(doc, { type: 'defineName', name: 'Rente', formula: '=Ark2!$A$2', sheetId: ark2 });
    expect(Number(engineValues(engine, doc)['Ark3!A2'])).toBeCloseTo(7);
    expect(Number(engineValues(engine, doc)['Ark1!B1'])).toBeCloseTo(7);
    expect(engineValues(engine, doc)).toEqual(freshValues(doc));
    applyOperation(doc, { type: 'deleteName', name: 'Rente', sheetId: ark2 });
    expect(Number(engineValues(engine, doc)['Ark3!A2'])).toBeCloseTo(2);
    expect(engineValues(engine, doc)).toEqual(freshValues(doc));
  });

  it("is renamed with the workbook's name where it reads it, and not where the sheet has its own", () => {
    const doc = qualified();
    applyOperation(doc, { type: 'renameName', name: 'Rente', newName: 'Sats' });
    const file = readDefinedNames(doc);
    expect(file.find((n) => n.name === 'Dobbelt')?.formula).toBe('=Ark2!Sats*2');
    const values = freshValues(doc);
    expect(Number(values['Ark3!A1'])).toBeCloseTo(5);
    expect(Number(values['Ark3!A2'])).toBeCloseTo(2);
    expect(Number(values['Ark3!A3'])).toBeCloseTo(2);
    expect(Number(values['Ark1!B1'])).toBeCloseTo(2);
    expect(Number(values['Ark3!A6'])).toBeCloseTo(0.15);
  });
});

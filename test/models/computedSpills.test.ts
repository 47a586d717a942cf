/**
 * Spills whose range is known only once the formula is computed, as Excel 365 spills them
 * (https://support.microsoft.com/office/dynamic-array-formulas-and-spilled-array-behavior-205c6b06-03ba-4151-89a1-87a7eb36e531):
 * a defined name of several cells next to an operator or alone (`=Udgifter*2`), OFFSET and
 * INDIRECT giving a range (`=OFFSET(A1,0,0,3,1)`, `=INDIRECT("A1:A3")`), INDEX whose 0 is read
 * from a cell (`=INDEX(A1:C3,E1,2)` with E1 = 0: Microsoft's INDEX page, "If you set row_num or
 * column_num to 0 (zero), INDEX returns the array of values for the entire column or row").
 * A legacy formula from a file keeps Excel's intersection as Excel 365 shows it (`=@Udgifter*2`,
 * `=@OFFSET(…)`, `=@INDEX(…)`: Microsoft's "Implicit intersection operator: @").
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { legacyIntersection } from '../../models/engine/engineFormula.js';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { handWrittenXlsx } from '../interchange/support/handWrittenXlsx.js';
import { zipParts } from '../interchange/support/zipBuilder.js';
import { engineValues, freshValues } from '../support/engineComparison.js';
import { locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from './support/engineValueAt.js';

const open = openWorkbooks();

type GoalDefinition = NonNullable<WorkbookFile['goals']>[number];

/** A1:C3 hold 1 … 9 by column (A 1-3, B 4-6, C 7-9), E1 an index of 0; Data!B2:B4 is `Udgifter`. */
const DATA = { A1: 1, A2: 2, A3: 3, B1: 4, B2: 5, B3: 6, C1: 7, C2: 8, C3: 9, E1: 0 } as const;
const NAMES = [
  { name: 'Udgifter', formula: '=Data!$B$2:$B$4' },
  { name: 'Dobbelt', formula: '=Data!$B$2:$B$4*2' },
  { name: 'Rente', formula: '=0.05' },
];

function plan(cells: Record<string, string | number>, goals: GoalDefinition[] = []): Y.Doc {
  return open.document(workbookFile({ Ark: { ...DATA, ...cells }, Data: { B2: 100, B3: 200, B4: 300 } }, { names: NAMES, goals }));
}

function set(doc: Y.Doc, address: string, input: string | number | null): void {
  const { sheetId: id, row, col } = locate(doc, address);
  applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row, col, input }] });
}

describe('a formula whose range is known once computed spills, as Excel 365', () => {
  it.each([
    ['=Udgifter*2', [200, 400, 600]],
    ['=Udgifter', [100, 200, 300]],
    ['=ABS(Udgifter)+Rente', [100.05, 200.05, 300.05]],
    ['=Dobbelt', [200, 400, 600]],
    ['=OFFSET(A1,0,0,3,1)', [1, 2, 3]],
    ['=OFFSET(A1,0,0,3,1)*2', [2, 4, 6]],
    ['=INDIRECT("A1:A3")', [1, 2, 3]],
    ['=INDIRECT("A1:A3")*10', [10, 20, 30]],
    ['=INDEX(A1:C3,E1,2)', [4, 5, 6]],
    ['=INDEX(A1:C3,E1,2)*2', [8, 10, 12]],
  ])('%s spills %j', (formula, spilled) => {
    const doc = plan({ G2: formula });
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(['G2', 'G3', 'G4'].map(at)).toEqual(spilled);
  });

  it('one value stays one value: a name of one cell, INDEX of one cell, a sum of the range', () => {
    const doc = plan({ G1: '=Rente*2', G2: '=INDEX(A1:C3,2,2)', G3: '=SUM(Udgifter*2)', G4: '=SUM(OFFSET(A1,0,0,3,1))', G5: '=ROWS(INDEX(A1:C3,E1,2))' });
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(['G1', 'G2', 'G3', 'G4', 'G5', 'G6'].map(at)).toEqual([0.1, 5, 1200, 6, 3, null]);
  });

  it('INDEX spills or gives one value as its index changes, the cells it no longer reaches emptied', () => {
    const doc = plan({ G1: '=INDEX(A1:C3,E1,2)' });
    const engine = open.engine(doc);
    const at = engineValueAt(engine, sheetId(doc, 'Ark'));
    expect(['G1', 'G2', 'G3'].map(at)).toEqual([4, 5, 6]);
    set(doc, 'Ark!E1', 3);
    expect(['G1', 'G2', 'G3'].map(at)).toEqual([6, null, null]);
    set(doc, 'Ark!E1', 0);
    expect(['G1', 'G2', 'G3'].map(at)).toEqual([4, 5, 6]);
    expect(engineValues(engine, doc)).toEqual(freshValues(doc));
  });

  it('a name redefined to more or fewer cells re-spills every formula reading it', () => {
    const doc = plan({ G1: '=Udgifter*2' });
    const engine = open.engine(doc);
    const at = engineValueAt(engine, sheetId(doc, 'Ark'));
    applyOperation(doc, { type: 'defineName', name: 'Udgifter', formula: '=Data!$B$2' });
    expect(['G1', 'G2'].map(at)).toEqual([200, null]);
    applyOperation(doc, { type: 'defineName', name: 'Udgifter', formula: '=Data!$B$2:$B$5' });
    set(doc, 'Data!B5', 400);
    expect(['G1', 'G2', 'G3', 'G4'].map(at)).toEqual([200, 400, 600, 800]);
    expect(engineValues(engine, doc)).toEqual(freshValues(doc));
  });

  it('a value in the way is #SPILL!, as in Excel, and cleared the formula spills again', () => {
    const doc = plan({ G1: '=OFFSET(A1,0,0,3,1)', G3: 'i vejen', H1: '=Udgifter*2', H2: 5 });
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect([at('G1'), at('H1')]).toMatchObject([{ error: '#SPILL!' }, { error: '#SPILL!' }]);
    set(doc, 'Ark!G3', null);
    set(doc, 'Ark!H2', null);
    expect(['G1', 'G2', 'G3', 'H1', 'H2', 'H3'].map(at)).toEqual([1, 2, 3, 200, 400, 600]);
  });

  it('a goal reading a spilled cell gets its spilled value', () => {
    const goal: GoalDefinition = { id: 'mid', title: 'Midterste udgift', value: '=Ark!G3', comparator: '<=', target: 500 };
    const doc = plan({ G2: '=Udgifter*2' }, [goal]);
    expect(evaluateWorkbook(doc).scenarios[0]?.goals[0]).toMatchObject({ value: 400, met: true });
  });
});

describe('a legacy formula keeps Excel\'s intersection, shown as Excel 365 shows it (@)', () => {
  const severalValues = (name: string): boolean => name.toUpperCase() === 'UDGIFTER';
  it.each([
    ['=Udgifter*2', '=SINGLE(Udgifter)*2'],
    ['=Udgifter', '=SINGLE(Udgifter)'],
    ['=Rente*2', '=Rente*2'],
    ['=SUM(Udgifter)', '=SUM(Udgifter)'],
    ['=OFFSET(A1,0,0,3,1)', '=SINGLE(OFFSET(A1,0,0,3,1))'],
    ['=INDIRECT("A1:A3")*10', '=SINGLE(INDIRECT("A1:A3"))*10'],
    ['=SUM(OFFSET(A1,0,0,3,1))', '=SUM(OFFSET(A1,0,0,3,1))'],
    ['=OFFSET(A1:A3,$B$1,0)', '=SINGLE(OFFSET(A1:A3,$B$1,0))'],
    // One cell moved, or a text naming one cell: nothing to intersect.
    ['=OFFSET(A1,$B$1,0)', '=OFFSET(A1,$B$1,0)'],
    ['=INDIRECT("B"&E1)*2', '=INDIRECT("B"&E1)*2'],
    ['=INDIRECT("B2:B"&E1)*2', '=SINGLE(INDIRECT("B2:B"&E1))*2'],
    ['=INDEX(A1:C3,0,2)', '=SINGLE(INDEX(A1:C3,0,2))'],
    // A computed index may be 0 (Excel 365 shows a legacy `=@INDEX(B100:B110,C100)`); MATCH's never is,
    // so a lookup gives one cell either way and is left as written.
    ['=INDEX(A1:C3,E1,2)', '=SINGLE(INDEX(A1:C3,E1,2))'],
    ['=INDEX(B1:C9,MATCH(7,A1:A9,0),E1)*2', '=SINGLE(INDEX(B1:C9,MATCH(7,A1:A9,0),E1))*2'],
    ['=INDEX(B1:B9,MATCH(7,A1:A9,0))*2', '=INDEX(B1:B9,MATCH(7,A1:A9,0))*2'],
    ['=INDEX(B1:C9,MATCH(7,A1:A9,0),MATCH("x",B1:C1,0))', '=INDEX(B1:C9,MATCH(7,A1:A9,0),MATCH("x",B1:C1,0))'],
    ['=INDEX(A1:C3,2,2)', '=INDEX(A1:C3,2,2)'],
    ['=SUM(INDEX(A1:C3,E1,2))', '=SUM(INDEX(A1:C3,E1,2))'],
  ])('%s is held as %s', (formula, held) => {
    expect(legacyIntersection(formula, severalValues)).toBe(held);
  });

  it('and computes the value legacy Excel gives: the cell in the formula\'s row', () => {
    const doc = plan({ G3: '=SINGLE(Udgifter)*2', H2: '=SINGLE(OFFSET(A1,0,0,3,1))', I3: '=SINGLE(INDEX(A1:C3,E1,2))' });
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(['G3', 'G4', 'H2', 'H3', 'I3', 'I4'].map(at)).toEqual([400, null, 2, null, 6, null]);
  });
});

describe('the .xlsx export writes these spills as Excel 365\'s dynamic arrays', () => {
  it('over their block, marked, and read back as typed with the same values', async () => {
    const doc = plan({ G1: '=Udgifter*2', H1: '=OFFSET(A1,0,0,3,1)', I1: '=INDEX(A1:C3,E1,2)', J1: '=INDIRECT("A1:A3")', J2: 'i vejen', K1: '=INDEX(A1:C3,2,E1+1)' });
    const bytes = await exportWorkbookXlsx(doc);
    const sheet = zipParts(bytes).get('xl/worksheets/sheet1.xml') ?? '';
    const cell = (address: string): string => new RegExp(`<c r="${address}"[^>]*>(?:<f[^>]*>[^<]*</f>)?`).exec(sheet)?.[0] ?? '';
    expect(cell('G1')).toBe('<c r="G1" cm="1"><f t="array" ref="G1:G3">Udgifter*2</f>');
    expect(cell('H1')).toBe('<c r="H1" cm="1"><f t="array" ref="H1:H3">OFFSET(A1,0,0,3,1)</f>');
    expect(cell('I1')).toBe('<c r="I1" cm="1"><f t="array" ref="I1:I3">INDEX(A1:C3,E1,2)</f>');
    expect(cell('J1')).toBe('<c r="J1" cm="1" t="e"><f t="array" ref="J1">INDIRECT(&quot;A1:A3&quot;)</f>');
    // One value now, but its index is computed: Excel 365 would read a plain formula as `=@INDEX(…)`,
    // so it is a dynamic array over its own cell, as Excel 365 saves it, and read back as typed.
    expect(cell('K1')).toBe('<c r="K1" cm="1"><f t="array" ref="K1">INDEX(A1:C3,2,E1+1)</f>');
    const back = open.document(importedWorkbookFile(await importXlsx(bytes, { fileName: 'spild.xlsx' })));
    const id = sheetId(back, 'Ark');
    expect(['G1', 'H1', 'I1', 'J1', 'K1'].map((address) => cellInputAt(back, id, 0, address.charCodeAt(0) - 65))).toEqual(['=Udgifter*2', '=OFFSET(A1,0,0,3,1)', '=INDEX(A1:C3,E1,2)', '=INDIRECT("A1:A3")', '=INDEX(A1:C3,2,E1+1)']);
    const at = engineValueAt(open.engine(back), id);
    expect(['G3', 'H3', 'I3', 'K1'].map(at)).toEqual([600, 3, 6, 2]);
    expect(at('J1')).toMatchObject({ error: '#SPILL!' });
  });

  it('a legacy formula from a file intersects the name, OFFSET and INDEX as Excel does', async () => {
    const legacy = plan({ G3: '=SINGLE(Udgifter)*2', H2: '=SINGLE(OFFSET(A1,0,0,3,1))', I3: '=SINGLE(INDEX(A1:C3,0,2))' });
    const back = open.document(importedWorkbookFile(await importXlsx(await exportWorkbookXlsx(legacy), { fileName: 'gammel.xlsx' })));
    const id = sheetId(back, 'Ark');
    expect([cellInputAt(back, id, 2, 6), cellInputAt(back, id, 1, 7), cellInputAt(back, id, 2, 8)]).toEqual(['=SINGLE(Udgifter)*2', '=SINGLE(OFFSET(A1,0,0,3,1))', '=SINGLE(INDEX(A1:C3,0,2))']);
    const at = engineValueAt(open.engine(back), id);
    expect(['G3', 'G4', 'H2', 'H3', 'I3'].map(at)).toEqual([400, null, 2, null, 6]);
  });

  it('a legacy INDEX with a computed index is held as @INDEX: an index left blank gives the cell in its row, not the column', async () => {
    // As legacy Excel wrote it: a plain <f>, no dynamic-array mark; E1 blank reads as 0.
    const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
    const xml = `<sheetData>${row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>4</v></c>')}${row(2, '<c r="A2"><v>2</v></c><c r="B2"><v>5</v></c><c r="D2"><f>INDEX(A1:B3,E1,2)*10</f><v>50</v></c><c r="F2"><f>INDEX(B1:B3,MATCH(2,A1:A3,0))</f><v>5</v></c>')}${row(3, '<c r="A3"><v>3</v></c><c r="B3"><v>6</v></c>')}</sheetData>`;
    const doc = open.document(importedWorkbookFile(await importXlsx(handWrittenXlsx({ sheets: [{ name: 'Gammel', xml }] }), { fileName: 'gammel.xlsx' })));
    const id = sheetId(doc, 'Gammel');
    expect([cellInputAt(doc, id, 1, 3), cellInputAt(doc, id, 1, 5)]).toEqual(['=SINGLE(INDEX(A1:B3,E1,2))*10', '=INDEX(B1:B3,MATCH(2,A1:A3,0))']);
    const at = engineValueAt(open.engine(doc), id);
    expect(['D1', 'D2', 'D3', 'F2'].map(at)).toEqual([null, 50, null, 5]);
  });
});

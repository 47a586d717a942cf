import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { MAX_CELL_TEXT } from '../../models/operations/cellEdits.js';
import { WorkbookOperationError, type WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { MAX_COLUMNS, MAX_ROWS } from '../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { documentState, openWorkbooks, scenarioId, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function planDocument(): Y.Doc {
  return open.document(
    workbookFile(
      { Ark1: { A1: 1, B1: '=A1*2' }, Data: { A1: 'tekst' } },
      {
        goals: [{ id: 'g1', title: 'Mål', value: 'Ark1!B1', comparator: '<=', target: 3 }],
        scenarios: [{ name: 'Basis', inputs: {} }, { name: 'Høj', inputs: { 'Ark1!A1': 5 } }],
      },
    ),
  );
}

/** An operation for the plan document, built once the document's ids are known. */
type Build = (ids: { ark1: string; data: string; scenario: string }) => WorkbookOperation;

function rejects(doc: Y.Doc, build: Build): WorkbookOperationError {
  const op = build({
    get ark1() {
      return sheetId(doc, 'Ark1');
    },
    get data() {
      return sheetId(doc, 'Data');
    },
    get scenario() {
      return scenarioId(doc, 'Høj');
    },
  });
  const before = documentState(doc);
  let caught: unknown;
  try {
    applyOperation(doc, op);
  } catch (error) {
    caught = error;
  }
  expect(caught, `${op.type} should be rejected`).toBeInstanceOf(WorkbookOperationError);
  expect(documentState(doc), `${op.type} changed the document although it was rejected`).toEqual(before);
  return caught as WorkbookOperationError;
}

describe('a rejected operation throws WorkbookOperationError and leaves the document unchanged', () => {
  it.each<[string, Build, WorkbookOperationError['code']]>([
    ['an empty sheet name', ({ ark1 }) => ({ type: 'renameSheet', sheetId: ark1, name: '' }), 'invalid-sheet-name'],
    ['a blank sheet name', ({ ark1 }) => ({ type: 'renameSheet', sheetId: ark1, name: '   ' }), 'invalid-sheet-name'],
    ['a sheet name over 31 characters', ({ ark1 }) => ({ type: 'renameSheet', sheetId: ark1, name: 'x'.repeat(32) }), 'invalid-sheet-name'],
    ...[...'[]:*?/\\'].map((ch): [string, Build, WorkbookOperationError['code']] => [
      `a sheet name with ${ch}`,
      ({ ark1 }) => ({ type: 'renameSheet', sheetId: ark1, name: `Mål${ch}2023` }),
      'invalid-sheet-name',
    ]),
    ['a sheet name starting with an apostrophe', ({ ark1 }) => ({ type: 'renameSheet', sheetId: ark1, name: "'Ark" }), 'invalid-sheet-name'],
    ['renaming to another sheet\'s name in another case', ({ ark1 }) => ({ type: 'renameSheet', sheetId: ark1, name: 'DATA' }), 'duplicate-sheet-name'],
    ['renaming to another sheet\'s name with spaces around', ({ ark1 }) => ({ type: 'renameSheet', sheetId: ark1, name: ' Data ' }), 'duplicate-sheet-name'],
    ['adding a sheet with a taken name', () => ({ type: 'addSheet', sheetId: 'ny', name: 'ark1' }), 'duplicate-sheet-name'],
    ['adding a sheet with a taken id', ({ ark1 }) => ({ type: 'addSheet', sheetId: ark1, name: 'Ny' }), 'invalid-input'],
    ['adding a sheet with more rows than a sheet holds', () => ({ type: 'addSheet', sheetId: 'ny', name: 'Ny', rows: MAX_ROWS + 1 }), 'out-of-range'],
    ['adding a sheet with more columns than a sheet holds', () => ({ type: 'addSheet', sheetId: 'ny', name: 'Ny', cols: MAX_COLUMNS + 1 }), 'out-of-range'],
    ['renaming an unknown sheet', () => ({ type: 'renameSheet', sheetId: 'nope', name: 'X' }), 'unknown-sheet'],
    ['a cell below the last row', ({ ark1 }) => ({ type: 'setCells', sheetId: ark1, cells: [{ row: MAX_ROWS, col: 0, input: 1 }] }), 'out-of-range'],
    ['a cell right of the last column', ({ ark1 }) => ({ type: 'setCells', sheetId: ark1, cells: [{ row: 0, col: MAX_COLUMNS, input: 1 }] }), 'out-of-range'],
    ['a negative row', ({ ark1 }) => ({ type: 'setCells', sheetId: ark1, cells: [{ row: -1, col: 0, input: 1 }] }), 'out-of-range'],
    ['a fractional column', ({ ark1 }) => ({ type: 'setCells', sheetId: ark1, cells: [{ row: 0, col: 0.5, input: 1 }] }), 'out-of-range'],
    [
      'a batch whose last cell is out of range (the first is not written either)',
      ({ ark1 }) => ({ type: 'setCells', sheetId: ark1, cells: [{ row: 0, col: 2, input: 9 }, { row: -1, col: 0, input: 1 }] }),
      'out-of-range',
    ],
    ['text over 32767 characters', ({ ark1 }) => ({ type: 'setCells', sheetId: ark1, cells: [{ row: 0, col: 2, input: 'x'.repeat(MAX_CELL_TEXT + 1) }] }), 'invalid-input'],
    ['a number that is not finite', ({ ark1 }) => ({ type: 'setCells', sheetId: ark1, cells: [{ row: 0, col: 2, input: Number.NaN }] }), 'invalid-input'],
    ['a format outside the sheet', ({ ark1 }) => ({ type: 'setFormat', sheetId: ark1, row: 0, col: 0, rows: MAX_ROWS + 1, format: 'percent' }), 'out-of-range'],
    ['a row insertion at a negative index', ({ ark1 }) => ({ type: 'insertRows', sheetId: ark1, index: -1, count: 1 }), 'out-of-range'],
    ['a row insertion of no rows', ({ ark1 }) => ({ type: 'insertRows', sheetId: ark1, index: 0, count: 0 }), 'out-of-range'],
    ['inserting more rows than a sheet holds', ({ ark1 }) => ({ type: 'insertRows', sheetId: ark1, index: 0, count: MAX_ROWS }), 'out-of-range'],
    ['deleting every row of a sheet', ({ ark1 }) => ({ type: 'deleteRows', sheetId: ark1, index: 0, count: MAX_ROWS }), 'out-of-range'],
    ['an unsupported locale', () => ({ type: 'setLocale', locale: 'de-DE' as 'da-DK' }), 'invalid-input'],
    ['an adopted plan that is no version id', () => ({ type: 'setAdoptedVersion', versionId: '<b>plan</b>' }), 'invalid-input'],
    ['a formula as a scenario input', ({ ark1, scenario }) => ({ type: 'setScenarioInput', scenarioId: scenario, sheetId: ark1, row: 0, col: 0, input: '=1+1' }), 'invalid-input'],
    [
      'a formula as a scenario input beyond the grid',
      ({ ark1, scenario }) => ({ type: 'setScenarioInput', scenarioId: scenario, sheetId: ark1, row: 500, col: 0, input: '=1+1' }),
      'invalid-input',
    ],
    ['a scenario input at a negative row', ({ ark1, scenario }) => ({ type: 'setScenarioInput', scenarioId: scenario, sheetId: ark1, row: -1, col: 0, input: 1 }), 'out-of-range'],
    ['a scenario input for an unknown scenario', ({ ark1 }) => ({ type: 'setScenarioInput', scenarioId: 'nope', sheetId: ark1, row: 0, col: 0, input: 1 }), 'unknown-scenario'],
    ['a scenario with a formula input', () => ({ type: 'putScenario', scenario: { name: 'Ny', inputs: { 'Ark1!A1': '=A2' } } }), 'invalid-scenario'],
    ['a scenario named like another in another case', () => ({ type: 'putScenario', scenario: { name: 'HØJ', inputs: {} } }), 'invalid-scenario'],
    [
      'a scenario with an input on an unknown sheet after one beyond the grid',
      () => ({ type: 'putScenario', scenario: { name: 'Ny', inputs: { 'Ark1!A900': 1, 'Nope!A1': 2 } } }),
      'invalid-scenario',
    ],
    ['a scenario input that is a range', () => ({ type: 'putScenario', scenario: { name: 'Ny', inputs: { 'Ark1!A1:A2': 1 } } }), 'invalid-scenario'],
    ['a goal with a target but no comparator', () => ({ type: 'putGoal', goal: { id: 'g2', title: 'x', value: 'Ark1!A1', target: 1 } }), 'invalid-goal'],
    ['a goal with a series but no periods', () => ({ type: 'putGoal', goal: { id: 'g2', title: 'x', series: 'Ark1!A1:A3' } }), 'invalid-goal'],
    ['a goal with periods but no series', () => ({ type: 'putGoal', goal: { id: 'g2', title: 'x', periods: 'Ark1!A1:A3' } }), 'invalid-goal'],
    ['a goal with a deadline that is not YYYY-MM', () => ({ type: 'putGoal', goal: { id: 'g2', title: 'x', deadline: '2023-7' } }), 'invalid-goal'],
    ['a goal with month 13', () => ({ type: 'putGoal', goal: { id: 'g2', title: 'x', deadline: '2023-13' } }), 'invalid-goal'],
    ['a goal with an id holding a space', () => ({ type: 'putGoal', goal: { id: 'g 2', title: 'x' } }), 'invalid-goal'],
    ['a goal with an unknown comparator', () => ({ type: 'putGoal', goal: { id: 'g2', title: 'x', comparator: '==' as '<=' } }), 'invalid-goal'],
    ['deleting an unknown goal', () => ({ type: 'deleteGoal', goalId: 'nope' }), 'unknown-goal'],
    ['deleting an unknown scenario', () => ({ type: 'deleteScenario', scenarioId: 'nope' }), 'unknown-scenario'],
  ])('%s', (_what, build, code) => {
    expect(rejects(planDocument(), build).code).toBe(code);
  });

  it('deleting the last sheet', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'deleteSheet', sheetId: sheetId(doc, 'Data') });
    expect(rejects(doc, ({ ark1 }) => ({ type: 'deleteSheet', sheetId: ark1 })).code).toBe('last-sheet');
  });

  it('an invalid name is rejected the same way when adding a sheet', () => {
    expect(rejects(planDocument(), () => ({ type: 'addSheet', sheetId: 'ny', name: 'a/b' })).code).toBe('invalid-sheet-name');
  });
});

describe('the limits themselves are allowed', () => {
  it('text of exactly 32767 characters, a 31-character sheet name and the last cell of the sheet', () => {
    const doc = planDocument();
    const ark1 = sheetId(doc, 'Ark1');
    applyOperation(doc, { type: 'setCells', sheetId: ark1, cells: [{ row: 0, col: 2, input: 'x'.repeat(MAX_CELL_TEXT) }] });
    applyOperation(doc, { type: 'renameSheet', sheetId: ark1, name: 'y'.repeat(31) });
    applyOperation(doc, { type: 'setCells', sheetId: ark1, cells: [{ row: MAX_ROWS - 1, col: 0, input: 1 }] });
    expect(workbookGrid(doc).rowIds(ark1)).toHaveLength(MAX_ROWS);
  });

  it('renaming a sheet to its own name in another case', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'renameSheet', sheetId: sheetId(doc, 'Data'), name: 'DATA' });
    expect(workbookGrid(doc).listSheets().map((s) => s.name)).toEqual(['Ark1', 'DATA']);
  });
});

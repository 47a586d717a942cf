/**
 * What one transaction changed, as every engine following the document reads it (summarised once
 * per transaction, however many scenario engines follow).
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { documentChanges, type DocumentChanges } from '../../models/engine/documentChanges.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import type { WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { openWorkbooks, scenarioId, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function planDocument(): Y.Doc {
  return open.document(
    workbookFile(
      { Data: { A1: 1, B1: '=A1*2' }, Beregning: { A1: '=Data!B1' } },
      { scenarios: [{ name: 'Lav', inputs: { 'Data!A1': 3 } }] },
    ),
  );
}

/** The summaries of every transaction `op` makes. */
function summariesOf(doc: Y.Doc, op: (doc: Y.Doc) => WorkbookOperation): DocumentChanges[] {
  const seen: DocumentChanges[] = [];
  const record = (tr: Y.Transaction): void => {
    if (tr.changed.size > 0) seen.push(documentChanges(tr));
  };
  doc.on('afterTransaction', record);
  applyOperation(doc, op(doc));
  doc.off('afterTransaction', record);
  return seen;
}

describe('a transaction is summarised once for every engine', () => {
  it.each<[string, (doc: Y.Doc) => WorkbookOperation, { structure: boolean; axes: string[]; cellSheets: string[]; onlyCellEdits: boolean }]>([
    ['a cell edit changes one cell and nothing else', (d) => ({ type: 'setCells', sheetId: sheetId(d, 'Data'), cells: [{ row: 0, col: 0, input: 5 }] }), { structure: false, axes: [], cellSheets: ['Data'], onlyCellEdits: true }],
    ['a format is a cell edit too (no definition can change)', (d) => ({ type: 'setFormat', sheetId: sheetId(d, 'Data'), row: 0, col: 0, format: 'percent' }), { structure: false, axes: [], cellSheets: [], onlyCellEdits: true }],
    ['inserting rows changes that sheet\'s axis', (d) => ({ type: 'insertRows', sheetId: sheetId(d, 'Data'), index: 0, count: 1 }), { structure: false, axes: ['Data'], cellSheets: [], onlyCellEdits: false }],
    ['renaming a sheet changes the structure', (d) => ({ type: 'renameSheet', sheetId: sheetId(d, 'Beregning'), name: 'Resultat' }), { structure: true, axes: [], cellSheets: [], onlyCellEdits: false }],
    ['a scenario input is no cell edit of the document', (d) => ({ type: 'setScenarioInput', scenarioId: scenarioId(d, 'Lav'), sheetId: sheetId(d, 'Data'), row: 0, col: 0, input: 4 }), { structure: false, axes: [], cellSheets: [], onlyCellEdits: false }],
  ])('%s', (_name, op, expected) => {
    const doc = planDocument();
    const names = new Map([sheetId(doc, 'Data'), sheetId(doc, 'Beregning')].map((id, i) => [id, i === 0 ? 'Data' : 'Beregning']));
    const [summary, ...rest] = summariesOf(doc, op);
    expect(rest).toEqual([]);
    expect({
      structure: summary!.structure,
      axes: [...summary!.axes].map((id) => names.get(id)),
      cellSheets: [...summary!.cells.keys()].map((id) => names.get(id)),
      onlyCellEdits: summary!.onlyCellEdits,
    }).toEqual(expected);
  });

  it('every engine following the transaction gets the same summary', () => {
    const doc = planDocument();
    const seen: DocumentChanges[] = [];
    const followers = [0, 1].map(() => (tr: Y.Transaction): void => void seen.push(documentChanges(tr)));
    for (const follow of followers) doc.on('afterTransaction', follow);
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Data'), cells: [{ row: 0, col: 0, input: 6 }] });
    for (const follow of followers) doc.off('afterTransaction', follow);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});

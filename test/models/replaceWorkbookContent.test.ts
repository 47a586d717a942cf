import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { replaceWorkbookContent } from '../../models/workbook/replaceWorkbookContent.js';
import { engineValues, freshValues } from '../support/engineComparison.js';
import { exchangeUpdates, exported, inputAt, openWorkbooks, scenarioId, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function planDocument(): Y.Doc {
  return open.document(
    workbookFile(
      { Data: { A1: 1, A2: 2, A3: 3, B1: '=SUM(A1:A3)' }, Beregning: { A1: '=Data!B1*2' } },
      {
        goals: [{ id: 'g', title: 'Mål', value: 'Beregning!A1', comparator: '<=', target: 20 }],
        scenarios: [{ name: 'Basis', inputs: {} }, { name: 'Høj', inputs: { 'Data!A1': 10 } }],
      },
    ),
  );
}

/** A saved version: a separate document holding the workspace as it is now (it is never edited). */
function saveVersion(doc: Y.Doc): Y.Doc {
  return open.peerOf(doc, 900);
}

/** Planners keep working after the version was saved: cells, rows, sheets, goals and scenarios. */
function editEverything(doc: Y.Doc): void {
  const data = sheetId(doc, 'Data');
  applyOperation(doc, { type: 'setCells', sheetId: data, cells: [{ row: 0, col: 0, input: 100 }, { row: 5, col: 2, input: 'ny' }] });
  applyOperation(doc, { type: 'insertRows', sheetId: data, index: 1, count: 2 });
  applyOperation(doc, { type: 'deleteColumns', sheetId: data, index: 2, count: 1 });
  applyOperation(doc, { type: 'renameSheet', sheetId: sheetId(doc, 'Beregning'), name: 'Resultat' });
  applyOperation(doc, { type: 'addSheet', sheetId: 'ekstra', name: 'Ekstra' });
  applyOperation(doc, { type: 'deleteSheet', sheetId: data });
  applyOperation(doc, { type: 'deleteGoal', goalId: 'g' });
  applyOperation(doc, { type: 'putGoal', goal: { id: 'ny', title: 'Nyt mål' } });
  applyOperation(doc, { type: 'putScenario', scenario: { id: scenarioId(doc, 'Høj'), name: 'Meget høj', inputs: {} } });
  applyOperation(doc, { type: 'setTitle', title: 'Ændret' });
  applyOperation(doc, { type: 'setLocale', locale: 'en-GB' });
}

describe('restoring a saved version with replaceWorkbookContent', () => {
  it('makes the workspace export exactly as the version does', () => {
    const doc = planDocument();
    const version = saveVersion(doc);
    editEverything(doc);
    expect(exported(doc)).not.toBe(exported(version));
    replaceWorkbookContent(doc, version);
    expect(exported(doc)).toBe(exported(version));
    expect(evaluateWorkbook(doc)).toEqual(evaluateWorkbook(version));
  });

  it('is one transaction', () => {
    const doc = planDocument();
    const version = saveVersion(doc);
    editEverything(doc);
    let transactions = 0;
    let updates = 0;
    const countTransaction = (): void => void transactions++;
    const countUpdate = (): void => void updates++;
    doc.on('afterTransaction', countTransaction);
    doc.on('update', countUpdate);
    try {
      replaceWorkbookContent(doc, version, 'restore');
    } finally {
      doc.off('afterTransaction', countTransaction);
      doc.off('update', countUpdate);
    }
    expect(transactions).toBe(1);
    expect(updates).toBe(1);
  });

  it('carries the origin it is given, so that an undo manager can tell a restore from an edit', () => {
    const doc = planDocument();
    const version = saveVersion(doc);
    editEverything(doc);
    const origins: unknown[] = [];
    const record = (tr: Y.Transaction): void => void origins.push(tr.origin);
    doc.on('afterTransaction', record);
    try {
      replaceWorkbookContent(doc, version, 'restore');
    } finally {
      doc.off('afterTransaction', record);
    }
    expect(origins).toEqual(['restore']);
  });

  it('reaches other peers as an ordinary update, and their engines follow it', () => {
    const doc = planDocument();
    const colleague = open.peerOf(doc, 2);
    const colleagueEngine = open.engine(colleague, scenarioId(colleague, 'Høj'));
    const version = saveVersion(doc);
    editEverything(doc);
    exchangeUpdates(doc, colleague);
    const sent: Uint8Array[] = [];
    const send = (update: Uint8Array): void => void sent.push(update);
    doc.on('update', send);
    try {
      replaceWorkbookContent(doc, version);
    } finally {
      doc.off('update', send);
    }
    expect(sent).toHaveLength(1);
    Y.applyUpdate(colleague, sent[0]!);
    expect(exported(colleague)).toBe(exported(version));
    expect(engineValues(colleagueEngine, colleague)).toEqual(freshValues(colleague, scenarioId(colleague, 'Høj')));
  });

  it('keeps formulas, goals and scenario inputs pointing at their cells after the restore', () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    const version = saveVersion(doc);
    editEverything(doc);
    replaceWorkbookContent(doc, version);
    expect(inputAt(doc, 'Data!B1')).toBe('=SUM(A1:A3)');
    expect(inputAt(doc, 'Beregning!A1')).toBe('=Data!B1*2');
    expect(engineValues(engine, doc)).toEqual(freshValues(doc));
    expect(open.value(doc, 'Beregning!A1')).toBe(12);
    expect(open.value(doc, 'Beregning!A1', scenarioId(doc, 'Høj'))).toBe(30);
    // The document goes on as before: an insertion above still moves the restored formula's reference.
    applyOperation(doc, { type: 'insertRows', sheetId: sheetId(doc, 'Data'), index: 0, count: 1 });
    expect(inputAt(doc, 'Beregning!A1')).toBe('=Data!B2*2');
  });

  it('restoring the newer version again undoes the restore', () => {
    const doc = planDocument();
    const older = saveVersion(doc);
    editEverything(doc);
    const newer = open.peerOf(doc, 901);
    replaceWorkbookContent(doc, older);
    replaceWorkbookContent(doc, newer);
    expect(exported(doc)).toBe(exported(newer));
  });

  it('restoring the version the workspace already holds changes nothing that a peer would see', () => {
    const doc = planDocument();
    const version = saveVersion(doc);
    const before = exported(doc);
    replaceWorkbookContent(doc, version);
    expect(exported(doc)).toBe(before);
  });
});

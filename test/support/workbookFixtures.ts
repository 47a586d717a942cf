/**
 * Small v1 workbooks for unit tests, the documents made from them, and cell look-ups by A1
 * address (`'Ark1!C2'`). Every document and engine made through `openWorkbooks()` is destroyed
 * after each test.
 */
import { afterEach, expect } from 'vitest';
import * as Y from 'yjs';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import type { CellValue } from '../../models/engine/cellValue.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { parseCellAddress, type CellPosition } from '../../models/workbook/cellAddress.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { scenarioRecords, type CellInput } from '../../models/workbook/workbookReader.js';
import { engineValues, freshValues } from './engineComparison.js';

/** A v1 file with the given sheets (name → cells by A1 address), in order. */
export function workbookFile(
  sheets: Record<string, Record<string, CellInput>>,
  extra: Pick<Partial<WorkbookFile>, 'goals' | 'scenarios' | 'locale' | 'title' | 'names'> = {},
): WorkbookFile {
  return {
    format: 'fremskriv.workbook',
    version: 1,
    title: extra.title ?? 'Test',
    locale: extra.locale ?? 'da-DK',
    formulaDialect: 'dynamicArrays',
    sheets: Object.entries(sheets).map(([name, cells]) => ({ name, cells })),
    ...(extra.goals ? { goals: extra.goals } : {}),
    ...(extra.scenarios ? { scenarios: extra.scenarios } : {}),
    ...(extra.names ? { names: extra.names } : {}),
  };
}

/** Sheet id by shown name. */
export function sheetId(doc: Y.Doc, name: string): string {
  const id = workbookGrid(doc).sheetIdByName(name);
  if (id === undefined) throw new Error(`no sheet named ${name}`);
  return id;
}

/** Scenario id by name. */
export function scenarioId(doc: Y.Doc, name: string): string {
  const map = scenarioRecords(doc).find((m) => m.get('name') === name);
  if (!map) throw new Error(`no scenario named ${name}`);
  return String(map.get('id'));
}

/** `'Ark1!C2'` → the sheet's id and the zero-based position. */
export function locate(doc: Y.Doc, address: string): CellPosition & { sheetId: string } {
  const bang = address.lastIndexOf('!');
  const position = parseCellAddress(address.slice(bang + 1));
  if (bang < 0 || !position) throw new Error(`not a sheet-qualified cell address: ${address}`);
  return { sheetId: sheetId(doc, address.slice(0, bang)), ...position };
}

/** The canonical input of a cell, as a planner would read it back. */
export function inputAt(doc: Y.Doc, address: string): CellInput | undefined {
  const { sheetId: id, row, col } = locate(doc, address);
  return cellInputAt(doc, id, row, col);
}

/** Everything a peer would see: the workbook exported as a v1 file, as JSON text. */
export function exported(doc: Y.Doc): string {
  return JSON.stringify(exportWorkbookFile(doc));
}

/** What a test compares to prove an operation changed nothing. */
export function documentState(doc: Y.Doc): { stateVector: number[]; file: string } {
  return { stateVector: [...Y.encodeStateVector(doc)], file: exported(doc) };
}

/**
 * Documents and engines for one test, destroyed after it:
 * `const open = openWorkbooks(); const doc = open.document(file); open.value(doc, 'Ark1!A1')`.
 */
export function openWorkbooks(): {
  document(file: WorkbookFile): Y.Doc;
  /** A fresh document holding a copy of another's state (a second peer). */
  peerOf(doc: Y.Doc, clientId: number): Y.Doc;
  engine(doc: Y.Doc, scenario?: string): WorkbookEngine;
  /** The computed value of one cell, from an engine built now (and destroyed after the test). */
  value(doc: Y.Doc, address: string, scenario?: string): CellValue;
} {
  const docs: Y.Doc[] = [];
  const engines: WorkbookEngine[] = [];
  afterEach(() => {
    for (const engine of engines.splice(0)) engine.destroy();
    for (const doc of docs.splice(0)) doc.destroy();
  });
  const open = {
    document(file: WorkbookFile): Y.Doc {
      const doc = documentFromFile(file);
      docs.push(doc);
      return doc;
    },
    peerOf(doc: Y.Doc, clientId: number): Y.Doc {
      const peer = new Y.Doc();
      peer.clientID = clientId;
      docs.push(peer);
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
      return peer;
    },
    engine(doc: Y.Doc, scenario?: string): WorkbookEngine {
      const engine = new WorkbookEngine(doc, scenario);
      engines.push(engine);
      return engine;
    },
    value(doc: Y.Doc, address: string, scenario?: string): CellValue {
      const { sheetId: id, row, col } = locate(doc, address);
      return open.engine(doc, scenario).value(id, row, col);
    },
  };
  return open;
}

/** Delivers every update each document has that the other lacks, both ways. */
export function exchangeUpdates(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Both peers export the same file, and every live engine holds what a fresh engine computes. */
export function expectPeersConverged(a: Y.Doc, b: Y.Doc, engines: readonly WorkbookEngine[]): void {
  expect(exported(b)).toBe(exported(a));
  const expected = freshValues(a);
  for (const engine of engines) expect(engineValues(engine, engine.doc)).toEqual(expected);
}

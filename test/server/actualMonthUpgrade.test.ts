/**
 * A workspace made from the template before the nineteenth session, stored as it was (typed
 * Forudsætninger!B4 "2022-12" and Fremskrivning!D2), opened by the real server: the server writes
 * the template's formulas over the Jobindsats sheet once, before anyone syncs
 * (models/templates/actualMonthUpgrade.ts); one whose B4 the planner retyped is left as it is.
 * A version saved before then is restored with the formulas too, by the server and as the
 * browser reads it (models/templates/workbookUpgrade.ts).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { TYPED_ACTUAL_MONTH } from '../../models/templates/actualMonthUpgrade.js';
import { createWorkspace, type CreatedWorkspace } from '../../server/workspaces/createWorkspace.js';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { api } from './support/api.js';
import { storedBeforeStart, storedState } from './support/storedDocument.js';

let typed: CreatedWorkspace;
let retyped: CreatedWorkspace;
/** A workspace made from today's template, with versions saved before the nineteenth session. */
let current: CreatedWorkspace;
/** A workspace an old export is imported over. */
let importTarget: CreatedWorkspace;
const TYPED_VERSION = { id: 'typedVersion_001', name: 'Sendt til udvalget', createdAt: '2026-11-01T10:00:00.000Z' };
const RETYPED_VERSION = { id: 'retypedVersion01', name: 'Januar skrevet ind', createdAt: '2026-11-02T10:00:00.000Z' };

/** The template as a workspace created before the nineteenth session held it; `b4` as the planner left it. */
function typedFile(b4: string): ReturnType<typeof beskaeftigelsesplanTemplate> {
  const file = beskaeftigelsesplanTemplate();
  for (const [name, cells] of Object.entries(TYPED_ACTUAL_MONTH)) Object.assign(file.sheets.find((s) => s.name === name)!.cells, cells);
  file.sheets.find((s) => s.name === 'Forudsætninger')!.cells.B4 = b4;
  return file;
}

const typedState = (b4: string): Uint8Array => storedState(typedFile(b4));

const dataDir = storedBeforeStart('actual-month', async (store) => {
  typed = await createWorkspace(store, typedState('2022-12'));
  retyped = await createWorkspace(store, typedState('2023-01'));
  current = await createWorkspace(store, storedState(beskaeftigelsesplanTemplate()));
  importTarget = await createWorkspace(store, storedState(beskaeftigelsesplanTemplate()));
  await store.saveVersion(current.id, TYPED_VERSION, 100 * 1024 * 1024, typedState('2022-12'));
  await store.saveVersion(current.id, RETYPED_VERSION, 100 * 1024 * 1024, typedState('2023-01'));
});
const server = serverForTests(() => ({ dataDir }));

type FileAnswer = { sheets: Array<{ name: string; cells: Record<string, unknown> }> };
const cellsOf = (file: FileAnswer, sheet: string): Record<string, unknown> => file.sheets.find((s) => s.name === sheet)!.cells;
const templateCells = (sheet: string): Record<string, unknown> => beskaeftigelsesplanTemplate().sheets.find((s) => s.name === sheet)!.cells;

/** A version's state as the browser fetches it to restore it (GET …/versions/:versionId/state), as a v1 file. */
async function versionFile(versionId: string): Promise<FileAnswer> {
  const response = await fetch(`${server.url}/api/workspaces/${current.id}/versions/${versionId}/state`, { headers: { authorization: `Bearer ${current.editorToken}` } });
  expect(response.status).toBe(200);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
    return exportWorkbookFile(doc);
  } finally {
    doc.destroy();
  }
}

describe('a workspace from the template before the nineteenth session, opened now', () => {
  it('holds the template\'s newest-actual-month formulas in Forudsætninger!B4 and Fremskrivning!D2', async () => {
    const file = (await api(server, 'GET', `/api/workspaces/${typed.id}/workbook.json`, typed.viewerToken)).json as FileAnswer;
    const template = beskaeftigelsesplanTemplate();
    const now = (sheet: string): Record<string, unknown> => template.sheets.find((s) => s.name === sheet)!.cells;
    expect(cellsOf(file, 'Forudsætninger').B4).toBe(now('Forudsætninger').B4);
    expect(String(cellsOf(file, 'Forudsætninger').B4)).toMatch(/^=IFERROR\(LOOKUP\(2,/);
    expect(cellsOf(file, 'Fremskrivning').D2).toBe(now('Fremskrivning').D2);
  });

  it('leaves a B4 the planner retyped, and D2 with it', async () => {
    const file = (await api(server, 'GET', `/api/workspaces/${retyped.id}/workbook.json`, retyped.viewerToken)).json as FileAnswer;
    expect(cellsOf(file, 'Forudsætninger').B4).toBe('2023-01');
    expect(cellsOf(file, 'Fremskrivning').D2).toBe(TYPED_ACTUAL_MONTH.Fremskrivning!.D2);
  });
});

describe('a version saved from the template before the nineteenth session, restored now', () => {
  it("is restored by the server with the template's newest-actual-month formulas, not its typed month", async () => {
    const restored = await api(server, 'POST', `/api/workspaces/${current.id}/versions/${TYPED_VERSION.id}/restore`, current.editorToken, {});
    expect(restored.status).toBe(200);
    const file = (await api(server, 'GET', `/api/workspaces/${current.id}/workbook.json`, current.viewerToken)).json as FileAnswer;
    for (const [sheet, cells] of Object.entries(TYPED_ACTUAL_MONTH)) {
      for (const address of Object.keys(cells)) expect(cellsOf(file, sheet)[address], `${sheet}!${address}`).toBe(templateCells(sheet)[address]);
    }
    expect(String(cellsOf(file, 'Forudsætninger').B4)).toMatch(/^=IFERROR\(LOOKUP\(2,/);
  });

  it('reaches the browser, which restores it in its own session, with the formulas too', async () => {
    const file = await versionFile(TYPED_VERSION.id);
    expect(cellsOf(file, 'Forudsætninger').B4).toBe(templateCells('Forudsætninger').B4);
    expect(cellsOf(file, 'Fremskrivning').D2).toBe(templateCells('Fremskrivning').D2);
  });

  it('keeps a month the planner retyped in the version as it was', async () => {
    const file = await versionFile(RETYPED_VERSION.id);
    expect(cellsOf(file, 'Forudsætninger').B4).toBe('2023-01');
    expect(cellsOf(file, 'Fremskrivning').D2).toBe(TYPED_ACTUAL_MONTH.Fremskrivning!.D2);
  });
});

describe('an .xlsx exported from such a workspace, imported over a workspace now', () => {
  it("holds the template's newest-actual-month formulas at once, as the workspace would at its next load", async () => {
    const doc = documentFromFile(typedFile('2022-12'));
    const bytes = await exportWorkbookXlsx(doc);
    doc.destroy();
    const imported = await uploadTo(server, `/api/workspaces/${importTarget.id}/import`, importTarget.editorToken, { bytes, name: 'udvalget.xlsx' }, { mode: 'replace' });
    expect(imported.status, JSON.stringify(imported.json)).toBe(200);
    const file = (await api(server, 'GET', `/api/workspaces/${importTarget.id}/workbook.json`, importTarget.viewerToken)).json as FileAnswer;
    expect(cellsOf(file, 'Forudsætninger').B4).toBe(templateCells('Forudsætninger').B4);
    expect(cellsOf(file, 'Fremskrivning').D2).toBe(templateCells('Fremskrivning').D2);
  });
});

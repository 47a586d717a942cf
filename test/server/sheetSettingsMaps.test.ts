/**
 * A workspace stored before a sheet held all its settings maps (merged areas, Wrap Text, hidden
 * lines …): the server gives each sheet the missing maps when it loads it, before anyone syncs, so
 * two colleagues making the sheet's first merged area at once, each offline, both keep theirs
 * (models/workbook/sheetSettings.ts). A sheet an older page adds without them gets them too.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { formatMergedArea, sheetMerges } from '../../models/workbook/mergedCells.js';
import { readSettingsMap, SHEET_SETTINGS_KEYS } from '../../models/workbook/sheetSettings.js';
import { sheetOrderArray, sheetsMap, type SheetMap } from '../../models/workbook/workbookSchema.js';
import { createWorkspace, type CreatedWorkspace } from '../../server/workspaces/createWorkspace.js';
import { serverForTests } from '../harness/serverForTests.js';
import { sheetId, workbookFile } from '../support/workbookFixtures.js';
import { storedBeforeStart, storedState } from './support/storedDocument.js';
import { clientsForTests, connectClient, waitFor, waitSynced } from './support/syncClients.js';

let workspace: CreatedWorkspace;

const dataDir = storedBeforeStart('settings-maps', async (store) => {
  const state = storedState(workbookFile({ Plan: { A1: 'Ledige', A3: 'Kvartal' } }), (doc) => {
    doc.transact(() => {
      for (const sheet of sheetsMap(doc).values()) for (const key of SHEET_SETTINGS_KEYS) (sheet as SheetMap).delete(key);
    });
  });
  workspace = await createWorkspace(store, state);
});
const server = serverForTests(() => ({ dataDir }));
const clients = clientsForTests();

function holdsEveryMap(doc: Y.Doc, id: string): boolean {
  const sheet = sheetsMap(doc).get(id);
  return sheet instanceof Y.Map && SHEET_SETTINGS_KEYS.every((key) => readSettingsMap(sheet, key) !== undefined);
}

describe("a sheet's settings maps in a workspace stored without them", () => {
  it("keeps both colleagues' first merged areas, made at once while each was offline", async () => {
    const anna = connectClient(server, workspace.id, workspace.editorToken);
    const bo = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(anna, bo);
    await waitSynced(anna, bo);
    const id = sheetId(anna.doc, 'Plan');
    expect(holdsEveryMap(anna.doc, id)).toBe(true);
    expect(server.output()).toMatch(/workspace\.sheetSettings\.added .*sheets=1/);

    anna.provider.disconnect();
    bo.provider.disconnect();
    applyOperation(anna.doc, { type: 'mergeCells', sheetId: id, row: 0, col: 0, rows: 1, cols: 2 });
    applyOperation(bo.doc, { type: 'mergeCells', sheetId: id, row: 2, col: 0, rows: 1, cols: 3 });
    anna.provider.connect();
    bo.provider.connect();
    for (const doc of [anna.doc, bo.doc]) {
      await waitFor('both merged areas', () => sheetMerges(doc, id).length === 2);
      expect(sheetMerges(doc, id).map(formatMergedArea)).toEqual(['A1:B1', 'A3:C3']);
    }
  }, 120_000);

  it('gives a sheet an older page added without the maps every one of them', async () => {
    const old = connectClient(server, workspace.id, workspace.editorToken);
    const colleague = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(old, colleague);
    await waitSynced(old, colleague);
    old.doc.transact(() => {
      // As addSheet wrote a sheet before the twenty-seventh session, without its newer maps.
      const sheet = new Y.Map<unknown>();
      const rows = new Y.Array<string>();
      const cols = new Y.Array<string>();
      rows.push(['oldRow1', 'oldRow2']);
      cols.push(['oldCol1', 'oldCol2']);
      sheet.set('name', 'Gammel');
      sheet.set('rows', rows);
      sheet.set('cols', cols);
      sheet.set('cells', new Y.Map());
      sheet.set('formats', new Y.Map());
      sheetsMap(old.doc).set('oldSheet', sheet);
      sheetOrderArray(old.doc).push(['oldSheet']);
    });
    await waitFor("the colleague's copy of the old page's sheet with every map", () => holdsEveryMap(colleague.doc, 'oldSheet'));
    await waitFor("the old page's own copy with every map", () => holdsEveryMap(old.doc, 'oldSheet'));
  }, 120_000);
});

/**
 * A workspace stored with a sheet past the grid's bounds (50,000 rows, 20,000 columns): written
 * before the twelfth hostile pass bounded live updates, or by another tool. Before the thirteenth
 * pass it stayed broken for everyone: the engine refused to build ("Sheet size limit exceeded"),
 * so its evaluation, first view and .xlsx export answered 500. Now it opens: every reader sees the
 * first 40,000 rows and 16,384 columns, the rest stays stored (a client receives it all), no edit
 * may add to the sheet, and deleting rows brings the rows past the bound into view.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sheetOrderArray, sheetsMap } from '../../models/workbook/workbookSchema.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace, type CreatedWorkspace } from './support/api.js';
import { editStoredDocument } from './support/storedDocument.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

const STORED_ROWS = 50_000;
const STORED_COLS = 20_000;

const server = serverForTests();

function sheetAt(doc: Y.Doc, index: number): Y.Map<unknown> {
  return sheetsMap(doc).get(String(sheetOrderArray(doc).get(index))) as Y.Map<unknown>;
}

function axis(sheet: Y.Map<unknown>, key: 'rows' | 'cols'): Y.Array<string> {
  return sheet.get(key) as Y.Array<string>;
}

function cells(sheet: Y.Map<unknown>): Y.Map<unknown> {
  return sheet.get('cells') as Y.Map<unknown>;
}

function newIds(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i.toString(36)}`);
}

/**
 * Writes, while the server is stopped, the first sheet grown to 50,000 rows (7 in A40000, the last
 * row shown; 42 in A45001, past it) and a second sheet "Bred" of 20,000 columns (9 in its last):
 * the live update check refuses both at the door, so only data stored before it, or by another
 * tool, holds them.
 */
async function storeOversizedSheets(workspaceId: string): Promise<void> {
  await editStoredDocument(server, workspaceId, (doc) => {
    const first = sheetAt(doc, 0);
    const rows = axis(first, 'rows');
    rows.push(newIds('x', STORED_ROWS - rows.length));
    const firstCol = axis(first, 'cols').get(0);
    cells(first).set(`${rows.get(39_999)}:${firstCol}`, 7);
    cells(first).set(`${rows.get(45_000)}:${firstCol}`, 42);
    const wide = new Y.Map<unknown>();
    wide.set('name', 'Bred');
    const wideRows = new Y.Array<string>();
    wideRows.push(['r0']);
    const wideCols = new Y.Array<string>();
    const colIds = newIds('c', STORED_COLS);
    wideCols.push(colIds);
    const wideCells = new Y.Map<unknown>();
    wideCells.set(`r0:${colIds[16_383]}`, 9);
    wideCells.set(`r0:${colIds.at(-1)}`, 10);
    wide.set('rows', wideRows);
    wide.set('cols', wideCols);
    wide.set('cells', wideCells);
    wide.set('formats', new Y.Map());
    sheetsMap(doc).set('bred', wide);
    sheetOrderArray(doc).push(['bred']);
  });
}

async function sheetCells(workspace: CreatedWorkspace): Promise<Record<string, Record<string, unknown>>> {
  const answer = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
  expect(answer.status).toBe(200);
  const file = answer.json as { sheets: Array<{ name: string; cells: Record<string, unknown> }> };
  return Object.fromEntries(file.sheets.map((s) => [s.name, s.cells]));
}

describe('a workspace stored with a sheet past the grid\u2019s bounds', () => {
  it('opens for a real client with everything stored; evaluation, first view and exports answer with the first 40,000 rows and 16,384 columns; edits within it sync, growth is refused, and deleting rows brings the rest into view', async () => {
    const workspace = await createWorkspace(server);
    const firstSheetName = ((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json as { sheets: Array<{ name: string }> }).sheets[0]!.name;
    await storeOversizedSheets(workspace.id);

    const clients: SyncClient[] = [connectClient(server, workspace.id, workspace.editorToken), connectClient(server, workspace.id, workspace.viewerToken)];
    try {
      await waitSynced(...clients);
      const [editor, viewer] = clients as [SyncClient, SyncClient];
      // Nothing stored is lost: the client receives every row and column.
      expect(axis(sheetAt(viewer.doc, 0), 'rows').length).toBe(STORED_ROWS);
      expect(axis(sheetsMap(viewer.doc).get('bred') as Y.Map<unknown>, 'cols').length).toBe(STORED_COLS);
      await server.waitForOutput(/workspace\.sheet\.oversized .*rows=50000 cols=\d+ shownRows=40000/);
      await server.waitForOutput(/workspace\.sheet\.oversized .*sheet=Bred rows=1 cols=20000 /);

      for (const path of ['evaluation', 'values', 'export.xlsx', `sheets/${encodeURIComponent(firstSheetName)}.csv`]) {
        const answer = await fetch(`${server.url}/api/workspaces/${workspace.id}/${path}`, { headers: { authorization: `Bearer ${workspace.viewerToken}` } });
        expect(answer.status, `${path}: ${answer.status === 200 ? '' : await answer.text()}`).toBe(200);
      }
      const shown = await sheetCells(workspace);
      expect(shown[firstSheetName]!.A40000).toBe(7);
      expect(Object.keys(shown[firstSheetName]!).some((address) => Number(address.replace(/^[A-Z]+/, '')) > 40_000)).toBe(false);
      expect(shown.Bred).toEqual({ XFD1: 9 });

      // An edit within the bounds syncs to a colleague on the same workspace.
      const first = sheetAt(editor.doc, 0);
      const firstCol = axis(first, 'cols').get(0);
      cells(first).set(`${axis(first, 'rows').get(0)}:${firstCol}`, 'Rettet');
      await waitFor('the edit reached the viewer', () => cells(sheetAt(viewer.doc, 0)).get(`${axis(first, 'rows').get(0)}:${firstCol}`) === 'Rettet');

      // Deleting rows is accepted, and the rows past the bound come into view.
      axis(first, 'rows').delete(1, 10_000);
      await waitFor('the deletion reached the viewer', () => axis(sheetAt(viewer.doc, 0), 'rows').length === STORED_ROWS - 10_000, 30_000);
      await waitFor('the row that was past the bound is shown', async () => (await sheetCells(workspace))[firstSheetName]!.A35001 === 42, 30_000);
      expect(editor.closes).toEqual([]);

      // Growing the sheet past the bound again is refused with 4422 and never stored.
      axis(first, 'rows').push(newIds('y', 1));
      await waitFor('the editor is refused', () => editor.closes.some((close) => close.code === 4422), 30_000);
      expect(editor.closes.find((close) => close.code === 4422)!.reason).toBe(`update refused: a sheet holds at most 40000 rows (this update would make ${STORED_ROWS - 10_000 + 1})`);
      const reader = connectClient(server, workspace.id, workspace.viewerToken);
      try {
        await waitSynced(reader);
        expect(axis(sheetAt(reader.doc, 0), 'rows').length).toBe(STORED_ROWS - 10_000);
      } finally {
        destroyAll([reader]);
      }
    } finally {
      destroyAll(clients);
    }
  }, 240_000);
});

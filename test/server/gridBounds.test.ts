/**
 * A sheet's rows and columns in live updates (the twelfth hostile pass): an editor's update that
 * gives a sheet more rows than the grid holds (40,000) or more columns (16,384) is closed with
 * 4422 and never stored. Before, 50,000 row ids pushed into a sheet were accepted and stored, and
 * from then on the evaluation, the first view's values and the .xlsx export of the workspace all
 * answered 500 for everyone (server/sync/axisLengths.ts).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sheetOrderArray, sheetsMap } from '../../models/workbook/workbookSchema.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace, type CreatedWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

const server = serverForTests();

function firstSheet(doc: Y.Doc): Y.Map<unknown> {
  return sheetsMap(doc).get(String(sheetOrderArray(doc).get(0))) as Y.Map<unknown>;
}

function axis(doc: Y.Doc, key: 'rows' | 'cols'): Y.Array<unknown> {
  return firstSheet(doc).get(key) as Y.Array<unknown>;
}

function newIds(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i.toString(36)}`);
}

/** The first sheet's row and column ids as a fresh client receives them from the server. */
async function storedIds(workspace: CreatedWorkspace): Promise<{ rows: unknown[]; cols: unknown[] }> {
  const reader = connectClient(server, workspace.id, workspace.viewerToken);
  try {
    await waitSynced(reader);
    return { rows: axis(reader.doc, 'rows').toArray(), cols: axis(reader.doc, 'cols').toArray() };
  } finally {
    destroyAll([reader]);
  }
}

/** Runs `edit` on a connected editor while a colleague works elsewhere; returns the close the server sent. */
async function refusedEdit(workspace: CreatedWorkspace, colleague: CreatedWorkspace, edit: (editor: SyncClient) => void): Promise<string> {
  const editor = connectClient(server, workspace.id, workspace.editorToken);
  try {
    await waitSynced(editor);
    await whileColleagueWorks(server, colleague, async () => {
      edit(editor);
      await waitFor('the editor is refused', () => editor.closes.some((close) => close.code === 4422), 60_000);
    });
    return editor.closes.find((close) => close.code === 4422)!.reason;
  } finally {
    destroyAll([editor]);
  }
}

describe('rows and columns beyond the grid', () => {
  it('50,000 rows pushed into a sheet, with a number in the last, are refused with 4422; evaluation, values and export still answer', async () => {
    const workspace = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const before = await storedIds(workspace);
    const reason = await refusedEdit(workspace, colleague, ({ doc }) => {
      doc.transact(() => {
        const rows = newIds('x', 50_000);
        axis(doc, 'rows').push(rows);
        (firstSheet(doc).get('cells') as Y.Map<unknown>).set(`${rows.at(-1)}:${String(axis(doc, 'cols').get(0))}`, 42);
      });
    });
    expect(reason).toBe(`update refused: a sheet holds at most 40000 rows (this update would make ${before.rows.length + 50_000})`);
    expect(await storedIds(workspace)).toEqual(before);
    for (const path of ['evaluation', 'values', 'export.xlsx']) {
      const answer = await fetch(`${server.url}/api/workspaces/${workspace.id}/${path}`, { headers: { authorization: `Bearer ${workspace.viewerToken}` } });
      expect(answer.status, path).toBe(200);
    }
  }, 240_000);

  it('a new sheet with 20,000 columns is refused with 4422 and never stored', async () => {
    const workspace = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const sheetsBefore = ((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json as { sheets: unknown[] }).sheets.length;
    const reason = await refusedEdit(workspace, colleague, ({ doc }) => {
      doc.transact(() => {
        const sheet = new Y.Map<unknown>();
        sheet.set('name', 'Bred');
        const cols = new Y.Array<unknown>();
        cols.push(newIds('c', 20_000));
        sheet.set('rows', new Y.Array());
        sheet.set('cols', cols);
        sheet.set('cells', new Y.Map());
        sheet.set('formats', new Y.Map());
        sheetsMap(doc).set('bred', sheet);
        sheetOrderArray(doc).push(['bred']);
      });
    });
    expect(reason).toBe('update refused: a sheet holds at most 16384 columns (this update would make 20000)');
    const after = (await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json as { sheets: unknown[] };
    expect(after.sheets.length).toBe(sheetsBefore);
  }, 240_000);

  it('a planner may fill a sheet to exactly 40,000 rows, and then delete and insert rows in one edit', async () => {
    const workspace = await createWorkspace(server);
    const planner = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(planner);
      const rows = axis(planner.doc, 'rows');
      rows.push(newIds('r', 40_000 - rows.length));
      planner.doc.transact(() => {
        rows.delete(10, 5);
        rows.insert(20, newIds('n', 5));
      });
      const expected = rows.toArray();
      expect(expected.length).toBe(40_000);
      await waitFor('the rows are stored', async () => JSON.stringify((await storedIds(workspace)).rows) === JSON.stringify(expected), 60_000);
      expect(planner.closes).toEqual([]);
    } finally {
      destroyAll([planner]);
    }
  }, 240_000);
});

/**
 * The nineteenth hostile pass (twenty-ninth session), against the real server with stock
 * y-websocket clients: an editor's update giving a scenario 100,000 assumptions is refused with
 * 4422 saying why, and nothing of it is stored, while /healthz answers and a colleague on another
 * workspace keeps syncing; a viewer's writes into a scenario's assumptions, a sheet's merged
 * areas, hidden rows and Wrap Text are dropped, nothing stored.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serverForTests } from '../harness/serverForTests.js';
import { scenariosArray, sheetOrderArray, sheetsMap, type SheetMap } from '../../models/workbook/workbookSchema.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

const server = serverForTests();

async function storedFile(workspace: { id: string; viewerToken: string }): Promise<unknown> {
  return (await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json;
}

/** The last scenario's inputs map and the first sheet's id, in a client's document. */
function lastInputs(doc: Y.Doc): { map: Y.Map<unknown>; sheetId: string } {
  const scenarios = scenariosArray(doc);
  const scenario = scenarios.get(scenarios.length - 1) as Y.Map<unknown>;
  return { map: scenario.get('inputs') as Y.Map<unknown>, sheetId: String(sheetOrderArray(doc).get(0)) };
}

describe('a scenario’s assumptions on the live document', () => {
  it('100,000 in one update are refused with 4422 saying why and never stored; others keep working', async () => {
    const attacker = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const before = await storedFile(attacker);
    const editor = connectClient(server, attacker.id, attacker.editorToken);
    try {
      await waitSynced(editor);
      const { map, sheetId } = lastInputs(editor.doc);
      const had = map.size;
      await whileColleagueWorks(server, colleague, async () => {
        editor.doc.transact(() => {
          for (let i = 0; i < 100_000; i++) map.set(`${sheetId}!r${i}:c`, i);
        });
        await waitFor('the editor is refused', () => editor.closes.some((close) => close.code === 4422), 60_000);
      });
      expect(editor.closes.find((close) => close.code === 4422)!.reason).toBe(`update refused: a scenario holds at most 1000 assumptions (this update would make ${had + 100_000})`);
    } finally {
      destroyAll([editor]);
    }
    expect(await storedFile(attacker)).toEqual(before);
  }, 240_000);
});

describe('a viewer’s writes into the newer parts of a sheet', () => {
  it('assumptions, merged areas, hidden rows and Wrap Text from a viewer link are dropped, nothing stored', async () => {
    const workspace = await createWorkspace(server);
    const before = await storedFile(workspace);
    const viewer: SyncClient = connectClient(server, workspace.id, workspace.viewerToken);
    const editor: SyncClient = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(viewer, editor);
      const { map, sheetId } = lastInputs(viewer.doc);
      const sheet = sheetsMap(viewer.doc).get(sheetId) as SheetMap;
      const rows = (sheet.get('rows') as Y.Array<string>).toArray();
      const cols = (sheet.get('cols') as Y.Array<string>).toArray();
      viewer.doc.transact(() => {
        map.set(`${sheetId}!${rows[0]}:${cols[0]}`, 123);
        (sheet.get('merges') as Y.Map<unknown>).set(`${rows[0]}:${cols[0]}`, `${rows[3]}:${cols[3]}`);
        (sheet.get('hiddenRows') as Y.Map<unknown>).set(rows[1]!, true);
        (sheet.get('wrapText') as Y.Map<unknown>).set(`${rows[2]}:${cols[2]}`, true);
      });
      // The server reads a connection's frames in order: once the viewer's presence that follows
      // its writes reaches the editor, the writes have been read (and dropped).
      viewer.provider.awareness.setLocalStateField('user', { name: 'Vera' });
      await waitFor('the viewer’s presence reached the editor', () => [...editor.provider.awareness.getStates().values()].some((state) => (state as { user?: { name?: string } }).user?.name === 'Vera'), 30_000);
      const seen = sheetsMap(editor.doc).get(sheetId) as SheetMap;
      expect([(seen.get('merges') as Y.Map<unknown>).size, (seen.get('hiddenRows') as Y.Map<unknown>).size, (seen.get('wrapText') as Y.Map<unknown>).size]).toEqual([0, 0, 0]);
      expect(lastInputs(editor.doc).map.size).toBe(lastInputs(viewer.doc).map.size - 1);
    } finally {
      destroyAll([viewer, editor]);
    }
    expect(await storedFile(workspace)).toEqual(before);
  }, 120_000);
});

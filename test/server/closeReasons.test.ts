/**
 * A websocket close reason holds at most 123 bytes. A refusal quoting what the editor sent (a key
 * of up to 40 characters) in letters of three bytes each (€) once passed that: the close threw,
 * the connection ended as the server's own error (1011 "internal error") instead of the refusal,
 * and the tab reconnected and sent the refused edit again and again (eleventh hostile pass).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serverForTests } from '../harness/serverForTests.js';
import { CloseCode } from '../../models/api/closeCodes.js';
import { sheetsMap } from '../../models/workbook/workbookSchema.js';
import { workbookFile } from '../support/workbookFixtures.js';
import { api, createWorkspace } from './support/api.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

const server = serverForTests();

const REFUSED_EDITS: ReadonlyArray<readonly [string, (doc: Y.Doc) => void]> = [
  ['a root named in euro signs', (doc) => doc.getMap('€'.repeat(60)).set('x', 1)],
  ['a sheet key in euro signs', (doc) => (sheetsMap(doc).values().next().value as Y.Map<unknown>).set('€'.repeat(60), 1)],
];

describe('a refusal quoting letters of several bytes', () => {
  it.each(REFUSED_EDITS)('%s is refused with 4422 and a reason a websocket carries; the workspace and a colleague are untouched', async (_name, edit) => {
    const workspace = await createWorkspace(server, workbookFile({ Data: { A1: 5 } }));
    const clients: SyncClient[] = [connectClient(server, workspace.id, workspace.editorToken), connectClient(server, workspace.id, workspace.editorToken)];
    try {
      await waitSynced(...clients);
      const [hostile, colleague] = clients as [SyncClient, SyncClient];
      const before = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
      hostile.doc.transact(() => edit(hostile.doc));
      await waitFor('the editor is closed', () => hostile.closes.length > 0);
      expect(hostile.closes[0]!.code).toBe(CloseCode.updateRefused);
      expect(hostile.closes[0]!.reason).toMatch(/^update refused: /);
      expect(Buffer.byteLength(hostile.closes[0]!.reason)).toBeLessThanOrEqual(123);
      expect(await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).toEqual(before);
      expect(colleague.closes).toEqual([]);
    } finally {
      destroyAll(clients);
    }
  });
});

/**
 * An editor writing the names map and the cells through raw Yjs, past every check the page makes
 * (nineteenth hostile pass): names that refer to each other in a cycle, a name's formula of
 * 98,000 characters nested 49,000 brackets deep, names spelled as functions, and a chain of
 * 5,000 formulas each reading the next. The workspace's evaluation, first values and CSV must
 * answer, the goals judged as before, and a colleague on another workspace keep syncing.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serverForTests } from '../harness/serverForTests.js';
import { namesMap } from '../../models/workbook/definedNames.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { download } from '../interchange/support/restClient.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { connectClient, waitFor, waitSynced } from './support/syncClients.js';

const server = serverForTests();
const goalValues = z.object({ scenarios: z.array(z.object({ goals: z.array(z.object({ id: z.string(), value: z.unknown() })) })) });

const DEEP_NAME = '=' + '('.repeat(49_000) + '1' + ')'.repeat(49_000);

describe('names and chains no page would write', () => {
  it('cyclic names, a 98,000-character name and a 5,000-formula chain: the workspace still answers, its goals as before', async () => {
    const workspace = await createWorkspace(server);
    const before = goalValues.parse((await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken)).json);
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      const names = namesMap(editor.doc);
      editor.doc.transact(() => {
        names.set('RINGA', { name: 'RingA', formula: '=RingB+1' });
        names.set('RINGB', { name: 'RingB', formula: '=RingA+1' });
        names.set('DYB', { name: 'DYB', formula: DEEP_NAME });
        names.set('SELV', { name: 'SELV', formula: '=Selv' });
      });
      const sheet = workbookGrid(editor.doc).listSheets()[0]!;
      const chain = Array.from({ length: 5_000 }, (_, i) => ({ row: 200 + i, col: 10, input: i === 4_999 ? 1 : `=K${202 + i}+1` }));
      applyOperation(editor.doc, {
        type: 'setCells',
        sheetId: sheet.id,
        cells: [
          { row: 150, col: 10, input: '=RingA' },
          { row: 151, col: 10, input: '=Dyb' },
          { row: 152, col: 10, input: '=Selv' },
          { row: 153, col: 10, input: '=K201' },
          ...chain,
          { row: 154, col: 10, input: '=40+2' },
        ],
      });
      await waitFor('the edits are stored', async () => {
        const file = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
        if (editor.closes.length > 0 || file.status !== 200) throw new Error(`${file.status} ${JSON.stringify(editor.closes)}`);
        return JSON.stringify(file.json).includes('=40+2');
      });
      await whileColleagueWorks(server, { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken }, async () => {
        const evaluation = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
        expect(goalValues.parse(evaluation.json)).toEqual(before);
        const values = await api(server, 'GET', `/api/workspaces/${workspace.id}/values`, workspace.viewerToken);
        expect(values.status, JSON.stringify(values.json).slice(0, 300)).toBe(200);
        const csv = await download(server, `/api/workspaces/${workspace.id}/sheets/${encodeURIComponent(sheet.name)}.csv`, workspace.viewerToken);
        expect(csv.status).toBe(200);
        const lines = new TextDecoder().decode(csv.bytes).split(/\r?\n/).map((line) => line.split(';'));
        expect([150, 151, 152, 153, 154].map((row) => lines[row]?.[10])).toEqual(['#CYCLE!', '#NUM!', '#CYCLE!', '5000', '42']);
      });
    } finally {
      editor.destroy();
    }
  }, 300_000);

  it('a name spelled as a function, written past the page, is refused or read as no name, and the function still computes', async () => {
    const workspace = await createWorkspace(server);
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      namesMap(editor.doc).set('SUM', { name: 'SUM', formula: '=1000' });
      const sheet = workbookGrid(editor.doc).listSheets()[0]!;
      applyOperation(editor.doc, { type: 'setCells', sheetId: sheet.id, cells: [{ row: 150, col: 10, input: '=SUM(1,2)' }] });
      await waitFor('the cell is stored or the edit refused', async () => {
        if (editor.closes.length > 0) return true;
        const file = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
        return JSON.stringify(file.json).includes('=SUM(1,2)') || JSON.stringify(file.json).includes('SUM(1;2)');
      });
      const values = await api(server, 'GET', `/api/workspaces/${workspace.id}/values`, workspace.viewerToken);
      expect(values.status).toBe(200);
      const evaluation = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
      expect(evaluation.status).toBe(200);
      const csv = await download(server, `/api/workspaces/${workspace.id}/sheets/${encodeURIComponent(sheet.name)}.csv`, workspace.viewerToken);
      expect(new TextDecoder().decode(csv.bytes).split(/\r?\n/)[150]?.split(';')[10]).toBe('3');
    } finally {
      editor.destroy();
    }
  }, 15_000);
});

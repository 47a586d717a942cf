/**
 * JSON nested millions of levels deep (the thirteenth hostile pass): V8 parses it without a stack
 * overflow but slowly, and an admin script's POST /api/workspaces of a 16 MB `[[[[…]]]]` held the
 * server's main thread 4–7 s inside JSON.parse; an editor could do the same with a live update
 * holding Yjs' legacy JSON content. Every JSON the server reads is now scanned first
 * (models/format/jsonNesting.ts) and refused past 64 levels: a REST body with 400, a live update
 * with 4422, a presence state with 1008; everyone else is served meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { craftUpdate, updateMessage } from './support/craftedUpdates.js';
import { presenceFrame } from './support/presenceFrames.js';
import { openRawSocket, sendAndProbe } from './support/rawSocket.js';

const TOO_DEEP = 'the JSON nests arrays or objects more than 64 levels deep';
const server = serverForTests();

const arrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('JSON nested past 64 levels', () => {
  it.each([
    ['8 million nested lists (16 MB)', arrays(8_000_000)],
    ['2.5 million nested objects', objects(2_500_000)],
    ['a million levels never closed', '['.repeat(1_000_000)],
  ])('the admin creating a workspace from %s gets 400 saying why, while a colleague is served; the next creation works', async (_what, body) => {
    const colleague = await createWorkspace(server);
    const answer = await whileColleagueWorks(server, colleague, () => api(server, 'POST', '/api/workspaces', server.adminToken, body));
    expect(answer).toEqual({ status: 400, json: { error: `the body is not accepted: ${TOO_DEEP}` } });
    expect((await api(server, 'GET', `/api/workspaces/${colleague.id}/evaluation`, colleague.viewerToken)).status).toBe(200);
    await createWorkspace(server);
  }, 180_000);

  it('brackets inside a file\u2019s texts do not count: a workbook titled and filled with them is created', async () => {
    const brackets = '[{'.repeat(200) + '\\"' + ']}'.repeat(200);
    const file = `{"format":"fremskriv.workbook","version":1,"title":"${brackets.slice(0, 100)}","locale":"da-DK","sheets":[{"name":"Ark1","cells":{"A1":"${brackets}"}}]}`;
    const created = await createWorkspace(server, file);
    const read = (await api(server, 'GET', `/api/workspaces/${created.id}/workbook.json`, created.viewerToken)).json as { sheets: Array<{ cells: Record<string, unknown> }> };
    expect(read.sheets[0]!.cells.A1).toBe(JSON.parse(`"${brackets}"`));
  }, 60_000);

  it('an editor\u2019s small JSON body nested deep (saving a version) gets 400 saying why', async () => {
    const workspace = await createWorkspace(server);
    const answer = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, `{"name":${arrays(30_000)}}`);
    expect(answer).toEqual({ status: 400, json: { error: `the body is not accepted: ${TOO_DEEP}` } });
  }, 60_000);

  it('an editor\u2019s live update holding legacy JSON content of a million nested lists is closed with 4422 before it is parsed; the document is untouched and a colleague carries on', async () => {
    const workspace = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const before = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
    const raw = await openRawSocket(server, workspace.id, workspace.editorToken);
    const update = craftUpdate([{ client: 77_000_001, clock: 0, count: 1, items: [{ root: 'meta', key: 'title', content: { ref: 2, texts: [arrays(1_000_000)] } }] }]);
    const closed = await whileColleagueWorks(server, colleague, async () => {
      expect(await sendAndProbe(raw, updateMessage(update))).toBe(4422);
      return raw.closed;
    });
    expect(closed).toEqual({ code: 4422, reason: 'update refused: a value nested too deeply' });
    expect(await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).toEqual(before);
  }, 180_000);

  it('a viewer\u2019s presence state nested 100 deep is closed with 1008 saying why; a shallow one is kept', async () => {
    const workspace = await createWorkspace(server);
    // The deep one first: the shallow one's presence, sent to it, would answer its probe early.
    const deep = await openRawSocket(server, workspace.id, workspace.viewerToken);
    let state: unknown = 1;
    for (let i = 0; i < 100; i++) state = { a: state };
    expect(await sendAndProbe(deep, presenceFrame([88_002], 1, state))).toBe(1008);
    expect(await deep.closed).toEqual({ code: 1008, reason: `an awareness state: ${TOO_DEEP}` });
    const shallow = await openRawSocket(server, workspace.id, workspace.viewerToken);
    expect(await sendAndProbe(shallow, presenceFrame([88_001], 1, { user: { name: 'Bo' }, cursor: { sheet: 's1', cell: [1, 2] } }))).toBe('open');
    shallow.socket.close();
  }, 60_000);
});

/**
 * Issue 15, problem 2: one crafted Yjs update froze the server for 15–42 s, and some left their
 * workspace slow for good (pending structs written into the snapshot). Each bomb is now refused
 * at the door: the attacker's connection is closed with 4422 (4413 unread when it is larger than a
 * token may send at once), nothing is stored or forwarded, the
 * server keeps answering, and a colleague on another workspace keeps working and loses nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serverForTests } from '../harness/serverForTests.js';
import { api, workspaceForTests } from './support/api.js';
import { colleagueKeepsWorking, watchHealth } from './support/attackWatch.js';
import { bombs, craftUpdate, updateMessage } from './support/craftedUpdates.js';
import { openRawSocket } from './support/rawSocket.js';
import { connectClient, waitSynced, type SyncClient } from './support/syncClients.js';

describe('crafted-update bombs (issue 15, problem 2)', () => {
  const server = serverForTests();
  const attacked = workspaceForTests(server);
  const colleague = workspaceForTests(server);
  let before: unknown;
  /** A client on the attacked workspace: it must never receive anything of a bomb. */
  let bystander: SyncClient;
  let bystanderState: Uint8Array;

  beforeAll(async () => {
    before = (await api(server, 'GET', `/api/workspaces/${attacked.id}/workbook.json`, attacked.viewerToken)).json;
    bystander = connectClient(server, attacked.id, attacked.viewerToken);
    await waitSynced(bystander);
    bystanderState = Y.encodeStateVector(bystander.doc);
  }, 120_000);

  afterAll(async () => {
    bystander?.destroy();
  });

  async function attack(update: Uint8Array): Promise<number> {
    const message = updateMessage(update);
    expect(message.length).toBeLessThan(16 * 1024 * 1024);
    const health = watchHealth(server);
    const raw = await openRawSocket(server, attacked.id, attacked.editorToken);
    raw.socket.send(message);
    const closed = raw.closed;
    await colleagueKeepsWorking(server, colleague, closed);
    const { code } = await closed;
    const { slowestMs, failures, polls } = await health.stop();
    // Every poll answered 200 within the watcher's 5 s; no timing is asserted on a busy machine
    // (the slowest answer is in the message; the benchmark measures it).
    expect(failures, `slowest /healthz ${Math.round(slowestMs)} ms`).toEqual([]);
    expect(polls).toBeGreaterThan(0);
    const now = await api(server, 'GET', `/api/workspaces/${attacked.id}/workbook.json`, attacked.viewerToken);
    expect(now.status).toBe(200);
    expect(now.json).toEqual(before);
    expect(Y.encodeStateVector(bystander.doc), 'nothing of the attack reached the other client').toEqual(bystanderState);
    return code;
  }

  // The million keys (about 10 MB) are more than a token may send at once (twice
  // MAX_WORKSPACE_BYTES, server/sync/updateBudget.ts): refused unread with 4413.
  it.each([
    ['structs after clock gaps for 20,000 unknown clients', bombs.unknownClientsWithGaps, 4422],
    ['a delete set for 100,000 unknown clients', bombs.deleteSetForUnknownClients, 4422],
    ['100,000 sub-documents', bombs.subDocuments, 4422],
    ['1.15 million map keys', bombs.millionMapKeys, 4413],
  ])('%s: refused at the door, the server stays up, the colleague loses nothing', async (_name, bomb, code) => {
    expect(await attack(bomb())).toBe(code);
  }, 240_000);

  it('an update within the limits that would leave structs pending is closed with 4009 and kept nowhere', async () => {
    const gaps = craftUpdate(Array.from({ length: 500 }, (_, i) => ({ client: 5_000_000 + i, clock: 10, count: 1, items: [{ root: 'meta', key: 'title' }] })));
    expect(await attack(gaps)).toBe(4009);
  }, 240_000);

  it('after a restart the attacked workspace loads unchanged and nothing pending was persisted', async () => {
    await server.restart();
    const now = await api(server, 'GET', `/api/workspaces/${attacked.id}/workbook.json`, attacked.viewerToken);
    expect(now.status).toBe(200);
    expect(now.json).toEqual(before);
    expect(server.output()).not.toMatch(/workspace\.pending\.dropped/);
  }, 120_000);
});

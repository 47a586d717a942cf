/**
 * Presence and connection churn: y-protocols keeps a clock for every awareness client it ever
 * heard of, so a workspace that stayed loaded while tabs came and went (a flaky network, or a
 * link holder connecting and leaving in a loop) kept one entry per departed tab for as long as
 * it stayed loaded. The server now keeps the clocks of at most REMEMBERED_DEPARTURES departed
 * clients; what it keeps is printed with every `sync.closed` line (`presenceClocks`).
 */
import { describe, expect, it } from 'vitest';
import { REMEMBERED_DEPARTURES } from '../../server/sync/LoadedWorkspace.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { createWorkspace } from './support/api.js';
import { clientsForTests, connectClient, destroyAll, waitFor, waitSynced } from './support/syncClients.js';

/** Tabs that come and go, this many at a time (under the link's bound of open connections). */
const AT_ONCE = 10;
const CYCLES = 40;

/** The `presenceClocks` of the server's last `sync.closed` line. */
function lastPresenceClocks(server: RunningServer): number {
  const counts = [...server.output().matchAll(/ sync\.closed .*presenceClocks=(\d+)/g)].map((match) => Number(match[1]));
  expect(counts.length).toBeGreaterThan(0);
  return counts.at(-1)!;
}

describe('presence under connection churn', () => {
  const server = serverForTests({ env: { NEW_CONNECTIONS_PER_ADDRESS_PER_MINUTE: '100000' } });
  const clients = clientsForTests();

  it(`after ${AT_ONCE * CYCLES} tabs came and went, the server keeps the clocks of at most ${REMEMBERED_DEPARTURES} departed tabs besides those still there, and a colleague still sees the others come and go`, async () => {
    const workspace = await createWorkspace(server);
    const watcher = connectClient(server, workspace.id, workspace.viewerToken);
    clients.push(watcher);
    watcher.provider.awareness.setLocalStateField('user', { name: 'Vagt' });
    await waitSynced(watcher);
    const staying = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(staying);
    staying.provider.awareness.setLocalStateField('user', { name: 'Anna' });
    await waitFor('the watcher sees Anna', () => watcher.provider.awareness.getStates().get(staying.doc.clientID) !== undefined);
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const tabs = Array.from({ length: AT_ONCE }, () => connectClient(server, workspace.id, workspace.editorToken));
      for (const [i, tab] of tabs.entries()) tab.provider.awareness.setLocalStateField('user', { name: `Fane ${cycle}.${i}` });
      await waitFor('the watcher sees the tabs', () => tabs.every((tab) => watcher.provider.awareness.getStates().has(tab.doc.clientID)));
      destroyAll(tabs);
      await waitFor('the watcher sees the tabs leave', () => tabs.every((tab) => !watcher.provider.awareness.getStates().has(tab.doc.clientID)));
    }
    await waitFor('the last tab closed on the server', () => [...server.output().matchAll(/ sync\.closed /g)].length >= AT_ONCE * CYCLES);
    // The watcher's and Anna's clocks, the server's own, and the remembered departures.
    expect(lastPresenceClocks(server)).toBeLessThanOrEqual(REMEMBERED_DEPARTURES + 3);
    expect(watcher.provider.awareness.getStates().get(staying.doc.clientID)?.user).toEqual({ name: 'Anna' });
    expect([...watcher.provider.awareness.getStates().keys()].sort()).toEqual([watcher.doc.clientID, staying.doc.clientID].sort());
  }, 180_000);
});

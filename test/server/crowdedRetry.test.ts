/**
 * A tab the server refused with 4429 (its link already holds as many connections to the workspace
 * as allowed) tries again by itself (client/src/session/crowdedRetry.ts): once a colleague's tab
 * on the same link closes, it gets in and syncs, without the planner pressing «Prøv igen». Real
 * y-websocket clients against the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrowdedRetry } from '../../client/src/session/crowdedRetry.js';
import { CloseCode } from '../../models/api/closeCodes.js';
import { startServer, type RunningServer } from '../harness/serverHarness.js';
import { createWorkspace } from './support/api.js';
import { connectClient, contains, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

describe('a tab refused with 4429 tries again by itself', () => {
  let server: RunningServer;
  const clients: SyncClient[] = [];
  const retries: CrowdedRetry[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { MAX_CONNECTIONS_PER_TOKEN: '2' } });
  }, 120_000);

  afterAll(async () => {
    for (const retry of retries) retry.destroy();
    destroyAll(clients);
    await server?.stop();
  });

  it("gets in and syncs the workspace once a colleague's tab on the same link closes; while the link stays full it keeps waiting", async () => {
    const workspace = await createWorkspace(server);
    const [anna, bo] = [connectClient(server, workspace.id, workspace.editorToken), connectClient(server, workspace.id, workspace.editorToken)];
    clients.push(anna!, bo!);
    await waitSynced(anna!, bo!);
    const third = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(third);
    const retry = new CrowdedRetry(third.provider, { firstDelayMs: 50, maxDelayMs: 400 });
    retries.push(retry);
    // Refused, and refused again on its own retries while both tabs stay.
    await waitFor('refused three times', () => third.closes.filter((close) => close.code === CloseCode.tooManyConnections).length >= 3);
    expect(third.closes.every((close) => close.code === CloseCode.tooManyConnections)).toBe(true);
    expect(third.closes[0]!.reason).toBe('this link already has 2 open connections to this workspace');
    expect(third.provider.synced).toBe(false);
    bo!.destroy();
    await waitSynced(third);
    expect(contains(third.doc, anna!.doc)).toBe(true);
    expect(retry.waiting).toBe(false);
  }, 60_000);
});

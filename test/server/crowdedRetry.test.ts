/**
 * A tab the server refused with 4429 (its link already holds as many connections to the workspace
 * as allowed) tries again by itself (client/src/session/crowdedRetry.ts): once a colleague's tab
 * on the same link closes, it gets in and syncs, without the planner pressing «Prøv igen». Real
 * y-websocket clients against the real server.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CrowdedRetry } from '../../client/src/session/crowdedRetry.js';
import { CloseCode } from '../../models/api/closeCodes.js';
import { serverForTests } from '../harness/serverForTests.js';
import { createWorkspace } from './support/api.js';
import { clientsForTests, connectClient, contains, waitFor, waitSynced } from './support/syncClients.js';

describe('a tab refused with 4429 tries again by itself', () => {
  const server = serverForTests({ env: { MAX_CONNECTIONS_PER_TOKEN: '2' } });
  const clients = clientsForTests();
  const retries: CrowdedRetry[] = [];

  afterAll(() => {
    for (const retry of retries) retry.destroy();
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

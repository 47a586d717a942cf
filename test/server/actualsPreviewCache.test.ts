/**
 * The import dialog's preview asks for a dry run on every choice the planner makes; the goals it
 * moves (an engine build on a copy of the workspace) are judged once per workspace state and
 * choice: going back to a choice already previewed is answered from the scheduler's cache, and an
 * edit to the workspace judges them again; a preview the planner has left for a newer choice is
 * not judged at all. In process, counting the computations.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actualsAnswerSchema, type ActualsAnswer } from '../../models/api/actualsAnswers.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { createWorkspace, type CreatedWorkspace } from '../../server/workspaces/createWorkspace.js';
import { asV2Json, ptva02 } from '../support/jobindsatsFixtures.js';
import { workbookFile } from '../support/workbookFixtures.js';
import { startInProcessServer, type InProcessServer } from './support/inProcessServer.js';

let server: InProcessServer;
let workspace: CreatedWorkspace;

const plan = (): ReturnType<typeof workbookFile> =>
  workbookFile(
    { Plan: { A1: 'Fleksjob juni 2023', B1: '=Jobindsats!M2' }, Jobindsats: { A1: 'Hentes fra Jobindsats' } },
    { goals: [{ id: 'FLEKS', title: 'Fleksjob', value: 'Plan!B1', comparator: '>=', target: 800 }], scenarios: [{ name: 'Basis', inputs: {} }, { name: 'Lav', inputs: {} }] },
  );

beforeAll(async () => {
  server = await startInProcessServer('actuals-cache');
  workspace = await createWorkspace(server.store, plan());
});

afterAll(() => server.stop());

const file = new Blob([asV2Json(ptva02())]);

function previewForm(scenario: string, measure = 'Antal personer'): FormData {
  const form = new FormData();
  form.set('file', file, 'ptva02.json');
  form.set('measure', measure);
  form.append('filter', 'Område=Roskilde');
  form.set('rows', 'Ydelsesgrupper');
  form.set('dryRun', 'true');
  form.set('scenario', scenario);
  return form;
}

async function preview(scenario: string, measure = 'Antal personer', on: CreatedWorkspace = workspace): Promise<ActualsAnswer> {
  const response = await fetch(`${server.baseUrl}/api/workspaces/${on.id}/actuals`, { method: 'POST', headers: { Authorization: `Bearer ${on.editorToken}` }, body: previewForm(scenario, measure) });
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(200);
  return actualsAnswerSchema.parse(body);
}

async function waitUntil(condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the condition did not come to hold within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const judged = (): number => server.computed.filter((kind) => kind === 'goalsMovedByActuals').length;

describe('POST /api/workspaces/:id/actuals, dry run', { timeout: 60_000 }, () => {
  it('a choice already previewed on the same workspace state is answered without judging the goals again; another choice, another scenario or an edit judges them', async () => {
    const first = await preview('Basis');
    expect(first.goalsMoved?.map((g) => g.goalId)).toEqual(['FLEKS']);
    const runs = judged();
    // The same choice again, with the scenario named in another case: the cache answers.
    expect(await preview('basis')).toEqual({ ...first, link: { ...first.link, updatedAt: expect.any(String) } });
    expect(judged()).toBe(runs);
    // Another scenario is judged once, then answered from the cache too.
    const other = await preview('Lav');
    expect(other.scenario).toBe('Lav');
    expect(judged()).toBe(runs + 1);
    // Another measure is another choice, judged once.
    await preview('Basis', 'Antal fuldtidspersoner');
    expect(judged()).toBe(runs + 2);
    await preview('Lav');
    await preview('Basis');
    await preview('Basis', 'Antal fuldtidspersoner');
    expect(judged()).toBe(runs + 2);
    // A colleague's edit makes a new workspace state: the same choice is judged again.
    const lease = (await server.registry.acquire(workspace.id))!;
    try {
      const doc = lease.workspace.doc;
      const plan = workbookGrid(doc).sheetIdByName('Plan')!;
      applyOperation(doc, { type: 'setCells', sheetId: plan, cells: [{ row: 0, col: 0, input: 'Fleksjob, juni 2023' }] });
    } finally {
      lease.release();
    }
    const edited = await preview('Basis');
    expect(judged()).toBe(runs + 3);
    expect(edited.goalsMoved).toEqual(first.goalsMoved);
  });

  it("a preview the planner has left for a newer choice (its request aborted) is not judged: only the newest choice's goals are", async () => {
    const fresh = await createWorkspace(server.store, plan());
    const before = judged();
    const release = server.hold();
    try {
      // The first choice's request, on a connection of its own, reaches its first job (reading the file)...
      const encoded = new Response(previewForm('Basis'));
      const body = new Uint8Array(await encoded.arrayBuffer());
      const openBefore = await server.connections();
      const left = httpRequest(`${server.baseUrl}/api/workspaces/${fresh.id}/actuals`, {
        method: 'POST',
        agent: false,
        headers: { Authorization: `Bearer ${fresh.editorToken}`, 'Content-Type': encoded.headers.get('content-type')!, 'Content-Length': body.byteLength },
      });
      left.on('error', () => undefined);
      left.end(body);
      await waitUntil(() => server.held() === 1);
      // ...and the planner chooses another scenario: the dialog aborts the first request.
      left.destroy();
      await waitUntil(async () => (await server.connections()) <= openBefore);
      const newest = preview('Lav', 'Antal personer', fresh);
      release();
      expect((await newest).scenario).toBe('Lav');
    } finally {
      release();
    }
    expect(judged() - before, "the left preview's goals were judged too").toBe(1);
  });
});

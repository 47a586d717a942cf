import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as Y from 'yjs';
import { evaluationAnswerSchema, type EvaluationAnswer } from '../../models/api/analysisAnswers.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { adoptedVersionId } from '../../models/workbook/workbookReader.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serverForTests } from '../harness/serverForTests.js';
import { loadXlsx } from '../interchange/support/xlsxValues.js';
import { api, createWorkspace } from './support/api.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

const versionSchema = z.object({ id: z.string().regex(/^[\w-]{16}$/), name: z.string(), createdAt: z.iso.datetime() }).strict();

const server = serverForTests();

async function saveVersion(workspaceId: string, token: string, name: string): Promise<z.infer<typeof versionSchema>> {
  const response = await api(server, 'POST', `/api/workspaces/${workspaceId}/versions`, token, { name });
  expect(response.status).toBe(201);
  return versionSchema.parse(response.json);
}

describe('named versions', () => {
  it('save, change, restore: every connected client shows the restored content, and restoring the later version undoes it', async () => {
    const workspace = await createWorkspace(server);
    const clients: SyncClient[] = [
      connectClient(server, workspace.id, workspace.editorToken),
      connectClient(server, workspace.id, workspace.editorToken),
      connectClient(server, workspace.id, workspace.viewerToken),
    ];
    try {
      await waitSynced(...clients);
      const [editor] = clients as [SyncClient];
      const sheetId = workbookGrid(editor.doc).listSheets()[0]!.id;
      const original = cellInputAt(editor.doc, sheetId, 3, 1);
      const before = await saveVersion(workspace.id, workspace.editorToken, 'Før budgetmødet');
      expect(before.name).toBe('Før budgetmødet');

      applyOperation(editor.doc, { type: 'setCells', sheetId, cells: [{ row: 3, col: 1, input: 4242 }, { row: 60, col: 0, input: 'ny række' }] });
      applyOperation(editor.doc, { type: 'insertRows', sheetId, index: 0, count: 2 });
      await waitFor('everyone has the change', () => clients.every((c) => cellInputAt(c.doc, sheetId, 5, 1) === 4242));
      const after = await saveVersion(workspace.id, workspace.editorToken, 'Efter budgetmødet');
      const historyBefore = Y.decodeStateVector(Y.encodeStateVector(editor.doc));

      const restored = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions/${before.id}/restore`, workspace.editorToken);
      const answer = z.object({ restored: versionSchema, before: versionSchema }).parse(restored.json);
      expect(restored.status).toBe(200);
      expect(answer.restored).toEqual(before);
      // The state the restore replaced is kept as an automatic version.
      expect(answer.before.name).toBe('Før gendannelse af »Før budgetmødet«');
      await waitFor('every client shows the restored content', () =>
        clients.every((c) => cellInputAt(c.doc, sheetId, 3, 1) === original && cellInputAt(c.doc, sheetId, 60, 0) === undefined),
      );
      // A restore is a new change on top of the history, not a reset of it.
      const historyAfter = Y.decodeStateVector(Y.encodeStateVector(editor.doc));
      expect([...historyBefore].every(([client, clock]) => (historyAfter.get(client) ?? 0) >= clock)).toBe(true);
      expect([...historyAfter.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan([...historyBefore.values()].reduce((a, b) => a + b, 0));

      const listed = await api(server, 'GET', `/api/workspaces/${workspace.id}/versions`, workspace.viewerToken);
      expect(listed).toEqual({ status: 200, json: { versions: [answer.before, after, before] } });

      expect((await api(server, 'POST', `/api/workspaces/${workspace.id}/versions/${after.id}/restore`, workspace.editorToken)).status).toBe(200);
      await waitFor('restoring the later version brings the change back everywhere', () =>
        clients.every((c) => cellInputAt(c.doc, sheetId, 5, 1) === 4242 && cellInputAt(c.doc, sheetId, 62, 0) === 'ny række'),
      );
      const late = connectClient(server, workspace.id, workspace.viewerToken);
      clients.push(late);
      await waitSynced(late);
      expect(cellInputAt(late.doc, sheetId, 5, 1)).toBe(4242);
    } finally {
      destroyAll(clients);
    }
  });

  it('a restore of a workspace nobody has open is stored and served', async () => {
    const workspace = await createWorkspace(server);
    const version = await saveVersion(workspace.id, workspace.editorToken, 'Udgangspunkt');
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      const sheetId = workbookGrid(editor.doc).listSheets()[0]!.id;
      applyOperation(editor.doc, { type: 'setTitle', title: 'Ændret titel' });
      await waitFor('the change is stored', async () => JSON.stringify((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json).includes('Ændret titel'));
      editor.provider.disconnect();
      expect((await api(server, 'POST', `/api/workspaces/${workspace.id}/versions/${version.id}/restore`, workspace.editorToken)).status).toBe(200);
      const file = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
      expect(file.json).toMatchObject({ title: 'Beskæftigelsesplan 2023' });
      editor.provider.connect();
      await waitFor('the reconnected client gets the restore', () => editor.doc.getMap('meta').get('title') === 'Beskæftigelsesplan 2023');
      expect(sheetId).toBe(workbookGrid(editor.doc).listSheets()[0]!.id);
    } finally {
      editor.destroy();
    }
  });

  it.each([
    [{}, 'name'],
    [{ name: '   ' }, 'name must not be empty'],
    [{ name: 'x'.repeat(201) }, 'at most 200'],
    [{ name: 'ok', extra: 1 }, 'extra'],
    ['{"name": ', 'not valid JSON'],
  ])('saving a version with body %j is a 400 saying what is wrong', async (body, message) => {
    const workspace = await createWorkspace(server);
    const response = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, body);
    expect(response.status).toBe(400);
    expect(z.object({ error: z.string() }).parse(response.json).error).toContain(message);
  });

  it('a version saved or restored with savedBy says who; its state is served to editors only', async () => {
    const workspace = await createWorkspace(server);
    const saved = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name: 'Budget 1', savedBy: 'Anna' });
    const version = versionSchema.extend({ createdBy: z.string() }).parse(saved.json);
    expect(version.createdBy).toBe('Anna');
    const restored = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions/${version.id}/restore`, workspace.editorToken, { savedBy: 'Bo' });
    expect(z.object({ before: z.object({ createdBy: z.string() }).loose() }).loose().parse(restored.json).before.createdBy).toBe('Bo');
    const listed = z.object({ versions: z.array(z.object({ name: z.string(), createdBy: z.string().optional() }).loose()) }).parse(
      (await api(server, 'GET', `/api/workspaces/${workspace.id}/versions`, workspace.viewerToken)).json,
    );
    expect(listed.versions.map((v) => [v.name, v.createdBy])).toEqual([
      ['Før gendannelse af »Budget 1«', 'Bo'],
      ['Budget 1', 'Anna'],
    ]);

    const url = `${server.url}/api/workspaces/${workspace.id}/versions/${version.id}/state`;
    const state = await fetch(url, { headers: { Authorization: `Bearer ${workspace.editorToken}` } });
    expect(state.status).toBe(200);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(await state.arrayBuffer()));
    expect(workbookGrid(doc).listSheets().length).toBeGreaterThan(0);
    doc.destroy();
    expect((await fetch(url, { headers: { Authorization: `Bearer ${workspace.viewerToken}` } })).status).toBe(403);
  });

  it("restoring an unknown version, or another workspace's version, is a 404", async () => {
    const [mine, theirs] = await Promise.all([createWorkspace(server), createWorkspace(server)]);
    const theirVersion = await saveVersion(theirs.id, theirs.editorToken, 'Deres');
    for (const versionId of ['AAAAAAAAAAAAAAAA', theirVersion.id, 'not-an-id']) {
      const response = await api(server, 'POST', `/api/workspaces/${mine.id}/versions/${versionId}/restore`, mine.editorToken);
      expect(response).toEqual({ status: 404, json: { error: 'no such version' } });
    }
  });

  it("the adopted plan: anyone with access reads what a version projected; an editor's mark reaches everyone, a viewer's never", async () => {
    const workspace = await createWorkspace(server);
    const version = await saveVersion(workspace.id, workspace.editorToken, 'Vedtaget plan');
    const plan = await api(server, 'GET', `/api/workspaces/${workspace.id}/versions/${version.id}/plan`, workspace.viewerToken);
    expect(plan.status).toBe(200);
    const answer = z
      .object({
        version: versionSchema,
        scenarios: z.array(z.object({ id: z.string(), name: z.string(), goals: z.array(z.object({ id: z.string(), periods: z.array(z.string().nullable()), series: z.array(z.number().nullable()), indicator: z.string(), indicatorIdentity: z.string().optional(), actual: z.array(z.boolean()) }).strict()) }).strict()),
      })
      .strict()
      .parse(plan.json);
    expect(answer.version).toEqual(version);
    const lm2 = answer.scenarios[0]!.goals.find((g) => g.id === 'LM2')!;
    // The template's LM2 projects 358 for December 2023 under Basis (models/templates/README.md).
    expect(Math.round(lm2.series[lm2.periods.indexOf('2023-12')]!)).toBe(358);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/versions/AAAAAAAAAAAAAAAA/plan`, workspace.viewerToken)).status).toBe(404);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/versions/${version.id}/plan`, 'wrong')).status).toBe(401);

    const editor = connectClient(server, workspace.id, workspace.editorToken);
    const viewer = connectClient(server, workspace.id, workspace.viewerToken);
    try {
      await waitSynced(editor, viewer);
      applyOperation(viewer.doc, { type: 'setAdoptedVersion', versionId: 'fromTheViewer123' });
      // Frames on one connection are handled in order: once the viewer's awareness has reached
      // the editor, so would its update have.
      viewer.provider.awareness.setLocalState({ user: 'viewer' });
      await waitFor("the editor sees the viewer's awareness", () => editor.provider.awareness.getStates().get(viewer.doc.clientID)?.user === 'viewer');
      expect(adoptedVersionId(editor.doc)).toBeNull();
      applyOperation(editor.doc, { type: 'setAdoptedVersion', versionId: version.id });
      // (The viewer's own copy keeps its refused local value; its interface is read-only.)
      const late = connectClient(server, workspace.id, workspace.viewerToken);
      try {
        await waitFor('a colleague opening the workspace sees the mark', () => adoptedVersionId(late.doc) === version.id);
      } finally {
        destroyAll([late]);
      }
    } finally {
      destroyAll([editor, viewer]);
    }
  });

  it('the evaluation (GET …/evaluation) carries the adopted plan: each actual month since the plan against what it projected', { timeout: 120_000 }, async () => {
    const workspace = await createWorkspace(server);
    const version = await saveVersion(workspace.id, workspace.editorToken, 'Beskæftigelsesplan 2023');
    const evaluation = async (): Promise<EvaluationAnswer> => {
      const answer = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
      expect(answer.status).toBe(200);
      const parsed = evaluationAnswerSchema.parse(answer.json);
      // Object schemas strip unknown keys: what was parsed is all that was sent.
      expect(parsed).toEqual(answer.json);
      return parsed;
    };
    const lm2 = (report: EvaluationAnswer) => report.scenarios[0]!.goals.find((g) => g.id === 'LM2')!;
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      expect((await evaluation()).adoptedPlan).toBeNull();
      applyOperation(editor.doc, { type: 'setAdoptedVersion', versionId: version.id });
      // January 2023 comes in: a typed figure in LM2's projected month (Fremskrivning!K12) is an actual month.
      const sheetId = workbookGrid(editor.doc).sheetIdByName('Fremskrivning')!;
      applyOperation(editor.doc, { type: 'setCells', sheetId, cells: [{ row: 11, col: 10, input: 450 }] });
      let report: EvaluationAnswer | null = null;
      await waitFor('the evaluation compares January with the plan', async () => {
        report = await evaluation();
        return lm2(report).plan?.latest?.month === '2023-01';
      }, 60_000);
      const { adoptedPlan, scenarios } = report!;
      expect(adoptedPlan).toEqual({ versionId: version.id, name: 'Beskæftigelsesplan 2023', found: true });
      const plan = await api(server, 'GET', `/api/workspaces/${workspace.id}/versions/${version.id}/plan`, workspace.viewerToken);
      const planned = (plan.json as { scenarios: Array<{ goals: Array<{ id: string; periods: string[]; series: number[] }> }> }).scenarios[0]!.goals.find((g) => g.id === 'LM2')!;
      const januaryPlanned = planned.series[planned.periods.indexOf('2023-01')]!;
      const january = lm2(report!).plan!;
      expect(january).toMatchObject({ scenario: 'Basis', matchedBy: 'id', planGoal: 'LM2' });
      // The months up to 2022-12 the plan already knew: only January is compared.
      expect(january.months).toEqual([january.latest]);
      expect(january.latest).toMatchObject({ actual: 450, planned: januaryPlanned, onTrack: 450 <= januaryPlanned });
      expect(scenarios.every((s) => s.goals.every((g) => g.benchmark === null))).toBe(true);
      // The XLSX export compares the same month in its follow-up sheet.
      const xlsx = await fetch(`${server.url}/api/workspaces/${workspace.id}/export.xlsx`, { headers: { Authorization: `Bearer ${workspace.viewerToken}` } });
      expect(xlsx.status).toBe(200);
      const followUp = (await loadXlsx(new Uint8Array(await xlsx.arrayBuffer()))).getWorksheet('Opfølgning')!;
      const row = Array.from(followUp.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : [])).find((r) => r[0] === 'LM2' && r[2] === 'Basis');
      expect(row?.slice(4, 7)).toEqual(['2023-01', 450, januaryPlanned]);

      // A mark naming a version that is not the workspace's: named as not found, no comparison.
      applyOperation(editor.doc, { type: 'setAdoptedVersion', versionId: 'AAAAAAAAAAAAAAAA' });
      await waitFor('the evaluation names the missing version', async () => (await evaluation()).adoptedPlan?.found === false, 60_000);
      expect(lm2(await evaluation()).plan).toBeNull();
    } finally {
      destroyAll([editor]);
    }
  });
});

/**
 * GET /api/workspaces/:id/values (issue 17: a first visit's grid shows the server's last computed
 * values while its engine worker loads). In process, on the real store, registry, scheduler and
 * HTTP routes, with the worker threads' job run in this process so that the test can count the
 * computations: the cache answers every open of an unchanged document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { valuesAnswerSchema, type ValuesAnswer } from '../../models/api/valuesAnswers.js';
import { scenariosToEvaluate } from '../../models/scenarios/scenarioModel.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { scenarioRecords } from '../../models/workbook/workbookReader.js';
import { firstValuesJob } from '../../server/work/firstValuesJob.js';
import { createWorkspace, type CreatedWorkspace } from '../../server/workspaces/createWorkspace.js';
import { startInProcessServer, type InProcessServer } from './support/inProcessServer.js';
import { belongsTo } from '../../client/src/engines/serverValues.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { cellLook } from '../../models/format/cellLook.js';
import { goalStatus } from '../../models/goals/goalStatus.js';
import { readGoals } from '../../models/goals/goalModel.js';
import { GoalJudgements } from '../../models/scenarios/goalJudgements.js';
import { cellFormatAt } from '../../models/workbook/readCells.js';
import { goalsArray } from '../../models/workbook/workbookSchema.js';

const file: WorkbookFile = {
  format: 'fremskriv.workbook',
  version: 1,
  title: 'Første visning',
  locale: 'da-DK',
  // E1 spills D1:D3, D2 blank (Excel shows 0 there, models/engine/spilledBlanks.ts).
  sheets: [{ name: 'Tal', cells: { A1: 'Ledige', B1: 100, B2: '=B1*2', B3: '=B2+1', C1: 1234.5, C2: '=C1/0', D1: 5, D3: 7, E1: '=TAKE(D1:D3,3)' } }],
  goals: [{ id: 'G1', title: 'Højst 250', value: '=Tal!B3', comparator: '<=', target: 250 }],
  scenarios: [
    { name: 'Basis', inputs: {} },
    { name: 'Flere ledige', inputs: { 'Tal!B1': 200 } },
  ],
};

let server: InProcessServer;
let baseUrl: string;
let store: InProcessServer['store'];
let registry: InProcessServer['registry'];
let computed: InProcessServer['computed'];
let workspace: CreatedWorkspace;

beforeAll(async () => {
  server = await startInProcessServer('values');
  ({ baseUrl, store, registry, computed } = server);
  workspace = await createWorkspace(store, file);
});

afterAll(() => server.stop());

async function getValues(token: string | undefined, query = ''): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}/api/workspaces/${workspace.id}/values${query}`, token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: await response.json() };
}

/** The values of one cell of the sheet Tal, by its A1 row and column (0-based). */
function valueAt(doc: Y.Doc, answer: ValuesAnswer, row: number, col: number): unknown {
  const grid = workbookGrid(doc);
  const sheetId = grid.sheetIdByName('Tal')!;
  const [rowId, colId] = [grid.rowIds(sheetId)[row], grid.colIds(sheetId)[col]];
  for (let i = 0; i < answer.cells.length; i += 4) if (answer.cells[i] === sheetId && answer.cells[i + 1] === rowId && answer.cells[i + 2] === colId) return answer.cells[i + 3];
  return undefined;
}

/** A copy of the workspace's document as a synced page would hold it. */
async function syncedCopy(): Promise<Y.Doc> {
  const lease = (await registry.acquire(workspace.id))!;
  try {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(lease.workspace.doc));
    return doc;
  } finally {
    lease.release();
  }
}

describe('GET /api/workspaces/:id/values', () => {
  it('answers a viewer with the first scenario\'s computed values and judged goals, for the synced document state', async () => {
    const { status, body } = await getValues(workspace.viewerToken);
    expect(status).toBe(200);
    const answer = valuesAnswerSchema.parse(body);
    const doc = await syncedCopy();
    try {
      expect(valueAt(doc, answer, 1, 1)).toBe(200);
      expect(valueAt(doc, answer, 2, 1)).toBe(201);
      // A spilled blank is the 0 Excel shows, sent as a value like any other.
      expect([1, 2].map((row) => valueAt(doc, answer, row, 4))).toEqual([0, 7]);
      expect(answer.complete).toBe(true);
      expect(answer.evaluation.scenario.name).toBe('Basis');
      expect(answer.evaluation.goals).toMatchObject([{ id: 'G1', value: 201, met: true, margin: 49 }]);
      expect(belongsTo(answer, doc)).toBe(true);
    } finally {
      doc.destroy();
    }
  });

  it('computes another scenario by its id, and refuses an unknown one with 404', async () => {
    const first = valuesAnswerSchema.parse((await getValues(workspace.editorToken)).body);
    const doc = await syncedCopy();
    try {
      const otherId = scenariosToEvaluate(scenarioRecords(doc), workbookGrid(doc)).find((s) => s.id !== first.scenario)!.id;
      const other = valuesAnswerSchema.parse((await getValues(workspace.viewerToken, `?scenario=${encodeURIComponent(otherId)}`)).body);
      expect(other.evaluation.scenario.name).toBe('Flere ledige');
      expect(valueAt(doc, other, 2, 1)).toBe(401);
      expect(other.evaluation.goals[0]).toMatchObject({ id: 'G1', met: false });
    } finally {
      doc.destroy();
    }
    const unknown = await getValues(workspace.viewerToken, '?scenario=ikke-til');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: expect.stringContaining('unknown scenario id') });
  });

  it('refuses a request without a token or with a wrong one (401) and for an unknown workspace (404), as the other reads', async () => {
    expect((await getValues(undefined)).status).toBe(401);
    expect((await getValues('forkert-token')).status).toBe(401);
    const unknown = await fetch(`${baseUrl}/api/workspaces/findes-ikke/values`, { headers: { Authorization: `Bearer ${workspace.viewerToken}` } });
    expect(unknown.status).toBe(404);
  });

  it('answers repeated opens of an unchanged document from the cache, and computes again after an edit', async () => {
    const before = valuesAnswerSchema.parse((await getValues(workspace.viewerToken)).body);
    const runs = computed.filter((kind) => kind === 'firstValues').length;
    for (let i = 0; i < 3; i++) expect(valuesAnswerSchema.parse((await getValues(workspace.editorToken)).body)).toEqual(before);
    expect(computed.filter((kind) => kind === 'firstValues').length).toBe(runs);

    const stale = await syncedCopy();
    const lease = (await registry.acquire(workspace.id))!;
    try {
      const sheetId = workbookGrid(lease.workspace.doc).sheetIdByName('Tal')!;
      applyOperation(lease.workspace.doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 1, input: 150 }] });
    } finally {
      lease.release();
    }
    const after = valuesAnswerSchema.parse((await getValues(workspace.viewerToken)).body);
    expect(computed.filter((kind) => kind === 'firstValues').length).toBe(runs + 1);
    const current = await syncedCopy();
    try {
      expect(valueAt(current, after, 2, 1)).toBe(301);
      // A page still holding the older document must not take the new values as its own, nor the reverse.
      expect(belongsTo(after, current)).toBe(true);
      expect(belongsTo(after, stale)).toBe(false);
      expect(belongsTo(before, current)).toBe(false);
    } finally {
      stale.destroy();
      current.destroy();
    }
  });

  it('notices a deletion: a cleared cell changes the document state even though no clock moved', async () => {
    const doc = await syncedCopy();
    try {
      const answer = valuesAnswerSchema.parse((await getValues(workspace.viewerToken)).body);
      expect(belongsTo(answer, doc)).toBe(true);
      const sheetId = workbookGrid(doc).sheetIdByName('Tal')!;
      applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 0, input: null }] });
      expect(belongsTo(answer, doc)).toBe(false);
    } finally {
      doc.destroy();
    }
  });

  it('stops at its bound on cells and says the answer is not complete', async () => {
    const doc = await syncedCopy();
    try {
      const bounded = firstValuesJob(doc, undefined, undefined, 2);
      expect(bounded.cells).toHaveLength(2 * 4);
      expect(bounded.complete).toBe(false);
      expect(firstValuesJob(doc, undefined).complete).toBe(true);
    } finally {
      doc.destroy();
    }
  });
});

describe('GET /api/workspaces/:id/values?screen=<locale> (the pre-screen)', () => {
  it('sends the first sheet\'s cells as the grid shows them and each goal\'s badge, as the engine computes them', async () => {
    const answer = valuesAnswerSchema.parse((await getValues(workspace.viewerToken, '?screen=da-DK')).body);
    const screen = answer.screen!;
    expect(screen.title).toBe('Første visning');
    expect(screen.sheets).toEqual(['Tal']);
    // Danish number format, an error as the grid writes it, text and numbers aligned as in the grid.
    // (B1 is edited by the tests above; its text is checked against the engine below.)
    expect(screen.rows[0]![0]!.text).toBe('Ledige');
    // A number comes with its value, which the page fits to its column (models/format/numberFit.ts).
    expect(screen.rows[0]![2]).toEqual({ text: '1.234,5', classes: ['fx-num'], number: 1234.5 });
    expect(screen.rows[1]![2]!.classes).toContain('fx-err');
    const doc = await syncedCopy();
    const engine = new WorkbookEngine(doc, answer.scenario === '' ? undefined : answer.scenario, false);
    try {
      const sheetId = workbookGrid(doc).sheetIdByName('Tal')!;
      screen.rows.forEach((cells, row) =>
        cells.forEach((cell, col) => expect(cell.text).toBe(cellLook(engine.value(sheetId, row, col), cellFormatAt(doc, sheetId, row, col), 'da-DK').text)),
      );
      const goals = readGoals(goalsArray(doc), workbookGrid(doc));
      const results = new GoalJudgements().judge(engine, goals);
      expect(screen.goals).toEqual(goals.map((goal, i) => ({ id: goal.id, title: goal.title, status: goalStatus(results[i], goal) })));
      expect(screen.goals).toEqual([{ id: 'G1', title: 'Højst 250', status: results[0]!.met ? 'met' : 'missed' }]);
    } finally {
      engine.destroy();
      doc.destroy();
    }
    // The values beside it are those of the plain answer.
    const plain = valuesAnswerSchema.parse((await getValues(workspace.viewerToken)).body);
    expect(plain.screen).toBeUndefined();
    expect(answer.cells).toEqual(plain.cells);
  });

  it('writes numbers in the English format when the page asks for en-GB', async () => {
    const answer = valuesAnswerSchema.parse((await getValues(workspace.editorToken, '?screen=en-GB')).body);
    expect(answer.screen!.rows[0]![2]!.text).toBe('1,234.5');
  });

  it('keeps the access rule of the values (401 without or with a wrong token, 404 for an unknown workspace) and refuses a bad request with 400', async () => {
    expect((await getValues(undefined, '?screen=da-DK')).status).toBe(401);
    expect((await getValues('forkert-token', '?screen=da-DK')).status).toBe(401);
    const unknown = await fetch(`${baseUrl}/api/workspaces/findes-ikke/values?screen=da-DK`, { headers: { Authorization: `Bearer ${workspace.viewerToken}` } });
    expect(unknown.status).toBe(404);
    const badLocale = await getValues(workspace.viewerToken, '?screen=fr-FR');
    expect(badLocale.status).toBe(400);
    expect(badLocale.body).toMatchObject({ error: expect.stringContaining('da-DK or en-GB') });
    const withScenario = await getValues(workspace.viewerToken, '?screen=da-DK&scenario=x');
    expect(withScenario.status).toBe(400);
  });
});

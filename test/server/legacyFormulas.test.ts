/**
 * A workspace stored before formulas spilled (nineteenth session): its `=Data!B2:B4*2` filled
 * down and `=B2:B4` were intersected with their row, as legacy Excel reads them. Opened now, the
 * server writes those ranges as SINGLE(…) once, before anyone syncs, so every figure a planner
 * already sent on stays what it was (models/engine/legacyFormulas.ts). The workspace is written
 * into the data directory as the store wrote it then (no `formulaDialect` in its meta), and read
 * through the real server's REST API.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaMap } from '../../models/workbook/workbookSchema.js';
import { createWorkspace, type CreatedWorkspace } from '../../server/workspaces/createWorkspace.js';
import { serverForTests } from '../harness/serverForTests.js';
import { workbookFile } from '../support/workbookFixtures.js';
import { api } from './support/api.js';
import { storedBeforeStart, storedState } from './support/storedDocument.js';

let workspace: CreatedWorkspace;
/** A version saved before formulas spilled. */
const OLD_VERSION = { id: 'oldVersion_00001', name: 'Sendt til udvalget', createdAt: '2026-11-01T10:00:00.000Z' };

/** The document as the previous code stored it: the same formulas, no dialect marker. */
function legacyState(): Uint8Array {
  const file = workbookFile(
    {
      Data: { A1: 'Ledige', B2: 10, B3: 20, B4: 30, D2: '=B2:B4', E6: '=B2:B4' },
      Beregning: { C2: '=Data!B2:B4*2', C3: '=Data!B3:B5*2', C4: '=Data!B4:B6*2' },
    },
    { locale: 'en-GB', goals: [{ id: 'G1', title: 'Row 3', value: '=Beregning!C3', comparator: '<=', target: 100 }], scenarios: [{ name: 'Basis', inputs: {} }] },
  );
  return storedState(file, (doc) => metaMap(doc).delete('formulaDialect'));
}

const dataDir = storedBeforeStart('legacy', async (store) => {
  workspace = await createWorkspace(store, legacyState());
  await store.saveVersion(workspace.id, OLD_VERSION, 100 * 1024 * 1024, legacyState());
});
const server = serverForTests(() => ({ dataDir }));

async function csv(sheet: string): Promise<string[][]> {
  const response = await api(server, 'GET', `/api/workspaces/${workspace.id}/sheets/${sheet}.csv?separator=,&decimal=.`, workspace.viewerToken);
  expect(response.status).toBe(200);
  return String(response.json).replace(/^\uFEFF/, '').replace(/\r\n$/, '').split(/\r\n/).map((line) => line.split(','));
}

describe('a workspace stored before formulas spilled', () => {
  it('shows the values it showed then, per row, not #SPILL! or a spilled block', async () => {
    const beregning = await csv('Beregning');
    expect(beregning.slice(1, 4).map((row) => row[2])).toEqual(['20', '40', '60']);
    const data = await csv('Data');
    expect(data[1]![3]).toBe('10');
    expect(data[2]?.[3] ?? '').toBe('');
    expect(data[5]![4]).toBe('#VALUE!');
    const evaluation = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
    expect(evaluation.status).toBe(200);
    const goal = (evaluation.json as { scenarios: Array<{ goals: Array<{ value: unknown }> }> }).scenarios[0]!.goals[0]!;
    expect(goal.value).toBe(40);
  });

  it('holds its intersected ranges as SINGLE, marked as written in the dynamic-array dialect', async () => {
    const response = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.editorToken);
    expect(response.status).toBe(200);
    const file = response.json as { formulaDialect?: string; sheets: Array<{ name: string; cells: Record<string, unknown> }> };
    expect(file.formulaDialect).toBe('dynamicArrays');
    const cells = Object.fromEntries(file.sheets.map((s) => [s.name, s.cells]));
    expect(cells.Beregning).toMatchObject({ C2: '=SINGLE(Data!B2:B4)*2', C3: '=SINGLE(Data!B3:B5)*2', C4: '=SINGLE(Data!B4:B6)*2' });
    expect(cells.Data).toMatchObject({ D2: '=SINGLE(B2:B4)', E6: '=SINGLE(B2:B4)' });
    expect(server.output()).toMatch(/workspace\.formulas\.legacy .*rewritten=5/);
  });

  it('serves a version saved before with SINGLE, and restoring it keeps the values and the marker', async () => {
    const response = await fetch(`${server.url}/api/workspaces/${workspace.id}/versions/${OLD_VERSION.id}/state`, { headers: { authorization: `Bearer ${workspace.editorToken}` } });
    expect(response.status).toBe(200);
    const version = new Y.Doc();
    Y.applyUpdate(version, new Uint8Array(await response.arrayBuffer()));
    expect(metaMap(version).get('formulaDialect')).toBe('dynamicArrays');
    version.destroy();
    const restored = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions/${OLD_VERSION.id}/restore`, workspace.editorToken, {});
    expect(restored.status).toBe(200);
    const file = (await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.editorToken)).json as { formulaDialect?: string; sheets: Array<{ name: string; cells: Record<string, unknown> }> };
    expect(file.formulaDialect).toBe('dynamicArrays');
    expect(file.sheets.find((s) => s.name === 'Data')!.cells.D2).toBe('=SINGLE(B2:B4)');
    expect((await csv('Beregning')).slice(1, 4).map((row) => row[2])).toEqual(['20', '40', '60']);
  });
});

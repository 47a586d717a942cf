/**
 * A workspace with a text typed in the grid's last cell, XFD40000 (the fourteenth hostile pass):
 * the first view's values (GET …/values, what every page open asks) copied the sheet whole,
 * 655 million entries, and ran out of the worker's memory after 146 s (503); the engine worker
 * in every colleague's browser did the same. Now they answer with the sheet's few values.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';

// Less memory than the default 1024 MB, so that a sheet copied whole fails in seconds, not minutes.
const server = serverForTests({ env: { WORK_MEMORY_MB: '384' } });

describe('a text in the grid\u2019s last cell', () => {
  it('the first view\u2019s values, the evaluation and the CSV answer with the sheet\u2019s values while a colleague carries on', async () => {
    const colleague = await createWorkspace(server);
    const workspace = await createWorkspace(server, { format: 'fremskriv.workbook', version: 1, title: 'Hjørnet', locale: 'da-DK', sheets: [{ name: 'Ark1', cells: { A1: 1, B1: '=A1*2', XFD40000: 'hjørnet' } }] });
    const values = await whileColleagueWorks(server, colleague, () => api(server, 'GET', `/api/workspaces/${workspace.id}/values`, workspace.viewerToken));
    expect(values.status).toBe(200);
    const { cells, complete } = z.object({ cells: z.array(z.unknown()), complete: z.boolean() }).parse(values.json);
    expect(complete).toBe(true);
    expect(cells.filter((cell) => typeof cell !== 'string' || cell === 'hjørnet')).toEqual([1, 2, 'hjørnet']);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken)).status).toBe(200);
    const csv = await fetch(`${server.url}/api/workspaces/${workspace.id}/sheets/Ark1.csv`, { headers: { authorization: `Bearer ${workspace.viewerToken}` } });
    expect(csv.status).toBe(200);
    expect((await csv.text()).trimEnd().endsWith('hjørnet')).toBe(true);
  }, 240_000);
});

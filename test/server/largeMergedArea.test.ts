/**
 * A merged area as large as the sheet allows (a v1 file's `merges`, or a live edit) once made the
 * .xlsx export build a cell for every cell it covers: the worker ran out of memory after minutes
 * and the export answered 503, every time, for everyone in the workspace (eleventh hostile pass).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { requestOnFreshConnection } from '../harness/freshConnection.js';
import { api, createWorkspace } from './support/api.js';

const server = serverForTests();

describe('a merged area over most of a sheet', () => {
  it('is exported as one <mergeCell> with the sheet’s values, and the export is re-imported with it', async () => {
    const workspace = await createWorkspace(server, {
      format: 'fremskriv.workbook',
      version: 1,
      title: 'Flettet',
      locale: 'da-DK',
      formulaDialect: 'dynamicArrays',
      sheets: [{ name: 'Data', cells: { A1: 21, B2: '=A1*2', C3: 'Overskrift' }, merges: ['C3:AZZ40000'] }],
    });
    const answer = await requestOnFreshConnection(`${server.url}/api/workspaces/${workspace.id}/export.xlsx`, { headers: { authorization: `Bearer ${workspace.viewerToken}` } });
    expect(answer.status).toBe(200);
    const sheetXml = strFromU8(unzipSync(answer.bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toMatch(/<mergeCell ref="C3:AZZ40000"\/>/);
    expect(sheetXml).toMatch(/<c r="B2"[^>]*><f>A1\*2<\/f><v>42<\/v><\/c>/);

    const copy = await createWorkspace(server);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(answer.bytes)]), 'Flettet.xlsx');
    form.append('mode', 'replace');
    const imported = await fetch(`${server.url}/api/workspaces/${copy.id}/import`, { method: 'POST', headers: { authorization: `Bearer ${copy.editorToken}` }, body: form });
    expect(imported.status).toBe(200);
    const file = (await api(server, 'GET', `/api/workspaces/${copy.id}/workbook.json`, copy.viewerToken)).json as { sheets: Array<{ name: string; cells: Record<string, unknown>; merges?: string[] }> };
    const data = file.sheets.find((sheet) => sheet.name === 'Data');
    expect(data?.merges).toEqual(['C3:AZZ40000']);
    expect(data?.cells).toMatchObject({ A1: 21, B2: '=A1*2', C3: 'Overskrift' });
  });
});

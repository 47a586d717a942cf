import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importCsv } from '../../models/interchange/csvImport.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace } from '../server/support/api.js';
import { connectClient, destroyAll, waitFor, waitSynced } from '../server/support/syncClients.js';
import { HOSTILE_FILES } from './support/hostileFiles.js';
import { download, upload, uploadTo } from './support/restClient.js';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const server = serverForTests({ env: { MAX_BODY_BYTES: String(MAX_BODY_BYTES) } });

const answerSchema = z.object({
  dryRun: z.boolean(),
  imported: z.object({
    mode: z.enum(['sheets', 'replace']),
    title: z.string(),
    sheets: z.array(z.object({ name: z.string(), rows: z.number(), columns: z.number(), cells: z.number(), formulas: z.number(), preview: z.array(z.array(z.unknown())) })),
    goals: z.number(),
    scenarios: z.number(),
  }),
  unsupportedFunctions: z.array(z.object({ function: z.string(), kind: z.enum(['function', 'name', 'syntax']), sheet: z.string(), cell: z.string() })),
  unsupportedFunctionCount: z.number(),
  warnings: z.array(z.string()),
  versionSaved: z.object({ id: z.string(), name: z.string(), createdAt: z.string() }).nullable(),
});

async function workbookJson(workspaceId: string, token: string): Promise<unknown> {
  const response = await api(server, 'GET', `/api/workspaces/${workspaceId}/workbook.json`, token);
  expect(response.status).toBe(200);
  return response.json;
}

const csvFile = (text: string, name = 'Faktiske tal.csv') => ({ bytes: new TextEncoder().encode(text), name });

function errorOf(json: unknown): string {
  return z.object({ error: z.string() }).parse(json).error;
}

/** The status of an upload declaring a body over the limit (answered before the body is sent). */
function declaredTooLarge(workspaceId: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/api/workspaces/${workspaceId}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(MAX_BODY_BYTES + 1) },
    });
    req.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

describe('GET /api/workspaces/:id/export.xlsx', () => {
  it('gives a viewer the workspace as .xlsx that imports back as the same workspace', async () => {
    const workspace = await createWorkspace(server);
    const response = await download(server, `/api/workspaces/${workspace.id}/export.xlsx`, workspace.viewerToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''Besk%C3%A6ftigelsesplan%202023.xlsx");
    expect(response.headers.get('cache-control')).toBe('no-store');
    const imported = importedWorkbookFile(await importXlsx(response.bytes));
    expect(imported).toEqual(await workbookJson(workspace.id, workspace.viewerToken));
  });

  it("under ?scenario= holds that scenario's inputs", async () => {
    const workspace = await createWorkspace(server);
    const response = await download(server, `/api/workspaces/${workspace.id}/export.xlsx?scenario=${encodeURIComponent('Lavkonjunktur')}`, workspace.editorToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('Lavkonjunktur.xlsx');
    expect((await importXlsx(response.bytes)).sheets[0]!.cells.B5).toBe(1.1);
  });

  it.each([
    ['?scenario=Ingen', undefined, 404, 'no scenario named "Ingen"'],
    ['?format=xls', undefined, 400, 'unknown option: format'],
    ['', 'none', 401, ''],
  ])('answers %s with the right error', async (query, token, status, message) => {
    const workspace = await createWorkspace(server);
    const response = await download(server, `/api/workspaces/${workspace.id}/export.xlsx${query}`, token === 'none' ? undefined : workspace.viewerToken);
    expect(response.status).toBe(status);
    if (message) expect(errorOf(response.json)).toContain(message);
  });
});

describe('GET /api/workspaces/:id/sheets/:sheet.csv', () => {
  it('gives the values of one sheet with ; and decimal comma by default, and other marks on request', async () => {
    const workspace = await createWorkspace(server);
    const path = `/api/workspaces/${workspace.id}/sheets/${encodeURIComponent('Forudsætninger')}.csv`;
    const danish = await download(server, path, workspace.viewerToken);
    expect(danish.status).toBe(200);
    expect(danish.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...danish.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(danish.bytes);
    expect(text).toMatch(/;0,\d/);
    const english = new TextDecoder().decode((await download(server, `${path}?separator=,&decimal=.`, workspace.viewerToken)).bytes);
    expect(english).toMatch(/,0\.\d/);
    expect(importCsv(danish.bytes).sheets[0]!.cells).toEqual(importCsv(new TextEncoder().encode(english)).sheets[0]!.cells);
  });

  it("under ?scenario= holds that scenario's values and names workbook, sheet and scenario in the file name", async () => {
    const workspace = await createWorkspace(server);
    const path = `/api/workspaces/${workspace.id}/sheets/${encodeURIComponent('Forudsætninger')}.csv`;
    const own = await download(server, path, workspace.viewerToken);
    expect(own.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Beskæftigelsesplan 2023 - Forudsætninger.csv')}`);
    const scenario = await download(server, `${path}?scenario=Lavkonjunktur`, workspace.viewerToken);
    expect(scenario.status).toBe(200);
    expect(scenario.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Beskæftigelsesplan 2023 - Forudsætninger - Lavkonjunktur.csv')}`);
    // Lavkonjunktur's assumption in B5 is 1.1; the sheet's own value is another.
    expect(importCsv(scenario.bytes).sheets[0]!.cells.B5).toBe(1.1);
    expect(importCsv(own.bytes).sheets[0]!.cells.B5).not.toBe(1.1);
  });

  it.each([
    ['Findes ikke.csv', '', 404, 'no sheet named "Findes ikke"'],
    ['Budget.csv', '?separator=x', 400, 'separator must be'],
    ['Budget.csv', '?separator=,&decimal=,', 400, 'must differ'],
    ['Budget.csv', '?scenario=Ingen', 404, 'no scenario'],
  ])('answers %s%s with %i', async (sheet, query, status, message) => {
    const workspace = await createWorkspace(server);
    const response = await download(server, `/api/workspaces/${workspace.id}/sheets/${encodeURIComponent(sheet.replace(/\.csv$/, ''))}.csv${query}`, workspace.viewerToken);
    expect(response.status).toBe(status);
    expect(errorOf(response.json)).toContain(message);
  });
});

describe('POST /api/workspaces/:id/import', () => {
  it('adds a CSV as a new sheet that every connected client sees live, and stores it', async () => {
    const workspace = await createWorkspace(server);
    const clients = [connectClient(server, workspace.id, workspace.editorToken), connectClient(server, workspace.id, workspace.viewerToken)];
    try {
      await waitSynced(...clients);
      const response = await upload(server, workspace.id, workspace.editorToken, csvFile('Måned;Ledige\n2023-01;1.234,5\n2023-02;1.250\n'));
      expect(response.status).toBe(200);
      const body = answerSchema.parse(response.json);
      expect(body.imported.sheets).toEqual([{ name: 'Faktiske tal', rows: 3, columns: 2, cells: 6, formulas: 0, preview: [['Måned', 'Ledige'], ['2023-01', 1234.5], ['2023-02', 1250]] }]);
      await waitFor('every client has the new sheet', () =>
        clients.every((c) => {
          const sheetId = workbookGrid(c.doc).sheetIdByName('Faktiske tal');
          return sheetId !== undefined && cellInputAt(c.doc, sheetId, 1, 1) === 1234.5;
        }),
      );
      const stored = z.object({ sheets: z.array(z.object({ name: z.string() })) }).parse(await workbookJson(workspace.id, workspace.viewerToken));
      expect(stored.sheets.map((s) => s.name)).toContain('Faktiske tal');
    } finally {
      destroyAll(clients);
    }
  });

  it('previews without changing anything when dryRun=true', async () => {
    const workspace = await createWorkspace(server);
    const before = await workbookJson(workspace.id, workspace.viewerToken);
    const response = await upload(server, workspace.id, workspace.editorToken, csvFile('A;B\n1;2\n'), { dryRun: 'true', sheet: 'Budget' });
    expect(response.status).toBe(200);
    const body = answerSchema.parse(response.json);
    expect(body.dryRun).toBe(true);
    expect(body.imported.sheets[0]!.name).toBe('Budget (2)');
    expect(await workbookJson(workspace.id, workspace.viewerToken)).toEqual(before);
  });

  it('answers each note twice: the English sentence in `warnings` as before, and its kind and parameters in `warningDetails`', async () => {
    const workspace = await createWorkspace(server);
    // Windows-1252 (ø as 0xF8) and a line with an unbalanced quote.
    const bytes = new Uint8Array([...new TextEncoder().encode('M'), 0xf8, ...new TextEncoder().encode('ned;"Ledige\n2023-01;5\n')]);
    const response = await upload(server, workspace.id, workspace.editorToken, { bytes, name: 'Ledige.csv' }, { dryRun: 'true' });
    expect(response.status).toBe(200);
    const body = answerSchema.extend({ warningDetails: z.array(z.object({ kind: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])), message: z.string() })) }).parse(response.json);
    expect(body.warnings).toEqual(['the file is not UTF-8; it was read as Windows-1252 (Western European)', '1 lines have unbalanced quotes']);
    expect(body.warningDetails).toEqual([
      { kind: 'csvWindows1252', params: {}, message: body.warnings[0] },
      { kind: 'csvUnbalancedQuotes', params: { count: 1 }, message: body.warnings[1] },
    ]);
  });

  it("an .xlsx preview carries each cell's format beside its input (a share as percent, a month as date), General as null", async () => {
    const workspace = await createWorkspace(server);
    const cells = { A1: 'Måned', B1: 'LM1a', A2: 44927, B2: 0.079 };
    const source = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'X', locale: 'da-DK', sheets: [{ name: 'Ark', cells, formats: { A2: 'date', B2: 'percent' } }] });
    try {
      const response = await upload(server, workspace.id, workspace.editorToken, { bytes: await exportWorkbookXlsx(source), name: 'x.xlsx' }, { dryRun: 'true' });
      expect(response.status).toBe(200);
      const sheet = z.object({ imported: z.object({ sheets: z.array(z.object({ preview: z.array(z.array(z.unknown())), formats: z.array(z.array(z.string().nullable())) })) }) }).parse(response.json).imported.sheets[0]!;
      expect(sheet.preview).toEqual([['Måned', 'LM1a'], [44927, 0.079]]);
      expect(sheet.formats).toEqual([[null, null], ['date', 'percent']]);
    } finally {
      source.destroy();
    }
  });

  it('replaces the workspace with an .xlsx, reports unsupported functions, and saves a version first', async () => {
    const workspace = await createWorkspace(server);
    const source = documentFromFile({ ...beskaeftigelsesplanTemplate(), title: 'Ny plan' });
    const clients = [connectClient(server, workspace.id, workspace.viewerToken)];
    try {
      await waitSynced(...clients);
      const bytes = await exportWorkbookXlsx(source);
      const response = await upload(server, workspace.id, workspace.editorToken, { bytes, name: 'ny plan.xlsx' }, { mode: 'replace' });
      expect(response.status).toBe(200);
      const body = answerSchema.parse(response.json);
      expect(body.imported).toMatchObject({ mode: 'replace', title: 'Ny plan', goals: 8, scenarios: 3 });
      expect(body.versionSaved?.name).toBe('Før import af ny plan.xlsx');
      await waitFor('the client sees the new title', () => clients[0]!.doc.getMap('meta').get('title') === 'Ny plan');
      const versions = await api(server, 'GET', `/api/workspaces/${workspace.id}/versions`, workspace.viewerToken);
      expect(JSON.stringify(versions.json)).toContain('Før import af ny plan.xlsx');
    } finally {
      destroyAll(clients);
      source.destroy();
    }
  });

  it('lists functions, names and formulas Fremskriv cannot compute by cell', async () => {
    const workspace = await createWorkspace(server);
    const cells = { A1: 1, B2: '=FORECAST.ETS(A1,A1:A2,A1:A2)', B3: '=Budgetramme*2', B4: '=VLOOKUP(A1,A1:A2,1,FALSE)' };
    const source = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'X', locale: 'da-DK', sheets: [{ name: 'Ark', cells }] });
    try {
      const response = await upload(server, workspace.id, workspace.editorToken, { bytes: await exportWorkbookXlsx(source), name: 'x.xlsx' });
      const body = answerSchema.parse(response.json);
      expect(body.unsupportedFunctions).toEqual([
        { function: 'FORECAST.ETS', kind: 'function', sheet: 'Ark', cell: 'B2' },
        { function: 'BUDGETRAMME', kind: 'name', sheet: 'Ark', cell: 'B3' },
      ]);
    } finally {
      source.destroy();
    }
  });

  it.each(HOSTILE_FILES.filter((f) => !f.name.includes('zip bomb (a part')))('refuses $name, leaving the workspace and the server as they were', async ({ make, fileName, message, kind }) => {
    const workspace = await createWorkspace(server);
    const before = await workbookJson(workspace.id, workspace.viewerToken);
    const response = await upload(server, workspace.id, workspace.editorToken, { bytes: await make(), name: fileName });
    expect(response.status).toBe(kind === 'too-large' ? 413 : kind === 'unsupported-type' ? 415 : 400);
    const { error } = z.object({ error: z.string() }).parse(response.json);
    expect(error).toMatch(message);
    expect(error.startsWith(`${fileName}: `)).toBe(true);
    expect(await workbookJson(workspace.id, workspace.viewerToken)).toEqual(before);
    expect((await api(server, 'GET', '/healthz')).status).toBe(200);
  });

  it.each([
    ['a viewer', 'viewer', {}, 403, ''],
    ['no token', 'none', {}, 401, ''],
    ['an unknown field', 'editor', { colour: 'red' }, 400, 'unknown field: colour'],
    ['a bad mode', 'editor', { mode: 'merge' }, 400, 'mode must be'],
  ] as const)('refuses an upload from %s', async (_, who, fields, status, message) => {
    const workspace = await createWorkspace(server);
    const token = who === 'viewer' ? workspace.viewerToken : who === 'editor' ? workspace.editorToken : undefined;
    const response = await upload(server, workspace.id, token, csvFile('1;2\n'), fields);
    expect(response.status).toBe(status);
    if (message) expect(errorOf(response.json)).toContain(message);
  });

  it('refuses a body that is not multipart (415) and one larger than MAX_BODY_BYTES (413)', async () => {
    const workspace = await createWorkspace(server);
    const json = await api(server, 'POST', `/api/workspaces/${workspace.id}/import`, workspace.editorToken, { file: 'x' });
    expect(json.status).toBe(415);
    expect(await declaredTooLarge(workspace.id, workspace.editorToken)).toBe(413);
  });
});

describe('POST /api/workspaces with an uploaded file', () => {
  const created = z.object({
    id: z.string(),
    editorToken: z.string(),
    viewerToken: z.string(),
    editorUrl: z.string(),
    unsupportedFunctions: z.array(z.object({ function: z.string(), kind: z.enum(['function', 'name', 'syntax']), sheet: z.string(), cell: z.string() })),
    unsupportedFunctionCount: z.number(),
    warnings: z.array(z.string()),
  });
  const fileOf = z.object({ title: z.string(), sheets: z.array(z.object({ name: z.string() })), goals: z.array(z.unknown()), scenarios: z.array(z.unknown()) });

  it('makes an .xlsx a new workspace, with its sheets, goals and scenarios, for the admin', async () => {
    const source = documentFromFile({ ...beskaeftigelsesplanTemplate(), title: 'Fra Excel' });
    try {
      const response = await uploadTo(server, '/api/workspaces', server.adminToken, { bytes: await exportWorkbookXlsx(source), name: 'plan.xlsx' });
      expect(response.status).toBe(201);
      const workspace = created.parse(response.json);
      expect(workspace.editorUrl).toContain(`/w/${workspace.id}#token=`);
      const file = fileOf.parse(await workbookJson(workspace.id, workspace.viewerToken));
      expect(file.title).toBe('Fra Excel');
      expect(file.sheets.map((s) => s.name)).toEqual(beskaeftigelsesplanTemplate().sheets.map((s) => s.name));
      expect(file.goals).toHaveLength(8);
      expect(file.scenarios).toHaveLength(3);
    } finally {
      source.destroy();
    }
  });

  it('makes a CSV a one-sheet workspace, read with the given separator', async () => {
    const response = await uploadTo(server, '/api/workspaces', server.adminToken, csvFile('Måned,Ledige\n2023-01,120\n'), { separator: ',' });
    expect(response.status).toBe(201);
    const workspace = created.parse(response.json);
    const file = z.object({ sheets: z.array(z.object({ name: z.string(), cells: z.record(z.string(), z.unknown()) })) }).parse(await workbookJson(workspace.id, workspace.viewerToken));
    expect(file.sheets).toHaveLength(1);
    expect(file.sheets[0]!.cells).toMatchObject({ A1: 'Måned', B2: 120 });
  });

  it('refuses an upload without the admin token, one with import-only fields, and a hostile file', async () => {
    const other = await createWorkspace(server);
    expect((await uploadTo(server, '/api/workspaces', other.editorToken, csvFile('1;2\n'))).status).toBe(403);
    const modeField = await uploadTo(server, '/api/workspaces', server.adminToken, csvFile('1;2\n'), { mode: 'replace' });
    expect(modeField.status).toBe(400);
    expect(errorOf(modeField.json)).toContain('unknown field: mode');
    const hostile = HOSTILE_FILES[0]!;
    const refused = await uploadTo(server, '/api/workspaces', server.adminToken, { bytes: await hostile.make(), name: hostile.fileName });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(errorOf(refused.json)).toMatch(hostile.message);
    expect((await api(server, 'GET', '/healthz')).status).toBe(200);
  });
});

/**
 * A script (or a colleague with a valid link) sending a JSON body that names a key twice
 * (the sixteenth hostile pass). JSON.parse keeps the last silently: `{"role":"viewer","role":
 * "editor"}` rotated the editor token while the body read, to anyone checking it by eye, as a
 * viewer rotation; a Jobindsats choice naming a filter's dimension twice imported the second.
 * Every REST body read as JSON is now refused with 400 naming the key (server/http/requestBody.ts,
 * models/format/jsonDuplicateKeys.ts), before anything is changed.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { asV2Json, ptva02 } from '../support/jobindsatsFixtures.js';
import { api, createWorkspace, workspaceForTests } from './support/api.js';

const server = serverForTests();
const workspace = workspaceForTests(server);

/** The answer to a body naming a key twice; `duplicate` as `"role" twice` or `"A1" twice in sheets[].cells`. */
const refusal = (duplicate: string): { status: number; json: { error: string } } => ({
  status: 400,
  json: { error: `the body is not accepted: the JSON names ${duplicate}; give each key once` },
});

describe('a JSON body naming a key twice', () => {
  it('rotating a token with "role" twice is refused and both tokens still work', async () => {
    const answer = await api(server, 'POST', `/api/workspaces/${workspace.id}/tokens`, workspace.editorToken, '{"role":"viewer","role":"editor"}');
    expect(answer).toEqual(refusal('"role" twice'));
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, workspace.editorToken)).json).toEqual({ role: 'editor' });
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, workspace.viewerToken)).json).toEqual({ role: 'viewer' });
  });

  it('saving a version with "name" twice, one spelled with an escape, keeps no version', async () => {
    const answer = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, '{"name":"Før budgetmødet","\\u006eame":"Efter"}');
    expect(answer).toEqual(refusal('"name" twice'));
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/versions`, workspace.viewerToken)).json).toEqual({ versions: [] });
  });

  it('restoring a version with "savedBy" twice restores nothing', async () => {
    const own = await createWorkspace(server);
    const saved = await api(server, 'POST', `/api/workspaces/${own.id}/versions`, own.editorToken, { name: 'Første' });
    expect(saved.status).toBe(201);
    const { id } = saved.json as { id: string };
    const answer = await api(server, 'POST', `/api/workspaces/${own.id}/versions/${id}/restore`, own.editorToken, '{"savedBy":"Anna","savedBy":"Bo"}');
    expect(answer).toEqual(refusal('"savedBy" twice'));
    expect(((await api(server, 'GET', `/api/workspaces/${own.id}/versions`, own.viewerToken)).json as { versions: unknown[] }).versions).toHaveLength(1);
  });

  it.each([
    ['actuals, "measure" twice', 'actuals', '{"table":"PTVA02","measure":"Antal personer","measure":"Andel"}', '"measure" twice'],
    ['actuals, a filter\u2019s dimension twice', 'actuals', '{"table":"PTVA02","measure":"Antal personer","filters":{"Køn":"Mænd","Køn":"Kvinder"}}', '"Køn" twice in filters'],
    ['refreshing actuals, "sheet" twice', 'actuals/refresh', '{"sheet":"Jobindsats","sheet":"Ark2"}', '"sheet" twice'],
  ])('%s is refused', async (_what, path, body, duplicate) => {
    const answer = await api(server, 'POST', `/api/workspaces/${workspace.id}/${path}`, workspace.editorToken, body);
    expect(answer).toEqual(refusal(duplicate));
  });

  it('creating a workspace from a v1 file naming a cell twice is refused, naming where', async () => {
    const file = '{"format":"fremskriv.workbook","version":1,"title":"Plan","locale":"da-DK","sheets":[{"name":"Ark1","cells":{"A1":1,"B1":2,"A1":3}}]}';
    const answer = await api(server, 'POST', '/api/workspaces', server.adminToken, file);
    expect(answer).toEqual(refusal('"A1" twice in sheets[].cells'));
  });

  it('the same key in sibling objects is accepted', async () => {
    const file = '{"format":"fremskriv.workbook","version":1,"title":"Plan","locale":"da-DK","sheets":[{"name":"Ark1","cells":{"A1":1}},{"name":"Ark2","cells":{"A1":1}}]}';
    expect((await api(server, 'POST', '/api/workspaces', server.adminToken, file)).status).toBe(201);
  });
});

/**
 * An uploaded Jobindsats .json naming a key twice (the seventeenth hostile pass): the upload was
 * read in a worker with JSON.parse, which kept the last `"Data"` silently, while the same text as
 * a body was refused. It is read as every JSON body now (models/format/jsonText.ts).
 */
describe('an uploaded Jobindsats JSON file naming a key twice', () => {
  const table = asV2Json(ptva02('2023-01', 2));
  const upload = (text: string, fields: Record<string, string>) =>
    uploadTo(server, `/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, { bytes: new TextEncoder().encode(text), name: 'ptva02.json' }, fields);

  it.each([
    ['"Data" twice (the empty one last, as JSON.parse would read it)', table.replace(',"Data":', ',"Data":[],"Data":'), '"Data" twice in []'],
    ['a column’s "Label" twice', table.replace('"Label":"Område"', '"Label":"Område","Label":"Periode"'), '"Label" twice in [].Variables[]'],
  ])('%s is refused with 400 naming the key and where, in the preview and the import alike', async (_what, text, duplicate) => {
    expect(text).not.toBe(table);
    const error = `ptva02.json: the JSON is not Jobindsats data: the JSON names ${duplicate}; give each key once`;
    const before = (await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json;
    expect(await upload(text, { dryRun: 'true' })).toMatchObject({ status: 400, json: { error } });
    expect(await upload(text, { measure: 'Antal personer' })).toMatchObject({ status: 400, json: { error } });
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json).toEqual(before);
  });

  it('the same file with each key once is read', async () => {
    expect((await upload(table, { dryRun: 'true' })).status).toBe(200);
  });
});

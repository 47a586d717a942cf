/**
 * Uploads (imports, actuals) whose multipart form a hostile editor shapes (the fourteenth hostile
 * pass). The form is parsed into parts on the event loop every workspace shares: 200,000 tiny
 * parts held /healthz 2 s per request, so the parts are counted first (server/http/multipartForm.ts).
 * Odd forms that already held (a second file, a part without a name, a nested form, a file name
 * with path separators) keep their clear 400 or their plain title.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { asCsv, ptva02 } from '../support/jobindsatsFixtures.js';
import { api, createWorkspace, workspaceForTests } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';

const server = serverForTests();
const BOUNDARY = 'fremskrivHostileForm';
const CSV = 'Måned;Antal\n2024-01;1\n';

function part(name: string, value: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
}

function filePart(fileName: string, content: string, name = 'file'): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n`;
}

async function postForm(path: string, token: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body,
  });
  return { status: response.status, json: await response.json() };
}

describe('a form of many parts', () => {
  const colleague = workspaceForTests(server);

  it.each([
    ['an import', 'import', filePart('plan.csv', CSV) + Array.from({ length: 200_000 }, (_, i) => part(`f${i}`, 'v')).join('')],
    ['an actuals upload', 'actuals', filePart('ptva02.csv', CSV) + Array.from({ length: 200_000 }, (_, i) => part('filter', `D${i}=v`)).join('')],
  ])('%s of 200,000 parts is refused before it is parsed, naming the bound, while /healthz and a colleague carry on', async (_, endpoint, parts) => {
    const attacker = await createWorkspace(server);
    const answer = await whileColleagueWorks(server, colleague, () => postForm(`/api/workspaces/${attacker.id}/${endpoint}`, attacker.editorToken, `${parts}--${BOUNDARY}--\r\n`));
    expect(answer).toEqual({ status: 400, json: { error: 'the form has more than 100 parts; send the file and its few fields' } });
    const sheets = (await api(server, 'GET', `/api/workspaces/${attacker.id}/workbook.json`, attacker.viewerToken)).json as { sheets: Array<{ name: string }> };
    expect(sheets.sheets.map((sheet) => sheet.name)).not.toContain('plan');
  }, 240_000);

  it('a form of 100 parts is read as before', async () => {
    const workspace = await createWorkspace(server);
    const fields = Array.from({ length: 98 }, (_, i) => part('filter', `Dimension${i}=v`)).join('');
    const answer = await postForm(`/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, `${filePart('ptva02.csv', CSV)}${part('measure', 'Antal personer')}${fields}--${BOUNDARY}--\r\n`);
    // Read: the refusal is the table's, not the form's.
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.json)).not.toMatch(/parts/);
  }, 120_000);
});

describe('odd forms', () => {
  const workspace = workspaceForTests(server);

  it.each([
    ['a second file', filePart('a.csv', CSV) + filePart('b.csv', CSV), 'the field "file" is not expected (once) here'],
    ['a part without a name', `--${BOUNDARY}\r\nContent-Disposition: form-data; filename="a.csv"\r\n\r\n${CSV}\r\n`, 'the body is not valid multipart/form-data'],
    ['a form nested in the file part', `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n--inner\r\nContent-Disposition: file; filename="a.csv"\r\n\r\n${CSV}\r\n--inner--\r\n\r\n`, 'the field "file" (an .xlsx or .csv file) is missing'],
    ['the file under another field', filePart('a.csv', CSV, 'other'), 'the field "other" is not expected (once) here'],
  ])('an import with %s is a 400 saying so', async (_, parts, error) => {
    expect(await postForm(`/api/workspaces/${workspace.id}/import`, workspace.editorToken, `${parts}--${BOUNDARY}--\r\n`)).toEqual({ status: 400, json: { error } });
  }, 60_000);

  it.each([
    ['../../etc/plan.csv', 'plan'],
    ['..\\..\\windows\\plan.csv', 'plan'],
    ['plan\u0001\u001b[31m.csv', 'plan  [31m'],
  ])('a file named %j imports under its plain name', async (fileName, title) => {
    const answer = await postForm(`/api/workspaces/${workspace.id}/import`, workspace.editorToken, `${filePart(fileName, CSV)}${part('dryRun', 'true')}--${BOUNDARY}--\r\n`);
    expect(answer.status).toBe(200);
    expect((answer.json as { imported: { title: string } }).imported.title).toBe(title);
  }, 60_000);
});

describe('the actuals filter', () => {
  it('naming a dimension twice is a 400 naming it, and nothing is written', async () => {
    const workspace = await createWorkspace(server);
    const before = (await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json;
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(asCsv(ptva02('2024-01', 3), true))]), 'ptva02.csv');
    form.set('measure', 'Antal personer');
    form.append('filter', 'Område=Roskilde');
    form.append('filter', 'Ydelsesgrupper=Ydelsesgrupper i alt');
    form.append('filter', 'Område=Køge');
    const response = await fetch(`${server.url}/api/workspaces/${workspace.id}/actuals`, { method: 'POST', headers: { authorization: `Bearer ${workspace.editorToken}` }, body: form });
    expect({ status: response.status, json: await response.json() }).toEqual({ status: 400, json: { error: 'filter names Område twice' } });
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/actuals`, workspace.viewerToken)).json).toMatchObject({ links: [] });
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json).toEqual(before);
  }, 120_000);

  it('naming it once imports', async () => {
    const workspace = await createWorkspace(server);
    const answer = await uploadTo(server, `/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, { bytes: asCsv(ptva02('2024-01', 3), true), name: 'ptva02.csv' }, {
      measure: 'Antal personer',
      filter: 'Ydelsesgrupper=Ydelsesgrupper i alt',
      dryRun: 'true',
    });
    expect(answer.status).toBe(200);
  }, 120_000);
});

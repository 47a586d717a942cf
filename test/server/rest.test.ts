import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { REPO_ROOT } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createdWorkspaceSchema, createWorkspace } from './support/api.js';

const MAX_BODY_BYTES = 256 * 1024;
const errorBody = z.object({ error: z.string().min(1) }).strict();
const server = serverForTests({ env: { MAX_BODY_BYTES: String(MAX_BODY_BYTES) } });

describe('REST API', () => {
  it('GET /healthz is 200 while the store is writable', async () => {
    expect(await api(server, 'GET', '/healthz')).toEqual({ status: 200, json: { ok: true } });
  });

  it('POST /api/workspaces with an empty body starts from the template and answers 201 with tokens and links', async () => {
    const { status, json } = await api(server, 'POST', '/api/workspaces', server.adminToken);
    expect(status).toBe(201);
    const created = createdWorkspaceSchema.strict().parse(json);
    expect(created.editorUrl).toBe(`${server.url}/w/${created.id}#token=${created.editorToken}`);
    expect(created.viewerUrl).toBe(`${server.url}/w/${created.id}#token=${created.viewerToken}`);
    const file = await api(server, 'GET', `/api/workspaces/${created.id}/workbook.json`, created.viewerToken);
    expect(file).toEqual({ status: 200, json: beskaeftigelsesplanTemplate() });
  });

  it('GET /access tells the client which role its token has, so a viewer link opens read-only', async () => {
    const created = await createWorkspace(server);
    expect(await api(server, 'GET', `/api/workspaces/${created.id}/access`, created.editorToken)).toEqual({ status: 200, json: { role: 'editor' } });
    expect(await api(server, 'GET', `/api/workspaces/${created.id}/access`, created.viewerToken)).toEqual({ status: 200, json: { role: 'viewer' } });
    expect((await api(server, 'GET', `/api/workspaces/${created.id}/access`, 'not-a-token')).status).toBe(401);
  });

  it('POST /api/workspaces with a v1 file stores that file, and workbook.json gives it back', async () => {
    const file = { ...beskaeftigelsesplanTemplate(), title: 'Eget budget 2024', goals: [], scenarios: [] };
    const created = await createWorkspace(server, file);
    const stored = await api(server, 'GET', `/api/workspaces/${created.id}/workbook.json`, created.editorToken);
    expect(stored).toEqual({ status: 200, json: file });
  });

  it('GET /evaluation is the same JSON as `npm run evaluate` on the workspace as it is now', async () => {
    const created = await createWorkspace(server);
    const [file, evaluation] = await Promise.all([
      api(server, 'GET', `/api/workspaces/${created.id}/workbook.json`, created.viewerToken),
      api(server, 'GET', `/api/workspaces/${created.id}/evaluation`, created.viewerToken),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'fremskriv-evaluate-'));
    try {
      writeFileSync(join(dir, 'workbook.json'), JSON.stringify(file.json));
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli/evaluate.ts', join(dir, 'workbook.json')], { cwd: REPO_ROOT });
      expect(evaluation).toEqual({ status: 200, json: JSON.parse(stdout) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['not JSON', '{"format":', 'not valid JSON'],
    ['not a workbook', { hello: 'world' }, 'not a valid fremskriv.workbook v1 file'],
    ['a bad cell address', { ...beskaeftigelsesplanTemplate(), sheets: [{ name: 'Ark', cells: { ZZZZ0: 1 } }] }, 'sheets[0].cells'],
  ])('POST /api/workspaces with %s is a 400 saying what is wrong', async (_what, body, message) => {
    const response = await api(server, 'POST', '/api/workspaces', server.adminToken, body);
    expect(response.status).toBe(400);
    expect(errorBody.parse(response.json).error).toContain(message);
  });

  it('rotating with a bad role is a 400', async () => {
    const created = await createWorkspace(server);
    const response = await api(server, 'POST', `/api/workspaces/${created.id}/tokens`, created.editorToken, { role: 'admin' });
    expect(response.status).toBe(400);
    expect(errorBody.parse(response.json).error).toContain('role');
  });

  it('unknown workspaces and paths are 404, a wrong method 405', async () => {
    const created = await createWorkspace(server);
    expect((await api(server, 'GET', '/api/workspaces/AAAAAAAAAAAAAAAA/workbook.json', created.editorToken)).status).toBe(404);
    expect((await api(server, 'GET', '/api/workspaces/no such id/evaluation', created.editorToken)).status).toBe(404);
    expect((await api(server, 'GET', `/api/workspaces/${created.id}/nothing`, created.editorToken)).status).toBe(404);
    expect((await api(server, 'GET', '/nothing-here')).status).toBe(404);
    const wrongMethod = await fetch(`${server.url}/api/workspaces/${created.id}/evaluation`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });

  it('a request body over its limit gets 413', async () => {
    const created = await createWorkspace(server);
    const big = JSON.stringify({ ...beskaeftigelsesplanTemplate(), title: 'x'.repeat(MAX_BODY_BYTES) });
    const tooBig = await api(server, 'POST', '/api/workspaces', server.adminToken, big);
    expect(tooBig.status).toBe(413);
    errorBody.parse(tooBig.json);
    const longName = await api(server, 'POST', `/api/workspaces/${created.id}/versions`, created.editorToken, { name: 'x'.repeat(100_000) });
    expect(longName.status).toBe(413);
  });

  it('API responses are never cached and logged request lines carry no token', async () => {
    const created = await createWorkspace(server);
    const response = await fetch(`${server.url}/api/workspaces/${created.id}/workbook.json?token=${created.editorToken}`, {
      headers: { authorization: `Bearer ${created.editorToken}` },
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    await response.arrayBuffer();
    await server.waitForOutput(new RegExp(`http method=GET path=/api/workspaces/${created.id}/workbook\\.json status=200`));
    for (const token of [created.editorToken, created.viewerToken, server.adminToken]) expect(server.output()).not.toContain(token);
  });
});

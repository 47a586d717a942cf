/**
 * API paths longer than the 200 characters a log line keeps (the twelfth hostile pass): requests
 * are routed by their whole path. Before, the path was cut at 200 characters before routing, so
 * solving a goal whose id is 64 Danish letters (384 characters escaped in the path) answered 404
 * `no such API path`.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace } from './support/api.js';

const server = serverForTests();

interface TemplateFile {
  goals: Array<{ id: string; value?: string }>;
}

/** The template with its first goal that has a value renamed to `goalId`; the solve answer for that goal. */
async function solveRenamedGoal(file: TemplateFile, goalId: string): Promise<{ status: number; json: unknown; path: string }> {
  const index = file.goals.findIndex((goal) => goal.value !== undefined);
  const goals = file.goals.map((goal, i) => (i === index ? { ...goal, id: goalId } : goal));
  const workspace = await createWorkspace(server, { ...file, goals });
  const path = `/api/workspaces/${workspace.id}/goals/${encodeURIComponent(goalId)}/solve?scenario=${encodeURIComponent('Styrket indsats')}&input=${encodeURIComponent('Forudsætninger!B7')}`;
  return { ...(await api(server, 'GET', path, workspace.viewerToken)), path };
}

describe('a goal whose id is 64 Danish letters', () => {
  it('is solved like a goal with a short id (its path is 384 characters escaped)', async () => {
    const template = await createWorkspace(server);
    const file = (await api(server, 'GET', `/api/workspaces/${template.id}/workbook.json`, template.viewerToken)).json as TemplateFile;
    const longId = 'æ'.repeat(64);
    const long = await solveRenamedGoal(file, longId);
    const short = await solveRenamedGoal(file, 'kort');
    expect(long.path.length).toBeGreaterThan(400);
    expect(short.status).toBe(200);
    expect(long.status, JSON.stringify(long.json)).toBe(200);
    expect(JSON.stringify(long.json).replaceAll(longId, 'kort')).toBe(JSON.stringify(short.json));
  }, 120_000);
});

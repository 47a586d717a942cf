/** Creating workspaces for browser tests through the real REST API (admin token). */
import { z } from 'zod';
import type { RunningServer } from '../harness/serverHarness.js';

const createdSchema = z.object({ id: z.string(), editorToken: z.string(), viewerToken: z.string() });

export interface TestWorkspace {
  id: string;
  editorUrl: string;
  viewerUrl: string;
}

/**
 * A fresh workspace from the built-in template (Beskæftigelsesplan 2023), or from `workbook` (a
 * workbook file's JSON, as POST /api/workspaces takes it).
 */
export async function createWorkspace(server: RunningServer, workbook?: unknown): Promise<TestWorkspace> {
  const headers: Record<string, string> = { Authorization: `Bearer ${server.adminToken}` };
  if (workbook !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${server.url}/api/workspaces`, { method: 'POST', headers, body: workbook === undefined ? undefined : JSON.stringify(workbook) });
  if (!response.ok) throw new Error(`POST /api/workspaces answered ${response.status}: ${await response.text()}`);
  const created = createdSchema.parse(await response.json());
  return {
    id: created.id,
    editorUrl: `${server.url}/w/${created.id}#token=${created.editorToken}`,
    viewerUrl: `${server.url}/w/${created.id}#token=${created.viewerToken}`,
  };
}

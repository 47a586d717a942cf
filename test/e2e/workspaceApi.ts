/** Creating workspaces for browser tests through the real REST API (admin token). */
import { z } from 'zod';
import type { RunningServer } from '../harness/serverHarness.js';

const createdSchema = z.object({ id: z.string(), editorToken: z.string(), viewerToken: z.string() });

export interface TestWorkspace {
  id: string;
  editorUrl: string;
  viewerUrl: string;
}

/** A fresh workspace from the built-in template (Beskæftigelsesplan 2023). */
export async function createWorkspace(server: RunningServer): Promise<TestWorkspace> {
  const response = await fetch(`${server.url}/api/workspaces`, { method: 'POST', headers: { Authorization: `Bearer ${server.adminToken}` } });
  if (!response.ok) throw new Error(`POST /api/workspaces answered ${response.status}: ${await response.text()}`);
  const created = createdSchema.parse(await response.json());
  return {
    id: created.id,
    editorUrl: `${server.url}/w/${created.id}#token=${created.editorToken}`,
    viewerUrl: `${server.url}/w/${created.id}#token=${created.viewerToken}`,
  };
}

/** Whether this link may edit: asked of the server, remembered for reloads while offline. */
import { workspaceRoleSchema, type WorkspaceRole } from '../../../models/access/workspaceRole.js';
import { accessAnswerSchema } from '../../../models/api/workspaceAnswers.js';
import { workspaceApiUrl } from './earlyStart.js';

function storageKey(workspaceId: string): string {
  return `fremskriv.role.${workspaceId}`;
}

export class AccessDeniedError extends Error {
  constructor() {
    super('access denied');
    this.name = 'AccessDeniedError';
  }
}

/**
 * `GET /api/workspaces/:id/access` → the role. A refused token throws AccessDeniedError; without a
 * network the last known role for this workspace is used (an editor's offline edits must go on).
 * `sent`: the request, when the entry has sent it already (earlyStart.ts).
 */
export async function fetchWorkspaceRole(workspaceId: string, token: string, storage: Storage, sent?: Promise<Response>): Promise<WorkspaceRole> {
  const remembered = workspaceRoleSchema.safeParse(storage.getItem(storageKey(workspaceId)));
  let response: Response;
  try {
    response = await (sent ?? fetch(workspaceApiUrl(workspaceId, 'access'), { headers: { Authorization: `Bearer ${token}` } }));
  } catch {
    return remembered.success ? remembered.data : 'viewer';
  }
  if (response.status === 401 || response.status === 403) throw new AccessDeniedError();
  // A server without the endpoint still enforces roles itself; editing is then offered and checked there.
  if (response.status === 404) {
    const role = remembered.success ? remembered.data : 'editor';
    storage.setItem(storageKey(workspaceId), role);
    return role;
  }
  if (!response.ok) return remembered.success ? remembered.data : 'viewer';
  const parsed = accessAnswerSchema.safeParse(await response.json().catch(() => null));
  const role = parsed.success ? parsed.data.role : 'viewer';
  storage.setItem(storageKey(workspaceId), role);
  return role;
}

/** What the REST handlers share, and the per-request access checks they start with. */
import type { IncomingMessage } from 'node:http';
import type { WorkspaceRole } from '../../models/access/workspaceRole.js';
import { bearerToken, ID_PATTERN } from '../auth/tokens.js';
import { decideWorkspaceAccess, isAdminToken } from '../auth/workspaceAccess.js';
import { noteWorkspaceFound } from './loggedPath.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import type { LoadedWorkspace } from '../sync/LoadedWorkspace.js';
import type { WorkspaceRegistry } from '../sync/WorkspaceRegistry.js';
import type { WorkScheduler } from '../work/WorkScheduler.js';
import type { BodiesInFlight } from './bodiesInFlight.js';
import type { JobindsatsFetches } from './jobindsatsFetches.js';
import { HttpError } from './responses.js';
import type { VersionSaveRate } from './versionSaveRate.js';

export interface ApiContext {
  store: WorkspaceStore;
  registry: WorkspaceRegistry;
  /** Base of the links in responses, e.g. http://127.0.0.1:8080. */
  baseUrl(): string;
  adminToken: string | undefined;
  maxBodyBytes: number;
  /** Request bodies on their way in, per token (2 × maxBodyBytes each). */
  bodies: BodiesInFlight;
  /** The space a workspace's versions may take (server/store/versionSpace.ts). */
  maxVersionBytes: number;
  /** How many versions a workspace kept in the last minute, for the rate that bounds a burst (versionSaveRate.ts). */
  versionSaves: VersionSaveRate;
  /** Heavy work (evaluation, exports, imports) off the event loop, bounded (server/work/). */
  work: WorkScheduler;
  /** The Jobindsats API, where the server has a key (JOBINDSATS_API_KEY; it stays here), its fetches bounded per workspace. */
  jobindsats?: JobindsatsFetches;
}

/** Throws 401/403/404 unless the request's bearer token may act on the workspace as `needed`. */
export async function requireWorkspaceRole(context: ApiContext, req: IncomingMessage, workspaceId: string, needed: WorkspaceRole): Promise<WorkspaceRole> {
  const decision = await decideWorkspaceAccess(context.store, workspaceId, bearerToken(req.headers.authorization), needed);
  if (decision.allowed || decision.status !== 404) noteWorkspaceFound(req, workspaceId);
  if (!decision.allowed) throw new HttpError(decision.status, decision.error);
  return decision.role;
}

/**
 * The same check again at the point a request takes effect — after its body was read, before it
 * changes anything. Issue 15: a POST …/tokens whose body arrived minutes after the token was
 * rotated still minted a token, and a held import upload still completed. Call it right before
 * the effect; it throws 401/403 when the token no longer holds `needed`.
 */
export async function requireRoleAtEffect(context: ApiContext, req: IncomingMessage, workspaceId: string, needed: WorkspaceRole): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, needed);
}

/**
 * The editor token, or the admin token, which may give a workspace new links (`POST …/tokens`).
 * Eighteenth hostile pass: an editor who rotated the editor token (and the viewer token) locked
 * every colleague out of the workspace for good, as no one else could make a link to it again.
 * Checks as `requireWorkspaceRole`: 404 for a workspace that does not exist, then 401/403.
 */
export async function requireEditorOrAdmin(context: ApiContext, req: IncomingMessage, workspaceId: string): Promise<'editor' | 'admin'> {
  if (await isAdminToken(context.store, context.adminToken, bearerToken(req.headers.authorization))) {
    if (!ID_PATTERN.test(workspaceId) || !(await context.store.tokenHashes(workspaceId))) throw new HttpError(404, 'no such workspace');
    noteWorkspaceFound(req, workspaceId);
    return 'admin';
  }
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  return 'editor';
}

export async function requireAdmin(context: ApiContext, req: IncomingMessage): Promise<void> {
  const token = bearerToken(req.headers.authorization);
  if (!token) throw new HttpError(401, 'the admin token is required (Authorization: Bearer <token>)');
  if (!(await isAdminToken(context.store, context.adminToken, token))) throw new HttpError(403, 'this needs the admin token');
}

/** Runs `use` with the workspace loaded, releasing it afterwards. */
export async function withWorkspace<T>(context: ApiContext, workspaceId: string, use: (workspace: LoadedWorkspace) => Promise<T>): Promise<T> {
  const lease = await context.registry.acquire(workspaceId);
  if (!lease) throw new HttpError(404, 'no such workspace');
  try {
    return await use(lease.workspace);
  } finally {
    lease.release();
  }
}

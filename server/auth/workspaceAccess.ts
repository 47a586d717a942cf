/**
 * Who may do what. A workspace's editor token allows everything on it; its viewer token allows
 * reading (the document, its evaluation, its versions, live sync without writes). The admin token
 * creates workspaces and nothing else. Checks never say whether a token belongs to some other
 * workspace.
 */
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import type { WorkspaceRole } from '../../models/access/workspaceRole.js';
import { hashToken, ID_PATTERN, tokenMatches } from './tokens.js';

export type AccessDecision =
  | { allowed: true; role: WorkspaceRole }
  | { allowed: false; status: 401 | 403 | 404; error: string };

const MAX_TOKEN_LENGTH = 512;

/** Decides whether `token` may act on the workspace as `needed` (an editor may do what a viewer may). */
export async function decideWorkspaceAccess(
  store: WorkspaceStore,
  workspaceId: string,
  token: string | undefined,
  needed: WorkspaceRole,
): Promise<AccessDecision> {
  const hashes = ID_PATTERN.test(workspaceId) ? await store.tokenHashes(workspaceId) : null;
  if (!hashes) return { allowed: false, status: 404, error: 'no such workspace' };
  if (!token) return { allowed: false, status: 401, error: 'a token is required (Authorization: Bearer <token>)' };
  if (token.length > MAX_TOKEN_LENGTH) return { allowed: false, status: 401, error: 'the token is not valid for this workspace' };
  // Both comparisons always run, so timing does not tell an editor token from a viewer token.
  const isEditor = tokenMatches(token, hashes.editor);
  const isViewer = tokenMatches(token, hashes.viewer);
  const role: WorkspaceRole | null = isEditor ? 'editor' : isViewer ? 'viewer' : null;
  if (!role) return { allowed: false, status: 401, error: 'the token is not valid for this workspace' };
  if (needed === 'editor' && role !== 'editor') return { allowed: false, status: 403, error: 'this needs the editor token' };
  return { allowed: true, role };
}

/**
 * The admin check. With ADMIN_TOKEN set, that token is the admin token; otherwise the one
 * generated at first start, whose hash the store keeps.
 */
export async function isAdminToken(store: WorkspaceStore, configured: string | undefined, token: string | undefined): Promise<boolean> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return false;
  const hash = configured !== undefined ? hashToken(configured) : await store.adminTokenHash();
  return hash !== null && tokenMatches(token, hash);
}

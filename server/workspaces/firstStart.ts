/**
 * What a start sets up before it listens: the admin token (generated once when ADMIN_TOKEN is not
 * set; only its hash is kept) and the demo workspace from the Beskæftigelsesplan 2023 template.
 */
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { DemoWorkspace, WorkspaceStore } from '../store/WorkspaceStore.js';
import { createWorkspace } from './createWorkspace.js';

/** The generated admin token, the one time it is generated; undefined otherwise. */
export async function ensureAdminToken(store: WorkspaceStore, configured: string | undefined): Promise<string | undefined> {
  if (configured !== undefined || (await store.adminTokenHash()) !== null) return undefined;
  const token = newToken();
  await store.setAdminTokenHash(hashToken(token));
  return token;
}

/** The demo workspace, created on the first start. */
export async function ensureDemoWorkspace(store: WorkspaceStore): Promise<{ demo: DemoWorkspace; created: boolean }> {
  const existing = await store.demoWorkspace();
  if (existing) return { demo: existing, created: false };
  const created = await createWorkspace(store, beskaeftigelsesplanTemplate(), { demo: true });
  return { demo: { workspaceId: created.id, editorToken: created.editorToken, viewerToken: created.viewerToken }, created: true };
}

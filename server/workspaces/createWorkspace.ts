/**
 * Creating a workspace: the document is seeded once, here on the server, from a v1 file (the
 * template by default) and stored as its first snapshot. Clients only ever sync it; they never
 * seed it, which would duplicate content.
 */
import * as Y from 'yjs';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { documentFromFile } from '../../models/templates/templates.js';
import type { WorkspaceRole } from '../../models/access/workspaceRole.js';
import { hashToken, newId, newToken } from '../auth/tokens.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';

export interface CreatedWorkspace {
  id: string;
  editorToken: string;
  viewerToken: string;
}

/**
 * Stores a new workspace holding `seed`: a v1 file, or the snapshot a worker thread already made
 * of one (server/work/workJobs.ts, for files too large to seed on the event loop). Throws
 * WorkbookFileError when the file cannot be imported.
 */
export async function createWorkspace(store: WorkspaceStore, seed: WorkbookFile | Uint8Array, options: { demo?: boolean } = {}): Promise<CreatedWorkspace> {
  const snapshot = seed instanceof Uint8Array ? seed : seedSnapshot(seed);
  const created: CreatedWorkspace = { id: newId(), editorToken: newToken(), viewerToken: newToken() };
  await store.createWorkspace(
    {
      id: created.id,
      createdAt: new Date().toISOString(),
      editorTokenHash: hashToken(created.editorToken),
      viewerTokenHash: hashToken(created.viewerToken),
      snapshot,
    },
    options.demo ? { workspaceId: created.id, editorToken: created.editorToken, viewerToken: created.viewerToken } : undefined,
  );
  return created;
}

function seedSnapshot(file: WorkbookFile): Uint8Array {
  const doc = documentFromFile(file);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The link a planner opens; the token travels in the fragment, so no server ever logs it. */
export function workspaceLink(baseUrl: string, workspaceId: string, token: string): string {
  return `${baseUrl}/w/${workspaceId}#token=${token}`;
}

export function roleLinks(baseUrl: string, created: CreatedWorkspace): Record<`${WorkspaceRole}Url`, string> {
  return {
    editorUrl: workspaceLink(baseUrl, created.id, created.editorToken),
    viewerUrl: workspaceLink(baseUrl, created.id, created.viewerToken),
  };
}

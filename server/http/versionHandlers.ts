/**
 * Named versions. Saving stores the document's full state under a name; restoring makes the live
 * document equal to that state as one new change on top of its history (so restoring another
 * version undoes it), which every connected client receives like any other edit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { z } from 'zod';
import { replaceWorkbookContent } from '../../models/workbook/replaceWorkbookContent.js';
import { ID_PATTERN, newId } from '../auth/tokens.js';
import { logEvent } from '../log/log.js';
import type { VersionInfo } from '../store/WorkspaceStore.js';
import { requireRoleAtEffect, requireWorkspaceRole, withWorkspace, type ApiContext } from './apiContext.js';
import { readBodyAs } from './requestBody.js';
import { HttpError, sendJson } from './responses.js';

/** The transaction origin of a restore (not a connection, so every client is sent it). */
export const RESTORE_ORIGIN = 'fremskriv:restore-version';

const versionBody = z
  .object({
    name: z
      .string('name must be a string')
      .trim()
      .min(1, 'name must not be empty')
      .max(200, 'name must be at most 200 characters')
      // Plain text: a line break or a bidi override would make a version look like another.
      .refine((name) => !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(name), 'name must be plain text (no control or formatting characters)'),
  })
  .strict();

/** GET /api/workspaces/:id/versions → { versions: [{ id, name, createdAt }] }, newest first. */
export async function getVersions(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  sendJson(res, 200, { versions: await context.store.listVersions(workspaceId) });
}

/** POST /api/workspaces/:id/versions {"name"} → 201 { id, name, createdAt }. */
export async function postVersion(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  const { name } = await readBodyAs(req, versionBody);
  await requireRoleAtEffect(context, req, workspaceId, 'editor');
  const version: VersionInfo = await withWorkspace(context, workspaceId, async (workspace) => {
    const state = await workspace.readDurably((doc) => Y.encodeStateAsUpdate(doc));
    const info: VersionInfo = { id: newId(), name, createdAt: new Date().toISOString() };
    await context.store.saveVersion(workspaceId, info, state);
    return info;
  });
  logEvent('version.saved', { workspace: workspaceId, version: version.id });
  sendJson(res, 201, version);
}

/** POST /api/workspaces/:id/versions/:versionId/restore → 200 { restored: { id, name, createdAt } }. */
export async function postRestore(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string, versionId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  const version = ID_PATTERN.test(versionId) ? await context.store.versionState(workspaceId, versionId) : null;
  if (!version) throw new HttpError(404, 'no such version');
  await requireRoleAtEffect(context, req, workspaceId, 'editor');
  await withWorkspace(context, workspaceId, async (workspace) => {
    const source = new Y.Doc();
    try {
      Y.applyUpdate(source, version.state);
      replaceWorkbookContent(workspace.doc, source, RESTORE_ORIGIN);
    } finally {
      source.destroy();
    }
    // Answer once the restore is stored and on its way to every client.
    await workspace.readDurably(() => undefined);
  });
  logEvent('version.restored', { workspace: workspaceId, version: versionId });
  sendJson(res, 200, { restored: version.info });
}

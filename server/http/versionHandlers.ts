/**
 * Named versions. Saving stores the document's full state under a name (and who saved it).
 * Restoring first saves the state it replaces as an automatic version ("Før gendannelse af »…«"),
 * then makes the live document equal to the chosen version through the `restoreVersion`
 * operation, as one new change on top of its history that every connected client receives.
 * The browser restores through the same operation in its own session, so that the restorer can
 * undo it (Ctrl+Z); it reads the version's state from GET …/versions/:versionId/state.
 * Deleting a version frees its space toward MAX_VERSION_BYTES (server/store/versionSpace.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { z } from 'zod';
import { ID_PATTERN } from '../auth/tokens.js';
import { logEvent } from '../log/log.js';
import { adoptedVersionId } from '../../models/workbook/workbookReader.js';
import type { PlanTrajectories } from '../../models/goals/planComparison.js';
import { VersionRefusal } from '../store/VersionWriter.js';
import type { VersionInfo } from '../store/WorkspaceStore.js';
import { requireRoleAtEffect, requireWorkspaceRole, withWorkspace, type ApiContext } from './apiContext.js';
import { keepVersion } from './keptVersion.js';
import { readBodyAs } from './requestBody.js';
import { runWork } from './workRequests.js';
import { isPlainText } from './plainText.js';
import { MAX_VERSION_NAME, versionNameAround } from '../../models/api/versionNames.js';
import { HttpError, sendJson } from './responses.js';
import type { RestoreAnswer, Version, VersionListAnswer, VersionPlanAnswer } from '../../models/api/versionAnswers.js';

/** The transaction origin of a restore made by the server (not a connection, so every client is sent it). */
export const RESTORE_ORIGIN = 'fremskriv:restore-version';

const savedBy = z
  .string('savedBy must be a string')
  .trim()
  .min(1, 'savedBy must not be empty')
  .max(100, 'savedBy must be at most 100 characters')
  .refine(isPlainText, 'savedBy must be plain text (no control or formatting characters)');

const versionBody = z
  .object({
    name: z
      .string('name must be a string')
      .trim()
      .min(1, 'name must not be empty')
      .max(MAX_VERSION_NAME, `name must be at most ${MAX_VERSION_NAME} characters`)
      // Plain text: a line break or a bidi override would make a version look like another.
      .refine(isPlainText, 'name must be plain text (no control or formatting characters)'),
    savedBy: savedBy.optional(),
  })
  .strict();

const restoreBody = z.object({ savedBy: savedBy.optional() }).strict();

/** The automatic version's name, in the product's first language (the server has no planner's language). */
export function beforeRestoreName(restored: VersionInfo): string {
  return versionNameAround((name) => `Før gendannelse af »${name}«`, restored.name);
}

async function saveCurrentState(context: ApiContext, workspaceId: string, name: string, by: string | undefined): Promise<VersionInfo> {
  // A workspace nobody has in memory is all stored: the version writer reads it there, and the
  // event loop does not load it (0.2–0.5 s for 1.8 MB) only to save a version. The caller checked
  // the token, so the workspace exists.
  if (!context.registry.inMemory(workspaceId)) return keepVersion(context, workspaceId, null, name, by);
  return withWorkspace(context, workspaceId, (workspace) => keepVersion(context, workspaceId, workspace, name, by));
}

async function requireVersion(context: ApiContext, workspaceId: string, versionId: string): Promise<{ info: VersionInfo; state: Uint8Array }> {
  const version = ID_PATTERN.test(versionId) ? await context.store.versionState(workspaceId, versionId) : null;
  if (!version) throw new HttpError(404, 'no such version');
  return version;
}

async function requireVersionInfo(context: ApiContext, workspaceId: string, versionId: string): Promise<VersionInfo> {
  const info = ID_PATTERN.test(versionId) ? await context.store.versionInfo(workspaceId, versionId) : null;
  if (!info) throw new HttpError(404, 'no such version');
  return info;
}

/** GET /api/workspaces/:id/versions → { versions: [{ id, name, createdAt, createdBy? }] }, newest first. */
export async function getVersions(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  sendJson(res, 200, { versions: await context.store.listVersions(workspaceId) } satisfies VersionListAnswer);
}

/** POST /api/workspaces/:id/versions {"name", "savedBy"?} → 201 { id, name, createdAt, createdBy? }. */
export async function postVersion(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  const { name, savedBy: by } = await readBodyAs(req, versionBody, context.bodies);
  await requireRoleAtEffect(context, req, workspaceId, 'editor');
  const version = await saveCurrentState(context, workspaceId, name, by);
  logEvent('version.saved', { workspace: workspaceId, version: version.id });
  sendJson(res, 201, version satisfies Version);
}

/** GET /api/workspaces/:id/versions/:versionId/state → the version's Yjs state (application/octet-stream). */
export async function getVersionState(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string, versionId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  const version = await requireVersion(context, workspaceId, versionId);
  // A version an earlier build stored is restored brought up to date, as the server restores it.
  const state = await runWork(context, req, { workspaceId, job: { kind: 'versionState', state: version.state } });
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': state.byteLength, 'Cache-Control': 'no-store' });
  res.end(Buffer.from(state.buffer, state.byteOffset, state.byteLength));
}

/**
 * GET /api/workspaces/:id/versions/:versionId/plan → { version, scenarios: [{ id, name, goals:
 * [{ id, periods, series }] }] }: every goal's trajectory as the version projected it, under each
 * of its scenarios, so that the goal cards compare the latest actual month with the adopted plan.
 * Viewers may read it: they see the cards too, and it holds figures, not the version's cells.
 * A version never changes, so the answer is cached by its state.
 */
export async function getVersionPlan(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string, versionId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const found = await versionPlan(context, req, workspaceId, versionId);
  if (!found) throw new HttpError(404, 'no such version');
  sendJson(res, 200, { version: found.info, ...found.plan } satisfies VersionPlanAnswer);
}

/**
 * What a version projected, computed once per version (cached by its id and state): the /plan
 * answer and the evaluation's adopted plan share it. null when the version does not exist.
 */
export async function versionPlan(context: ApiContext, req: IncomingMessage, workspaceId: string, versionId: string): Promise<{ info: VersionInfo; plan: PlanTrajectories } | null> {
  const version = ID_PATTERN.test(versionId) ? await context.store.versionState(workspaceId, versionId) : null;
  if (!version) return null;
  const plan = await runWork(context, req, {
    workspaceId,
    job: { kind: 'planTrajectories', state: version.state },
    cacheAs: { key: versionId, size: (answer) => JSON.stringify(answer).length * 2 },
  });
  return { info: version.info, plan };
}

/**
 * POST /api/workspaces/:id/versions/:versionId/restore {"savedBy"?} → 200 { restored, before }:
 * `before` is the automatic version holding the state the restore replaced.
 */
export async function postRestore(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string, versionId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  const { savedBy: by } = await readBodyAs(req, restoreBody, context.bodies);
  const restored = await requireVersionInfo(context, workspaceId, versionId);
  await requireRoleAtEffect(context, req, workspaceId, 'editor');
  const before = await saveCurrentState(context, workspaceId, beforeRestoreName(restored), by);
  // Decoding the version and comparing it with the workspace happen in the store's version writer
  // thread, on the state just kept as `before`; the event loop applies the resulting update, as it
  // does an import's. An edit that reached the workspace meanwhile merges with the restore.
  let update: Uint8Array | null;
  try {
    update = await context.store.restoreUpdate(workspaceId, before.id, versionId, RESTORE_ORIGIN);
  } catch (error) {
    if (error instanceof VersionRefusal) throw new HttpError(422, `the version cannot be restored: ${error.message}`);
    throw error;
  }
  if (!update) throw new HttpError(404, 'no such version');
  const restoring = update;
  await withWorkspace(context, workspaceId, async (workspace) => {
    Y.applyUpdate(workspace.doc, restoring, RESTORE_ORIGIN);
    // Answer once the restore is stored and on its way to every client.
    await workspace.readDurably(() => undefined);
  });
  logEvent('version.restored', { workspace: workspaceId, version: versionId, before: before.id });
  sendJson(res, 200, { restored, before } satisfies RestoreAnswer);
}

/**
 * DELETE /api/workspaces/:id/versions/:versionId → 204: the version is gone from the list and its
 * space counts no more against MAX_VERSION_BYTES. 404 for a version the workspace does not have;
 * 409 for the version the workspace marks as its adopted plan, which the goal cards and the
 * evaluation compare with (unmark it first, in the document, where colleagues see it).
 */
export async function deleteVersion(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string, versionId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  if (!ID_PATTERN.test(versionId)) throw new HttpError(404, 'no such version');
  const adopted = await withWorkspace(context, workspaceId, async (workspace) => adoptedVersionId(workspace.doc));
  if (adopted === versionId && (await context.store.listVersions(workspaceId)).some((version) => version.id === versionId)) {
    throw new HttpError(409, 'the version is the adopted plan; unmark it before deleting it');
  }
  await requireRoleAtEffect(context, req, workspaceId, 'editor');
  const deleted = await context.store.deleteVersion(workspaceId, versionId);
  if (!deleted) throw new HttpError(404, 'no such version');
  logEvent('version.deleted', { workspace: workspaceId, version: versionId });
  res.writeHead(204, { 'Cache-Control': 'no-store' });
  res.end();
}

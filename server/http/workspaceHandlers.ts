/**
 * REST handlers for workspaces: create (admin), read as a v1 file, evaluate, rotate a token.
 * Paths and status codes are listed in server/README.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { WORKSPACE_ROLES } from '../../models/access/workspaceRole.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { logEvent } from '../log/log.js';
import { CloseCode } from '../../models/api/closeCodes.js';
import { createWorkspace, roleLinks, workspaceLink, type CreatedWorkspace } from '../workspaces/createWorkspace.js';
import { requireAdmin, requireEditorOrAdmin, requireWorkspaceRole, type ApiContext } from './apiContext.js';
import { readWorkbookUpload } from './importHandlers.js';
import { runWork } from './workRequests.js';
import { isBlankBody, readBody, readBodyAs } from './requestBody.js';
import { HttpError, sendJson, sendJsonText } from './responses.js';
import { workspaceState } from './exportHandlers.js';
import type { AccessAnswer, CreatedWorkspaceAnswer, TokenAnswer } from '../../models/api/workspaceAnswers.js';

/**
 * POST /api/workspaces — an empty body starts from the template; a JSON body is a v1 file; a
 * multipart upload (field "file": .xlsx or .csv) is imported as the new workspace.
 */
export async function postWorkspace(context: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  await requireAdmin(context, req);
  if (/^multipart\/form-data;/i.test(req.headers['content-type'] ?? '')) return postWorkspaceFromUpload(context, req, res);
  const body = await readBody(req, context.maxBodyBytes, context.bodies);
  const fromTemplate = isBlankBody(body);
  // A v1 file is parsed, checked and seeded in a worker thread: on the event loop, an 11 MB file
  // held every workspace's sync for 11–26 s (load 15; the check 3.3 s, JSON.parse 1–1.7 s).
  const file = fromTemplate ? { file: beskaeftigelsesplanTemplate() } : { json: body };
  const { snapshot } = await runWork(context, req, { workspaceId: 'new', job: { kind: 'newWorkspace', ...file, maxWorkspaceBytes: context.registry.maxWorkspaceBytes } });
  const created: CreatedWorkspace = await createWorkspace(context.store, snapshot);
  logEvent('workspace.created', { workspace: created.id, fromTemplate });
  sendJson(res, 201, { ...created, ...roleLinks(context.baseUrl(), created) } satisfies CreatedWorkspaceAnswer);
}

async function postWorkspaceFromUpload(context: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const upload = await readWorkbookUpload(context, req);
  const { snapshot, notes } = await runWork(context, req, { workspaceId: 'new', job: { kind: 'newWorkspace', upload, maxWorkspaceBytes: context.registry.maxWorkspaceBytes } });
  const created = await createWorkspace(context.store, snapshot);
  logEvent('workspace.created', { workspace: created.id, fromUpload: true, unsupported: notes?.unsupportedFunctionCount ?? 0 });
  sendJson(res, 201, { ...created, ...roleLinks(context.baseUrl(), created), ...notes } satisfies CreatedWorkspaceAnswer);
}

/**
 * GET /api/workspaces/:id/workbook.json — in a worker thread, cached by document state. Before the
 * twentieth session it was built and serialized on the event loop for every request (0.9–2.9 s
 * for a workspace at the size bound, load 22), with no bound per token: a viewer's few requests
 * at once held every workspace's sync for seconds.
 */
export async function getWorkbookFile(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const state = await workspaceState(context, workspaceId);
  const text = await runWork(context, req, { workspaceId, job: { kind: 'workbookFile', state }, cacheAs: { key: '', size: (answer) => answer.length * 2 } });
  sendJsonText(res, 200, text);
}

/** GET /api/workspaces/:id/access — which role the presented token has, so the client can go read-only. */
export async function getAccess(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  const role = await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  sendJson(res, 200, { role } satisfies AccessAnswer);
}

const rotationBody = z.object({ role: z.enum(WORKSPACE_ROLES, 'role must be "editor" or "viewer"') }).strict();

/**
 * POST /api/workspaces/:id/tokens {"role"} — a new token for the role; the old one stops working
 * at once, and live connections that used it are closed with 4403. The editor token may ask, and
 * the admin token (so a workspace whose links a colleague rotated can be reached again).
 */
export async function postToken(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  const by = await requireEditorOrAdmin(context, req, workspaceId);
  const { role } = await readBodyAs(req, rotationBody, context.bodies);
  // Again once the body is in: a token rotated meanwhile mints nothing (issue 15).
  await requireEditorOrAdmin(context, req, workspaceId);
  const token = newToken();
  await context.store.rotateToken(workspaceId, role, hashToken(token), token);
  context.registry.loaded(workspaceId)?.closePeers(role, CloseCode.tokenRevoked, `the ${role} token was rotated`);
  logEvent('workspace.token.rotated', { workspace: workspaceId, role, by });
  sendJson(res, 200, { role, token, url: workspaceLink(context.baseUrl(), workspaceId, token) } satisfies TokenAnswer);
}

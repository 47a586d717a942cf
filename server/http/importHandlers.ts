/**
 * POST /api/workspaces/:id/import (editors): a multipart upload of an .xlsx or .csv, read by the
 * pure importers in models/interchange in a worker thread and applied to the loaded workspace's
 * Y.Doc as one update, so connected clients see it live and it is stored like any edit. A file that
 * is refused leaves the workspace untouched. Contract in models/interchange/README.md.
 * The same upload, read by `readWorkbookUpload`, also starts a new workspace (POST /api/workspaces).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { z } from 'zod';
import { workbookLocale } from '../../models/workbook/workbookReader.js';
import { IMPORT_MODES } from '../../models/interchange/importIntoWorkspace.js';
import { logEvent } from '../log/log.js';
import type { VersionInfo } from '../store/WorkspaceStore.js';
import type { Upload } from '../work/workJobs.js';
import { requireRoleAtEffect, requireWorkspaceRole, withWorkspace, type ApiContext } from './apiContext.js';
import { workspaceState } from './exportHandlers.js';
import { keepVersion } from './keptVersion.js';
import { readMultipartForm } from './multipartForm.js';
import { uploadFileName } from './plainText.js';
import { versionNameAround } from '../../models/api/versionNames.js';
import { HttpError, sendJson } from './responses.js';
import { runWork } from './workRequests.js';
import type { ImportAnswer } from '../../models/api/importAnswers.js';

/** The transaction origin of an import (not a connection, so every client is sent it). */
export const IMPORT_ORIGIN = 'fremskriv:import';

/** How a CSV is read (ignored for an .xlsx). */
const readingFields = {
  sheet: z.string().trim().min(1, 'sheet must not be empty').max(100).optional(),
  separator: z.enum([';', ',', 'tab'], 'separator must be ";", "," or "tab"').optional(),
  decimal: z.enum([',', '.'], 'decimal must be "," or "."').optional(),
};

const importFields = z
  .object({
    mode: z.enum(IMPORT_MODES, 'mode must be "sheets" or "replace"').default('sheets'),
    ...readingFields,
    dryRun: z.enum(['true', 'false'], 'dryRun must be "true" or "false"').default('false'),
  })
  .strict();

const newWorkspaceFields = z.object(readingFields).strict();

type ReadingFields = z.infer<typeof newWorkspaceFields>;

async function readUpload<T extends ReadingFields>(context: ApiContext, req: IncomingMessage, schema: z.ZodType<T>): Promise<{ file: File; fields: T }> {
  const { file, fields: strings } = await readMultipartForm(req, context.maxBodyBytes, context.bodies);
  if (!file) throw new HttpError(400, 'the field "file" (an .xlsx or .csv file) is missing');
  const result = schema.safeParse(strings);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new HttpError(400, issue.code === 'unrecognized_keys' ? `unknown field: ${issue.keys.join(', ')}` : issue.message);
  }
  return { file, fields: result.data };
}

/**
 * A multipart upload (file, sheet?, separator?, decimal?) for a new workspace: read here, turned
 * into a workspace by a worker thread (server/work/workJobs.ts).
 */
export async function readWorkbookUpload(context: ApiContext, req: IncomingMessage): Promise<Upload> {
  const { file, fields } = await readUpload(context, req, newWorkspaceFields);
  return uploadOf(file, fields);
}

async function uploadOf(file: File, fields: ReadingFields): Promise<Upload> {
  const { sheet, separator, decimal } = fields;
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: uploadFileName(file.name), reading: { sheet, separator, decimal } };
}

/**
 * POST /api/workspaces/:id/import — multipart: file, mode?, sheet?, separator?, decimal?, dryRun?
 * A worker thread reads the file and applies it to a copy of the workspace (trial included); the
 * live workspace then receives the result as one Yjs update, like a colleague's edit: the event
 * loop never parses the file nor copies the workspace.
 */
export async function postImport(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  const { file, fields } = await readUpload(context, req, importFields);
  const dryRun = fields.dryRun === 'true';
  const upload = await uploadOf(file, fields);
  const state = await workspaceState(context, workspaceId);
  const outcome = await runWork(context, req, { workspaceId, job: { kind: 'import', state, upload, mode: fields.mode, dryRun, origin: IMPORT_ORIGIN, maxWorkspaceBytes: context.registry.maxWorkspaceBytes } }, { answerOnly: dryRun });
  // The upload and the job take time: a token rotated meanwhile no longer imports.
  await requireRoleAtEffect(context, req, workspaceId, 'editor');
  const versionSaved = dryRun || !outcome.update ? null : await applyToWorkspace(context, workspaceId, outcome.update, fields.mode === 'replace' ? upload.fileName : null);
  const { summary, applied, notes } = outcome;
  const sheets = summary.sheets.map((sheet, i) => ({ ...sheet, name: applied.sheets[i] ?? sheet.name }));
  if (!dryRun) logEvent('workspace.imported', { workspace: workspaceId, mode: fields.mode, sheets: sheets.length, unsupported: notes.unsupportedFunctionCount });
  sendJson(res, 200, {
    dryRun,
    imported: { mode: fields.mode, title: summary.title, sheets, goals: applied.goals, scenarios: applied.scenarios },
    ...notes,
    versionSaved,
    ...(outcome.csv ? { csv: outcome.csv } : {}),
  } satisfies ImportAnswer);
}

/**
 * Applies the worker's update to the live workspace and waits until it is stored. Replacing the
 * workspace first keeps what it replaces as a version (`replacing`: the file's name), one click
 * away in the versions panel.
 */
async function applyToWorkspace(context: ApiContext, workspaceId: string, update: Uint8Array, replacing: string | null): Promise<VersionInfo | null> {
  return withWorkspace(context, workspaceId, async (workspace) => {
    let versionSaved: VersionInfo | null = null;
    if (replacing !== null) {
      const name = versionNameAround((file) => (workbookLocale(workspace.doc) === 'da-DK' ? `Før import af ${file}` : `Before importing ${file}`), replacing);
      versionSaved = await keepVersion(context, workspaceId, workspace, name, undefined);
    }
    Y.applyUpdate(workspace.doc, update, IMPORT_ORIGIN);
    await workspace.readDurably(() => undefined);
    return versionSaved;
  });
}

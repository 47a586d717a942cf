/**
 * POST /api/workspaces/:id/import (editors): a multipart upload of an .xlsx or .csv, read by the
 * pure importers in models/interchange and applied through the loaded workspace's Y.Doc with
 * applyOperations, so connected clients see it live and it is stored like any edit. A file that
 * is refused leaves the workspace untouched. Contract in models/interchange/README.md.
 * The same upload, read by `readWorkbookUpload`, also starts a new workspace (POST /api/workspaces).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { z } from 'zod';
import { workbookLocale } from '../../models/workbook/workbookReader.js';
import { WorkbookFileError, type WorkbookFile } from '../../models/format/workbookFile.js';
import { importCsv, type CsvReading } from '../../models/interchange/csvImport.js';
import { checkedFileKind } from '../../models/interchange/fileKind.js';
import { importedWorkbookFile, importSummary, type ImportedWorkbook } from '../../models/interchange/importedWorkbook.js';
import { applyImport, IMPORT_MODES } from '../../models/interchange/importIntoWorkspace.js';
import { InterchangeError, MAX_IMPORT_FILE_BYTES } from '../../models/interchange/interchangeLimits.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { newId } from '../auth/tokens.js';
import { logEvent } from '../log/log.js';
import type { VersionInfo } from '../store/WorkspaceStore.js';
import { requireRoleAtEffect, requireWorkspaceRole, withWorkspace, type ApiContext } from './apiContext.js';
import { readBody } from './requestBody.js';
import { HttpError, sendJson } from './responses.js';

/** The transaction origin of an import (not a connection, so every client is sent it). */
export const IMPORT_ORIGIN = 'fremskriv:import';
/** Room for the multipart framing and the small fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

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

function interchangeStatus(error: InterchangeError): number {
  return error.kind === 'too-large' ? 413 : error.kind === 'unsupported-type' ? 415 : 400;
}

async function readUpload<T extends ReadingFields>(context: ApiContext, req: IncomingMessage, schema: z.ZodType<T>): Promise<{ file: File; fields: T }> {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data;/i.test(type)) throw new HttpError(415, 'send the file as multipart/form-data (field "file")');
  const body = await readBody(req, Math.min(context.maxBodyBytes, MAX_IMPORT_FILE_BYTES + MULTIPART_OVERHEAD));
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new HttpError(400, 'the body is not valid multipart/form-data');
  }
  const strings: Record<string, string> = {};
  let file: File | null = null;
  for (const [key, value] of form.entries()) {
    if (key === 'file' && typeof value !== 'string' && file === null) file = value;
    else if (typeof value === 'string' && !(key in strings)) strings[key] = value;
    else throw new HttpError(400, `the field "${key}" is not expected (once) here`);
  }
  if (!file) throw new HttpError(400, 'the field "file" (an .xlsx or .csv file) is missing');
  const result = schema.safeParse(strings);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new HttpError(400, issue.code === 'unrecognized_keys' ? `unknown field: ${issue.keys.join(', ')}` : issue.message);
  }
  return { file, fields: result.data };
}

async function readImport(file: File, fields: ReadingFields): Promise<{ imported: ImportedWorkbook; csv?: CsvReading }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const fileName = file.name || 'upload';
  const kind = checkedFileKind(bytes, fileName);
  if (kind === 'xlsx') return { imported: await importXlsx(bytes, { fileName }) };
  const separator = fields.separator === 'tab' ? '\t' : fields.separator;
  const { csv, ...imported } = importCsv(bytes, { fileName, sheetName: fields.sheet, separator, decimal: fields.decimal });
  return { imported, csv };
}

/** Reads the uploaded file; a file that cannot become a workbook is a 4xx naming the file. */
async function readChecked(file: File, fields: ReadingFields): Promise<{ imported: ImportedWorkbook; csv?: CsvReading; workbook: WorkbookFile }> {
  try {
    const read = await readImport(file, fields);
    return { ...read, workbook: importedWorkbookFile(read.imported) };
  } catch (error) {
    if (error instanceof InterchangeError) throw new HttpError(interchangeStatus(error), `${file.name}: ${error.message}`);
    if (error instanceof WorkbookFileError) throw new HttpError(400, `${file.name}: ${error.message}`);
    throw error;
  }
}

/**
 * A multipart upload (file, sheet?, separator?, decimal?) as a v1 workbook for a new workspace,
 * with what the import could not carry over.
 */
export async function readWorkbookUpload(
  context: ApiContext,
  req: IncomingMessage,
): Promise<{ workbook: WorkbookFile; notes: { unsupportedFunctions: ImportedWorkbook['unsupported']['found']; unsupportedFunctionCount: number; warnings: string[] } }> {
  const { file, fields } = await readUpload(context, req, newWorkspaceFields);
  const { imported, workbook } = await readChecked(file, fields);
  return {
    workbook,
    notes: { unsupportedFunctions: imported.unsupported.found, unsupportedFunctionCount: imported.unsupported.count, warnings: imported.warnings },
  };
}

/** POST /api/workspaces/:id/import — multipart: file, mode?, sheet?, separator?, decimal?, dryRun? */
export async function postImport(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  const { file, fields } = await readUpload(context, req, importFields);
  const dryRun = fields.dryRun === 'true';
  const { imported, csv } = await readChecked(file, fields);
  await requireRoleAtEffect(context, req, workspaceId, 'editor');
  const outcome = await withWorkspace(context, workspaceId, async (workspace) => {
    // A workbook from elsewhere takes the workspace's language.
    if (!imported.fromFremskriv) imported.locale = workbookLocale(workspace.doc);
    let versionSaved: VersionInfo | null = null;
    try {
      const trial = applyImport(workspace.doc, imported, fields.mode, IMPORT_ORIGIN, { dryRun: true });
      if (dryRun) return { applied: trial, versionSaved };
      if (fields.mode === 'replace') {
        // What the import replaces stays one click away in the versions panel.
        const state = await workspace.readDurably((doc) => Y.encodeStateAsUpdate(doc));
        const name = workbookLocale(workspace.doc) === 'da-DK' ? `Før import af ${file.name}` : `Before importing ${file.name}`;
        versionSaved = { id: newId(), name: name.slice(0, 200), createdAt: new Date().toISOString() };
        await context.store.saveVersion(workspaceId, versionSaved, state);
      }
      const applied = applyImport(workspace.doc, imported, fields.mode, IMPORT_ORIGIN);
      await workspace.readDurably(() => undefined);
      return { applied, versionSaved };
    } catch (error) {
      if (error instanceof WorkbookOperationError) throw new HttpError(400, `${file.name} cannot be imported here: ${error.message}`);
      throw error;
    }
  });
  const summary = importSummary(imported);
  const sheets = summary.sheets.map((sheet, i) => ({ ...sheet, name: outcome.applied.sheets[i] ?? sheet.name }));
  if (!dryRun) logEvent('workspace.imported', { workspace: workspaceId, mode: fields.mode, sheets: sheets.length, unsupported: imported.unsupported.count });
  sendJson(res, 200, {
    dryRun,
    imported: { mode: fields.mode, title: summary.title, sheets, goals: outcome.applied.goals, scenarios: outcome.applied.scenarios },
    unsupportedFunctions: imported.unsupported.found,
    unsupportedFunctionCount: imported.unsupported.count,
    warnings: [...imported.warnings, ...outcome.applied.warnings],
    versionSaved: outcome.versionSaved,
    ...(csv ? { csv } : {}),
  });
}

/**
 * Actual figures from Jobindsats into a live workspace (models/actuals/), for editors:
 * - `POST /api/workspaces/:id/actuals`: multipart `file` (Jobindsats JSON, CSV or .xlsx) with the
 *   choices `measure`, `filter` (repeatable, `DIMENSION=VALUE`), `rows`, `sheet`, `dryRun`; or,
 *   where the server has JOBINDSATS_API_KEY, JSON `{ table, period?, measure, filters?, rows?,
 *   sheet?, dryRun? }` and the server fetches the table itself. A dry run without a measure answers
 *   the table's measures, dimensions and their values, for the import dialog; a dry run with one
 *   answers the preview: the changes, the warnings and the goals moved under `scenario` (by name).
 * - `POST /api/workspaces/:id/actuals/refresh`: the same sheet again with its saved choices (its
 *   data link), from a newer uploaded `file` (multipart, with `sheet`) or from the API (JSON
 *   `{ sheet }`).
 * - `GET /api/workspaces/:id/actuals` (viewers too): the data links and whether the API is set up.
 * Applied through applyOperations, so connected clients see the figures live.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { ActualsPivot, PivotChoice } from '../../models/actuals/actualsPivot.js';
import { actualsChanges, actualsSheetFigures } from '../../models/actuals/actualsChanges.js';
import { ACTUALS_MODES, figureRows, mergeRefusal, sheetAfterImport } from '../../models/actuals/actualsMerge.js';
import { actualsOperations } from '../../models/actuals/actualsOperations.js';
import { actualsWarnings } from '../../models/actuals/actualsWarnings.js';
import { DEFAULT_ACTUALS_SHEET } from '../../models/actuals/actualsSheet.js';
import { readDataLink, readDataLinks, type DataLink } from '../../models/actuals/dataLink.js';
import { JobindsatsError } from '../../models/actuals/jobindsatsTable.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { sheetNameProblem } from '../../models/workbook/sheetNames.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { MAX_JOBINDSATS_ANSWER_BYTES } from '../actuals/jobindsatsApi.js';
import type { ActualsRead } from '../work/actualsReadJob.js';
import { runWork } from './workRequests.js';
import { workspaceState } from './exportHandlers.js';
import { logEvent } from '../log/log.js';
import { applyWithinBound, checkWithinBound } from './actualsGrowth.js';
import { requireRoleAtEffect, requireWorkspaceRole, withWorkspace, type ApiContext } from './apiContext.js';
import { isMultipart, readMultipartForm } from './multipartForm.js';
import { readJson, SMALL_BODY_BYTES } from './requestBody.js';
import { uploadFileName } from './plainText.js';
import { HttpError, sendJson } from './responses.js';
import type { ActualsAnswer, ActualsStatus, TableShapeAnswer } from '../../models/api/actualsAnswers.js';

/** The transaction origin of an actuals import (not a connection, so every client is sent it). */
export const ACTUALS_ORIGIN = 'fremskriv:actuals';

const name = z.string().trim().min(1).max(200);
const tableId = z.string().trim().regex(/^[A-Za-z0-9_]{1,32}$/, 'table must be a Jobindsats table id such as ptv_a02');

const choiceSchema = z
  .object({
    measure: name.optional(),
    filters: z.record(name, name).optional(),
    rows: name.optional(),
    sheet: z.string().trim().min(1).max(100).optional(),
    table: tableId.optional(),
    period: z.string().trim().min(1).max(200).optional(),
    /** The scenario a dry run judges the goals moved under (the one on the planner's screen). */
    scenario: name.optional(),
    /** `merge` (default): months and rows the file lacks are kept; `replace`: the sheet becomes the file's table. */
    mode: z.enum(ACTUALS_MODES, { message: 'mode must be "merge" or "replace"' }).default('merge'),
    dryRun: z.boolean().default(false),
  })
  .strict();

type Choice = z.infer<typeof choiceSchema>;

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') throw new HttpError(400, `unknown field: ${issue.keys.join(', ')}`);
  throw new HttpError(400, `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
}

function filtersFrom(texts: readonly string[]): Record<string, string> {
  const filters = new Map<string, string>();
  for (const text of texts) {
    const at = text.indexOf('=');
    if (at <= 0) throw new HttpError(400, `filter "${text}" is not DIMENSION=VALUE`);
    const dimension = text.slice(0, at).trim();
    if (filters.has(dimension)) throw new HttpError(400, `filter names ${dimension} twice`);
    filters.set(dimension, text.slice(at + 1).trim());
  }
  return Object.fromEntries(filters);
}

interface ActualsRequest {
  choice: Choice;
  /** The uploaded file, or null when the table comes from the API. */
  file: { bytes: Uint8Array; name: string } | null;
}

async function readActualsRequest(context: ApiContext, req: IncomingMessage): Promise<ActualsRequest> {
  if (isMultipart(req)) {
    const form = await readMultipartForm(req, context.maxBodyBytes, context.bodies, ['filter']);
    if (!form.file) throw new HttpError(400, 'the field "file" (a Jobindsats .json, .csv or .xlsx) is missing');
    const { dryRun, ...fields } = form.fields;
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') throw new HttpError(400, 'dryRun must be "true" or "false"');
    const choice = parsed(choiceSchema, { ...fields, filters: filtersFrom(form.repeated.filter ?? []), dryRun: dryRun === 'true' });
    return { choice, file: { bytes: new Uint8Array(await form.file.arrayBuffer()), name: uploadFileName(form.file.name) } };
  }
  return { choice: parsed(choiceSchema, (await readJson(req, SMALL_BODY_BYTES, context.bodies)) ?? {}), file: null };
}

/**
 * Reads the table from the upload or the API and pivots it (or answers its shape) in a worker
 * thread (work/actualsReadJob.ts): a table that cannot be read is a 4xx (502 from the API) saying why.
 */
async function readTable(context: ApiContext, req: IncomingMessage, workspaceId: string, file: ActualsRequest['file'], choice: Choice, pivot: PivotChoice | null): Promise<ActualsRead & { fileName?: string }> {
  if (file) {
    const read = await runWork(context, req, { workspaceId, job: { kind: 'readActuals', bytes: file.bytes, fileName: file.name, source: 'file', choice: pivot } }, { answerOnly: choice.dryRun });
    return { ...read, fileName: file.name };
  }
  if (!context.jobindsats) throw new HttpError(400, 'this server has no Jobindsats API key (JOBINDSATS_API_KEY): upload the file instead');
  if (!choice.table) throw new HttpError(400, 'table is required to fetch from Jobindsats (e.g. "ptv_a02")');
  const table = choice.table;
  const period = choice.period ?? '*';
  const read = (bytes: Uint8Array): Promise<ActualsRead> =>
    runWork(context, req, { workspaceId, job: { kind: 'readActuals', bytes, fileName: `${table}.json`, source: 'api', choice: pivot } }, { answerOnly: choice.dryRun });
  // A preview reads an answer of the last five minutes (the dialog previews every choice); an import fetches anew.
  const recent = choice.dryRun ? context.jobindsats.recent(table, period) : undefined;
  if (recent) return read(recent);
  // The answer is held until the worker has read it: counted with the token's request bodies.
  const release = context.bodies.reserve(req, MAX_JOBINDSATS_ANSWER_BYTES, 'jobindsats');
  try {
    let bytes: Uint8Array;
    try {
      bytes = await context.jobindsats.fetch(workspaceId, table, period);
    } catch (error) {
      if (error instanceof JobindsatsError) throw new HttpError(502, error.message);
      throw error;
    }
    return await read(bytes);
  } finally {
    release();
  }
}

/**
 * What the goals a preview moves depend on besides the workspace's state: the figures, the sheet
 * and the scenario (not the link's time stamp). A digest, as a national table's pivot is large.
 */
function goalsMovedCacheKey(sheet: string, scenario: string | undefined, mode: string, pivot: ActualsPivot): string {
  return createHash('sha256').update(JSON.stringify([sheet, scenario?.trim().toLowerCase() ?? null, mode, pivot])).digest('base64url');
}

/** Reads, pivots and (unless a dry run) applies; answers what the sheet now holds. */
async function importActuals(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string, request: ActualsRequest, previous: DataLink | null): Promise<void> {
  const { choice, file } = request;
  const sheet = choice.sheet ?? DEFAULT_ACTUALS_SHEET;
  const problem = sheetNameProblem(sheet);
  if (problem !== null) throw new HttpError(400, `sheet "${sheet}" is not an allowed sheet name (${problem})`);
  const pivotChoice: PivotChoice | null = choice.measure === undefined ? null : { measure: choice.measure, filters: choice.filters ?? {} };
  if (pivotChoice && choice.rows !== undefined) pivotChoice.rows = choice.rows;
  const read = await readTable(context, req, workspaceId, file, choice, pivotChoice);
  if (!('pivot' in read) || pivotChoice === null) {
    if (choice.dryRun && 'shape' in read) return sendJson(res, 200, { dryRun: true, table: read.shape } satisfies TableShapeAnswer);
    const measures = 'shape' in read ? read.shape.measures : [];
    throw new HttpError(400, `measure is required; the measures are ${measures.map((m) => `"${m}"`).join(', ')}`);
  }
  const pivot = read.pivot;
  const link: DataLink = {
    ...pivotChoice,
    filters: pivotChoice.filters ?? {},
    source: read.source,
    periods: pivot.periods,
    updatedAt: new Date().toISOString(),
    ...(choice.table ?? previous?.table ? { table: choice.table ?? previous?.table } : {}),
    ...(choice.period ?? previous?.period ? { period: choice.period ?? previous?.period } : {}),
    ...(read.fileName ? { fileName: read.fileName } : {}),
  };
  const { mode } = choice;
  const known = new Set(previous?.periods ?? []);
  const addedPeriods = previous ? pivot.periods.filter((p) => !known.has(p)) : [];
  const { created, changes, warnings, after } = await withWorkspace(context, workspaceId, async (workspace) => {
    // Worked out before applying, so the answer says what the import changed (or, in a dry run,
    // what it would change): the preview planners see before they apply.
    const before = actualsSheetFigures(workspace.doc, sheet);
    const refusal = mode === 'merge' ? mergeRefusal(sheet, before, pivot, link.filters, previous) : null;
    if (refusal !== null) throw new HttpError(400, refusal);
    const changes = actualsChanges(workspace.doc, sheet, pivot, mode);
    const warnings = actualsWarnings(workspace.doc, sheet, pivot);
    const after = sheetAfterImport(before, pivot, mode);
    // The link keeps the months the sheet holds after the import (a merge keeps older ones).
    link.periods = after.periods;
    const plan = actualsOperations(workspace.doc, pivot, sheet, link, mode);
    try {
      // A dry run is refused as the import would be: the preview never promises what cannot land.
      if (choice.dryRun) {
        checkWithinBound(workspace, pivot, plan.ops);
        return { created: plan.created, changes, warnings, after };
      }
      // The role is checked again where the change takes effect: a token rotated while the upload
      // or the fetch was under way does not write.
      await requireRoleAtEffect(context, req, workspaceId, 'editor');
      applyWithinBound(workspace, pivot, plan.ops, ACTUALS_ORIGIN);
    } catch (error) {
      if (error instanceof WorkbookOperationError) throw new HttpError(400, `the figures cannot be written to "${sheet}": ${error.message}`);
      throw error;
    }
    await workspace.readDurably(() => undefined);
    return { created: plan.created, changes, warnings, after };
  });
  // The goals a preview moves are judged on a copy in a worker thread (work/actualsGoalsJob.ts),
  // once per workspace state and choice: a planner stepping back to a choice already previewed
  // is answered from the cache, not by another engine build; a preview the planner has left for
  // a newer choice (its request aborted) before the job's turn came is not judged at all.
  const moved = choice.dryRun
    ? await runWork(
        context,
        req,
        {
          workspaceId,
          job: { kind: 'goalsMovedByActuals', state: await workspaceState(context, workspaceId), pivot, sheet, link, mode, ...(choice.scenario ? { scenario: choice.scenario } : {}) },
          cacheAs: { key: goalsMovedCacheKey(sheet, choice.scenario, mode, pivot), size: (answer) => JSON.stringify(answer).length * 2 },
        },
      )
    : null;
  if (!choice.dryRun) logEvent('workspace.actuals', { workspace: workspaceId, source: read.source, periods: pivot.periods.length, rows: pivot.rowLabels.length });
  sendJson(res, 200, {
    dryRun: choice.dryRun,
    sheet,
    created,
    dimension: pivot.dimension,
    measure: pivot.measure,
    mode,
    rows: figureRows(after),
    periods: after.periods,
    addedPeriods,
    changes,
    warnings,
    ...(moved ? { scenario: moved.scenario, goalsMoved: moved.goalsMoved } : {}),
    link,
  } satisfies ActualsAnswer);
}

/** POST /api/workspaces/:id/actuals */
export async function postActuals(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  const request = await readActualsRequest(context, req);
  const sheet = request.choice.sheet ?? DEFAULT_ACTUALS_SHEET;
  const previous = await withWorkspace(context, workspaceId, async (workspace) => {
    const sheetId = workbookGrid(workspace.doc).sheetIdByName(sheet);
    return sheetId === undefined ? null : readDataLink(workspace.doc, sheetId);
  });
  await importActuals(context, req, res, workspaceId, request, previous);
}

/** POST /api/workspaces/:id/actuals/refresh */
export async function postActualsRefresh(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'editor');
  const request = await readActualsRequest(context, req);
  const sheet = request.choice.sheet ?? DEFAULT_ACTUALS_SHEET;
  const link = await withWorkspace(context, workspaceId, async (workspace) => {
    const sheetId = workbookGrid(workspace.doc).sheetIdByName(sheet);
    if (sheetId === undefined) throw new HttpError(404, `no sheet named "${sheet}"`);
    return readDataLink(workspace.doc, sheetId);
  });
  if (!link) throw new HttpError(400, `the sheet "${sheet}" has no data link: import it from Jobindsats first`);
  const choice: Choice = { measure: link.measure, filters: link.filters, sheet, mode: request.choice.mode, dryRun: request.choice.dryRun };
  if (request.choice.scenario !== undefined) choice.scenario = request.choice.scenario;
  if (link.rows !== undefined) choice.rows = link.rows;
  if (link.table !== undefined) choice.table = link.table;
  if (link.period !== undefined) choice.period = link.period;
  await importActuals(context, req, res, workspaceId, { choice, file: request.file }, link);
}

/** GET /api/workspaces/:id/actuals */
export async function getActuals(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const links = await withWorkspace(context, workspaceId, async (workspace) => {
    const grid = workbookGrid(workspace.doc);
    return readDataLinks(workspace.doc).flatMap(({ sheetId, link }) => {
      const sheet = grid.sheetName(sheetId);
      return sheet === undefined ? [] : [{ sheet, ...link }];
    });
  });
  sendJson(res, 200, { apiConfigured: context.jobindsats !== undefined, links } satisfies ActualsStatus);
}

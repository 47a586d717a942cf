/**
 * The Jobindsats actuals endpoints from the browser (server/http/actualsHandlers.ts): read the
 * table's shape for the dialog, import with the planner's choices, refresh a linked sheet, list
 * the links. Every answer is checked against its schema in models/api/ before the UI uses it.
 */
import type { z } from 'zod';
import {
  actualsAnswerSchema,
  actualsStatusSchema,
  tableShapeSchema,
  type ActualsAnswer,
  type ActualsLink,
  type ActualsStatus,
  type TableShape,
} from '../../../models/api/actualsAnswers.js';
import { errorAnswerSchema } from '../../../models/api/errorAnswer.js';
import type { ActualsMode } from '../../../models/actuals/actualsMerge.js';
import { InterchangeRequestError } from './interchangeApi.js';

export type { ActualsAnswer, ActualsLink, ActualsMode, ActualsStatus, TableShape };

/** Where the figures come from: an uploaded file, or a table the server fetches with its key. */
export type ActualsSource = { kind: 'file'; file: File } | { kind: 'api'; table: string };

export interface ActualsChoice {
  measure: string;
  filters: Record<string, string>;
  rows: string;
  sheet: string;
  /** `merge` (the default): the file's months and rows update the sheet's, the rest stay; `replace`: the sheet holds only the file's. */
  mode: ActualsMode;
}

function actualsPath(workspaceId: string, tail = ''): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/actuals${tail}`;
}

async function answered<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorAnswerSchema.safeParse(body);
    throw new InterchangeRequestError(response.status, parsed.success ? parsed.data.error : `HTTP ${response.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new InterchangeRequestError(response.status, 'unexpected answer from the server');
  return parsed.data;
}

async function post<T>(path: string, token: string, body: FormData | object, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  const isForm = body instanceof FormData;
  if (!isForm) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, body: isForm ? body : JSON.stringify(body), ...(signal ? { signal } : {}) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new InterchangeRequestError(0, 'network');
  }
  return answered(response, schema);
}

export async function fetchActualsStatus(workspaceId: string, token: string): Promise<ActualsStatus> {
  let response: Response;
  try {
    response = await fetch(actualsPath(workspaceId), { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    throw new InterchangeRequestError(0, 'network');
  }
  return answered(response, actualsStatusSchema);
}

/** The measures, dimensions and values of the table (a dry run without a measure). */
export async function readTableShape(workspaceId: string, token: string, source: ActualsSource, signal?: AbortSignal): Promise<TableShape> {
  if (source.kind === 'api') return (await post(actualsPath(workspaceId), token, { table: source.table, dryRun: true }, tableShapeSchema, signal)).table;
  const form = new FormData();
  form.set('file', source.file, source.file.name);
  form.set('dryRun', 'true');
  return (await post(actualsPath(workspaceId), token, form, tableShapeSchema, signal)).table;
}

/**
 * Pivots with the choices: a preview (`dryRun`) or the import itself, live for everyone. A
 * preview names the goals the import moves under `scenario` (the one on screen, by name).
 */
export function importActuals(workspaceId: string, token: string, source: ActualsSource, choice: ActualsChoice, dryRun: boolean, signal?: AbortSignal, scenario?: string): Promise<ActualsAnswer> {
  const judged = dryRun && scenario !== undefined ? { scenario } : {};
  if (source.kind === 'api') {
    const body = { table: source.table, measure: choice.measure, filters: choice.filters, rows: choice.rows, sheet: choice.sheet, mode: choice.mode, dryRun, ...judged };
    return post(actualsPath(workspaceId), token, body, actualsAnswerSchema, signal);
  }
  const form = new FormData();
  form.set('file', source.file, source.file.name);
  form.set('measure', choice.measure);
  for (const [dimension, value] of Object.entries(choice.filters)) form.append('filter', `${dimension}=${value}`);
  form.set('rows', choice.rows);
  form.set('sheet', choice.sheet);
  form.set('mode', choice.mode);
  form.set('dryRun', String(dryRun));
  if (judged.scenario !== undefined) form.set('scenario', judged.scenario);
  return post(actualsPath(workspaceId), token, form, actualsAnswerSchema, signal);
}

/** "Opdatér faktiske tal" for one linked sheet: a newer file, or (without one) the API; `dryRun` previews (under `scenario`, as importActuals). */
export function refreshActuals(workspaceId: string, token: string, sheet: string, file: File | null, dryRun: boolean, signal?: AbortSignal, scenario?: string): Promise<ActualsAnswer> {
  const judged = dryRun && scenario !== undefined ? { scenario } : {};
  if (!file) return post(actualsPath(workspaceId, '/refresh'), token, { sheet, dryRun, ...judged }, actualsAnswerSchema, signal);
  const form = new FormData();
  form.set('file', file, file.name);
  form.set('sheet', sheet);
  form.set('dryRun', String(dryRun));
  if (judged.scenario !== undefined) form.set('scenario', judged.scenario);
  return post(actualsPath(workspaceId, '/refresh'), token, form, actualsAnswerSchema, signal);
}

/** The filter the dialog proposes for a dimension: a value containing "i alt" where there is one, else the first. */
export function defaultFilterValue(values: readonly string[]): string {
  return values.find((v) => /\bi alt\b/i.test(v)) ?? values[0] ?? '';
}

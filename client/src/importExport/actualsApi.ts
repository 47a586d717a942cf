/**
 * The Jobindsats actuals endpoints from the browser (server/http/actualsHandlers.ts): read the
 * table's shape for the dialog, import with the planner's choices, refresh a linked sheet, list
 * the links. Every answer is checked with zod before the UI uses it.
 */
import { z } from 'zod';
import type { ActualsChanges } from '../../../models/actuals/actualsChanges.js';
import { InterchangeRequestError } from './interchangeApi.js';

const errorSchema = z.object({ error: z.string().max(2000) });

const linkSchema = z.object({
  sheet: z.string(),
  table: z.string().optional(),
  measure: z.string(),
  filters: z.record(z.string(), z.string()),
  rows: z.string().optional(),
  source: z.enum(['file', 'api']),
  fileName: z.string().optional(),
  periods: z.array(z.string()).max(10_000),
  updatedAt: z.string(),
});

export const actualsStatusSchema = z.object({ apiConfigured: z.boolean(), links: z.array(linkSchema).max(1000) });
export type ActualsStatus = z.infer<typeof actualsStatusSchema>;
export type ActualsLink = z.infer<typeof linkSchema>;

export const tableShapeSchema = z.object({
  dryRun: z.literal(true),
  table: z.object({
    area: z.string(),
    period: z.string(),
    measures: z.array(z.string()).max(500),
    dimensions: z.array(z.object({ name: z.string(), values: z.array(z.string()).max(500) })).max(100),
    periods: z.array(z.string()).max(10_000),
  }),
});
export type TableShape = z.infer<typeof tableShapeSchema>['table'];

// A row label read back from the sheet may be any text a planner typed there (Excel's cell limit).
const labels = z.array(z.string().max(32_767)).max(10_000);

const changesSchema = z.object({
  created: z.boolean(),
  addedPeriods: labels,
  updatedPeriods: labels,
  removedPeriods: labels,
  addedRows: labels,
  updatedRows: labels,
  removedRows: labels,
  changedFigures: z.number().int().nonnegative(),
}) satisfies z.ZodType<ActualsChanges>;

export const actualsAnswerSchema = z.object({
  dryRun: z.boolean(),
  sheet: z.string(),
  created: z.boolean(),
  dimension: z.string(),
  measure: z.string(),
  rows: z.array(z.string()).max(10_000),
  periods: z.array(z.string()).max(10_000),
  addedPeriods: z.array(z.string()).max(10_000),
  changes: changesSchema,
});
export type ActualsAnswer = z.infer<typeof actualsAnswerSchema>;

/** Where the figures come from: an uploaded file, or a table the server fetches with its key. */
export type ActualsSource = { kind: 'file'; file: File } | { kind: 'api'; table: string };

export interface ActualsChoice {
  measure: string;
  filters: Record<string, string>;
  rows: string;
  sheet: string;
}

function actualsPath(workspaceId: string, tail = ''): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/actuals${tail}`;
}

async function answered<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorSchema.safeParse(body);
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

/** Pivots with the choices: a preview (`dryRun`) or the import itself, live for everyone. */
export function importActuals(workspaceId: string, token: string, source: ActualsSource, choice: ActualsChoice, dryRun: boolean, signal?: AbortSignal): Promise<ActualsAnswer> {
  if (source.kind === 'api') {
    const body = { table: source.table, measure: choice.measure, filters: choice.filters, rows: choice.rows, sheet: choice.sheet, dryRun };
    return post(actualsPath(workspaceId), token, body, actualsAnswerSchema, signal);
  }
  const form = new FormData();
  form.set('file', source.file, source.file.name);
  form.set('measure', choice.measure);
  for (const [dimension, value] of Object.entries(choice.filters)) form.append('filter', `${dimension}=${value}`);
  form.set('rows', choice.rows);
  form.set('sheet', choice.sheet);
  form.set('dryRun', String(dryRun));
  return post(actualsPath(workspaceId), token, form, actualsAnswerSchema, signal);
}

/** "Opdatér faktiske tal" for one linked sheet: a newer file, or (without one) the API; `dryRun` previews. */
export function refreshActuals(workspaceId: string, token: string, sheet: string, file: File | null, dryRun: boolean, signal?: AbortSignal): Promise<ActualsAnswer> {
  if (!file) return post(actualsPath(workspaceId, '/refresh'), token, { sheet, dryRun }, actualsAnswerSchema, signal);
  const form = new FormData();
  form.set('file', file, file.name);
  form.set('sheet', sheet);
  form.set('dryRun', String(dryRun));
  return post(actualsPath(workspaceId, '/refresh'), token, form, actualsAnswerSchema, signal);
}

/** The filter the dialog proposes for a dimension: a value containing "i alt" where there is one, else the first. */
export function defaultFilterValue(values: readonly string[]): string {
  return values.find((v) => /\bi alt\b/i.test(v)) ?? values[0] ?? '';
}

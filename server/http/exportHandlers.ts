/**
 * REST exports: the workspace as .xlsx (optionally under one scenario) and one sheet's values as
 * CSV. Viewers and editors may export. Contracts in models/interchange/README.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { CSV_DECIMAL_MARKS, CSV_SEPARATORS } from '../../models/interchange/csvExport.js';
import { encodedState } from '../work/encodedState.js';
import { csvExportFileName, xlsxExportFileName } from '../../models/interchange/exportFileNames.js';
import { requireWorkspaceRole, withWorkspace, type ApiContext } from './apiContext.js';
import { HttpError } from './responses.js';
import { runWork } from './workRequests.js';
import { readQuery, requestUrl } from './queryOptions.js';
import { stateWithAdoptedPlan } from './evaluationHandlers.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const xlsxQuery = z.object({ scenario: z.string().trim().min(1, 'scenario must not be empty').max(100).optional() }).strict();
const csvQuery = z
  .object({
    separator: z.enum(CSV_SEPARATORS, 'separator must be ";" or ","').default(';'),
    decimal: z.enum(CSV_DECIMAL_MARKS, 'decimal must be "," or "."').default(','),
    scenario: z.string().trim().min(1, 'scenario must not be empty').max(100).optional(),
  })
  .strict()
  .refine((q) => q.separator !== q.decimal, 'the separator and the decimal mark must differ');

/** `attachment` with an ASCII fallback name and the real one in RFC 5987 form. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendFile(res: ServerResponse, type: string, fileName: string, body: Uint8Array | string): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': bytes.length,
    'Content-Disposition': attachment(fileName),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(bytes);
}

/** The workspace's state as it is now (and durable), for a worker thread to read a copy of. */
export function workspaceState(context: ApiContext, workspaceId: string): Promise<Uint8Array> {
  return withWorkspace(context, workspaceId, (workspace) => workspace.readDurably(encodedState));
}

/** GET /api/workspaces/:id/export.xlsx[?scenario=<name>] */
export async function getXlsxExport(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const { scenario } = readQuery(req, xlsxQuery);
  const { state, adopted } = await stateWithAdoptedPlan(context, req, workspaceId);
  const { bytes, title } = await runWork(context, req, {
    workspaceId,
    job: { kind: 'exportXlsx', state, scenario, adopted },
    cacheAs: { key: JSON.stringify([scenario ?? null, adopted?.versionId ?? null]), size: (answer) => answer.bytes.byteLength },
  });
  sendFile(res, XLSX_TYPE, xlsxExportFileName(title, scenario), bytes);
}

/** The sheet segment of `/api/workspaces/:id/sheets/:sheet.csv`, from the full request URL. */
function sheetNameFrom(req: IncomingMessage): string {
  const match = /\/sheets\/([^/]+)\.csv$/.exec(requestUrl(req).pathname);
  if (!match) throw new HttpError(404, 'no such API path');
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    throw new HttpError(400, 'the sheet name is not valid URL encoding');
  }
}

/** GET /api/workspaces/:id/sheets/:sheet.csv[?separator=;|,&decimal=,|.&scenario=<name>] */
export async function getSheetCsv(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const name = sheetNameFrom(req);
  const options = readQuery(req, csvQuery);
  const state = await workspaceState(context, workspaceId);
  const csv = await runWork(context, req, {
    workspaceId,
    job: { kind: 'exportCsv', state, sheet: name, options },
    cacheAs: { key: JSON.stringify([name, options]), size: (answer) => (answer ? answer.text.length * 2 : 0) },
  });
  if (!csv) throw new HttpError(404, `no sheet named "${name}"`);
  sendFile(res, 'text/csv; charset=utf-8', csvExportFileName(csv.title, csv.sheetName, options.scenario), csv.text);
}

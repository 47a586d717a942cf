/**
 * GET /api/workspaces/:id/values[?scenario=<scenario id>][?screen=<locale>] — the workspace's last
 * computed values and judged goals under one scenario (the first when none is named), for a
 * page's first view while its own engine worker still loads (issue 17); with `screen` (da-DK or
 * en-GB, first scenario only) also the first sheet's screen as text, which the page's entry
 * paints before the app has loaded (models/scenarios/firstSheetScreen.ts). Viewers may read it. Computed in a worker
 * thread (server/work/firstValuesJob.ts) and cached by document state, so that every open of an
 * unchanged workspace after the first is answered from the cache. An unknown scenario id is 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requireWorkspaceRole, type ApiContext } from './apiContext.js';
import { workspaceState } from './exportHandlers.js';
import { HttpError, sendJsonText } from './responses.js';
import { runWork } from './workRequests.js';
import { queryOptions } from './queryOptions.js';
import { WORKBOOK_LOCALES } from '../../models/workbook/workbookSchema.js';

const MAX_SCENARIO_ID = 200;

export async function getValues(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const query = queryOptions(req, ['scenario', 'screen']);
  const named = query.get('scenario');
  const scenario = named === null ? undefined : named;
  if (scenario !== undefined && scenario.length > MAX_SCENARIO_ID) throw new HttpError(400, `scenario is at most ${MAX_SCENARIO_ID} characters (a scenario id)`);
  const screen = query.get('screen');
  const screenLocale = WORKBOOK_LOCALES.find((locale) => locale === screen);
  if (screen !== null && (!screenLocale || scenario !== undefined)) throw new HttpError(400, `screen is ${WORKBOOK_LOCALES.join(' or ')}, for the first scenario only (no scenario named)`);
  const state = await workspaceState(context, workspaceId);
  const text = await runWork(context, req, {
    workspaceId,
    job: { kind: 'firstValues', state, ...(scenario === undefined ? {} : { scenario }), ...(screenLocale ? { screenLocale } : {}) },
    cacheAs: { key: JSON.stringify([scenario ?? null, screenLocale ?? null]), size: (answer) => answer.length * 2 },
  });
  sendJsonText(res, 200, text);
}

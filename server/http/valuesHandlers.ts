/**
 * GET /api/workspaces/:id/values[?scenario=<scenario id>][?screen=<locale>] — the workspace's last
 * computed values and judged goals under one scenario (the first when none is named), for a
 * page's first view while its own engine worker still loads (issue 17); with `screen` (da-DK or
 * en-GB, first scenario only) also the first sheet's screen as text, which the page's entry
 * paints before the app has loaded (models/scenarios/firstSheetScreen.ts). Viewers may read it. Computed in a worker
 * thread (server/work/firstValuesJob.ts) and cached by document state, so that every open of an
 * unchanged workspace after the first is answered from the cache. An unknown scenario id is 404;
 * a job the workspace's next edit leaves behind before it ends (still queued, or past WORK_COSTLY_MS) is 409.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodedState } from '../work/encodedState.js';
import { requireWorkspaceRole, withWorkspace, type ApiContext } from './apiContext.js';
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
  // Held while the job runs, so that an edit of the live document is seen: the values count only
  // for the state they come from (a page shows them only when its document has exactly that
  // state), so a job for a state an edit has left answers nobody (sixteenth hostile pass: a
  // costly workbook's first values ran on to the time limit for pages already past that state).
  const text = await withWorkspace(context, workspaceId, async (workspace) => {
    const superseded = new AbortController();
    const changed = (): void => superseded.abort();
    // Listening from the moment the state is read (synchronously, before the wait for durability).
    workspace.doc.on('update', changed);
    try {
      const state = await workspace.readDurably(encodedState);
      return await runWork(
        context,
        req,
        {
          workspaceId,
          job: { kind: 'firstValues', state, ...(scenario === undefined ? {} : { scenario }), ...(screenLocale ? { screenLocale } : {}) },
          cacheAs: { key: JSON.stringify([scenario ?? null, screenLocale ?? null]), size: (answer) => answer.length * 2 },
        },
        { supersededBy: superseded.signal },
      );
    } finally {
      workspace.doc.off('update', changed);
    }
  });
  sendJsonText(res, 200, text);
}

/**
 * The REST API's routing table. Each route names its method, a path pattern and a handler; a
 * known path with another method gets 405 with an Allow header, an unknown path 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from './apiContext.js';
import { HttpError } from './responses.js';
import { getActuals, postActuals, postActualsRefresh } from './actualsHandlers.js';
import { getGoalSolve, getSensitivity } from './analysisHandlers.js';
import { getSheetCsv, getXlsxExport } from './exportHandlers.js';
import { postImport } from './importHandlers.js';
import { getValues } from './valuesHandlers.js';
import { deleteVersion, getVersionPlan, getVersions, getVersionState, postRestore, postVersion } from './versionHandlers.js';
import { getAccess, getWorkbookFile, postToken, postWorkspace } from './workspaceHandlers.js';
import { getEvaluation } from './evaluationHandlers.js';

type Handler = (context: ApiContext, req: IncomingMessage, res: ServerResponse, ...params: string[]) => Promise<void>;

interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  pattern: RegExp;
  handler: Handler;
}

const SEGMENT = '([^/]+)';

const routes: Route[] = [
  { method: 'POST', pattern: /^\/api\/workspaces$/, handler: postWorkspace },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/workbook\\.json$`), handler: getWorkbookFile },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/evaluation$`), handler: getEvaluation },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/access$`), handler: getAccess },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/values$`), handler: getValues },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/versions$`), handler: getVersions },
  { method: 'POST', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/versions$`), handler: postVersion },
  { method: 'DELETE', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/versions/${SEGMENT}$`), handler: deleteVersion },
  { method: 'POST', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/versions/${SEGMENT}/restore$`), handler: postRestore },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/versions/${SEGMENT}/state$`), handler: getVersionState },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/versions/${SEGMENT}/plan$`), handler: getVersionPlan },
  { method: 'POST', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/tokens$`), handler: postToken },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/export\\.xlsx$`), handler: getXlsxExport },
  // The sheet name is read from the full URL by the handler (the path given here is cut for logs).
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/sheets/.+`), handler: getSheetCsv },
  { method: 'POST', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/import$`), handler: postImport },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/actuals$`), handler: getActuals },
  { method: 'POST', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/actuals$`), handler: postActuals },
  { method: 'POST', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/actuals/refresh$`), handler: postActualsRefresh },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/goals/${SEGMENT}/solve$`), handler: getGoalSolve },
  { method: 'GET', pattern: new RegExp(`^/api/workspaces/${SEGMENT}/sensitivity$`), handler: getSensitivity },
];

/** Answers an /api request; throws HttpError for the caller to send. */
export async function handleApi(context: ApiContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  // Seventeenth hostile pass: of two Authorization headers Node keeps the first (a proxy in front
  // may keep the last), so a viewer's and an editor's token in one request acted as the viewer's,
  // silently; `?token=` given twice on a sync connection is already refused.
  const authorizations = req.headersDistinct.authorization?.length ?? 0;
  if (authorizations > 1) throw new HttpError(400, `the Authorization header is given ${authorizations} times; give it once`, { Connection: 'close' });
  const allowed: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method !== req.method) {
      allowed.push(route.method);
      continue;
    }
    return route.handler(context, req, res, ...match.slice(1).map((part) => part ?? ''));
  }
  if (allowed.length > 0) throw new HttpError(405, `use ${allowed.join(' or ')} on this path`, { Allow: allowed.join(', ') });
  throw new HttpError(404, 'no such API path');
}

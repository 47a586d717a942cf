/**
 * "Hvad skal der til?" over REST, for viewers and editors (the same JSON as the CLIs):
 * - `GET /api/workspaces/:id/goals/:goalId/solve?scenario=&input=&min=&max=` (npm run solve)
 * - `GET /api/workspaces/:id/sensitivity?scenario=&step=` (npm run sensitivity)
 * Both run in a worker thread on a copy of the workspace (server/work/analysisJobs.ts), bounded
 * like an evaluation (server/README.md, Heavy work); the workspace is never changed.
 * An unknown goal is 404; an unknown scenario or input, a bad number or an unknown option is 400 naming which.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requireWorkspaceRole, type ApiContext } from './apiContext.js';
import { workspaceState } from './exportHandlers.js';
import { HttpError, sendJson } from './responses.js';
import { runWork } from './workRequests.js';
import { queryOptions } from './queryOptions.js';
import type { SensitivityAnswer, SolveAnswer } from '../../models/api/analysisAnswers.js';

function optional(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value === '' ? undefined : value;
}

/** GET /api/workspaces/:id/goals/:goalId/solve — in a worker thread (server/work/analysisJobs.ts). */
export async function getGoalSolve(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string, goalId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const params = queryOptions(req, ['scenario', 'input', 'min', 'max']);
  const input = optional(params, 'input');
  if (input === undefined) throw new HttpError(400, 'input is required (an assumption\'s cell, e.g. Forudsætninger!B7)');
  let decodedGoal: string;
  try {
    decodedGoal = decodeURIComponent(goalId);
  } catch {
    throw new HttpError(400, 'the goal id is not valid URL encoding');
  }
  const request = { goalId: decodedGoal, input, scenario: optional(params, 'scenario'), min: optional(params, 'min'), max: optional(params, 'max') };
  const state = await workspaceState(context, workspaceId);
  const answer = await runWork(context, req, {
    workspaceId,
    job: { kind: 'solve', state, request },
    cacheAs: { key: JSON.stringify(request), size: (found) => JSON.stringify(found).length * 2 },
  });
  sendJson(res, 200, answer satisfies SolveAnswer);
}

/** GET /api/workspaces/:id/sensitivity — in a worker thread (server/work/analysisJobs.ts). */
export async function getSensitivity(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const params = queryOptions(req, ['scenario', 'step']);
  const request = { scenario: optional(params, 'scenario'), step: optional(params, 'step') };
  const state = await workspaceState(context, workspaceId);
  const report = await runWork(context, req, {
    workspaceId,
    job: { kind: 'sensitivity', state, request },
    cacheAs: { key: JSON.stringify(request), size: (table) => JSON.stringify(table).length * 2 },
  });
  sendJson(res, 200, report satisfies SensitivityAnswer);
}

/**
 * "Hvad skal der til?" over REST, for viewers and editors (the same JSON as the CLIs):
 * - `GET /api/workspaces/:id/goals/:goalId/solve?scenario=&input=&min=&max=` (npm run solve)
 * - `GET /api/workspaces/:id/sensitivity?scenario=&step=` (npm run sensitivity)
 * Both run on a throw-away copy of the workspace (models/analysis/); the workspace is never changed.
 * An unknown goal is 404; an unknown scenario or input, or a bad number, is 400 naming which.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AnalysisRequestError, findAssumption, findGoal, findScenario, parseNumberOption, parseStep } from '../../models/analysis/analysisRequest.js';
import { seekGoal } from '../../models/analysis/goalSeek.js';
import { sensitivity } from '../../models/analysis/sensitivity.js';
import { requireWorkspaceRole, withWorkspace, type ApiContext } from './apiContext.js';
import { HttpError, sendJson } from './responses.js';

function queryOf(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://fremskriv.invalid').searchParams;
}

function optional(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value === '' ? undefined : value;
}

function badRequest(error: unknown): never {
  if (error instanceof AnalysisRequestError) throw new HttpError(400, error.message);
  throw error;
}

/** GET /api/workspaces/:id/goals/:goalId/solve */
export async function getGoalSolve(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string, goalId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const params = queryOf(req);
  const input = optional(params, 'input');
  if (input === undefined) throw new HttpError(400, 'input is required (an assumption\'s cell, e.g. Forudsætninger!B7)');
  const answer = await withWorkspace(context, workspaceId, (workspace) =>
    workspace.readDurably((doc) => {
      let goal;
      try {
        goal = findGoal(doc, decodeURIComponent(goalId));
      } catch (error) {
        if (error instanceof AnalysisRequestError) throw new HttpError(404, error.message);
        throw error;
      }
      try {
        const scenario = findScenario(doc, optional(params, 'scenario'));
        const assumption = findAssumption(doc, input);
        const min = parseNumberOption('min', optional(params, 'min'));
        const max = parseNumberOption('max', optional(params, 'max'));
        if (min !== undefined && max !== undefined && min > max) throw new AnalysisRequestError(`min ${min} is above max ${max}`);
        return seekGoal(doc, goal, scenario, assumption, { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
      } catch (error) {
        return badRequest(error);
      }
    }),
  );
  sendJson(res, 200, answer);
}

/** GET /api/workspaces/:id/sensitivity */
export async function getSensitivity(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  const params = queryOf(req);
  const report = await withWorkspace(context, workspaceId, (workspace) =>
    workspace.readDurably((doc) => {
      try {
        return sensitivity(doc, findScenario(doc, optional(params, 'scenario')), parseStep(optional(params, 'step')));
      } catch (error) {
        return badRequest(error);
      }
    }),
  );
  sendJson(res, 200, report);
}

/**
 * GET /api/workspaces/:id/evaluation — the same report as `npm run evaluate`: every goal under
 * every scenario, with its standing against the workspace's adopted plan (`meta.adoptedVersion`)
 * and a rank goal's place on the benchmark ranking (models/evaluation/evaluationWithPlan.ts; keys
 * in models/FORMAT.md, "Evaluation report").
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EvaluationAnswer } from '../../models/api/analysisAnswers.js';
import type { AdoptedPlanSource } from '../../models/evaluation/evaluationWithPlan.js';
import { adoptedVersionId } from '../../models/workbook/workbookReader.js';
import { encodedState } from '../work/encodedState.js';
import { requireWorkspaceRole, withWorkspace, type ApiContext } from './apiContext.js';
import { versionPlan } from './versionHandlers.js';
import { runWork } from './workRequests.js';
import { queryOptions } from './queryOptions.js';
import { sendJson } from './responses.js';

export async function getEvaluation(context: ApiContext, req: IncomingMessage, res: ServerResponse, workspaceId: string): Promise<void> {
  await requireWorkspaceRole(context, req, workspaceId, 'viewer');
  // The report takes no options: one given (a typo's `?scenaro=`) says so rather than pass unnoticed.
  queryOptions(req, []);
  const { state, adopted } = await stateWithAdoptedPlan(context, req, workspaceId);
  const report = await runWork(context, req, {
    workspaceId,
    job: { kind: 'evaluate', state, adopted },
    // The plan is part of the answer: a version never changes, so its id identifies what it projected.
    cacheAs: { key: adopted?.versionId ?? '', size: (answer) => JSON.stringify(answer).length * 2 },
  });
  sendJson(res, 200, report satisfies EvaluationAnswer);
}

/** The workspace's state and its adopted plan (null without a mark), for the evaluation and the XLSX export's follow-up sheet. */
export async function stateWithAdoptedPlan(context: ApiContext, req: IncomingMessage, workspaceId: string): Promise<{ state: Uint8Array; adopted: AdoptedPlanSource | null }> {
  const { state, adoptedVersion } = await withWorkspace(context, workspaceId, (workspace) =>
    workspace.readDurably((doc) => ({ state: encodedState(doc), adoptedVersion: adoptedVersionId(doc) })),
  );
  return { state, adopted: adoptedVersion === null ? null : await adoptedPlan(context, req, workspaceId, adoptedVersion) };
}

/** The marked version and what it projected; a version deleted since is named as not found, not an error. */
async function adoptedPlan(context: ApiContext, req: IncomingMessage, workspaceId: string, versionId: string): Promise<AdoptedPlanSource> {
  const found = await versionPlan(context, req, workspaceId, versionId);
  return found ? { versionId, name: found.info.name, plan: found.plan } : { versionId, name: '', plan: null };
}

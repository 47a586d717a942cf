/**
 * "Hvad skal der til?" as worker jobs (server/http/analysisHandlers.ts): goal seeking and the
 * sensitivity table each run many engine recomputations, so they run off the event loop like an
 * evaluation. An unknown goal is a 404, a bad scenario, input or number a 400.
 */
import type * as Y from 'yjs';
import { AnalysisRequestError, findAssumption, findGoal, findScenario, parseNumberOption, parseStep } from '../../models/analysis/analysisRequest.js';
import { seekGoal } from '../../models/analysis/goalSeek.js';
import { sensitivity } from '../../models/analysis/sensitivity.js';

export interface SolveRequest {
  goalId: string;
  scenario?: string;
  input: string;
  min?: string;
  max?: string;
}

export interface SensitivityRequest {
  scenario?: string;
  step?: string;
}

/** Thrown for a request the workspace cannot answer; the status says why. */
export class AnalysisRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function refused(error: unknown, status = 400): never {
  if (error instanceof AnalysisRequestError) throw new AnalysisRefusal(status, error.message);
  throw error;
}

export function solveJob(doc: Y.Doc, request: SolveRequest): ReturnType<typeof seekGoal> {
  let goal;
  try {
    goal = findGoal(doc, request.goalId);
  } catch (error) {
    refused(error, 404);
  }
  try {
    const scenario = findScenario(doc, request.scenario);
    const assumption = findAssumption(doc, request.input);
    const min = parseNumberOption('min', request.min);
    const max = parseNumberOption('max', request.max);
    if (min !== undefined && max !== undefined && min > max) throw new AnalysisRequestError(`min ${min} is above max ${max}`);
    return seekGoal(doc, goal, scenario, assumption, { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
  } catch (error) {
    refused(error);
  }
}

export function sensitivityJob(doc: Y.Doc, request: SensitivityRequest): ReturnType<typeof sensitivity> {
  try {
    return sensitivity(doc, findScenario(doc, request.scenario), parseStep(request.step));
  } catch (error) {
    refused(error);
  }
}

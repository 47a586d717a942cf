/**
 * What a goal-seek or sensitivity request names (a goal by id, a scenario by name, an assumption
 * by address), looked up in the workspace; a name that matches nothing is an AnalysisRequestError
 * saying which, with the names that exist. The CLI and the REST API share these.
 */
import type * as Y from 'yjs';
import { readGoals, type GoalDefinition } from '../goals/goalModel.js';
import { scenariosToEvaluate, type Scenario } from '../scenarios/scenarioModel.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray, scenariosArray } from '../workbook/workbookSchema.js';
import { locateAssumption, type Assumption } from './assumptions.js';
import { DEFAULT_STEP } from './sensitivity.js';

export class AnalysisRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisRequestError';
  }
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/** The scenario named (without case), or the first scenario when no name is given. */
export function findScenario(doc: Y.Doc, name: string | undefined): Scenario {
  const scenarios = scenariosToEvaluate(scenariosArray(doc), workbookGrid(doc));
  if (name === undefined) return scenarios[0]!;
  const found = scenarios.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
  if (!found) throw new AnalysisRequestError(`unknown scenario "${name}"; the scenarios are ${quoted(scenarios.map((s) => s.name))}`);
  return found;
}

export function findGoal(doc: Y.Doc, id: string): GoalDefinition {
  const goals = readGoals(goalsArray(doc), workbookGrid(doc));
  const found = goals.find((g) => g.id === id);
  if (!found) throw new AnalysisRequestError(`unknown goal "${id}"; the goals are ${quoted(goals.map((g) => g.id))}`);
  return found;
}

export function findAssumption(doc: Y.Doc, reference: string): Assumption {
  const found = locateAssumption(doc, reference);
  if (!found) throw new AnalysisRequestError(`unknown input "${reference}": not a cell of the workbook (write it as Sheet!A1)`);
  return found;
}

/** A number given as text (a CLI option, a query parameter). */
export function parseNumberOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) throw new AnalysisRequestError(`${name} must be a number, not "${text}"`);
  return value;
}

/** The sensitivity step: a share above 0 (0.1 is ±10 %). */
export function parseStep(text: string | undefined): number {
  const step = parseNumberOption('step', text) ?? DEFAULT_STEP;
  if (step <= 0 || step > 10) throw new AnalysisRequestError(`step must be above 0 and at most 10 (0.1 is ±10 %), not ${step}`);
  return step;
}

/**
 * Which goals a change would move, for one scenario: the goals whose value (at the deadline's
 * month, as the dashboard judges it), target or verdict differ after the change. Like the what-if
 * analysis (AssumptionWorkbench.ts) it works on a private copy of the document with its own engine,
 * judges every goal through evaluateGoal before and after applying the change there, and throws
 * the copy away: the workspace, its undo history and every colleague's view are never touched.
 *
 * @example
 *   goalsMovedBy(doc, scenario, (copy) => actualsOperations(copy, pivot, 'Jobindsats', link).ops)
 *   // [{ goalId: 'LM2', before: { value: 358.4, met: false, … }, after: { value: 7104.2, … } }]
 */
import type * as Y from 'yjs';
import { evaluateGoal, type GoalResult, type ScalarValue } from '../goals/goalEvaluation.js';
import { readGoals, type GoalDefinition } from '../goals/goalModel.js';
import { goalStatus, type GoalStatus } from '../goals/goalStatus.js';
import { applyOperations } from '../operations/applyOperation.js';
import type { WorkbookOperation } from '../operations/workbookOperation.js';
import { WorkbookEngine } from '../engine/WorkbookEngine.js';
import type { Scenario } from '../scenarios/scenarioModel.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray } from '../workbook/workbookSchema.js';
import { scenarioCopy } from './scenarioCopy.js';

/** A goal as the dashboard judges it: its value at the deadline's month, its target, met or not, its badge. */
export interface GoalStanding {
  value: ScalarValue;
  target: ScalarValue;
  /** null where the goal is not judged (no target, or an error). */
  met: boolean | null;
  status: GoalStatus;
}

export interface GoalMoved {
  goalId: string;
  before: GoalStanding;
  after: GoalStanding;
}

function standing(goal: GoalDefinition, result: GoalResult): GoalStanding {
  return { value: result.value, target: result.target, met: result.met, status: goalStatus(result, goal) };
}

const same = (a: GoalStanding, b: GoalStanding): boolean => a.value === b.value && a.target === b.target && a.met === b.met && a.status === b.status;

/**
 * The goals (in the workbook's order) that `change`, applied to a copy of `doc` under `scenario`,
 * would move. `change` builds its operations on the copy it is given. Throws what applying them
 * throws (a WorkbookOperationError), as the change itself would.
 */
export function goalsMovedBy(doc: Y.Doc, scenario: Scenario, change: (copy: Y.Doc) => WorkbookOperation[]): GoalMoved[] {
  const { doc: copy, engine, destroy } = scenarioCopy(doc, scenario);
  try {
    const goals = readGoals(goalsArray(copy), workbookGrid(copy));
    const before = goals.map((goal) => standing(goal, evaluateGoal(engine, goal)));
    applyOperations(copy, change(copy));
    return moved(goals.map((goal, i) => ({ goalId: goal.id, before: before[i]!, after: standing(goal, evaluateGoal(engine, goal)) })));
  } finally {
    destroy();
  }
}

const moved = (goals: GoalMoved[]): GoalMoved[] => goals.filter((g) => !same(g.before, g.after));

/** Every goal of `doc` as judged under `scenario` by an engine built for it, by id. */
function standings(doc: Y.Doc, scenario: Scenario): Map<string, GoalStanding> {
  const engine = new WorkbookEngine(doc, scenario.id === '' ? undefined : scenario.id);
  try {
    return new Map(readGoals(goalsArray(doc), workbookGrid(doc)).map((goal) => [goal.id, standing(goal, evaluateGoal(engine, goal))]));
  } finally {
    engine.destroy();
  }
}

/**
 * The goals (in `after`'s order, matched by id) that differ between two versions of a workbook,
 * each judged by an engine built fresh for it: what a change from one file to another moves (the
 * `npm run jobindsats` CLI judges the file it writes). `scenario` is each version's own scenario
 * of the same name. A goal only one version has is not compared.
 */
export function goalsMovedBetween(before: Y.Doc, beforeScenario: Scenario, after: Y.Doc, afterScenario: Scenario): GoalMoved[] {
  const was = standings(before, beforeScenario);
  const is = standings(after, afterScenario);
  return moved([...is].flatMap(([goalId, now]) => (was.has(goalId) ? [{ goalId, before: was.get(goalId)!, after: now }] : [])));
}

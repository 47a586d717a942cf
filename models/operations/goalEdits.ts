/** Declaring, changing, reordering and removing goals. */
import * as Y from 'yjs';
import { goalDefinitionSchema, goalIndex, writeGoal, type GoalDefinition } from '../goals/goalModel.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray } from '../workbook/workbookSchema.js';
import { WorkbookOperationError } from './workbookOperation.js';

/** Creates the goal, or replaces the definition of the goal with the same id. */
export function putGoal(grid: WorkbookGrid, goal: GoalDefinition): void {
  const parsed = goalDefinitionSchema.safeParse(goal);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WorkbookOperationError(`goal ${String(goal.id)}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim(), 'invalid-goal');
  }
  const goals = goalsArray(grid.doc);
  const index = goalIndex(goals, parsed.data.id);
  if (index >= 0) {
    writeGoal(goals.get(index) as Y.Map<unknown>, parsed.data, grid);
    return;
  }
  const map = new Y.Map<unknown>();
  goals.push([map]);
  writeGoal(map, parsed.data, grid);
}

function requireGoal(grid: WorkbookGrid, goalId: string): number {
  const index = goalIndex(goalsArray(grid.doc), goalId);
  if (index < 0) throw new WorkbookOperationError(`unknown goal ${goalId}`, 'unknown-goal');
  return index;
}

export function deleteGoal(grid: WorkbookGrid, goalId: string): void {
  goalsArray(grid.doc).delete(requireGoal(grid, goalId), 1);
}

/** Moves a goal by re-creating its map at the new place (Yjs arrays have no move). */
export function moveGoal(grid: WorkbookGrid, goalId: string, index: number): void {
  const goals = goalsArray(grid.doc);
  const from = requireGoal(grid, goalId);
  const copy = new Y.Map<unknown>();
  // goalIndex only finds maps. Nested Yjs types (none in a goal Fremskriv writes) cannot be inserted twice.
  for (const [key, value] of (goals.get(from) as Y.Map<unknown>).entries()) if (!(value instanceof Y.AbstractType)) copy.set(key, value);
  goals.delete(from, 1);
  goals.insert(Math.min(Math.max(0, index), goals.length), [copy]);
}

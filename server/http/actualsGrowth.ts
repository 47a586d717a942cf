/**
 * Jobindsats figures are written into the live document on the event loop, so they count against
 * MAX_WORKSPACE_BYTES like any other growth (server/store/workspaceSize.ts): a generous estimate
 * of what the figures add lets nearly every import through at no cost; only when the estimate
 * comes near the bound are the operations tried on a copy and what they add measured exactly.
 */
import * as Y from 'yjs';
import type { ActualsPivot } from '../../models/actuals/actualsPivot.js';
import { applyOperations } from '../../models/operations/applyOperation.js';
import type { WorkbookOperation } from '../../models/operations/workbookOperation.js';
import type { LoadedWorkspace } from '../sync/LoadedWorkspace.js';
import { encodedState } from '../work/encodedState.js';
import { HttpError } from './responses.js';

/** More than a stored cell ever takes: its item, its `rowId:colId` key and a number. */
const BYTES_PER_CELL = 96;
/** More than a new row or column id takes in its axis array. */
const BYTES_PER_LINE = 48;

function estimatedGrowth(pivot: ActualsPivot): number {
  const cells = (pivot.rowLabels.length + 1) * (pivot.periods.length + 1);
  const labels = [...pivot.rowLabels, ...pivot.periods, pivot.dimension].reduce((sum, label) => sum + 3 * label.length, 0);
  return cells * BYTES_PER_CELL + (pivot.rowLabels.length + pivot.periods.length + 2) * BYTES_PER_LINE + labels;
}

/**
 * Applies the figures' operations, or answers 413 (nothing written) when they would take the
 * workspace past its bound.
 */
export function applyWithinBound(workspace: LoadedWorkspace, pivot: ActualsPivot, ops: readonly WorkbookOperation[], origin: string): void {
  if (workspace.hasRoomFor(estimatedGrowth(pivot))) {
    applyOperations(workspace.doc, ops, origin);
    return;
  }
  const trial = new Y.Doc();
  Y.applyUpdate(trial, encodedState(workspace.doc));
  applyOperations(trial, ops);
  const update = Y.encodeStateAsUpdate(trial, Y.encodeStateVector(workspace.doc));
  trial.destroy();
  const problem = workspace.growthRefusal(update);
  if (problem !== null) throw new HttpError(413, problem);
  Y.applyUpdate(workspace.doc, update, origin);
}

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
 * What the figures' operations would add, as an update to apply, or null when a generous
 * estimate already says they fit (apply them directly); 413 (nothing written) when they would take
 * the workspace past its bound. A dry run calls this too, so the preview is refused as the import
 * would be.
 */
export function checkWithinBound(workspace: LoadedWorkspace, pivot: ActualsPivot, ops: readonly WorkbookOperation[]): Uint8Array | null {
  if (workspace.hasRoomFor(estimatedGrowth(pivot))) return null;
  const trial = new Y.Doc();
  Y.applyUpdate(trial, encodedState(workspace.doc));
  applyOperations(trial, ops);
  const update = Y.encodeStateAsUpdate(trial, Y.encodeStateVector(workspace.doc));
  trial.destroy();
  const problem = workspace.growthRefusal(update);
  if (problem !== null) throw new HttpError(413, problem);
  return update;
}

/** Applies the figures' operations, or answers 413 (nothing written) when they would pass the bound. */
export function applyWithinBound(workspace: LoadedWorkspace, pivot: ActualsPivot, ops: readonly WorkbookOperation[], origin: string): void {
  const update = checkWithinBound(workspace, pivot, ops);
  if (update === null) applyOperations(workspace.doc, ops, origin);
  else Y.applyUpdate(workspace.doc, update, origin);
}

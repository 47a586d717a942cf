/**
 * How many bytes of document updates one token may make the server read, over all its
 * connections: a bucket of twice the workspace bound (`MAX_WORKSPACE_BYTES`), refilled in a
 * minute. Every update is read whole and checked against the schema on the event loop every
 * workspace shares before it is applied or refused, and a refusal costs as much as an
 * acceptance: an editor sending 2.5 MB updates of 150,000 structs, each refused at its last item,
 * reconnecting after each, held /healthz past 5 s and a colleague's sync on another workspace for
 * 5 s (five updates, load 28 on the 2-core VM). Accepted updates are bounded by the workspace's
 * size; refused ones were bounded by nothing.
 *
 * A planner's edit is a few hundred bytes, a paste of 10,000 cells about 200 kB, and a reconnect's
 * resync sends only what the server lacks; a first sync of a whole workspace at the bound fits the
 * burst twice. An update larger than the whole bucket could never fit the workspace either.
 */
import { TokenBudgets } from './tokenBudgets.js';

export const UPDATES_TOO_FAST = 'updates sent too fast';

/** The update budgets of all tokens: twice the workspace bound each, refilled in a minute. */
export function updateBudgetsFor(maxWorkspaceBytes: number): TokenBudgets {
  const burst = 2 * maxWorkspaceBytes;
  return new TokenBudgets(burst, burst / 60);
}

/** Peeks at a frame's first two bytes: a sync step 2 or an update (`0, 1` or `0, 2`) carries a document update. */
export function carriesUpdate(data: Uint8Array): boolean {
  return data[0] === 0 && (data[1] === 1 || data[1] === 2);
}

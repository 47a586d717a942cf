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
import { PresenceBudget } from './presenceBudget.js';

export const UPDATES_TOO_FAST = 'updates sent too fast';

/** The budgets of tokens that used theirs recently, keyed by the token's hash (never the token). */
export class UpdateBudgets {
  private readonly byToken = new Map<string, PresenceBudget>();

  constructor(
    private readonly maxWorkspaceBytes: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The budget every connection of this token shares; a full one is forgotten, so the map stays small. */
  forToken(tokenKey: string): PresenceBudget {
    for (const [key, budget] of this.byToken) if (key !== tokenKey && budget.isFull()) this.byToken.delete(key);
    let budget = this.byToken.get(tokenKey);
    if (!budget) {
      const burst = 2 * this.maxWorkspaceBytes;
      budget = new PresenceBudget(burst, burst / 60, this.now);
      this.byToken.set(tokenKey, budget);
    }
    return budget;
  }
}

/** Peeks at a frame's first two bytes: a sync step 2 or an update (`0, 1` or `0, 2`) carries a document update. */
export function carriesUpdate(data: Uint8Array): boolean {
  return data[0] === 0 && (data[1] === 1 || data[1] === 2);
}

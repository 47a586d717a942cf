/**
 * One budget (a refilling bucket of bytes, presenceBudget.ts) per token, shared by all the token's
 * connections: a bound kept per connection is multiplied by the connections a token may open
 * (`MAX_CONNECTIONS_PER_TOKEN`, 20). Keyed by the token's hash, never the token.
 */
import { PresenceBudget } from './presenceBudget.js';

export class TokenBudgets {
  private readonly byToken = new Map<string, PresenceBudget>();

  constructor(
    private readonly burstBytes: number,
    private readonly bytesPerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The budget every connection of this token shares; a full one is forgotten, so the map stays small. */
  forToken(tokenKey: string): PresenceBudget {
    for (const [key, budget] of this.byToken) if (key !== tokenKey && budget.isFull()) this.byToken.delete(key);
    let budget = this.byToken.get(tokenKey);
    if (!budget) {
      budget = new PresenceBudget(this.burstBytes, this.bytesPerSecond, this.now);
      this.byToken.set(tokenKey, budget);
    }
    return budget;
  }
}

/**
 * How much presence (awareness) one connection may make the server handle: a bucket of bytes that
 * refills at a steady rate. Every awareness frame is parsed, applied and relayed to every other
 * connection of the workspace, and a query for the states answers all of them; neither changes the
 * document, so nothing else bounded how often a connection sent them. A viewer sending 15 kB
 * states as fast as its socket took them held /healthz for 3.8–5 s (at load 20 on the 2-core VM;
 * 0.6 s without it) while the server relayed them to five colleagues.
 *
 * A browser's presence is a few hundred bytes (name, colour, selected cell) sent when the
 * selection moves, so an honest planner stays far below the rate.
 */
export class PresenceBudget {
  private available: number;
  private refilledAt: number;

  constructor(
    private readonly burstBytes: number,
    private readonly bytesPerSecond: number,
    private readonly now: () => number = () => performance.now(),
    startBytes = burstBytes,
  ) {
    this.available = startBytes;
    this.refilledAt = now();
  }

  /** Adds `bytes` at once (up to the burst): what was given that may be spent again (presenceEchoes). */
  credit(bytes: number): void {
    this.refill();
    this.available = Math.min(this.burstBytes, this.available + bytes);
  }

  /** Spends `bytes` when the bucket holds them; false (nothing spent) when it does not. */
  spend(bytes: number): boolean {
    this.refill();
    if (bytes > this.available) return false;
    this.available -= bytes;
    return true;
  }

  /** True when the bucket is full again: forgetting it then changes nothing. */
  isFull(): boolean {
    this.refill();
    return this.available >= this.burstBytes;
  }

  /** The most one spend can ever take. */
  get burst(): number {
    return this.burstBytes;
  }

  private refill(): void {
    const now = this.now();
    this.available = Math.min(this.burstBytes, this.available + ((now - this.refilledAt) / 1000) * this.bytesPerSecond);
    this.refilledAt = now;
  }
}

/** The bucket for one connection: eight states of the largest size at once, two a second after. */
export function presenceBudgetFor(maxAwarenessStateBytes: number): PresenceBudget {
  return new PresenceBudget(8 * maxAwarenessStateBytes, 2 * maxAwarenessStateBytes);
}

/**
 * How many connections' worth of presence one token may send, over all its connections. Every
 * state a connection sets is relayed to every other connection of the workspace, so 200
 * connections of one editor link, each within its own budget (15 kB states twice a second), held
 * /healthz for 5 s (load 8–9 on the 2-core VM, when a link could hold 200) while the server relayed 200 × 200 states a
 * second. Planners who share a link share this too: it is two connections' budget, some 200
 * cursor moves a second of a few hundred bytes each.
 */
export const PRESENCE_CONNECTIONS_PER_TOKEN = 2;

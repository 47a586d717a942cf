/**
 * A connection the server refused because its link already holds as many connections to the
 * workspace as allowed (close 4429) is tried again by itself, with backoff: a colleague's tab (or
 * this planner's own, in another window) may close at any moment. y-websocket treats every 44xx
 * close as final and stops; before, the page stayed closed until the planner pressed «Prøv igen».
 *
 * The first retry waits `firstDelayMs`, each further one twice as long up to `maxDelayMs`, each
 * with up to a quarter more at random so that a link's refused tabs do not all knock at once. A
 * connection that syncs starts the backoff over. No DOM: the server tests drive it with real
 * y-websocket clients.
 */
import type { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../../../models/api/closeCodes.js';

export interface CrowdedRetryOptions {
  /** Default 5 s. */
  firstDelayMs?: number;
  /** Default 60 s. */
  maxDelayMs?: number;
}

export class CrowdedRetry {
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;
  private delayMs: number;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly provider: WebsocketProvider,
    { firstDelayMs = 5_000, maxDelayMs = 60_000 }: CrowdedRetryOptions = {},
  ) {
    this.firstDelayMs = firstDelayMs;
    this.maxDelayMs = maxDelayMs;
    this.delayMs = firstDelayMs;
    provider.on('closed', this.onClosed);
    provider.on('sync', this.onSync);
  }

  /** True while a retry is waiting. */
  get waiting(): boolean {
    return this.timer !== null;
  }

  /** Connects at once (the planner's «Prøv igen»), keeping the backoff reached. */
  now(): void {
    this.cancel();
    this.provider.connect();
  }

  destroy(): void {
    this.cancel();
    this.provider.off('closed', this.onClosed);
    this.provider.off('sync', this.onSync);
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly onClosed = ({ code }: { code: number }): void => {
    if (code !== CloseCode.tooManyConnections) return;
    this.cancel();
    const delay = this.delayMs * (1 + Math.random() / 4);
    this.delayMs = Math.min(this.delayMs * 2, this.maxDelayMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.provider.connect();
    }, delay);
  };

  private readonly onSync = (synced: boolean): void => {
    if (synced) this.delayMs = this.firstDelayMs;
  };
}

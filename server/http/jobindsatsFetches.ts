/**
 * The server's fetches from the Jobindsats API (jobindsatsApi.ts), which all go out with the one
 * key the operator configured (JOBINDSATS_API_KEY), whichever workspace asks. Eighteenth hostile
 * pass: nothing bounded how often one editor made the server fetch (only two at once per token),
 * so a script posting `…/actuals` in a loop fetched whole national tables back to back with the
 * job centre's key, and the import dialog fetched the table again for each choice a planner
 * clicked. Now:
 * - a preview (a dry run) reuses an answer fetched for the same table and period in the last
 *   five minutes, for any workspace (the figures are the same for everyone the key fetches for); an
 *   import and a refresh that write fetch anew;
 * - one workspace makes at most `perMinute` fetches in any minute (JOBINDSATS_FETCHES_PER_MINUTE,
 *   6): past it 429 with Retry-After, before anything is fetched.
 */
import { fetchJobindsatsTable, type JobindsatsApi } from '../actuals/jobindsatsApi.js';
import { PerMinuteRate } from './perMinuteRate.js';
import { HttpError } from './responses.js';

export const DEFAULT_JOBINDSATS_FETCHES_PER_MINUTE = 6;

/** How long a fetched answer serves previews: a planner's time in the import dialog (the import itself fetches anew). */
const REUSED_FOR_MS = 5 * 60_000;
/** Bytes of answers kept for previews, over all tables (each answer is at most 16 MiB). */
const MAX_KEPT_BYTES = 64 * 1024 * 1024;

export class JobindsatsFetches {
  private readonly rate: PerMinuteRate;
  /** Answers of the last five minutes by table and period, oldest first. */
  private readonly kept = new Map<string, { bytes: Uint8Array; at: number }>();
  private keptBytes = 0;

  constructor(
    readonly api: JobindsatsApi,
    perMinute: number,
  ) {
    this.rate = new PerMinuteRate(perMinute);
  }

  /** The answer a preview may read instead of fetching: one fetched for `table` and `period` in the last five minutes. */
  recent(table: string, period: string, now: number = Date.now()): Uint8Array | undefined {
    this.forgetOld(now);
    return this.kept.get(keyOf(table, period))?.bytes;
  }

  /** Fetches the table for `workspaceId`; 429 past the workspace's rate, JobindsatsError when the API fails. */
  async fetch(workspaceId: string, table: string, period: string): Promise<Uint8Array> {
    const wait = this.rate.secondsUntilNext(workspaceId);
    if (wait > 0) {
      throw new HttpError(429, `this workspace has fetched from Jobindsats ${this.rate.perMinute} times in the last minute (at most ${this.rate.perMinute} a minute); try again in ${wait} s`, {
        'Retry-After': String(wait),
      });
    }
    this.rate.record(workspaceId);
    const bytes = await fetchJobindsatsTable(this.api, table, period);
    this.keep(keyOf(table, period), bytes);
    return bytes;
  }

  private keep(key: string, bytes: Uint8Array): void {
    this.drop(key);
    if (bytes.byteLength > MAX_KEPT_BYTES / 4) return;
    this.kept.set(key, { bytes, at: Date.now() });
    this.keptBytes += bytes.byteLength;
    for (const oldKey of this.kept.keys()) {
      if (this.keptBytes <= MAX_KEPT_BYTES) break;
      this.drop(oldKey);
    }
  }

  private forgetOld(now: number): void {
    for (const [key, answer] of this.kept) {
      if (now - answer.at < REUSED_FOR_MS) break;
      this.drop(key);
    }
  }

  private drop(key: string): void {
    const answer = this.kept.get(key);
    if (!answer) return;
    this.kept.delete(key);
    this.keptBytes -= answer.bytes.byteLength;
  }
}

function keyOf(table: string, period: string): string {
  return `${table}\n${period}`;
}

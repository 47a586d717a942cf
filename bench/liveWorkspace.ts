/**
 * What the sync, capacity, durability and open benchmarks share: a workspace on our server (or a
 * room on the reference server) and the bookkeeping that times an edit from the moment its
 * writer makes it to the moment another client has it.
 */
import * as Y from 'yjs';
import { applyOperation } from '../models/operations/applyOperation.js';
import { workbookGrid } from '../models/workbook/WorkbookGrid.js';
import type { RunningServer } from '../test/harness/serverHarness.js';
import { createWorkspace, type CreatedWorkspace } from '../test/server/support/api.js';
import { firstStructId } from './protocolClient.js';

export type { CreatedWorkspace };
export { createWorkspace };

/** The sync URL of a workspace on our server, as the stock provider builds it. */
export function workspaceUrl(server: RunningServer, workspaceId: string, token: string): string {
  return `${server.wsUrl}/${workspaceId}?token=${encodeURIComponent(token)}`;
}

export function sheetId(doc: Y.Doc, name: string): string {
  const id = workbookGrid(doc).sheetIdByName(name);
  if (!id) throw new Error(`the document has no sheet ${name}`);
  return id;
}

/**
 * Edits are identified on the wire by their first struct's (client id, clock): the writer notes
 * the clock before each edit; a receiver reads it from the update's first bytes.
 */
export class EditClock {
  private readonly sentAt = new Map<string, number>();
  readonly latencies: number[] = [];
  /** Deliveries seen per edit, to know when every receiver has every edit. */
  private readonly seen = new Map<string, number>();
  recording = true;

  /** Makes one cell edit in `doc` and notes when (call right before the update goes out). */
  edit(doc: Y.Doc, sheet: string, row: number, col: number, input: number): string {
    const key = `${doc.clientID}:${Y.getState(doc.store, doc.clientID)}`;
    this.sentAt.set(key, performance.now());
    applyOperation(doc, { type: 'setCells', sheetId: sheet, cells: [{ row, col, input }] });
    return key;
  }

  /** A receiver read `update` at `receivedAt`; returns the edit's key when it is one of ours. */
  received(update: Uint8Array, receivedAt: number): string | null {
    const id = firstStructId(update);
    if (!id) return null;
    const key = `${id.client}:${id.clock}`;
    const sent = this.sentAt.get(key);
    if (sent === undefined) return null;
    if (this.recording) this.latencies.push(receivedAt - sent);
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    return key;
  }

  /** How many edits were sent, and how many deliveries are still missing for `receivers` each. */
  missing(receivers: number): number {
    let missing = 0;
    for (const key of this.sentAt.keys()) missing += Math.max(0, receivers - (this.seen.get(key) ?? 0));
    return missing;
  }

  get sent(): number {
    return this.sentAt.size;
  }
}

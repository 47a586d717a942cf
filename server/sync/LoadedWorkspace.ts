/**
 * One workspace in memory: its Y.Doc, its Awareness, the connections (peers) on it, and the path
 * every accepted update takes: applied to the doc → appended to the store (UpdateBatcher) → sent
 * to every other peer. The log is merged into the snapshot in the background once it holds
 * `compactAfterUpdates` updates, and once more when the workspace is unloaded.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { serverErrorText, logEvent } from '../log/log.js';
import { workspaceSizeProblem } from '../store/workspaceSize.js';
import { encodedState } from '../work/encodedState.js';
import type { StoredDocument, WorkspaceStore } from '../store/WorkspaceStore.js';
import type { WorkspaceRole } from '../../models/access/workspaceRole.js';
import { upgradeWorkbook } from '../../models/templates/workbookUpgrade.js';
import { addMissingSettingsMaps } from '../../models/workbook/sheetSettings.js';
import { PresenceOwners } from './presenceOwners.js';
import { PresenceWelcome, WELCOME_STATES } from './presenceWelcome.js';
import { awarenessFrame, updateFrame } from './syncMessages.js';
import { UpdateBatcher, type DurableCallback } from './UpdateBatcher.js';

/**
 * Departed awareness clients whose last clock the workspace keeps (so that a colleague's stale echo
 * of a departed state claims nothing); past it the longest departed is forgotten. y-protocols keeps
 * a clock for every client it ever heard of: with connection churn (a flaky network, or a link
 * holder connecting and leaving in a loop) that grew for as long as the workspace stayed loaded.
 */
export const REMEMBERED_DEPARTURES = 256;

/** The origin of the change bringing a workspace stored before formulas spilled to their dialect. */
export const FORMULA_DIALECT_ORIGIN = 'fremskriv:formula-dialect';
/** The origin of the template's newest-actual-month formulas written into an older workspace (models/templates/actualMonthUpgrade.ts). */
export const ACTUAL_MONTH_ORIGIN = 'fremskriv:actual-month';
/** The origin of MM5's sheet "Jobindsats MM5" and the formulas reading it, written into an older workspace (models/templates/mm5ActualsUpgrade.ts). */
export const MM5_ACTUALS_ORIGIN = 'fremskriv:mm5-actuals';
/** The origin of the settings maps given to sheets that lacked them (models/workbook/sheetSettings.ts). */
export const SHEET_SETTINGS_ORIGIN = 'fremskriv:sheet-settings';

/** The least time between two exact measurements of a workspace's size that live edits cause. */
export const EXACT_MEASURE_INTERVAL_MS = 1000;

/** A connection as the workspace sees it. */
export interface Peer {
  readonly role: WorkspaceRole;
  /** The awareness client this connection speaks for (at most one: SyncConnection.applyAwareness), cleared when it goes. */
  readonly awarenessClients: Set<number>;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface LoadedWorkspaceOptions {
  compactAfterUpdates: number;
  /** A workspace's stored size: updates that would take it past this are refused (workspaceSize.ts). */
  maxWorkspaceBytes: number;
  /** The store failed: the registry unloads the workspace so clients resync from what is stored. */
  onStoreFailure(workspace: LoadedWorkspace, error: unknown): void;
}

export class LoadedWorkspace {
  readonly doc = new Y.Doc();
  private welcome: PresenceWelcome | null = null;
  private readonly presenceOwners = new PresenceOwners();
  /** Awareness clients that left, longest departed first (see REMEMBERED_DEPARTURES). */
  private readonly departed = new Set<number>();
  readonly awareness: awarenessProtocol.Awareness;
  private readonly peers = new Set<Peer>();
  private readonly batcher: UpdateBatcher;
  private durableSeq: number;
  private logLength: number;
  /**
   * What a load of this workspace reads: the snapshot's bytes and those of every update since
   * (applied here, whether stored yet or not). An overestimate between compactions (an update
   * that replaces a value still counts whole); exact again after each.
   */
  private bytes: number;
  /**
   * The last exact measurement that let an update in: the workspace's size once it was applied, and
   * `bytes` at that point. Until the next compaction the size is that plus what `bytes` grew since,
   * so the exact measurement is not made again for every update near the bound.
   */
  private measured: { bytes: number; countedAt: number } | null = null;
  /** When an exact measurement was last made (performance.now()). */
  private measuredAt = -Infinity;
  private compaction: Promise<void> | null = null;
  private destroyed = false;

  constructor(
    readonly id: string,
    stored: StoredDocument,
    private readonly store: WorkspaceStore,
    private readonly options: LoadedWorkspaceOptions,
  ) {
    this.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    });
    // Issue 15: a hostile update could leave structs waiting for others that never come; they
    // were then written into every snapshot. They are never part of the document: drop them, and
    // rewrite the snapshot without them (below).
    const hadPending = dropPending(this.doc);
    this.durableSeq = stored.lastSeq;
    this.logLength = stored.logLength;
    this.bytes = stored.updates.reduce((sum, update) => sum + update.length, 0);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.batcher = new UpdateBatcher({
      write: (updates) => this.store.appendUpdates(this.id, updates),
      onWritten: (lastSeq, count) => this.written(lastSeq, count),
      onFailed: (error) => this.options.onStoreFailure(this, error),
    });
    // Registered after loading, so the stored updates are not written back.
    this.doc.on('update', this.onUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    // Before anyone syncs, the workspace is brought up to date (models/templates/workbookUpgrade.ts,
    // as a restored version and the CLIs' files are): a workspace stored before formulas spilled
    // keeps its values, and one from the template before the nineteenth session gets its newest
    // actual month as the template's formula where every cell is still as the template typed it.
    // Each is one stored change, which clients receive as any other; nothing once made.
    const upgrades = upgradeWorkbook(this.doc, { formulaDialect: FORMULA_DIALECT_ORIGIN, actualMonth: ACTUAL_MONTH_ORIGIN, mm5Actuals: MM5_ACTUALS_ORIGIN, settingsMaps: SHEET_SETTINGS_ORIGIN });
    if (upgrades.formulasRewritten !== null) logEvent('workspace.formulas.legacy', { workspace: id, rewritten: upgrades.formulasRewritten });
    if (upgrades.actualMonth) logEvent('workspace.template.actualMonth', { workspace: id });
    if (upgrades.mm5Actuals) logEvent('workspace.template.mm5Actuals', { workspace: id });
    if (upgrades.settingsMaps > 0) logEvent('workspace.sheetSettings.added', { workspace: id, sheets: upgrades.settingsMaps });
    if (this.logLength >= this.options.compactAfterUpdates || hadPending) this.compactSoon();
    if (hadPending) logEvent('workspace.pending.dropped', { workspace: id });
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /** The bytes a load of this workspace reads (see `bytes`). */
  get storedBytes(): number {
    return this.bytes;
  }

  /** Whether `bytes` more fit under `maxWorkspaceBytes` by the running count (cheap, and never too generous). */
  hasRoomFor(bytes: number): boolean {
    const estimate = this.measured === null ? this.bytes : Math.min(this.bytes, this.measured.bytes + this.bytes - this.measured.countedAt);
    return estimate + bytes <= this.options.maxWorkspaceBytes;
  }

  /**
   * True when only an exact measurement could tell whether `update` fits and one was made less
   * than EXACT_MEASURE_INTERVAL_MS ago. Tenth hostile pass: an editor who filled a workspace to
   * within a few bytes of its bound and then rewrote one cell as fast as the socket took it had
   * the whole workspace encoded for every rewrite (48 ms at the bound; rewriting a cell adds almost
   * nothing, so every one fitted): /healthz went unanswered for 5 s. A live edit then waits.
   */
  measuredTooRecently(update: Uint8Array): boolean {
    return !this.hasRoomFor(update.length) && performance.now() - this.measuredAt < EXACT_MEASURE_INTERVAL_MS;
  }

  /**
   * Why applying `update` would take the workspace past `maxWorkspaceBytes`; null when it fits.
   * Cheap while the running count leaves room; near the bound it measures exactly what the update
   * adds (structs and deletions the document does not hold yet: a client's resync resends state)
   * on top of the document's encoded size, and compacts soon so the count is exact again.
   */
  growthRefusal(update: Uint8Array): string | null {
    const max = this.options.maxWorkspaceBytes;
    if (this.hasRoomFor(update.length)) return null;
    const after = encodedState(this.doc).length + Y.diffUpdate(update, Y.encodeStateVector(this.doc)).length;
    this.measuredAt = performance.now();
    const problem = workspaceSizeProblem(after, max);
    if (problem === null) {
      this.measured = { bytes: after, countedAt: this.bytes + update.length };
      this.compactSoon();
    }
    return problem;
  }

  attach(peer: Peer): void {
    this.peers.add(peer);
  }

  /**
   * Applies a peer's update (already checked by updateSchemaCheck.ts). Anything Yjs would keep
   * pending (waiting for structs the server does not have) is dropped again: it was never
   * integrated, so nothing was stored or sent. False when that happened.
   */
  applyPeerUpdate(update: Uint8Array, origin: Peer): boolean {
    Y.applyUpdate(this.doc, update, origin);
    if (dropPending(this.doc)) return false;
    // A sheet an older client added without its settings maps gets them now, before colleagues
    // create them at once and lose one another's entries (models/workbook/sheetSettings.ts).
    addMissingSettingsMaps(this.doc, SHEET_SETTINGS_ORIGIN);
    return true;
  }

  /** The presence a joining connection is sent, bounded by `maxStateBytes` (presenceWelcome.ts). */
  presenceWelcome(maxStateBytes: number): Uint8Array {
    this.welcome ??= new PresenceWelcome(this.awareness, WELCOME_STATES * maxStateBytes);
    return this.welcome.frame();
  }

  /**
   * True when no connection (and not the server itself) speaks for this awareness client, and no
   * other link or tab than `ownerKey` (presenceKey.ts) ever claimed it (presenceOwners.ts).
   */
  awarenessOwnerFree(client: number, ownerKey: string): boolean {
    if (client === this.awareness.clientID || !this.presenceOwners.mayClaim(client, ownerKey)) return false;
    for (const peer of this.peers) if (peer.awarenessClients.has(client)) return false;
    return true;
  }

  /** Remembers that `client` was claimed under `ownerKey` (its link's and tab's, presenceKey.ts). */
  claimAwareness(client: number, ownerKey: string): void {
    this.presenceOwners.claim(client, ownerKey);
  }

  /**
   * Whether `clock` is newer than what the workspace holds for `client`. An entry that is not is
   * a stale echo (the stock client relays every state it hears back to the server, also a state
   * of a colleague who has left since), which changes nothing and claims nothing.
   */
  awarenessClockIsNew(client: number, clock: number): boolean {
    const meta = this.awareness.meta.get(client);
    return meta === undefined || clock > meta.clock;
  }

  /** The awareness clients whose clock the workspace keeps: those present and the remembered departed. */
  get presenceClocks(): number {
    return this.awareness.meta.size;
  }

  /** Removes the peer and the awareness states it spoke for (others see it go). */
  detach(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessClients.size > 0 && !this.destroyed) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessClients], null);
    }
  }

  /** Closes every peer holding `role` (a rotated token). */
  closePeers(role: WorkspaceRole | 'all', code: number, reason: string): void {
    for (const peer of [...this.peers]) if (role === 'all' || peer.role === role) peer.close(code, reason);
  }

  /** Runs `callback` once everything applied so far is durable (or with the store's error). */
  whenDurable(callback: DurableCallback): void {
    this.batcher.whenDurable(callback);
  }

  /** Reads the document now and resolves once what was read is durable. */
  async readDurably<T>(read: (doc: Y.Doc) => T): Promise<T> {
    const value = read(this.doc);
    await this.batcher.drain();
    return value;
  }

  /** Writes everything pending and merges the log into the snapshot (before unloading). */
  async settle(): Promise<void> {
    await this.batcher.drain();
    if (this.compaction) await this.compaction;
    if (this.logLength > 0 && !this.destroyed) await this.compact();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.batcher.stop();
    this.doc.off('update', this.onUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.welcome?.destroy();
    this.awareness.destroy();
    this.doc.destroy();
    this.peers.clear();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.bytes += update.length;
    this.batcher.add(update, (error) => {
      if (error !== undefined) return;
      const frame = updateFrame(update);
      for (const peer of this.peers) if (peer !== origin) peer.send(frame);
    });
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    // Awareness changes with every cursor move: find the origin without copying the peer set.
    let peer: Peer | undefined;
    for (const p of this.peers) if (p === origin) peer = p;
    if (peer) {
      for (const client of added) peer.awarenessClients.add(client);
      for (const client of removed) peer.awarenessClients.delete(client);
    }
    this.rememberDepartures(added, updated, removed);
    const frame = awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]));
    for (const p of this.peers) p.send(frame);
  };

  /** Keeps the clocks of at most REMEMBERED_DEPARTURES departed clients (y-protocols keeps every one). */
  private rememberDepartures(added: number[], updated: number[], removed: number[]): void {
    for (const client of added) this.departed.delete(client);
    for (const client of updated) this.departed.delete(client);
    for (const client of removed) {
      this.departed.delete(client);
      this.departed.add(client);
    }
    for (const client of this.departed) {
      if (this.departed.size <= REMEMBERED_DEPARTURES) break;
      this.departed.delete(client);
      if (!this.awareness.states.has(client)) this.awareness.meta.delete(client);
    }
  }

  private written(lastSeq: number, count: number): void {
    this.durableSeq = lastSeq;
    this.logLength += count;
    if (this.logLength >= this.options.compactAfterUpdates) this.compactSoon();
  }

  private compactSoon(): void {
    if (this.compaction || this.destroyed) return;
    this.compaction = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => (this.destroyed ? undefined : this.compact()))
      .catch((error: unknown) => logEvent('store.compact.failed', { workspace: this.id, error: serverErrorText(error) }, 'err'))
      .finally(() => {
        this.compaction = null;
      });
  }

  /**
   * The doc holds every stored update up to durableSeq (and perhaps newer ones still being
   * written, which the snapshot may then also contain: applying an update twice is harmless).
   */
  private async compact(): Promise<void> {
    const throughSeq = this.durableSeq;
    const merged = this.logLength;
    dropPending(this.doc);
    // Shared with the worker threads' copy of the state; it never holds pending structs, since
    // every apply drops them in the same turn, before anything can encode.
    const snapshot = encodedState(this.doc);
    const bytesMerged = this.bytes;
    await this.store.compact(this.id, snapshot, throughSeq);
    this.logLength -= merged;
    // Updates applied since the snapshot was encoded still count on top of it.
    this.bytes = snapshot.length + (this.bytes - bytesMerged);
    this.measured = null;
    logEvent('store.compacted', { workspace: this.id, merged, bytes: snapshot.length });
  }
}

/** Forgets structs and deletions Yjs holds back for missing dependencies; true if there were any. */
function dropPending(doc: Y.Doc): boolean {
  const had = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return had;
}

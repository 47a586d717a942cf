/**
 * The live workspace in this browser: one Y.Doc, synced with the server over y-websocket and kept
 * in IndexedDB (keyed by workspace id) so that edits made offline survive a reload and merge when
 * the connection returns. Create one per open workspace and `destroy()` it when leaving.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { createStore, type Store } from '../ui/store.js';
import { CloseCode } from '../../../models/api/closeCodes.js';
import { hasSheets } from '../../../models/workbook/workbookReader.js';
import { markMoment } from './pageMoments.js';
import type { EarlySocket } from './earlySocket.js';
import { deferOfflineWrites } from './deferredOfflineCopy.js';
import { tabPresenceKey } from './tabPresenceKey.js';
import { CrowdedRetry } from './crowdedRetry.js';

export { syncUrl } from './earlySocket.js';

/**
 * What the indicator shows. `denied`: the server refused the link for good. `refused`: the
 * server refused an edit of this browser for good (server/README.md, close codes): sending it
 * again would fail again, so the connection stays closed until the planner discards it.
 * `crowded`: the link already holds as many connections to the workspace as the server allows
 * (close 4429); the connection tries again by itself with backoff (crowdedRetry.ts), or at once
 * when the planner asks.
 */
export type ConnectionStatus = 'connected' | 'reconnecting' | 'offline' | 'denied' | 'refused' | 'crowded';

/** Why the server refused an edit: the workspace would pass its size bound, or the edit breaks the workbook's shape. */
export type EditRefusal = 'workspaceFull' | 'editRefused';

/** The server's close codes for a refused edit. */
const REFUSALS: ReadonlyMap<number, EditRefusal> = new Map([
  [CloseCode.workspaceFull, 'workspaceFull'],
  [CloseCode.updateRefused, 'editRefused'],
]);

export interface ConnectionState {
  status: ConnectionStatus;
  /** The document holds a workbook (from the server or from this browser's copy). */
  loaded: boolean;
  /** With status `refused`: why, and the server's own sentence (English, for the details). */
  refusal?: { kind: EditRefusal; reason: string };
  /** With status `crowded`: the server's own sentence (English, for the details). */
  crowdedReason?: string;
}

export class WorkspaceConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  readonly state: Store<ConnectionState> = createStore<ConnectionState>({ status: 'reconnecting', loaded: false });
  private readonly onOnlineChange = (): void => this.refreshStatus();
  /** Hands the offline copy's writes back to y-indexeddb (writing what waits). */
  private readonly undeferWrites: () => void;
  private denied = false;
  private refusal: ConnectionState['refusal'] = undefined;
  private crowdedReason: string | undefined = undefined;
  private readonly crowdedRetry: CrowdedRetry;

  constructor(
    readonly workspaceId: string,
    token: string,
    serverUrl: string,
    /** The websocket the entry opened for this workspace (earlySocket.ts); the provider takes it. */
    private readonly early?: EarlySocket,
  ) {
    this.persistence = new IndexeddbPersistence(`fremskriv:${workspaceId}`, this.doc);
    this.undeferWrites = deferOfflineWrites(this.persistence, this.doc);
    void this.persistence.whenSynced.then(() => this.refreshLoaded());
    // BroadcastChannel would sync tabs behind the server's back (and around "offline"); the server is the hub.
    this.provider = new WebsocketProvider(serverUrl, workspaceId, this.doc, {
      // In this order: the early socket's address is the same (earlySocket.ts, workspaceSocketUrl).
      params: { token, presence: tabPresenceKey() },
      disableBc: true,
      ...(early ? { WebSocketPolyfill: early.constructorForProvider } : {}),
    });
    this.crowdedRetry = new CrowdedRetry(this.provider);
    this.provider.on('status', () => {
      // A retry after 4429 got in.
      if (this.provider.wsconnected) this.crowdedReason = undefined;
      this.refreshStatus();
    });
    this.provider.on('sync', (synced: boolean) => {
      if (synced) markMoment('synced');
      this.refreshLoaded();
    });
    this.provider.on('closed', ({ code, reason }: { code: number; reason: string }) => {
      const refusal = REFUSALS.get(code);
      if (refusal) this.refusal = { kind: refusal, reason };
      else if (code === CloseCode.tooManyConnections) this.crowdedReason = reason;
      else this.denied = true;
      this.refreshStatus();
    });
    window.addEventListener('online', this.onOnlineChange);
    window.addEventListener('offline', this.onOnlineChange);
    this.doc.on('afterTransaction', this.onDocChange);
    this.doc.on('update', this.onUpdate);
  }

  get awareness(): Awareness {
    return this.provider.awareness;
  }

  private readonly onDocChange = (): void => this.refreshLoaded();

  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) markMoment('remoteApplied');
  };

  private refreshLoaded(): void {
    if (this.state.get().loaded || !hasSheets(this.doc)) return;
    this.state.set({ ...this.state.get(), loaded: true });
    this.doc.off('afterTransaction', this.onDocChange);
  }

  private refreshStatus(): void {
    const status: ConnectionStatus = this.denied
      ? 'denied'
      : this.refusal
        ? 'refused'
        : this.crowdedReason !== undefined
        ? 'crowded'
        : !navigator.onLine
        ? 'offline'
        : this.provider.wsconnected
          ? 'connected'
          : 'reconnecting';
    if (status !== this.state.get().status) this.state.set({ ...this.state.get(), status, refusal: this.refusal, crowdedReason: this.crowdedReason });
  }

  /** After `crowded`: connects again at once, not waiting for the next retry (a colleague's tab may have closed since). */
  tryAgain(): void {
    this.crowdedRetry.now();
  }

  /**
   * Forgets this browser's copy, with the refused edit and anything else the server has not
   * stored, so that the next load takes the workspace as the server holds it.
   */
  async discardLocalCopy(): Promise<void> {
    this.undeferWrites();
    await this.persistence.clearData();
    // y-indexeddb's clearData starts the database's deletion without waiting for it: a reload
    // right after could open the old copy, refused edit included, which was sent and refused
    // again (the editRefused browser test's occasional failure). This request is queued behind
    // that deletion, so its success means the copy is gone.
    await deleteDatabase(this.persistence.name);
  }

  destroy(): void {
    window.removeEventListener('online', this.onOnlineChange);
    window.removeEventListener('offline', this.onOnlineChange);
    this.doc.off('afterTransaction', this.onDocChange);
    this.doc.off('update', this.onUpdate);
    this.provider.awareness.setLocalState(null);
    this.crowdedRetry.destroy();
    this.provider.destroy();
    this.early?.close();
    this.undeferWrites();
    void this.persistence.destroy();
    this.doc.destroy();
  }
}

/** Deletes an IndexedDB database; resolves once it is gone (after any open connection closed). */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
  });
}

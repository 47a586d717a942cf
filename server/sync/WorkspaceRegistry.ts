/**
 * Which workspaces are in memory. Sync connections and REST calls `acquire` a workspace (loading
 * it from the store on first use; concurrent callers share one load) and release it when done.
 * When nobody holds it for `idleUnloadMs`, it is settled (log written and compacted) and
 * destroyed, and its entry removed: memory follows the workspaces in use, not the ones ever opened.
 */
import { serverErrorText, logEvent } from '../log/log.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import { CloseCode } from '../../models/api/closeCodes.js';
import { MAX_COLUMNS, MAX_ROWS } from '../../models/workbook/cellAddress.js';
import { oversizedSheets } from './axisLengths.js';
import { LoadedWorkspace } from './LoadedWorkspace.js';

export interface WorkspaceLease {
  readonly workspace: LoadedWorkspace;
  /** Idempotent. */
  release(): void;
}

interface Entry {
  id: string;
  holders: number;
  loading: Promise<LoadedWorkspace | null>;
  workspace: LoadedWorkspace | null;
  idleTimer: NodeJS.Timeout | null;
}

export interface WorkspaceRegistryOptions {
  idleUnloadMs: number;
  compactAfterUpdates: number;
  /** A workspace's stored size (server/store/workspaceSize.ts). */
  maxWorkspaceBytes: number;
}

export class WorkspaceRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly options: WorkspaceRegistryOptions,
  ) {}

  /** The bound every way a workspace grows is checked against (server/store/workspaceSize.ts). */
  get maxWorkspaceBytes(): number {
    return this.options.maxWorkspaceBytes;
  }

  get loadedCount(): number {
    return this.entries.size;
  }

  /** The workspace, loaded; null when the store has no such workspace. */
  async acquire(id: string): Promise<WorkspaceLease | null> {
    const entry = this.entries.get(id) ?? this.startLoading(id);
    entry.holders++;
    if (entry.idleTimer) clearTimeout(entry.idleTimer);
    entry.idleTimer = null;
    let workspace: LoadedWorkspace | null;
    try {
      workspace = await entry.loading;
    } catch (error) {
      entry.holders--;
      throw error;
    }
    if (!workspace) {
      entry.holders--;
      return null;
    }
    let released = false;
    return {
      workspace,
      release: () => {
        if (released) return;
        released = true;
        this.release(entry);
      },
    };
  }

  /** The workspace if it is in memory now (without loading it). */
  loaded(id: string): LoadedWorkspace | null {
    return this.entries.get(id)?.workspace ?? null;
  }

  /**
   * Whether the workspace is in memory in any state (loading, loaded, settling before an unload).
   * When it is not, everything it holds is in the store.
   */
  inMemory(id: string): boolean {
    return this.entries.has(id);
  }

  /** Every loaded workspace, e.g. to close its connections at shutdown. */
  loadedWorkspaces(): LoadedWorkspace[] {
    return [...this.entries.values()].flatMap((entry) => (entry.workspace ? [entry.workspace] : []));
  }

  /** Writes and compacts every loaded workspace, then destroys them (shutdown). */
  async unloadAll(): Promise<void> {
    const entries = [...this.entries.values()];
    await Promise.allSettled(entries.map(async (entry) => entry.workspace?.settle()));
    for (const entry of entries) this.remove(entry);
  }

  private startLoading(id: string): Entry {
    const entry: Entry = { id, holders: 0, loading: Promise.resolve(null), workspace: null, idleTimer: null };
    entry.loading = this.load(entry);
    this.entries.set(id, entry);
    return entry;
  }

  private async load(entry: Entry): Promise<LoadedWorkspace | null> {
    try {
      const stored = await this.store.loadDocument(entry.id);
      if (!stored) {
        if (this.entries.get(entry.id) === entry) this.entries.delete(entry.id);
        return null;
      }
      const started = performance.now();
      entry.workspace = new LoadedWorkspace(entry.id, stored, this.store, {
        compactAfterUpdates: this.options.compactAfterUpdates,
        maxWorkspaceBytes: this.options.maxWorkspaceBytes,
        onStoreFailure: (workspace, error) => this.storeFailed(entry, workspace, error),
      });
      const bytes = entry.workspace.storedBytes;
      logEvent('workspace.loaded', { workspace: entry.id, logLength: stored.logLength, bytes, ms: Math.round(performance.now() - started) });
      // Stored before the bound (or under a larger one): it opens, but grows no further.
      if (bytes > this.options.maxWorkspaceBytes) logEvent('workspace.oversized', { workspace: entry.id, bytes, max: this.options.maxWorkspaceBytes }, 'err');
      // Stored past the grid's bounds: it opens showing the first 40,000 rows and 16,384 columns.
      for (const sheet of oversizedSheets(entry.workspace.doc)) logEvent('workspace.sheet.oversized', { workspace: entry.id, ...sheet, shownRows: MAX_ROWS, shownCols: MAX_COLUMNS }, 'err');
      return entry.workspace;
    } catch (error) {
      if (this.entries.get(entry.id) === entry) this.entries.delete(entry.id);
      logEvent('workspace.load.failed', { workspace: entry.id, error: serverErrorText(error) }, 'err');
      throw error;
    }
  }

  private release(entry: Entry): void {
    entry.holders--;
    if (entry.holders > 0 || this.entries.get(entry.id) !== entry) return;
    entry.idleTimer = setTimeout(() => {
      entry.idleTimer = null;
      void this.unloadIdle(entry);
    }, this.options.idleUnloadMs);
  }

  private async unloadIdle(entry: Entry): Promise<void> {
    try {
      await entry.workspace?.settle();
    } catch (error) {
      logEvent('workspace.settle.failed', { workspace: entry.id, error: serverErrorText(error) }, 'err');
    }
    // Someone acquired it while it settled: it stays.
    if (entry.holders > 0 || this.entries.get(entry.id) !== entry) return;
    this.remove(entry);
    logEvent('workspace.unloaded', { workspace: entry.id, loaded: this.entries.size });
  }

  /**
   * A failed write leaves the doc ahead of the store. Drop the doc and its connections; clients
   * reconnect, the workspace loads from what is stored, and their sync step 2 sends again what
   * was lost.
   */
  private storeFailed(entry: Entry, workspace: LoadedWorkspace, error: unknown): void {
    logEvent('store.write.failed', { workspace: entry.id, error: serverErrorText(error) }, 'err');
    workspace.closePeers('all', CloseCode.internalError, 'storage failure; reconnect');
    this.remove(entry);
  }

  private remove(entry: Entry): void {
    if (entry.idleTimer) clearTimeout(entry.idleTimer);
    entry.idleTimer = null;
    entry.workspace?.destroy();
    entry.workspace = null;
    if (this.entries.get(entry.id) === entry) this.entries.delete(entry.id);
  }
}

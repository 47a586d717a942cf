/**
 * Where workspaces live between server runs. Sync and REST only talk to this interface, so a
 * PostgreSQL store can replace SQLite without touching them. Every method is async for that
 * reason, even though better-sqlite3 answers synchronously.
 *
 * A workspace's document is a snapshot plus an append-only log of Yjs updates (binary, v1
 * encoding). `appendUpdates` is durable when its promise resolves: the server sends an update on
 * to other clients only after that.
 */
import type { WorkspaceRole } from '../../models/access/workspaceRole.js';

export interface NewWorkspace {
  id: string;
  createdAt: string;
  editorTokenHash: Uint8Array;
  viewerTokenHash: Uint8Array;
  /** The whole initial document as one update. */
  snapshot: Uint8Array;
}

/** The demo workspace's tokens in clear, so later starts can print its links again. */
export interface DemoWorkspace {
  workspaceId: string;
  editorToken: string;
  viewerToken: string;
}

export interface WorkspaceTokenHashes {
  editor: Uint8Array;
  viewer: Uint8Array;
}

export interface StoredDocument {
  /** The snapshot first, then every logged update in order; apply all to an empty Y.Doc. */
  updates: Uint8Array[];
  /** The sequence number of the last logged update (0 when the log is empty). */
  lastSeq: number;
  /** How many updates are in the log, not yet merged into the snapshot. */
  logLength: number;
}

export interface VersionInfo {
  id: string;
  name: string;
  /** ISO 8601. */
  createdAt: string;
  /** Who saved it: the display name the planner's browser sent (absent for older versions). */
  createdBy?: string;
}

export interface WorkspaceStore {
  /** Creates a workspace; with `demo`, also records it as the demo workspace, atomically. */
  createWorkspace(workspace: NewWorkspace, demo?: DemoWorkspace): Promise<void>;
  tokenHashes(workspaceId: string): Promise<WorkspaceTokenHashes | null>;
  /**
   * Replaces a role's token hash. `token` (in clear) is kept only when this is the demo
   * workspace, whose links every start prints; for any other workspace it is not stored.
   */
  rotateToken(workspaceId: string, role: WorkspaceRole, hash: Uint8Array, token: string): Promise<void>;
  loadDocument(workspaceId: string): Promise<StoredDocument | null>;
  /**
   * Appends updates in order as one durable write; resolves with the last sequence number.
   * Appends are stored in the order they were called, so the updates of one workspace are logged
   * in the order the server applied them.
   */
  appendUpdates(workspaceId: string, updates: readonly Uint8Array[]): Promise<number>;
  /** Replaces the snapshot and deletes the log up to `throughSeq`, atomically. */
  compact(workspaceId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;

  /**
   * Stores a version unless the workspace's versions would then take more than `maxTotalBytes`
   * (server/store/versionSpace.ts); the check and the write are one step, so concurrent saves
   * cannot pass the bound together. Durable when the promise resolves. `state`: the workspace's
   * encoded state when the caller has it at hand; null: the store encodes what it holds, so the
   * caller must have stored everything the version should contain first. `usedBytes`: what the
   * versions held before; `bytes`: the version's size.
   */
  saveVersion(workspaceId: string, version: VersionInfo, maxTotalBytes: number, state: Uint8Array | null): Promise<{ saved: boolean; usedBytes: number; bytes: number }>;
  /** Newest first. */
  listVersions(workspaceId: string): Promise<VersionInfo[]>;
  versionState(workspaceId: string, versionId: string): Promise<{ info: VersionInfo; state: Uint8Array } | null>;
  /** The version's name and dates without its state; null when the workspace has no such version. */
  versionInfo(workspaceId: string, versionId: string): Promise<VersionInfo | null>;
  /**
   * The Yjs update that turns the state version `fromVersionId` holds into version `toVersionId`
   * (the `restoreVersion` operation, transaction origin `origin`), computed away from the event
   * loop; null when either version is gone. Rejects with a VersionRefusal for a version that is no
   * workbook.
   */
  restoreUpdate(workspaceId: string, fromVersionId: string, toVersionId: string, origin: string): Promise<Uint8Array | null>;
  /**
   * Deletes a version, freeing its space toward `maxTotalBytes` of the next save; resolves, durably,
   * with what was deleted, or null when the workspace has no such version. The space returns to
   * the file system soon after (SQLite: the file shrinks).
   */
  deleteVersion(workspaceId: string, versionId: string): Promise<VersionInfo | null>;

  adminTokenHash(): Promise<Uint8Array | null>;
  setAdminTokenHash(hash: Uint8Array): Promise<void>;
  demoWorkspace(): Promise<DemoWorkspace | null>;

  /** Throws unless a write succeeds now (for /healthz). */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}

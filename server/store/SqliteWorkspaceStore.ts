/**
 * WorkspaceStore on SQLite (better-sqlite3, WAL, synchronous FULL by default; see sqliteSchema.ts
 * for why): workspaces in `fremskriv.sqlite`, named versions in `fremskriv-versions.sqlite`
 * (versionFileSchema.ts), which only the version writer thread writes (VersionWriter.ts). Rows
 * read back are checked with zod: a damaged file fails loudly instead of handing odd values to Yjs.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { WorkspaceRole } from '../../models/access/workspaceRole.js';
import { AppendGroup } from './appendGroup.js';
import { applySchema } from './sqliteSchema.js';
import { applyVersionFileSchema, moveVersionsOutOf, VERSIONS_FILE } from './versionFileSchema.js';
import { VersionWriter } from './VersionWriter.js';
import type { DemoWorkspace, NewWorkspace, StoredDocument, VersionInfo, WorkspaceStore, WorkspaceTokenHashes } from './WorkspaceStore.js';

export const DATABASE_FILE = 'fremskriv.sqlite';

const blob = z.instanceof(Uint8Array);
const hashesRow = z.object({ editor_token_hash: blob, viewer_token_hash: blob });
const snapshotRow = z.object({ state: blob, snapshot_seq: z.number().int() });
const updateRow = z.object({ seq: z.number().int(), data: blob });
const versionRow = z.object({ id: z.string(), name: z.string(), created_at: z.string(), created_by: z.string().nullable() });
const versionStateRow = versionRow.extend({ state: blob });
const settingRow = z.object({ value: blob });
const demoRow = z.object({ workspace_id: z.string(), editor_token: z.string(), viewer_token: z.string() });

function versionInfo(row: z.infer<typeof versionRow>): VersionInfo {
  return row.created_by === null
    ? { id: row.id, name: row.name, createdAt: row.created_at }
    : { id: row.id, name: row.name, createdAt: row.created_at, createdBy: row.created_by };
}

export class SqliteWorkspaceStore implements WorkspaceStore {
  private readonly db: Database.Database;
  /** The event loop's connection to the versions file: reads only (the thread writes). */
  private readonly versionsDb: Database.Database;
  private readonly versionWriter: VersionWriter;
  private readonly appends: AppendGroup;

  /** Opens (creating when needed) the store in `dataDir`; the directory and files are private to this user. */
  constructor(dataDir: string, synchronous: 'full' | 'normal' = 'full') {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = join(dataDir, DATABASE_FILE);
    const versionsFile = join(dataDir, VERSIONS_FILE);
    this.db = new Database(file);
    applySchema(this.db, synchronous);
    // The version writer thread checkpoints this file (versionWriterThread.ts): a commit on the
    // event loop never pays for copying the WAL into the file.
    this.db.pragma('wal_autocheckpoint = 0');
    this.versionsDb = new Database(versionsFile);
    applyVersionFileSchema(this.versionsDb, synchronous);
    moveVersionsOutOf(this.db, versionsFile);
    this.appends = new AppendGroup(this.db);
    for (const path of [file, versionsFile].flatMap((f) => [f, `${f}-wal`, `${f}-shm`])) if (existsSync(path)) chmodSync(path, 0o600);
    this.versionWriter = new VersionWriter({ mainFile: file, versionsFile, synchronous });
  }

  async createWorkspace(workspace: NewWorkspace, demo?: DemoWorkspace): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO workspaces (id, created_at, editor_token_hash, viewer_token_hash) VALUES (?, ?, ?, ?)')
        .run(workspace.id, workspace.createdAt, workspace.editorTokenHash, workspace.viewerTokenHash);
      this.db.prepare('INSERT INTO snapshots (workspace_id, state, snapshot_seq) VALUES (?, ?, 0)').run(workspace.id, workspace.snapshot);
      if (demo) {
        this.db
          .prepare('INSERT OR REPLACE INTO demo (singleton, workspace_id, editor_token, viewer_token) VALUES (1, ?, ?, ?)')
          .run(demo.workspaceId, demo.editorToken, demo.viewerToken);
      }
    })();
  }

  async tokenHashes(workspaceId: string): Promise<WorkspaceTokenHashes | null> {
    const row = hashesRow.optional().parse(this.db.prepare('SELECT editor_token_hash, viewer_token_hash FROM workspaces WHERE id = ?').get(workspaceId));
    return row ? { editor: row.editor_token_hash, viewer: row.viewer_token_hash } : null;
  }

  async rotateToken(workspaceId: string, role: WorkspaceRole, hash: Uint8Array, token: string): Promise<void> {
    const hashColumn = role === 'editor' ? 'editor_token_hash' : 'viewer_token_hash';
    const clearColumn = role === 'editor' ? 'editor_token' : 'viewer_token';
    this.db.transaction(() => {
      this.db.prepare(`UPDATE workspaces SET ${hashColumn} = ? WHERE id = ?`).run(hash, workspaceId);
      this.db.prepare(`UPDATE demo SET ${clearColumn} = ? WHERE singleton = 1 AND workspace_id = ?`).run(token, workspaceId);
    })();
  }

  async loadDocument(workspaceId: string): Promise<StoredDocument | null> {
    // One read transaction, so a compaction cannot slip between the snapshot and the log.
    return this.db.transaction((): StoredDocument | null => {
      const snapshot = snapshotRow.optional().parse(this.db.prepare('SELECT state, snapshot_seq FROM snapshots WHERE workspace_id = ?').get(workspaceId));
      if (!snapshot) return null;
      const rows = z.array(updateRow).parse(this.db.prepare('SELECT seq, data FROM updates WHERE workspace_id = ? AND seq > ? ORDER BY seq').all(workspaceId, snapshot.snapshot_seq));
      return {
        updates: [snapshot.state, ...rows.map((row) => row.data)],
        lastSeq: rows.at(-1)?.seq ?? snapshot.snapshot_seq,
        logLength: rows.length,
      };
    })();
  }

  appendUpdates(workspaceId: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.appends.append(workspaceId, updates);
  }

  async compact(workspaceId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE snapshots SET state = ?, snapshot_seq = MAX(snapshot_seq, ?) WHERE workspace_id = ?').run(snapshot, throughSeq, workspaceId);
      this.db.prepare('DELETE FROM updates WHERE workspace_id = ? AND seq <= ?').run(workspaceId, throughSeq);
    })();
  }

  saveVersion(workspaceId: string, version: VersionInfo, maxTotalBytes: number, state: Uint8Array | null): Promise<{ saved: boolean; usedBytes: number; bytes: number }> {
    return this.versionWriter.save(workspaceId, version, maxTotalBytes, state);
  }

  async listVersions(workspaceId: string): Promise<VersionInfo[]> {
    const rows = this.versionsDb.prepare('SELECT id, name, created_at, created_by FROM versions WHERE workspace_id = ? ORDER BY created_at DESC, rowid DESC').all(workspaceId);
    return z.array(versionRow).parse(rows).map(versionInfo);
  }

  async versionState(workspaceId: string, versionId: string): Promise<{ info: VersionInfo; state: Uint8Array } | null> {
    const row = versionStateRow
      .optional()
      .parse(this.versionsDb.prepare('SELECT id, name, created_at, created_by, state FROM versions WHERE workspace_id = ? AND id = ?').get(workspaceId, versionId));
    return row ? { info: versionInfo(row), state: row.state } : null;
  }

  async versionInfo(workspaceId: string, versionId: string): Promise<VersionInfo | null> {
    const row = versionRow.optional().parse(this.versionsDb.prepare('SELECT id, name, created_at, created_by FROM versions WHERE workspace_id = ? AND id = ?').get(workspaceId, versionId));
    return row ? versionInfo(row) : null;
  }

  restoreUpdate(workspaceId: string, fromVersionId: string, toVersionId: string, origin: string): Promise<Uint8Array | null> {
    return this.versionWriter.restoreUpdate(workspaceId, fromVersionId, toVersionId, origin);
  }

  deleteVersion(workspaceId: string, versionId: string): Promise<VersionInfo | null> {
    return this.versionWriter.delete(workspaceId, versionId);
  }

  async adminTokenHash(): Promise<Uint8Array | null> {
    const row = settingRow.optional().parse(this.db.prepare(`SELECT value FROM settings WHERE key = 'admin_token_hash'`).get());
    return row?.value ?? null;
  }

  async setAdminTokenHash(hash: Uint8Array): Promise<void> {
    this.db.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('admin_token_hash', ?)`).run(hash);
  }

  async demoWorkspace(): Promise<DemoWorkspace | null> {
    const row = demoRow.optional().parse(this.db.prepare('SELECT workspace_id, editor_token, viewer_token FROM demo WHERE singleton = 1').get());
    return row ? { workspaceId: row.workspace_id, editorToken: row.editor_token, viewerToken: row.viewer_token } : null;
  }

  async checkWritable(): Promise<void> {
    this.db.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('health_checked_at', ?)`).run(new Date().toISOString());
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.appends.flush();
    await this.versionWriter.close();
    this.versionsDb.close();
    this.db.close();
  }
}

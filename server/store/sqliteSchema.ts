/**
 * The SQLite schema (version 1). One file, `DATA_DIR/fremskriv.sqlite`, in WAL mode.
 *
 * Durability: `synchronous = FULL` makes every commit fsync the WAL, so an update the server
 * has accepted survives a power loss, not only a crash of the process (NORMAL in WAL mode survives
 * `kill -9` but may lose the last commits when the machine loses power). Measured on the
 * development VM: FULL 0.25 ms per single-row commit, NORMAL 0.02 ms; a 50-row commit costs
 * 0.49 ms under FULL. Because every append made in one turn of the event loop goes into one
 * commit (see appendGroup.ts), FULL costs one fsync per burst of edits. Its tail is the disk's,
 * though: on the shared VM an fsync takes 0.3–1.5 ms typically and 5–30 ms at p99 (stalls of
 * 100 ms and more) when other processes write, and the sync benchmark's p99 follows it: with FULL
 * from about 1.4× an in-memory server's when the disk is quiet to several times that when it is
 * busy, with NORMAL 1.08× in the same conditions, so the rest of the path matches the reference
 * (bench/README.md). FULL stays the default because planners must never lose an edit;
 * SQLITE_SYNCHRONOUS=normal trades power-loss durability for latency where the disk is slow.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS settings (
  key   TEXT PRIMARY KEY,
  value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS workspaces (
  id                TEXT PRIMARY KEY,
  created_at        TEXT NOT NULL,
  editor_token_hash BLOB NOT NULL,
  viewer_token_hash BLOB NOT NULL
);
-- The merged state of every update up to and including snapshot_seq.
CREATE TABLE IF NOT EXISTS snapshots (
  workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id),
  state        BLOB NOT NULL,
  snapshot_seq INTEGER NOT NULL
);
-- Updates accepted since the snapshot, in the order the server applied them.
CREATE TABLE IF NOT EXISTS updates (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  data         BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_workspace ON updates (workspace_id, seq);
-- Named versions live in a file of their own (versionFileSchema.ts); a store made before that
-- still has a versions table here until the next start moves it (moveVersionsOutOf).
-- The demo workspace's tokens in clear, so that every start can print its links. The database
-- file is created with mode 0600 for this reason. Tokens of all other workspaces exist only as
-- SHA-256 hashes.
CREATE TABLE IF NOT EXISTS demo (
  singleton    INTEGER PRIMARY KEY CHECK (singleton = 1),
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  editor_token TEXT NOT NULL,
  viewer_token TEXT NOT NULL
);
`;

/**
 * Who saved a version (`created_by`, a planner's display name) came after schema version 1 was in
 * use; a store made before it gains the nullable column in place (older versions read as unknown).
 */
function addVersionAuthor(db: Database.Database): void {
  if (db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'versions'`).get() === undefined) return;
  const columns = z.array(z.object({ name: z.string() }).loose()).parse(db.prepare(`PRAGMA table_info(versions)`).all());
  if (!columns.some((c) => c.name === 'created_by')) db.exec(`ALTER TABLE versions ADD COLUMN created_by TEXT`);
}

export function applySchema(db: Database.Database, synchronous: 'full' | 'normal' = 'full'): void {
  db.pragma('journal_mode = WAL');
  db.pragma(synchronous === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.transaction(() => {
    db.exec(SCHEMA);
    addVersionAuthor(db);
    const row = z
      .object({ value: z.string() })
      .optional()
      .parse(db.prepare(`SELECT value FROM settings WHERE key = 'schema_version'`).get());
    if (row === undefined) {
      db.prepare(`INSERT INTO settings (key, value) VALUES ('schema_version', ?)`).run(String(SCHEMA_VERSION));
    } else if (row.value !== String(SCHEMA_VERSION)) {
      throw new Error(`the store has schema version ${row.value}; this server knows version ${SCHEMA_VERSION}`);
    }
  })();
}

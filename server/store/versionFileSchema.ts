/**
 * The named versions' own SQLite file, `DATA_DIR/fremskriv-versions.sqlite` (WAL, same
 * `synchronous` as the main file). Only the version writer's thread (versionWriterThread.ts) writes
 * it; the event loop only reads it (the list, a version's state).
 *
 * Why a file of its own rather than the `versions` table of fremskriv.sqlite: SQLite lets one
 * connection write a database at a time. Had the thread written versions into the main file, each
 * 2 MB insert and its fsync would hold the write lock, and the event loop's next append or /healthz
 * write would wait for it in better-sqlite3's busy handler, synchronously, stalling every
 * workspace as before. Two files have two write locks: the thread's writes never block the event
 * loop's, and WAL readers never wait for a writer.
 *
 * `auto_vacuum = INCREMENTAL` is set before the first table exists (it cannot be switched on later
 * without a VACUUM), so the thread gives a deleted version's pages back to the file system
 * (`PRAGMA incremental_vacuum`, then a checkpoint that truncates): the file shrinks after a delete.
 */
import type Database from 'better-sqlite3';

export const VERSIONS_FILE = 'fremskriv-versions.sqlite';

/** The WAL is cut back to this size after a checkpoint (a burst of 2 MB versions leaves no 100 MB WAL behind). */
export const JOURNAL_SIZE_LIMIT = 16 * 1024 * 1024;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS versions (
  id           TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL,
  name         TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  state        BLOB NOT NULL,
  created_by   TEXT
);
CREATE INDEX IF NOT EXISTS versions_by_workspace ON versions (workspace_id, created_at);
`;

/** Opens the versions file's schema on `db` (either side may be first to open it). */
export function applyVersionFileSchema(db: Database.Database, synchronous: 'full' | 'normal'): void {
  // Only takes effect on a file with no tables yet; on an existing file it is a no-op.
  db.pragma('auto_vacuum = INCREMENTAL');
  db.pragma('journal_mode = WAL');
  db.pragma(synchronous === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
  db.exec(SCHEMA);
}

/**
 * Moves the versions a store made before this file existed (the `versions` table of the main
 * file) into it, then drops that table. Two commits, in that order, each idempotent: a crash
 * between them copies again on the next start (`INSERT OR IGNORE`), never loses or doubles a
 * version. Rowid order is kept, so the list's order (newest first, ties by insertion) holds.
 */
export function moveVersionsOutOf(main: Database.Database, versionsPath: string): number {
  const hasTable = main.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'versions'`).get() !== undefined;
  if (!hasTable) return 0;
  main.prepare('ATTACH DATABASE ? AS version_file').run(versionsPath);
  try {
    const moved = main
      .prepare(
        `INSERT OR IGNORE INTO version_file.versions (id, workspace_id, name, created_at, state, created_by)
         SELECT id, workspace_id, name, created_at, state, created_by FROM main.versions ORDER BY rowid`,
      )
      .run().changes;
    main.exec('DROP TABLE main.versions');
    return moved;
  } finally {
    main.exec('DETACH DATABASE version_file');
  }
}

/**
 * The version writer's thread: every write to the versions file, and the main file's checkpoints,
 * away from the event loop that syncs every workspace (server/store/VersionWriter.ts starts it).
 *
 * - save: encodes the workspace from what the main file holds (its snapshot and log, read in one
 *   read transaction, applied to a fresh Y.Doc) unless the event loop already had the encoding,
 *   then checks the bound and inserts in one transaction, fsynced before the reply. Before, the
 *   encoding (0.1–0.7 s) and the write (0.03–0.4 s) ran on the event loop.
 * - delete: deletes (fsynced before the reply), then gives the pages back: incremental vacuum
 *   and a truncating checkpoint, so the file shrinks.
 * - the main file's checkpoints: the main connection runs none (wal_autocheckpoint = 0), since the
 *   commit that crossed 1,000 WAL pages paid for copying them into the file and fsyncing it, on
 *   the event loop, whatever that commit was (an append, /healthz's write); this thread runs a
 *   passive checkpoint every CHECKPOINT_EVERY_MS instead, as SQLite's documentation suggests for
 *   an application that checkpoints from a thread of its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { z } from 'zod';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { upgradedVersionState } from '../../models/templates/workbookUpgrade.js';
import type { VersionInfo } from './WorkspaceStore.js';
import { applyVersionFileSchema } from './versionFileSchema.js';

export type VersionWriterRequest =
  | { id: number; kind: 'save'; workspaceId: string; version: VersionInfo; maxTotalBytes: number; state: Uint8Array | null }
  | { id: number; kind: 'delete'; workspaceId: string; versionId: string }
  | { id: number; kind: 'restore'; workspaceId: string; fromVersionId: string; toVersionId: string; origin: string }
  | { id: number; kind: 'close' };

export interface VersionWriterAnswers {
  save: { saved: boolean; usedBytes: number; bytes: number };
  delete: VersionInfo | null;
  restore: Uint8Array | null;
  close: null;
}

export type VersionWriterReply = { id: number; ok: true; answer: unknown } | { id: number; ok: false; failed: string; refused?: string };

export const versionWriterSetup = z.object({ mainFile: z.string(), versionsFile: z.string(), synchronous: z.enum(['full', 'normal']) });

const CHECKPOINT_EVERY_MS = 1_000;

const blob = z.instanceof(Uint8Array);
const snapshotRow = z.object({ state: blob, snapshot_seq: z.number().int() });
const dataRow = z.object({ data: blob });
const lastSeqRow = z.object({ last: z.number().int() });
const usedBytesRow = z.object({ used: z.number() });
const stateRow = z.object({ state: blob });
const deletedRow = z.object({ id: z.string(), name: z.string(), created_at: z.string(), created_by: z.string().nullable() });

if (!parentPort) throw new Error('versionWriterThread runs in a worker thread');
const port = parentPort;
const setup = versionWriterSetup.parse(workerData);

const main = new Database(setup.mainFile);
main.pragma('busy_timeout = 5000');
const versions = new Database(setup.versionsFile);
applyVersionFileSchema(versions, setup.synchronous);

/**
 * The last state encoded, by workspace and what the store held (snapshot and last logged update):
 * a burst of saves of an unchanged workspace builds it once. One entry, so at most one workspace's
 * state (MAX_WORKSPACE_BYTES) is held.
 */
let lastEncoded: { key: string; state: Uint8Array } | null = null;

/** The workspace's state as the main file holds it: everything the event loop made durable before asking. */
const storedState = main.transaction((workspaceId: string): Uint8Array => {
  const snapshot = snapshotRow.optional().parse(main.prepare('SELECT state, snapshot_seq FROM snapshots WHERE workspace_id = ?').get(workspaceId));
  if (!snapshot) throw new Error(`no stored workspace ${workspaceId}`);
  const last = lastSeqRow.parse(main.prepare('SELECT COALESCE(MAX(seq), 0) AS last FROM updates WHERE workspace_id = ?').get(workspaceId)).last;
  const key = `${workspaceId} ${snapshot.snapshot_seq} ${last}`;
  if (lastEncoded?.key === key) return lastEncoded.state;
  const log = z.array(dataRow).parse(main.prepare('SELECT data FROM updates WHERE workspace_id = ? AND seq > ? ORDER BY seq').all(workspaceId, snapshot.snapshot_seq));
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, snapshot.state);
    for (const row of log) Y.applyUpdate(doc, row.data);
    const state = Y.encodeStateAsUpdate(doc);
    lastEncoded = { key, state };
    return state;
  } finally {
    doc.destroy();
  }
});

const keep = versions.transaction((workspaceId: string, version: VersionInfo, state: Uint8Array, maxTotalBytes: number): VersionWriterAnswers['save'] => {
  // length() of a blob reads its size from the record header, not its pages.
  const usedBytes = usedBytesRow.parse(versions.prepare('SELECT COALESCE(SUM(length(state)), 0) AS used FROM versions WHERE workspace_id = ?').get(workspaceId)).used;
  if (usedBytes + state.byteLength > maxTotalBytes) return { saved: false, usedBytes, bytes: state.byteLength };
  versions
    .prepare('INSERT INTO versions (id, workspace_id, name, created_at, state, created_by) VALUES (?, ?, ?, ?, ?, ?)')
    .run(version.id, workspaceId, version.name, version.createdAt, state, version.createdBy ?? null);
  return { saved: true, usedBytes, bytes: state.byteLength };
});

function remove(workspaceId: string, versionId: string): VersionInfo | null {
  const row = deletedRow
    .optional()
    .parse(versions.prepare('DELETE FROM versions WHERE workspace_id = ? AND id = ? RETURNING id, name, created_at, created_by').get(workspaceId, versionId));
  if (!row) return null;
  return row.created_by === null ? { id: row.id, name: row.name, createdAt: row.created_at } : { id: row.id, name: row.name, createdAt: row.created_at, createdBy: row.created_by };
}

function versionState(workspaceId: string, versionId: string): Uint8Array | null {
  return stateRow.optional().parse(versions.prepare('SELECT state FROM versions WHERE workspace_id = ? AND id = ?').get(workspaceId, versionId))?.state ?? null;
}

/**
 * The update that turns the workspace as version `from` holds it into version `to`: the
 * `restoreVersion` operation applied to a copy built from `from` (the automatic version the
 * restore just kept), so the event loop neither decodes the version nor diffs the workbooks; it
 * applies this update, as it does an import's. null when either version is gone.
 * Throws WorkbookOperationError for a version that is no workbook.
 */
function restoreUpdate(workspaceId: string, fromVersionId: string, toVersionId: string, origin: string): Uint8Array | null {
  const from = versionState(workspaceId, fromVersionId);
  const to = versionState(workspaceId, toVersionId);
  if (!from || !to) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, from);
    const before = Y.encodeStateVector(doc);
    // A version an earlier build stored is restored brought up to date, as the workspace is when
    // loaded (workbookUpgrade.ts): its formulas keep their values, and the template's typed
    // newest actual month does not come back.
    applyOperation(doc, { type: 'restoreVersion', state: upgradedVersionState(to) }, origin);
    return Y.encodeStateAsUpdate(doc, before);
  } finally {
    doc.destroy();
  }
}

/** Gives freed pages back to the file system: they move to the WAL, and the truncating checkpoint cuts the file. */
function reclaim(): void {
  versions.pragma('incremental_vacuum');
  versions.pragma('wal_checkpoint(TRUNCATE)');
}

function handle(request: VersionWriterRequest): unknown {
  switch (request.kind) {
    case 'save':
      return keep(request.workspaceId, request.version, request.state ?? storedState(request.workspaceId), request.maxTotalBytes);
    case 'delete':
      return remove(request.workspaceId, request.versionId);
    case 'restore':
      return restoreUpdate(request.workspaceId, request.fromVersionId, request.toVersionId, request.origin);
    case 'close':
      clearInterval(checkpoints);
      main.close();
      versions.close();
      return null;
  }
}

const checkpoints = setInterval(() => {
  try {
    main.pragma('wal_checkpoint(PASSIVE)');
    versions.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // A busy or failing checkpoint is retried at the next tick; the WAL only grows meanwhile.
  }
}, CHECKPOINT_EVERY_MS);

port.on('message', (request: VersionWriterRequest) => {
  let reply: VersionWriterReply;
  try {
    reply = { id: request.id, ok: true, answer: handle(request) };
  } catch (error) {
    const failed = error instanceof Error ? (error.stack ?? error.message) : String(error);
    reply = error instanceof WorkbookOperationError ? { id: request.id, ok: false, failed, refused: error.message } : { id: request.id, ok: false, failed };
  }
  port.postMessage(reply);
  // After the reply: the delete is durable, the space comes back without holding the 204.
  if (request.kind === 'delete' && reply.ok && reply.answer !== null) {
    try {
      reclaim();
    } catch {
      // The pages stay free inside the file; the next delete reclaims them.
    }
  }
});
port.postMessage({ ready: true });

/**
 * Keeping the live workspace's state as a named version, within the bound on the space its
 * versions take (server/store/versionSpace.ts). Saving a version, the automatic version before a
 * restore and the one before an import that replaces the workspace all keep it here, before they
 * change anything: a refusal (413, or 429 past the rate in versionSaveRate.ts) leaves the
 * workspace and its versions as they were.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { newId } from '../auth/tokens.js';
import type { VersionInfo } from '../store/WorkspaceStore.js';
import { versionSpaceProblem } from '../store/versionSpace.js';
import type { LoadedWorkspace } from '../sync/LoadedWorkspace.js';
import { encodedState } from '../work/encodedState.js';
import type { ApiContext } from './apiContext.js';
import { HttpError } from './responses.js';

/**
 * Version writes, one at a time, each in its own event-loop turn. A version is up to
 * MAX_WORKSPACE_BYTES written synchronously (better-sqlite3, fsynced); a burst of saves handled in
 * one turn held every other workspace's sync and /healthz for all of them together.
 */
let writes: Promise<unknown> = Promise.resolve();

function inTurn<T>(write: () => Promise<T>): Promise<T> {
  const result = writes.then(async () => {
    await nextTurn();
    return write();
  });
  writes = result.catch(() => undefined);
  return result;
}

/** Stores `workspace` as it stands (everything before it stored) as a version named `name`; 413 past the bound, 429 past the rate. */
export async function keepVersion(context: ApiContext, workspaceId: string, workspace: LoadedWorkspace, name: string, by: string | undefined): Promise<VersionInfo> {
  // The encoding is shared with the computations and kept until the next change, so saving an
  // unchanged workspace again does not encode it again on the event loop.
  const { info, state, saved, usedBytes } = await inTurn(async () => {
    // Checked in the writes' order, so that a burst is refused before it encodes or writes anything.
    const waitSeconds = context.versionSaves.secondsUntilNext(workspaceId);
    if (waitSeconds > 0) {
      throw new HttpError(429, `the workspace kept too many versions in the last minute; try again in ${waitSeconds} s`, { 'Retry-After': String(waitSeconds) });
    }
    const state = await workspace.readDurably((doc) => encodedState(doc));
    const info: VersionInfo = { id: newId(), name, createdAt: new Date().toISOString(), ...(by ? { createdBy: by } : {}) };
    const stored = await context.store.saveVersion(workspaceId, info, state, context.maxVersionBytes);
    if (stored.saved) context.versionSaves.record(workspaceId);
    return { info, state, ...stored };
  });
  if (!saved) throw new HttpError(413, versionSpaceProblem(usedBytes, state.byteLength, context.maxVersionBytes) ?? 'the workspace keeps too many versions');
  return info;
}

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
import { keptEncodedState } from '../work/encodedState.js';
import type { ApiContext } from './apiContext.js';
import { HttpError } from './responses.js';

/**
 * Version saves, one at a time, so that the rate is checked in the order the saves are kept. The
 * encoding and the write run in the store's version writer thread (server/store/VersionWriter.ts),
 * not on the event loop.
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

/**
 * Stores the workspace as it stands (everything before it stored) as a version named `name`; 413
 * past the bound, 429 past the rate. `workspace`: the live workspace, or null for one nobody has
 * in memory (WorkspaceRegistry.inMemory), which is all in the store already.
 */
export async function keepVersion(context: ApiContext, workspaceId: string, workspace: LoadedWorkspace | null, name: string, by: string | undefined): Promise<VersionInfo> {
  const { saved, usedBytes, bytes, info } = await inTurn(async () => {
    // Checked in the writes' order, so that a burst is refused before it encodes or writes anything.
    const waitSeconds = context.versionSaves.secondsUntilNext(workspaceId);
    if (waitSeconds > 0) {
      throw new HttpError(429, `the workspace kept too many versions in the last minute; try again in ${waitSeconds} s`, { 'Retry-After': String(waitSeconds) });
    }
    // Everything applied so far is stored first: the writer encodes the workspace from the store,
    // off the event loop, unless a computation already encoded this state (then it is handed over).
    const state = workspace ? await workspace.readDurably((doc) => keptEncodedState(doc)) : null;
    const info: VersionInfo = { id: newId(), name, createdAt: new Date().toISOString(), ...(by ? { createdBy: by } : {}) };
    const stored = await context.store.saveVersion(workspaceId, info, context.maxVersionBytes, state);
    if (stored.saved) context.versionSaves.record(workspaceId);
    return { info, ...stored };
  });
  if (!saved) throw new HttpError(413, versionSpaceProblem(usedBytes, bytes, context.maxVersionBytes) ?? 'the workspace keeps too many versions');
  return info;
}

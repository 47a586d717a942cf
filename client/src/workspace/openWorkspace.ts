/**
 * Everything an open workspace needs from the network and this browser, started at once and in
 * parallel by the entry (main.tsx) while React and the grid's chunks still load: the websocket and
 * this browser's offline copy, the access role, the values this browser last computed, the
 * server's last computed values, and the engine worker. `destroy()` undoes all of it.
 */
import type { WorkspaceRole } from '../../../models/access/workspaceRole.js';
import { AccessDeniedError, fetchWorkspaceRole } from '../session/workspaceRole.js';
import { syncUrl, WorkspaceConnection } from '../session/WorkspaceConnection.js';
import { EngineWorker } from '../engines/EngineWorker.js';
import { loadStoredValues, type StoredScenarioValues } from '../engines/storedValues.js';
import { fetchServerValues, readServerValues, type ServerValues } from '../engines/serverValues.js';
import type { EarlyStart } from '../session/earlyStart.js';

export interface OpenedWorkspace {
  readonly workspaceId: string;
  readonly connection: WorkspaceConnection;
  readonly role: Promise<WorkspaceRole | 'denied'>;
  readonly storedValues: Promise<StoredScenarioValues | null>;
  /** The server's last computed values of the first scenario (null: none, refused or offline). */
  readonly serverValues: Promise<ServerValues | null>;
  /**
   * Stops the request for the server's values, once the engine worker has computed its own: on a
   * costly workbook the server would otherwise compute them to its time limit for nobody.
   */
  stopServerValues(): void;
  readonly engineWorker: EngineWorker;
  destroy(): void;
}

/**
 * `engineWorker`: one the entry started already (a new one otherwise); `early`: the requests and
 * the websocket the entry started (session/earlyStart.ts), taken over here.
 */
export function openWorkspace(workspaceId: string, token: string, engineWorker: EngineWorker = new EngineWorker(), early?: EarlyStart): OpenedWorkspace {
  const connection = new WorkspaceConnection(workspaceId, token, syncUrl(window.location), early?.socket);
  const valuesRequest = early ? null : new AbortController();
  const role = fetchWorkspaceRole(workspaceId, token, sessionStorage, early?.access).catch((error: unknown): WorkspaceRole | 'denied' => (error instanceof AccessDeniedError ? 'denied' : 'viewer'));
  return {
    workspaceId,
    connection,
    role,
    storedValues: loadStoredValues(workspaceId),
    serverValues: early ? readServerValues(early.values) : fetchServerValues(workspaceId, token, valuesRequest?.signal),
    stopServerValues: () => (early ? early.stopValues() : valuesRequest?.abort()),
    engineWorker,
    destroy() {
      connection.destroy();
      engineWorker.terminate();
    },
  };
}

/**
 * The opened workspace the first time (the one the entry started), a fresh one after that: React
 * may mount the page twice (StrictMode in development), and each mount destroys what it opened.
 */
export function workspaceOpener(workspaceId: string, token: string, first: OpenedWorkspace | null): () => OpenedWorkspace {
  let early = first;
  return () => {
    const opened = early ?? openWorkspace(workspaceId, token);
    early = null;
    return opened;
  };
}

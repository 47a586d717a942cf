/**
 * SIGTERM and SIGINT: stop accepting, close every sync connection (1001), write what is pending
 * and compact each loaded workspace, close the database, exit 0. A shutdown that hangs is cut off
 * after SHUTDOWN_DEADLINE_MS with exit code 1.
 */
import type { Server } from 'node:http';
import { serverErrorText, logEvent } from './log/log.js';
import type { WorkspaceStore } from './store/WorkspaceStore.js';
import type { SyncEndpoint } from './sync/syncEndpoint.js';
import type { WorkspaceRegistry } from './sync/WorkspaceRegistry.js';
import type { WorkPool } from './work/WorkPool.js';

const SHUTDOWN_DEADLINE_MS = 10_000;

export interface ShutdownParts {
  server: Server;
  sync: SyncEndpoint;
  registry: WorkspaceRegistry;
  store: WorkspaceStore;
  pool: WorkPool;
}

export function installShutdown(parts: ShutdownParts): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logEvent('server.stopping', { signal });
    setTimeout(() => {
      logEvent('server.stop.timeout', { ms: SHUTDOWN_DEADLINE_MS }, 'err');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    void shutdown(parts).then(
      () => {
        logEvent('server.stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logEvent('server.stop.failed', { error: serverErrorText(error) }, 'err');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function shutdown({ server, sync, registry, store, pool }: ShutdownParts): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  sync.closeAll();
  await pool.close();
  server.closeIdleConnections();
  await registry.unloadAll();
  await store.close();
  // In-flight HTTP requests have had the unload to finish; do not wait for keep-alive clients.
  server.closeAllConnections();
  await closed;
}

/**
 * The real store, registry, scheduler and HTTP routes in this process, with the worker threads'
 * jobs run here too so that a test can count the computations (the real pool uses threads). For
 * tests of what the scheduler's cache answers; the spawned server (test/harness) for the rest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BodiesInFlight } from '../../../server/http/bodiesInFlight.js';
import { ConnectionsPerAddress } from '../../../server/http/connectionsPerAddress.js';
import { createHttpServer } from '../../../server/http/httpServer.js';
import { DEFAULT_VERSION_SAVES_PER_MINUTE, VersionSaveRate } from '../../../server/http/versionSaveRate.js';
import { SqliteWorkspaceStore } from '../../../server/store/SqliteWorkspaceStore.js';
import { DEFAULT_MAX_VERSION_BYTES } from '../../../server/store/versionSpace.js';
import { DEFAULT_MAX_WORKSPACE_BYTES } from '../../../server/store/workspaceSize.js';
import type { SyncEndpoint } from '../../../server/sync/syncEndpoint.js';
import { WorkspaceRegistry } from '../../../server/sync/WorkspaceRegistry.js';
import { runWorkJob, type WorkAnswers, type WorkJob } from '../../../server/work/workJobs.js';
import { WorkScheduler } from '../../../server/work/WorkScheduler.js';

export interface InProcessServer {
  store: SqliteWorkspaceStore;
  registry: WorkspaceRegistry;
  baseUrl: string;
  /** The kind of every job computed (not answered from the cache), in order. */
  computed: WorkJob['kind'][];
  /** Holds every job the scheduler starts until the returned function is called. */
  hold(): () => void;
  /** Jobs the scheduler has started that wait for a hold's release. */
  held(): number;
  /** The HTTP server's open connections. */
  connections(): Promise<number>;
  stop(): Promise<void>;
}

export async function startInProcessServer(name: string): Promise<InProcessServer> {
  const computed: WorkJob['kind'][] = [];
  let holding: Promise<void> | null = null;
  let held = 0;
  const pool = {
    async run<K extends WorkJob['kind']>(job: Extract<WorkJob, { kind: K }>): Promise<WorkAnswers[K]> {
      if (holding) {
        held++;
        await holding;
        held--;
      }
      computed.push(job.kind);
      return runWorkJob(job) as Promise<WorkAnswers[K]>;
    },
  };
  const dataDir = mkdtempSync(join(tmpdir(), `fremskriv-${name}-`));
  const store = new SqliteWorkspaceStore(dataDir);
  const registry = new WorkspaceRegistry(store, { idleUnloadMs: 60_000, compactAfterUpdates: 1_000, maxWorkspaceBytes: DEFAULT_MAX_WORKSPACE_BYTES });
  const work = new WorkScheduler(pool, { perToken: 4, perWorkspace: 4, cacheBytes: 16 * 1024 * 1024 });
  const sync = { handles: () => false, upgrade: async () => undefined } as unknown as SyncEndpoint;
  let baseUrl = '';
  const server: Server = createHttpServer({
    api: { store, registry, baseUrl: () => baseUrl, adminToken: undefined, maxBodyBytes: 1_000_000, bodies: new BodiesInFlight(2_000_000), maxVersionBytes: DEFAULT_MAX_VERSION_BYTES, versionSaves: new VersionSaveRate(DEFAULT_VERSION_SAVES_PER_MINUTE), work },
    sync,
    addresses: new ConnectionsPerAddress({ maxOpen: 600, newSyncPerMinute: 300, trustProxy: false }),
    clientDistDir: dataDir,
    serveSourceMaps: false,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    store,
    registry,
    baseUrl,
    computed,
    hold() {
      let release = (): void => undefined;
      holding = new Promise((resolve) => (release = resolve));
      return () => {
        holding = null;
        release();
      };
    },
    held: () => held,
    connections: () => new Promise((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count)))),
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await registry.unloadAll();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `npm start`: one port for the built client, the sync endpoint and the REST API.
 * Environment variables and output lines are documented in server/README.md.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readServerConfig, ServerConfigError, type ServerConfig } from './config/serverConfig.js';
import { clientDistDir, ensureClientBuild } from './http/clientBuild.js';
import { BodiesInFlight } from './http/bodiesInFlight.js';
import { ConnectionsPerAddress } from './http/connectionsPerAddress.js';
import { createHttpServer } from './http/httpServer.js';
import { JobindsatsFetches } from './http/jobindsatsFetches.js';
import { VersionSaveRate } from './http/versionSaveRate.js';
import { serverErrorText, keepOutOfLog, logEvent } from './log/log.js';
import { DataDirInUseError, lockDataDir } from './store/dataDirLock.js';
import { SqliteWorkspaceStore } from './store/SqliteWorkspaceStore.js';
import { SyncEndpoint } from './sync/syncEndpoint.js';
import { WorkspaceRegistry } from './sync/WorkspaceRegistry.js';
import { workspaceLink } from './workspaces/createWorkspace.js';
import { ensureAdminToken, ensureDemoWorkspace } from './workspaces/firstStart.js';
import { installShutdown } from './shutdown.js';
import { WorkPool } from './work/WorkPool.js';
import { WorkScheduler } from './work/WorkScheduler.js';

function readConfig(): ServerConfig {
  try {
    return readServerConfig(process.env, resolve(dirname(fileURLToPath(import.meta.url)), '..'));
  } catch (error) {
    if (!(error instanceof ServerConfigError)) throw error;
    process.stderr.write(`fremskriv: bad environment: ${error.message}\n`);
    process.exit(2);
  }
}

function lockDataDirOrExit(dataDir: string): void {
  try {
    lockDataDir(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    process.stderr.write(`fremskriv: ${error.message}\n`);
    process.exit(3);
  }
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

async function main(): Promise<void> {
  const config = readConfig();
  // An admin token the operator chose need not be token-shaped; pasted into a path it was logged.
  if (config.adminToken !== undefined) keepOutOfLog(config.adminToken, '[admin-token]');
  if (config.jobindsats !== undefined) keepOutOfLog(config.jobindsats.key, '[jobindsats-key]');
  lockDataDirOrExit(config.dataDir);
  const store = new SqliteWorkspaceStore(config.dataDir, config.sqliteSynchronous);
  const generatedAdminToken = await ensureAdminToken(store, config.adminToken);
  const { demo, created: demoCreated } = await ensureDemoWorkspace(store);
  if (config.clientDistDir === undefined) await ensureClientBuild(config.repoRoot, config.clientBuild);

  const registry = new WorkspaceRegistry(store, { idleUnloadMs: config.idleUnloadMs, compactAfterUpdates: config.compactAfterUpdates, maxWorkspaceBytes: config.maxWorkspaceBytes });
  const { perToken, perWorkspace, cacheBytes, ...poolOptions } = config.work;
  const pool = new WorkPool(poolOptions);
  const work = new WorkScheduler(pool, { perToken, perWorkspace, cacheBytes });
  const addresses = new ConnectionsPerAddress(config.perAddress);
  const sync = new SyncEndpoint({
    addresses,
    store,
    registry,
    maxMessageBytes: config.maxMessageBytes,
    limits: { update: config.updateLimits, maxAwarenessStateBytes: config.maxAwarenessStateBytes },
    maxConnectionsPerToken: config.maxConnectionsPerToken,
    maxWorkspaceBytes: config.maxWorkspaceBytes,
  });
  let baseUrl = config.publicUrl ?? '';
  const server = createHttpServer({
    api: { store, registry, baseUrl: () => baseUrl, adminToken: config.adminToken, maxBodyBytes: config.maxBodyBytes, bodies: new BodiesInFlight(2 * config.maxBodyBytes), maxVersionBytes: config.maxVersionBytes, versionSaves: new VersionSaveRate(config.versionSavesPerMinute), work, ...(config.jobindsats ? { jobindsats: new JobindsatsFetches(config.jobindsats, config.jobindsatsFetchesPerMinute) } : {}) },
    sync,
    addresses,
    clientDistDir: config.clientDistDir ?? clientDistDir(config.repoRoot),
    serveSourceMaps: config.serveSourceMaps,
  });
  installShutdown({ server, sync, registry, store, pool });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(config.port, config.host, () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const listening = `http://${urlHost(config.host)}:${port}`;
  baseUrl = config.publicUrl ?? listening;

  if (generatedAdminToken) {
    console.log(`Admin token (shown once; set ADMIN_TOKEN or keep this): ${generatedAdminToken}`);
  }
  console.log(`Demo workspace${demoCreated ? ' created' : ''} (Beskæftigelsesplan 2023). Open as editor:`);
  console.log(workspaceLink(baseUrl, demo.workspaceId, demo.editorToken));
  console.log('Read-only link (viewer):');
  console.log(workspaceLink(baseUrl, demo.workspaceId, demo.viewerToken));
  // The line test harnesses wait for; keep its wording.
  console.log(`Fremskriv listening on ${listening}`);
}

main().catch((error: unknown) => {
  logEvent('server.failed', { error: serverErrorText(error) }, 'err');
  process.exit(1);
});

/**
 * The server's settings, read once from the environment and checked with zod. A bad value stops
 * the server at start with one line saying which variable and why (see server/README.md).
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_JOBINDSATS_TIMEOUT_MS, type JobindsatsApi } from '../actuals/jobindsatsApi.js';
import { DEFAULT_JOBINDSATS_FETCHES_PER_MINUTE } from '../http/jobindsatsFetches.js';
import { DEFAULT_VERSION_SAVES_PER_MINUTE } from '../http/versionSaveRate.js';
import { DEFAULT_MAX_VERSION_BYTES } from '../store/versionSpace.js';
import { DEFAULT_MAX_WORKSPACE_BYTES } from '../store/workspaceSize.js';
import { DEFAULT_COSTLY_MS } from '../work/WorkPool.js';
import type { AddressLimits } from '../http/connectionsPerAddress.js';
import type { UpdateLimits } from '../sync/updateRefusal.js';

const MIB = 1024 * 1024;
/**
 * Open sync connections per link: ten planners with two tabs each. Each connection shows at most
 * one presence, and a browser lists the first 50 colleagues, so a workspace's two links together
 * (editor and viewer) can never crowd a real colleague out of that list.
 */
export const DEFAULT_MAX_CONNECTIONS_PER_TOKEN = 20;

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === '') return fallback;
      const value = Number(text);
      if (!Number.isInteger(value) || value < min || value > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return value;
    });

const envSchema = z.object({
  PORT: integer(8080, 0, 65_535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  ADMIN_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .max(512)
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
  PUBLIC_URL: z.url().optional(),
  MAX_MESSAGE_BYTES: integer(16 * MIB, 1024, 1024 * MIB),
  MAX_BODY_BYTES: integer(16 * MIB, 1024, 1024 * MIB),
  IDLE_UNLOAD_MS: integer(30_000, 10, 24 * 3600_000),
  COMPACT_AFTER_UPDATES: integer(500, 1, 10_000_000),
  CLIENT_BUILD: z.enum(['auto', 'skip']).default('auto'),
  SQLITE_SYNCHRONOUS: z.enum(['full', 'normal'], 'must be "full" or "normal"').default('full'),
  CLIENT_DIST_DIR: z.string().min(1).optional(),
  WORK_THREADS: integer(2, 1, 64),
  WORK_MEMORY_MB: integer(1024, 32, 64 * 1024),
  WORK_TIMEOUT_MS: integer(180_000, 100, 3600_000),
  WORK_COSTLY_MS: integer(DEFAULT_COSTLY_MS, 100, 3600_000),
  WORK_QUEUE_LIMIT: integer(64, 1, 100_000),
  WORK_PER_TOKEN: integer(2, 1, 1000),
  WORK_PER_WORKSPACE: integer(4, 1, 1000),
  WORK_CACHE_MB: integer(64, 0, 64 * 1024),
  MAX_UPDATE_STRUCTS: integer(200_000, 1, 100_000_000),
  MAX_UPDATE_CLIENTS: integer(1_000, 1, 1_000_000),
  MAX_UPDATE_DELETE_RANGES: integer(100_000, 1, 100_000_000),
  MAX_WORKSPACE_BYTES: integer(DEFAULT_MAX_WORKSPACE_BYTES, 16 * 1024, 1024 * MIB),
  MAX_VERSION_BYTES: integer(DEFAULT_MAX_VERSION_BYTES, 16 * 1024, 64 * 1024 * MIB),
  VERSION_SAVES_PER_MINUTE: integer(DEFAULT_VERSION_SAVES_PER_MINUTE, 1, 100_000),
  MAX_AWARENESS_STATE_BYTES: integer(16 * 1024, 64, 16 * MIB),
  MAX_CONNECTIONS_PER_TOKEN: integer(DEFAULT_MAX_CONNECTIONS_PER_TOKEN, 1, 100_000),
  MAX_CONNECTIONS_PER_ADDRESS: integer(600, 1, 1_000_000),
  NEW_CONNECTIONS_PER_ADDRESS_PER_MINUTE: integer(300, 1, 1_000_000),
  TRUST_PROXY: z.enum(['true', 'false'], 'must be "true" or "false"').default('false'),
  SERVE_SOURCE_MAPS: z.enum(['true', 'false'], 'must be "true" or "false"').default('false'),
  JOBINDSATS_API_KEY: z.string().max(1000).regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces').optional(),
  JOBINDSATS_URL: z.url().default('https://api.jobindsats.dk'),
  JOBINDSATS_TIMEOUT_MS: integer(DEFAULT_JOBINDSATS_TIMEOUT_MS, 100, 600_000),
  JOBINDSATS_FETCHES_PER_MINUTE: integer(DEFAULT_JOBINDSATS_FETCHES_PER_MINUTE, 1, 10_000),
});

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute. */
  dataDir: string;
  adminToken: string | undefined;
  /** Base of the links the server prints and returns; by default http://HOST:PORT. */
  publicUrl: string | undefined;
  maxMessageBytes: number;
  maxBodyBytes: number;
  idleUnloadMs: number;
  compactAfterUpdates: number;
  clientBuild: 'auto' | 'skip';
  /** full: an accepted edit survives a power loss; normal: it survives a crash of the process. */
  sqliteSynchronous: 'full' | 'normal';
  /** Serve a client built elsewhere (never built here); default <repo>/client/dist, built when stale. */
  clientDistDir: string | undefined;
  /** The repository root: client/, models/ and vite.config.ts live under it. */
  repoRoot: string;
  /** Heavy work (evaluation, exports, imports) in worker threads: server/work/. */
  work: {
    threads: number;
    memoryMb: number;
    timeoutMs: number;
    /** A job running longer marks its workspace costly (server/work/costlyWorkspaces.ts). */
    costlyMs: number;
    queueLimit: number;
    perToken: number;
    perWorkspace: number;
    cacheBytes: number;
  };
  /** Bounds on one peer's update (server/sync/updateReader.ts). */
  updateLimits: UpdateLimits;
  /** A workspace's stored size (server/store/workspaceSize.ts), checked wherever it grows. */
  maxWorkspaceBytes: number;
  /** The space one workspace's named versions may take (server/store/versionSpace.ts). */
  maxVersionBytes: number;
  /** How many versions one workspace may keep per minute (server/http/versionSaveRate.ts). */
  versionSavesPerMinute: number;
  /** The largest awareness (presence) state one client may set, in bytes of JSON. */
  maxAwarenessStateBytes: number;
  /** Open sync connections one token (one link to one workspace) may hold at once; more: close 4429. */
  maxConnectionsPerToken: number;
  /** Connections per network address (server/http/connectionsPerAddress.ts). */
  perAddress: AddressLimits;
  /** Serve the client's .map files (off by default: they show the source to anyone). */
  serveSourceMaps: boolean;
  /** Where the server fetches Jobindsats tables, when it has a key; never logged. */
  jobindsats: JobindsatsApi | undefined;
  /** Fetches from Jobindsats one workspace may make in any minute (http/jobindsatsFetches.ts). */
  jobindsatsFetchesPerMinute: number;
}

export class ServerConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerConfigError';
  }
}

/** Reads the settings; throws ServerConfigError naming the bad variable. Empty strings count as unset. */
export function readServerConfig(env: NodeJS.ProcessEnv, repoRoot: string): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ServerConfigError(`${issue.path.join('.')}: ${issue.message}`);
  }
  const e = result.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    adminToken: e.ADMIN_TOKEN,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxBodyBytes: e.MAX_BODY_BYTES,
    idleUnloadMs: e.IDLE_UNLOAD_MS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    clientBuild: e.CLIENT_BUILD,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    clientDistDir: e.CLIENT_DIST_DIR === undefined ? undefined : resolve(e.CLIENT_DIST_DIR),
    repoRoot,
    work: {
      threads: e.WORK_THREADS,
      memoryMb: e.WORK_MEMORY_MB,
      timeoutMs: e.WORK_TIMEOUT_MS,
      costlyMs: e.WORK_COSTLY_MS,
      queueLimit: e.WORK_QUEUE_LIMIT,
      perToken: e.WORK_PER_TOKEN,
      perWorkspace: e.WORK_PER_WORKSPACE,
      cacheBytes: e.WORK_CACHE_MB * MIB,
    },
    updateLimits: { maxStructs: e.MAX_UPDATE_STRUCTS, maxClients: e.MAX_UPDATE_CLIENTS, maxDeleteRanges: e.MAX_UPDATE_DELETE_RANGES },
    maxWorkspaceBytes: e.MAX_WORKSPACE_BYTES,
    maxVersionBytes: e.MAX_VERSION_BYTES,
    versionSavesPerMinute: e.VERSION_SAVES_PER_MINUTE,
    maxAwarenessStateBytes: e.MAX_AWARENESS_STATE_BYTES,
    maxConnectionsPerToken: e.MAX_CONNECTIONS_PER_TOKEN,
    perAddress: { maxOpen: e.MAX_CONNECTIONS_PER_ADDRESS, newSyncPerMinute: e.NEW_CONNECTIONS_PER_ADDRESS_PER_MINUTE, trustProxy: e.TRUST_PROXY === 'true' },
    serveSourceMaps: e.SERVE_SOURCE_MAPS === 'true',
    jobindsats: e.JOBINDSATS_API_KEY === undefined ? undefined : { url: e.JOBINDSATS_URL, key: e.JOBINDSATS_API_KEY, timeoutMs: e.JOBINDSATS_TIMEOUT_MS },
    jobindsatsFetchesPerMinute: e.JOBINDSATS_FETCHES_PER_MINUTE,
  };
}

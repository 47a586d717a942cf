/**
 * How many versions one workspace may keep per minute (VERSION_SAVES_PER_MINUTE, 6 by default).
 * Each version is the workspace's whole state, encoded and fsynced (by the version writer thread,
 * server/store/VersionWriter.ts; before, on the event loop, where a burst of 20 saves of a 1.8 MB
 * workspace held every colleague's sync and /healthz for seconds). The thread keeps the event loop
 * free, but a burst still writes 2 MB a save and competes for the disk and the machine's cores. A
 * planner saves a version, restores one or replaces the workspace now and then; past the rate the
 * server answers 429 with Retry-After and keeps nothing. Every way a version is kept counts, as
 * for MAX_VERSION_BYTES (server/store/versionSpace.ts).
 */
import { PerMinuteRate } from './perMinuteRate.js';

export const DEFAULT_VERSION_SAVES_PER_MINUTE = 6;

/** Versions kept per workspace in any minute (keyed by the workspace's id). */
export class VersionSaveRate extends PerMinuteRate {}

/**
 * sync: 50 clients on one workspace, one writer at 50 edits/s, the latency from the edit to each
 * of the 49 others having applied it. Ours (durable write, then broadcast) beside the reference
 * `@y/websocket-server@0.1.1` (in memory), in alternating rounds on fresh server processes, all
 * on 127.0.0.1. The reference room is seeded by the writer with the same template, so both
 * servers hold the same document.
 */
import { join } from 'node:path';
import * as Y from 'yjs';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../models/templates/templates.js';
import { workbookGrid } from '../models/workbook/WorkbookGrid.js';
import { startServer, type RunningServer } from '../test/harness/serverHarness.js';
import { MANY_ADDRESSES_ENV } from './manyAddresses.js';
import { createWorkspace, EditClock, sheetId, workspaceUrl } from './liveWorkspace.js';
import { connectProtocolClient, type ProtocolClient } from './protocolClient.js';
import { startReferenceServer } from './referenceServer.js';
import { INSPECT_NODE_OPTION, profileServer } from './serverInspector.js';
import { median, percentile, sleep, waitFor } from './stats.js';

/** A synced demo workspace holds every sheet of the template it was seeded from. */
const TEMPLATE_SHEETS = beskaeftigelsesplanTemplate().sheets.length;

export interface SyncResults {
  clients: number;
  p50Ms: number;
  p99Ms: number;
  referenceP50Ms: number;
  referenceP99Ms: number;
}

export interface SyncOptions {
  quick: boolean;
  /** Where to write a CPU profile of our server during the first round's stream (none when undefined). */
  profileDir?: string;
  log(line: string): void;
}

const CLIENTS = 50;
const EDITS_PER_SECOND = 50;

interface Target {
  /** Connects one client; `doc` (the writer's) may bring content the server does not hold yet. */
  connect(doc?: Y.Doc): Promise<ProtocolClient>;
  /** The writer seeds the room (reference only; our server seeds its workspaces itself). */
  seedsFromWriter: boolean;
  /** Our server (for profiling); undefined for the reference. */
  server?: RunningServer;
  stop(): Promise<void>;
}

async function ourTarget(inspect: boolean): Promise<Target> {
  // Fifty clients on one link: more than a link's default bound of connections (20).
  const env = { ...MANY_ADDRESSES_ENV, MAX_CONNECTIONS_PER_TOKEN: String(CLIENTS) };
  const server = await startServer({ env: inspect ? { ...env, NODE_OPTIONS: INSPECT_NODE_OPTION } : env });
  try {
    const workspace = await createWorkspace(server);
    const url = workspaceUrl(server, workspace.id, workspace.editorToken);
    return { connect: (doc) => connectProtocolClient(url, { doc }), seedsFromWriter: false, server, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function referenceTarget(): Promise<Target> {
  const server = await startReferenceServer();
  const url = `${server.url}/fremskriv-bench-${process.pid}`;
  return { connect: (doc) => connectProtocolClient(url, { doc }), seedsFromWriter: true, stop: () => server.stop() };
}

/** One round on a fresh server: connect, warm up for a second, then stream and time. */
async function round(target: Target, seconds: number, profileFile?: string): Promise<number[]> {
  const clients: ProtocolClient[] = [];
  const writerDoc = target.seedsFromWriter ? documentFromFile(beskaeftigelsesplanTemplate()) : new Y.Doc();
  try {
    const writer = await target.connect(writerDoc);
    clients.push(writer);
    await writer.synced;
    for (let i = 1; i < CLIENTS; i++) clients.push(await target.connect());
    await Promise.all(clients.map((c) => c.synced));
    await waitFor('every client holds the workbook', () => clients.every((c) => workbookGrid(c.doc).listSheets().length === TEMPLATE_SHEETS), 30_000);
    const receivers = clients.slice(1);
    const clock = new EditClock();
    for (const receiver of receivers) receiver.onRemoteUpdate = (update, at) => void clock.received(update, at);
    const sheet = sheetId(writerDoc, 'Budget');

    const stream = async (count: number, offset: number): Promise<void> => {
      const started = performance.now();
      for (let i = 0; i < count; i++) {
        const due = started + (i * 1000) / EDITS_PER_SECOND;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const n = offset + i;
        clock.edit(writerDoc, sheet, 120 + (n % 60), 20 + (n % 20), n + 1);
      }
    };
    clock.recording = false;
    await stream(EDITS_PER_SECOND, 0);
    await waitFor('the warm-up edits reached everyone', () => clock.missing(receivers.length) === 0, 30_000);
    clock.recording = true;
    const profile = profileFile && target.server ? await profileServer(target.server, profileFile) : null;
    await stream(seconds * EDITS_PER_SECOND, EDITS_PER_SECOND);
    await profile?.stop();
    await waitFor('every edit reached every receiver', () => clock.missing(receivers.length) === 0, 30_000);
    return clock.latencies;
  } finally {
    for (const client of clients) client.close();
    writerDoc.destroy();
    await target.stop();
  }
}

export async function runSyncBenchmark(options: SyncOptions): Promise<SyncResults> {
  const seconds = options.quick ? 4 : 10;
  const rounds = options.quick ? 1 : 3;
  const ours: Array<{ p50: number; p99: number }> = [];
  const reference: Array<{ p50: number; p99: number }> = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so that a noisy neighbour hurts both alike.
    const order = r % 2 === 0 ? (['reference', 'ours'] as const) : (['ours', 'reference'] as const);
    for (const which of order) {
      const profiling = options.profileDir !== undefined && r === 0;
      const target = which === 'ours' ? await ourTarget(profiling) : await referenceTarget();
      const samples = await round(target, seconds, profiling ? join(options.profileDir!, 'sync-server.cpuprofile') : undefined);
      const summary = { p50: median(samples), p99: percentile(samples, 99) };
      (which === 'ours' ? ours : reference).push(summary);
      options.log(`sync: round ${r + 1}/${rounds} ${which.padEnd(9)} p50 ${summary.p50.toFixed(2)} ms, p99 ${summary.p99.toFixed(2)} ms (${samples.length} deliveries)`);
    }
  }
  // Each round's p50 and p99, then the median over rounds: one noisy round does not decide.
  return {
    clients: CLIENTS,
    p50Ms: median(ours.map((s) => s.p50)),
    p99Ms: median(ours.map((s) => s.p99)),
    referenceP50Ms: median(reference.map((s) => s.p50)),
    referenceP99Ms: median(reference.map((s) => s.p99)),
  };
}

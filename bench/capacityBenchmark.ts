/**
 * capacity: 98 workspaces (every Danish municipality) × 10 editors, each editor one edit per
 * second, spread evenly over the second; the latency from an edit to each of the nine colleagues
 * receiving it, the server's RSS under load, and its heap after everyone left and the idle
 * workspaces were unloaded, against a baseline taken after one warm-up open/edit/unload cycle.
 *
 * One Y.Doc in this process plays a workspace's ten editors: each editor has its own Yjs client
 * id and its own websocket, sends only its own edits, and times what it receives on arrival
 * without applying it again (the shared document made every edit). This keeps the benchmark
 * process's own work small, so the numbers are the server's.
 */
import { join } from 'node:path';
import * as Y from 'yjs';
import { startServer, type RunningServer } from '../test/harness/serverHarness.js';
import { MANY_ADDRESSES_ENV } from './manyAddresses.js';
import { createWorkspace, EditClock, sheetId, workspaceUrl, type CreatedWorkspace } from './liveWorkspace.js';
import { cpuMeter } from './processStats.js';
import { connectProtocolClient, type ProtocolClient } from './protocolClient.js';
import { INSPECT_NODE_OPTION, profileServer, readServerHeap } from './serverInspector.js';
import { MB, percentile, median, sleep, waitFor } from './stats.js';

export interface CapacityResults {
  workspaces: number;
  editorsPerWorkspace: number;
  p99Ms: number;
  rssMb: number;
  heapAfterIdleMb: number;
  heapBaselineMb: number;
}

export interface CapacityDetails {
  p50Ms: number;
  editsPerSecond: number;
  serverCpuCores: number;
  benchCpuCores: number;
  heapColdStartMb: number;
  heapLoadedMb: number;
  unloadMs: number;
}

export interface CapacityOptions {
  quick: boolean;
  /** Where to write a CPU profile of the server during the load (none when undefined). */
  profileDir?: string;
  log(line: string): void;
}

const WORKSPACES = 98;
const EDITORS = 10;
const IDLE_UNLOAD_MS = 1_000;
/** Workspaces whose ten editors connect at the same time (each opens its editors one by one). */
const WORKSPACES_OPENED_AT_ONCE = 10;

interface Editor {
  clientId: number;
  client: ProtocolClient;
  row: number;
  edits: number;
}

interface LiveWorkspace {
  doc: Y.Doc;
  sheet: string;
  editors: Editor[];
  /** The update the last local transaction produced (captured from the doc's update event). */
  lastUpdate: Uint8Array | null;
}

function unloadedCount(server: RunningServer): number {
  return (server.output().match(/ workspace\.unloaded /g) ?? []).length;
}

/** Runs `tasks` with at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  });
  await Promise.all(workers);
}

async function openWorkspace(server: RunningServer, workspace: CreatedWorkspace, usedIds: Set<number>): Promise<LiveWorkspace> {
  const doc = new Y.Doc();
  const live: LiveWorkspace = { doc, sheet: '', editors: [], lastUpdate: null };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === null) live.lastUpdate = update;
  });
  const url = workspaceUrl(server, workspace.id, workspace.editorToken);
  for (let e = 0; e < EDITORS; e++) {
    const client = await connectProtocolClient(url, { doc, applyRemote: false, sendLocal: false });
    let clientId: number;
    do clientId = 1 + Math.floor(Math.random() * 0x7fff_fffe);
    while (usedIds.has(clientId));
    usedIds.add(clientId);
    live.editors.push({ clientId, client, row: 120 + e, edits: 0 });
  }
  await Promise.all(live.editors.map((editor) => editor.client.synced));
  live.sheet = sheetId(doc, 'Budget');
  return live;
}

function edit(live: LiveWorkspace, editor: Editor, clock: EditClock): void {
  live.doc.clientID = editor.clientId;
  live.lastUpdate = null;
  clock.edit(live.doc, live.sheet, editor.row, 20 + (editor.edits % 10), ++editor.edits);
  if (live.lastUpdate) editor.client.sendUpdate(live.lastUpdate);
}

/** Every editor edits once a second at its own phase; returns when `seconds` have passed. */
async function drive(workspaces: LiveWorkspace[], clock: EditClock, seconds: number, everySecond: () => void): Promise<void> {
  const editors = workspaces.flatMap((live) => live.editors.map((editor) => ({ live, editor })));
  // Interleave workspaces so that consecutive edits go to different workspaces.
  const order = editors.map((_, i) => editors[(i % WORKSPACES) * EDITORS + Math.floor(i / WORKSPACES)]!);
  const started = performance.now();
  const end = started + seconds * 1000;
  let pointer = 0;
  let second = 0;
  let nextReport = started + 1000;
  while (performance.now() < end) {
    const now = performance.now();
    for (;;) {
      const due = started + second * 1000 + (pointer * 1000) / order.length;
      if (due > now || due >= end) break;
      const { live, editor } = order[pointer]!;
      edit(live, editor, clock);
      pointer++;
      if (pointer === order.length) {
        pointer = 0;
        second++;
      }
    }
    if (now >= nextReport) {
      nextReport += 1000;
      everySecond();
    }
    await sleep(1);
  }
}

export async function runCapacityBenchmark(options: CapacityOptions): Promise<{ results: CapacityResults; details: CapacityDetails }> {
  const seconds = options.quick ? 8 : 30;
  const server = await startServer({ env: { ...MANY_ADDRESSES_ENV, NODE_OPTIONS: INSPECT_NODE_OPTION, IDLE_UNLOAD_MS: String(IDLE_UNLOAD_MS) } });
  const workspaces: LiveWorkspace[] = [];
  try {
    const heapColdStart = await readServerHeap(server);
    // Warm-up: one workspace opened, edited, left and unloaded, so that the baseline holds the
    // code and module state every later open needs (not a leak), and nothing else.
    const usedIds = new Set<number>();
    const warm = await openWorkspace(server, await createWorkspace(server), usedIds);
    const warmClock = new EditClock();
    for (const editor of warm.editors) for (let i = 0; i < 3; i++) edit(warm, editor, warmClock);
    await sleep(200);
    for (const editor of warm.editors) editor.client.close();
    warm.doc.destroy();
    await waitFor('the warm-up workspace unloaded', () => unloadedCount(server) >= 1, 30_000, 50);
    const baseline = await readServerHeap(server);
    options.log(`capacity: heap cold ${(heapColdStart.usedBytes / MB).toFixed(1)} MB, baseline after warm-up ${(baseline.usedBytes / MB).toFixed(1)} MB`);

    options.log(`capacity: creating ${WORKSPACES} workspaces and connecting ${WORKSPACES * EDITORS} editors`);
    const created: CreatedWorkspace[] = [];
    for (let w = 0; w < WORKSPACES; w++) created.push(await createWorkspace(server));
    await pool(created, WORKSPACES_OPENED_AT_ONCE, async (workspace) => void workspaces.push(await openWorkspace(server, workspace, usedIds)));

    const clock = new EditClock();
    for (const live of workspaces) for (const editor of live.editors) editor.client.onRemoteUpdate = (update, at) => void clock.received(update, at);
    clock.recording = false;
    await drive(workspaces, clock, 3, () => undefined);
    await waitFor('the warm-up edits were delivered', () => clock.missing(EDITORS - 1) === 0, 60_000, 20);

    options.log(`capacity: ${WORKSPACES * EDITORS} editors, 1 edit/s each, for ${seconds} s`);
    clock.recording = true;
    const sentBefore = clock.sent;
    const profile = options.profileDir ? await profileServer(server, join(options.profileDir, 'capacity-server.cpuprofile')) : null;
    const serverCpu = cpuMeter(server.pid);
    const benchCpu = cpuMeter(process.pid);
    const t0 = performance.now();
    let rss = server.rssBytes();
    await drive(workspaces, clock, seconds, () => {
      rss = Math.max(rss, server.rssBytes());
    });
    const elapsed = (performance.now() - t0) / 1000;
    const serverCores = serverCpu.stop();
    const benchCores = benchCpu.stop();
    const editsPerSecond = (clock.sent - sentBefore) / elapsed;
    await profile?.stop();
    await waitFor('every edit was delivered to the other nine editors', () => clock.missing(EDITORS - 1) === 0, 120_000, 20);
    rss = Math.max(rss, server.rssBytes());
    options.log(
      `capacity: p50 ${median(clock.latencies).toFixed(1)} ms, p99 ${percentile(clock.latencies, 99).toFixed(1)} ms, ` +
        `${editsPerSecond.toFixed(0)} edits/s, server ${serverCores.toFixed(2)} cores, bench ${benchCores.toFixed(2)} cores, RSS ${(rss / MB).toFixed(0)} MB`,
    );
    const heapLoaded = await readServerHeap(server);

    const unloadStarted = performance.now();
    const unloadedBefore = unloadedCount(server);
    for (const live of workspaces) {
      for (const editor of live.editors) editor.client.close();
      live.doc.destroy();
    }
    workspaces.length = 0;
    await waitFor('every workspace unloaded', () => unloadedCount(server) >= unloadedBefore + WORKSPACES, 120_000, 50);
    const unloadMs = performance.now() - unloadStarted;
    const after = await readServerHeap(server);
    options.log(`capacity: heap loaded ${(heapLoaded.usedBytes / MB).toFixed(1)} MB, after idle unload ${(after.usedBytes / MB).toFixed(1)} MB`);

    return {
      results: {
        workspaces: WORKSPACES,
        editorsPerWorkspace: EDITORS,
        p99Ms: percentile(clock.latencies, 99),
        rssMb: rss / MB,
        heapAfterIdleMb: after.usedBytes / MB,
        heapBaselineMb: baseline.usedBytes / MB,
      },
      details: {
        p50Ms: median(clock.latencies),
        editsPerSecond,
        serverCpuCores: serverCores,
        benchCpuCores: benchCores,
        heapColdStartMb: heapColdStart.usedBytes / MB,
        heapLoadedMb: heapLoaded.usedBytes / MB,
        unloadMs,
      },
    };
  } finally {
    for (const live of workspaces) {
      for (const editor of live.editors) editor.client.close();
      live.doc.destroy();
    }
    await server.stop();
  }
}

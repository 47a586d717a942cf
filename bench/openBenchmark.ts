/**
 * open: how soon a planner sees the plan.
 * - serverRestartToSyncedMs: the server restarted (SIGTERM, start, ready line), then a new client
 *   connects to the template workspace and is synced (the workspace loaded from SQLite cold).
 * - browserInteractiveMs: in Chromium, from navigation to the grid and the goal dashboard shown
 *   with values: a `[data-cell]` with text, and a `[data-goal-id]` judged met or missed.
 *   Null when the client does not get there (it is built by another engineer concurrently).
 * - initialJsGzipBytes: the JavaScript a workspace link loads before anything is lazy: index.html's
 *   module script, its modulepreloads, the chunks the entry imports at once (the connection and
 *   the app, client/src/main.tsx) and their static imports; not lazy views, not the engine worker;
 *   each file gzipped.
 * The client is built by Vite from the current sources into a directory of the benchmark's own,
 * served with CLIENT_DIST_DIR, so that the benchmark never races anyone's client/dist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { workbookGrid } from '../models/workbook/WorkbookGrid.js';
import { CHROMIUM_PATH } from '../test/harness/browserHarness.js';
import { REPO_ROOT, startServer, type RunningServer } from '../test/harness/serverHarness.js';
import { workspaceUrl } from './liveWorkspace.js';
import { readLargeSheet, type LargeSheetReading } from './largeSheetBrowser.js';
import { connectProtocolClient } from './protocolClient.js';
import { median } from './stats.js';
import { OPEN_PHASES_SCRIPT, readCollabEdits, type CollabPhases, type CollabResults, type OpenPhases } from './pagePhases.js';
import { beskaeftigelsesplanTemplate } from '../models/templates/templates.js';

/** A synced demo workspace holds every sheet of the template it was seeded from. */
const TEMPLATE_SHEETS = beskaeftigelsesplanTemplate().sheets.length;

export interface OpenResults {
  serverRestartToSyncedMs: number;
  /** The same reading as `phases.goalsJudgedMs`. */
  browserInteractiveMs: number | null;
  initialJsGzipBytes: number | null;
  /** Each phase's median over the loads (ms from navigation). */
  phases: OpenPhases | null;
  largeSheet: LargeSheetResults | null;
}

export interface LargeSheetResults {
  /** The page's first 300 ms after the grid shows, and the click on C2 (150 ms): apart from the scroll. */
  startLongestFrameMs: number;
  clickLongestFrameMs: number;
  scrollLongestFrameMs: number;
  scrollFramesOver33Ms: number;
  scrollLongTasks: number;
  editToGoalMs: number;
}

export interface OpenDetails {
  initialJsBytes: number | null;
  initialJsFiles: string[];
  browserRuns: number[];
  phaseRuns: OpenPhases[];
  browserNote: string | null;
  collabPhases: CollabPhases | null;
  collabNote: string | null;
  restartRuns: number[];
  /** The 100 × 120 sheet scrolled and recalculated in Chromium (null when it could not run). */
  largeSheet: LargeSheetReading | null;
  largeSheetNote: string | null;
}

export interface OpenOptions {
  quick: boolean;
  /** Assumption edits timed in the editor's and a colleague's page. */
  edits?: number;
  log(line: string): void;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Builds the client into a fresh directory; null (and why) when the build fails. `minify: false`
 * keeps our function names for CPU profiles (bench/editProfile.ts).
 */
export function buildClient(log: (line: string) => void, { minify = true } = {}): { dir: string } | { error: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fremskriv-bench-client-'));
  const vite = join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  const started = performance.now();
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error', ...(minify ? [] : ['--minify', 'false'])], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0 || !existsSync(join(dir, 'index.html'))) {
    rmSync(dir, { recursive: true, force: true });
    return { error: `vite build failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout || '').trim().split('\n').slice(-3).join(' ')}` };
  }
  log(`open: client built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir };
}

/** The JS files index.html loads before anything is lazy: entry, modulepreloads, static imports. */
export function initialJavaScript(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const queue: string[] = [];
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) queue.push(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) queue.push(match[1]!);
  // The entry imports the connection and the app at once (client/src/main.tsx); Vite lists the
  // chunks those import() calls preload in the entry's __vite__mapDeps. Other files' lists are
  // lazy views (dialogs, charts) and are not followed.
  const entry = queue[0];
  if (entry) {
    const code = readFileSync(resolve(distDir, `.${entry.startsWith('/') ? entry : `/${entry}`}`), 'utf8');
    const deps = /m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? '';
    for (const m of deps.matchAll(/"([^"]+\.js)"/g)) queue.push(`/${m[1]!}`);
  }
  const files = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    const file = resolve(distDir, `.${url.startsWith('/') ? url : `/${url}`}`);
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not `import("./x.js")`.
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(`/${join(dirname(file).slice(distDir.length), m[1]!)}`);
    }
  }
  return [...files];
}

async function restartToSynced(server: RunningServer, runs: number, log: (line: string) => void): Promise<number[]> {
  const demo = server.demo;
  if (!demo) throw new Error('the server printed no demo workspace');
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await server.restart();
    const started = performance.now();
    const client = await connectProtocolClient(workspaceUrl(server, demo.workspaceId, demo.editorToken));
    try {
      await client.synced;
      if (workbookGrid(client.doc).listSheets().length !== TEMPLATE_SHEETS) throw new Error('the synced document does not hold the template');
      out.push(performance.now() - started);
    } finally {
      client.close();
    }
  }
  log(`open: restart → synced ${out.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  return out;
}

interface BrowserReadings {
  runs: OpenPhases[];
  note: string | null;
  collab: { results: CollabResults; phases: CollabPhases } | null;
  collabNote: string | null;
  largeSheet: LargeSheetReading | null;
  largeSheetNote: string | null;
}

async function browserReadings(server: RunningServer, runs: number, edits: number, log: (line: string) => void): Promise<BrowserReadings> {
  if (!existsSync(CHROMIUM_PATH)) return { runs: [], note: `no Chromium at ${CHROMIUM_PATH}`, largeSheet: null, largeSheetNote: null, collab: null, collabNote: null };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const interactive = await browserInteractive(server, browser, runs, log);
    let largeSheet: LargeSheetReading | null = null;
    let largeSheetNote: string | null = null;
    try {
      largeSheet = await readLargeSheet(server, browser);
      log(`open: large sheet: longest frame starting ${largeSheet.startLongestFrameMs.toFixed(0)} ms, clicking ${largeSheet.clickLongestFrameMs.toFixed(0)} ms, scrolling ${largeSheet.scrollLongestFrameMs.toFixed(0)} ms, editing ${largeSheet.editLongestFrameMs.toFixed(0)} ms; edit → goal ${largeSheet.editToGoalMs.toFixed(0)} ms`);
    } catch (error) {
      largeSheetNote = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    }
    let collab: BrowserReadings['collab'] = null;
    let collabNote: string | null = null;
    try {
      collab = await readCollabEdits(server, browser, edits);
      const { editToLocalGoalMs: l, editToRemoteGoalMs: r } = collab.results;
      log(`collab: edit → local goal ${l.medianMs.toFixed(0)} ms (p95 ${l.p95Ms.toFixed(0)}), → remote goal ${r.medianMs.toFixed(0)} ms (p95 ${r.p95Ms.toFixed(0)})`);
      log(`collab phases (medians, ms): ${Object.entries(collab.phases).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    } catch (error) {
      collabNote = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    }
    return { ...interactive, largeSheet, largeSheetNote, collab, collabNote };
  } finally {
    await browser.close();
  }
}

async function browserInteractive(server: RunningServer, browser: Browser, runs: number, log: (line: string) => void): Promise<{ runs: OpenPhases[]; note: string | null }> {
  const demo = server.demo!;
  const url = `${server.url}/w/${demo.workspaceId}#token=${demo.editorToken}`;
  const out: OpenPhases[] = [];
  for (let i = 0; i < runs + 1; i++) {
    // A fresh context each time: a first visit, nothing cached, no service worker yet.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const ms = (await page.evaluate(OPEN_PHASES_SCRIPT)) as OpenPhases | null;
      if (ms === null) return { runs: [], note: 'the client did not show the grid and a judged goal within 20 s' };
      if (i > 0) out.push(ms); // the first load warms the server's file cache and Chromium itself
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      return { runs: [], note: `the client did not show the grid and judged goals: ${message}` };
    } finally {
      await context.close();
    }
  }
  for (const p of out) log(`open: JS ${p.jsLoadedMs.toFixed(0)}, synced ${p.syncedMs.toFixed(0)}, first cell ${p.firstCellMs.toFixed(0)}, goals judged ${p.goalsJudgedMs.toFixed(0)}, grid ready ${p.gridReadyMs.toFixed(0)} ms`);
  return { runs: out, note: null };
}

function medianPhases(runs: readonly OpenPhases[]): OpenPhases | null {
  if (runs.length === 0) return null;
  const of = (key: keyof OpenPhases): number => median(runs.map((run) => run[key]));
  return { jsLoadedMs: of('jsLoadedMs'), syncedMs: of('syncedMs'), firstCellMs: of('firstCellMs'), goalsJudgedMs: of('goalsJudgedMs'), gridReadyMs: of('gridReadyMs') };
}

export async function runOpenBenchmark(options: OpenOptions): Promise<{ results: OpenResults; collab: CollabResults | null; details: OpenDetails }> {
  const restartRuns = options.quick ? 3 : 7;
  const browserRuns = options.quick ? 3 : 7;
  const built = buildClient(options.log);
  const distDir = 'dir' in built ? built.dir : null;
  const server = await startServer({ env: distDir ? { CLIENT_DIST_DIR: distDir } : {} });
  try {
    const restarts = await restartToSynced(server, restartRuns, options.log);
    let browser: BrowserReadings = { runs: [], note: 'error' in built ? built.error : null, largeSheet: null, largeSheetNote: null, collab: null, collabNote: null };
    let files: string[] = [];
    let gzip: number | null = null;
    let raw: number | null = null;
    if (distDir) {
      files = initialJavaScript(distDir);
      gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
      raw = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
      browser = await browserReadings(server, browserRuns, options.edits ?? (options.quick ? 10 : 30), options.log);
    }
    const phases = medianPhases(browser.runs);
    const large = browser.largeSheet;
    return {
      results: {
        serverRestartToSyncedMs: median(restarts),
        browserInteractiveMs: phases?.goalsJudgedMs ?? null,
        initialJsGzipBytes: gzip,
        phases,
        largeSheet: large ? { startLongestFrameMs: large.startLongestFrameMs, clickLongestFrameMs: large.clickLongestFrameMs, scrollLongestFrameMs: large.scrollLongestFrameMs, scrollFramesOver33Ms: large.scrollFramesOver33Ms, scrollLongTasks: large.scrollLongTasksMs.length, editToGoalMs: large.editToGoalMs } : null,
      },
      collab: browser.collab?.results ?? null,
      details: {
        initialJsBytes: raw,
        initialJsFiles: distDir ? files.map((file) => file.slice(distDir.length + 1)) : [],
        browserRuns: browser.runs.map((run) => run.goalsJudgedMs),
        phaseRuns: browser.runs,
        browserNote: browser.note,
        collabPhases: browser.collab?.phases ?? null,
        collabNote: browser.collabNote,
        restartRuns: restarts,
        largeSheet: browser.largeSheet,
        largeSheetNote: browser.largeSheetNote,
      },
    };
  } finally {
    await server.stop();
    if (distDir) rmSync(distDir, { recursive: true, force: true });
  }
}

/**
 * Where the main thread's time goes while the 100 × 120 sheet is scrolled fast (issue 17), as a
 * script: `node --import tsx bench/largeSheetProfile.ts [runs]`. Builds the client unminified,
 * opens the large sheet (largeSheetBrowser.ts) in fresh pages and scrolls it as the benchmark does,
 * under the V8 sampling profiler (CDP `Profiler`) and a Chromium trace (CDP `Tracing`,
 * devtools.timeline). Prints per run the longest frame and long tasks (as open.largeSheet reads
 * them), the longest main-thread tasks with what filled them (script, style, layout, paint), and,
 * summed over the runs, the functions with the most self time. The first run is a warm-up. A
 * diagnosis aid, not a benchmark.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type CDPSession } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/harness/browserHarness.js';
import { startServer } from '../test/harness/serverHarness.js';
import { buildUnminified, frameName, type ProfileNode } from './unminifiedClient.js';
import { CHROMIUM_ARGS } from './openBenchmark.js';
import { openLargeSheet, readLargeSheet, scrollFast, TAKE_FRAMES, WATCH_FRAMES, type LargeSheetReading } from './largeSheetBrowser.js';

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the task cost, whatever else the machine was doing. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Functions worth an inclusive reading: ours, and AG Grid's entries for scrolling and cell life. */
const INCLUSIVE = /^(paint|paintFor|cellPaint|cellLook|formatCellValue|bind|init|register|unregister|executeFrame|onHScroll|onVScroll|doHorizontalScroll|updateColumnViewport|onVirtualColumnsChanged|redrawAfterScroll|createCellCtrls|setCellCtrls|removeRowCtrls|destroy|CellCtrl|CellComp|RowComp|RowCtrl|createTooltip|enableCellTooltipFeature|isScenarioInput|cellInputAt|cellFormatAt|value|writeValues|runMicrotasks|onScroll)$/;

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types a trace event as a loose object; these fields are Chromium's trace format.
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

function mainThread(events: TraceEvent[]): TraceEvent[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  return events.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur !== undefined);
}

/**
 * The main thread's CPU time (thread time, so the machine's load does not inflate it): in all,
 * the longest task, the tasks over 33 ms, and by kind (script, style, layout, paint, GC).
 */
function cpuSummary(events: TraceEvent[]): string {
  const onMain = mainThread(events);
  const tasks = onMain.filter((e) => e.name === 'RunTask').map((e) => (e.tdur ?? e.dur!) / 1000);
  const byKind = new Map<string, number>();
  for (const e of onMain) if (KINDS.includes(e.name)) byKind.set(e.name, (byKind.get(e.name) ?? 0) + (e.tdur ?? e.dur!) / 1000);
  const total = tasks.reduce((a, b) => a + b, 0);
  const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ');
  return `CPU ${total.toFixed(0)} ms in ${tasks.length} tasks, longest ${Math.max(0, ...tasks).toFixed(1)} ms, ${tasks.filter((t) => t > 33).length} over 33 ms; ${kinds}`;
}

const KINDS = ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'ParseHTML', 'MajorGC', 'MinorGC'];

/**
 * The renderer main thread's tasks over `minMs` of CPU, each with the time of what ran inside it
 * and, from the V8 profile, the script's entry points in it (`entries`).
 */
function longTasks(events: TraceEvent[], minMs: number, entries: (fromUs: number, toUs: number) => string): string[] {
  const onMain = mainThread(events);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.tdur ?? e.dur!) / 1000 >= minMs);
  const kinds = KINDS;
  return tasks.map((task) => {
    const inside = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts + e.dur! > task.ts + task.dur! || !kinds.includes(e.name)) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur! / 1000);
    }
    const parts = [...inside].sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${ms.toFixed(1)}`);
    return `${((task.tdur ?? task.dur!) / 1000).toFixed(1)} ms CPU (${(task.dur! / 1000).toFixed(1)} wall): ${parts.join(', ')}\n      script: ${entries(task.ts, task.ts + task.dur!)}`;
  });
}

/** Entry points worth naming inside a task: what the outermost of them on the stack was. */
const ENTRY = /^(onHScroll|onVScroll|executeFrame|paint|bind|setPeers|onScroll|onWheel|writeValues|tick|dispatchContinuousEvent)$/;

/**
 * For a time window (trace microseconds, the profile's clock): the sampled time under each entry
 * point (the outermost on the stack), GC and the rest, in ms.
 */
function scriptEntries(profile: Profile, byId: Map<number, ProfileNode>, parentOf: Map<number, number>): (fromUs: number, toUs: number) => string {
  const times: number[] = [];
  let at = profile.startTime;
  for (let s = 0; s < profile.samples.length; s++) times.push((at += profile.timeDeltas[s] ?? 0));
  return (fromUs, toUs) => {
    const sums = new Map<string, number>();
    for (let s = 0; s < profile.samples.length; s++) {
      if (times[s]! < fromUs || times[s]! > toUs) continue;
      const dt = (times[s + 1] ?? times[s]!) - times[s]!;
      let entry = '';
      let top = '';
      for (let id: number | undefined = profile.samples[s]!; id !== undefined; id = parentOf.get(id)) {
        const name = byId.get(id)!.callFrame.functionName;
        if (!top) top = name;
        if (ENTRY.test(name)) entry = name;
      }
      const key = entry || (top === '(program)' || top === '(idle)' || top === '(garbage collector)' ? top : `other JS`);
      sums.set(key, (sums.get(key) ?? 0) + dt / 1000);
    }
    return [...sums].sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ');
  };
}

/** LARGE_SHEET_READINGS=1: no profiler, only open.largeSheet's readings, each run and the medians. */
async function readingsOnly(runs: number): Promise<void> {
  const dir = buildUnminified();
  const server = await startServer({ env: { CLIENT_DIST_DIR: dir } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const readings: LargeSheetReading[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const reading = await readLargeSheet(server, browser);
      readings.push(reading);
      console.log(`run ${i + 1} (load ${loadavg()[0]!.toFixed(1)}): longest frame ${reading.scrollLongestFrameMs.toFixed(1)} ms, ${reading.scrollFramesOver33Ms} of ${reading.scrollFrames} frames over 33 ms, long tasks ${reading.scrollLongTasksMs.length}, edit → goal ${reading.editToGoalMs.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const mid = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`medians: longest frame ${mid(readings.map((r) => r.scrollLongestFrameMs)).toFixed(0)} ms, long tasks ${mid(readings.map((r) => r.scrollLongTasksMs.length))}, edit → goal ${mid(readings.map((r) => r.editToGoalMs)).toFixed(0)} ms`);
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  if (process.env.LARGE_SHEET_READINGS) return readingsOnly(runs);
  const dir = buildUnminified();
  const server = await startServer({ env: { CLIENT_DIST_DIR: dir } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const selfTime = new Map<string, number>();
  const inclusiveTime = new Map<string, number>();
  try {
    for (let i = 0; i <= runs; i++) {
      const { page, context } = await openLargeSheet(server, browser);
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
        await page.evaluate(WATCH_FRAMES);
        await cdp.send('Profiler.start');
        const events = await traced(cdp, () => scrollFast(page));
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        const { frames, longTasks: long } = (await page.evaluate(TAKE_FRAMES)) as { frames: number[]; longTasks: number[] };
        if (i === 0) continue;
        const sorted = [...frames].sort((a, b) => b - a);
        console.log(`\nrun ${i}: longest frame ${sorted[0]?.toFixed(0)} ms; frames over 33 ms: ${frames.filter((f) => f > 33).length} of ${frames.length}; long tasks ${long.length} (${long.map((l) => l.toFixed(0)).join(', ')})`);
        console.log(`  cells in the DOM: ${await page.evaluate(`document.querySelectorAll('.ag-cell').length`)}`);
        console.log(`  ${cpuSummary(events)}`);
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        const parentOf = new Map<number, number>();
        for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
        if (process.env.PROFILE_TASKS) {
          const entries = scriptEntries(profile, byId, parentOf);
          for (const line of longTasks(events, 25, entries)) console.log(`  task ${line}`);
        }
        for (let s = 0; s < profile.samples.length; s++) {
          const name = frameName(byId.get(profile.samples[s]!)!);
          const dt = profile.timeDeltas[s + 1] ?? 250;
          selfTime.set(name, (selfTime.get(name) ?? 0) + dt);
          const seen = new Set<string>();
          for (let at: number | undefined = profile.samples[s]!; at !== undefined; at = parentOf.get(at)) {
            const frame = byId.get(at)!;
            if (!INCLUSIVE.test(frame.callFrame.functionName)) continue;
            const fname = frameName(frame);
            if (seen.has(fname)) continue;
            seen.add(fname);
            inclusiveTime.set(fname, (inclusiveTime.get(fname) ?? 0) + dt);
          }
        }
      } finally {
        await context.close();
      }
    }
    const busy = [...selfTime].filter(([n]) => n !== '(idle) ' && !n.startsWith('(idle)'));
    const total = busy.reduce((a, [, us]) => a + us, 0);
    console.log(`\n== self time while scrolling, per run (busy ${(total / 1000 / runs).toFixed(0)} ms)`);
    for (const [name, us] of busy.sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(us / 1000 / runs).toFixed(1).padStart(7)} ms  ${name}`);
    console.log('\n== inclusive time, per run');
    for (const [name, us] of [...inclusiveTime].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(us / 1000 / runs).toFixed(1).padStart(7)} ms  ${name}`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

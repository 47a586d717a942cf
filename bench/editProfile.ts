/**
 * Where an assumption edit's way to every dashboard spends its time (issue 17), as a script:
 * `node --import tsx bench/editProfile.ts [edits]`. Builds the client unminified, opens a fresh
 * template workspace for two planners and types the benchmark's edits (bench/pagePhases.ts) under
 * a Chromium trace with the V8 sampling profiler on every thread (each page's main thread and its
 * engine worker). Prints, per phase between the pages' and workers' marks, the wall time, each
 * thread's busy time and the functions with the most self time. A diagnosis aid, not a benchmark.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/harness/browserHarness.js';
import { startServer } from '../test/harness/serverHarness.js';
import { buildClient, CHROMIUM_ARGS } from './openBenchmark.js';
import { collabPhases, newPlanner, typeCollabEdits, type EditReading } from './pagePhases.js';
import { createWorkspace } from './liveWorkspace.js';
import { median, percentile } from './stats.js';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: { type?: string; functionName?: string; startTime?: number; cpuProfile?: { nodes?: TraceNode[]; samples?: number[] }; timeDeltas?: number[] } };
}
interface TraceNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}
/** A thread's samples: trace-clock µs and the sampled node's name. */
interface Samples {
  times: number[];
  names: string[];
}

const frameName = (frame: TraceNode['callFrame']): string => {
  const file = (frame.url ?? '').replace(/^.*\/assets\//, '').replace(/-[\w-]{8}\.js$/, '.js');
  return `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${(frame.lineNumber ?? 0) + 1}` : ''}`;
};

/** Every profiled thread's samples, keyed `pid:tid`, and the threads' names. */
function profiles(events: TraceEvent[]): { samples: Map<string, Samples>; threads: Map<string, string> } {
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byProfile = new Map<string, { thread: string; at: number; nodes: Map<number, string>; samples: Samples }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) byProfile.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, at: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: { times: [], names: [] } });
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const profile = byProfile.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, frameName(node.callFrame));
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      profile.at += deltas[i] ?? 0;
      profile.samples.times.push(profile.at);
      profile.samples.names.push(profile.nodes.get(samples[i]!) ?? '?');
    }
  }
  const samples = new Map<string, Samples>();
  for (const p of byProfile.values()) samples.set(p.thread, p.samples);
  return { samples, threads };
}

async function main(): Promise<void> {
  // PROFILE_SAVED=<file>: read again a run saved with PROFILE_SAVE=<file> (readings and trace).
  if (process.env.PROFILE_SAVED) {
    const saved = JSON.parse(readFileSync(process.env.PROFILE_SAVED, 'utf8')) as { readings: Array<{ mine: EditReading; theirs: EditReading }>; events: TraceEvent[] };
    return report(saved.readings, saved.events);
  }
  const edits = Number(process.argv[2] ?? 20);
  const built = buildClient(() => undefined, { minify: false });
  if ('error' in built) throw new Error(built.error);
  const { dir } = built;
  const server = await startServer({ env: { CLIENT_DIST_DIR: dir } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const { editorUrl } = await createWorkspace(server);
    const editor = await newPlanner(browser, editorUrl);
    const colleague = await newPlanner(browser, editorUrl);
    const loadBefore = loadavg()[0]!;
    await browser.startTracing(editor.page, { categories: ['disabled-by-default-v8.cpu_profiler', 'blink.user_timing', '__metadata', 'devtools.timeline'] });
    const readings = await typeCollabEdits(editor, colleague, edits);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, JSON.stringify({ readings, events: trace.traceEvents }));
    console.log(`load average ${loadBefore.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${readings.length} edits`);
    report(readings, trace.traceEvents);
    await editor.context.close();
    await colleague.context.close();
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The trace's clock differs from the pages' epoch clock by one offset per process: the trace's
 * `fremskriv:editApplied` marks against the ones the editor's page read.
 */
function report(readings: Array<{ mine: EditReading; theirs: EditReading }>, events: TraceEvent[]): void {
  const { samples, threads } = profiles(events);
  const marks = events.filter((e) => e.name.startsWith('fremskriv:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'));
  const markPids = (name: string): Set<number> => new Set(marks.filter((m) => m.name === `fremskriv:${name}`).map((m) => m.pid));
  const editorPid = [...markPids('editApplied')][0];
  const colleaguePid = [...markPids('remoteApplied')].find((p) => p !== editorPid);
  if (editorPid === undefined || colleaguePid === undefined) throw new Error('no marks in the trace');
  // The warm-up edits are traced too: the readings are the last editApplied marks.
  const applied = marks.filter((m) => m.name === 'fremskriv:editApplied' && m.pid === editorPid).sort((a, b) => a.ts - b.ts);
  const offsetMs = applied[applied.length - readings.length]!.ts / 1000 - readings[0]!.mine.marks.editApplied!;
  const toTrace = (epochMs: number): number => (epochMs + offsetMs) * 1000;

  const totals = new Map<string, Map<string, Map<string, number>>>();
  const walls = new Map<string, number[]>();
  const add = (phase: string, thread: string, name: string, us: number): void => {
    const byThread = totals.get(phase) ?? new Map<string, Map<string, number>>();
    const fns = byThread.get(thread) ?? new Map<string, number>();
    fns.set(name, (fns.get(name) ?? 0) + us);
    byThread.set(thread, fns);
    totals.set(phase, byThread);
  };
  const threadLabel = (key: string): string => {
    const [pid] = key.split(':');
    const who = Number(pid) === editorPid ? 'editor' : Number(pid) === colleaguePid ? 'colleague' : `pid ${pid}`;
    const name = threads.get(key) ?? '?';
    return `${who} ${name === 'CrRendererMain' ? 'page' : /Worker/.test(name) ? 'worker' : name}`;
  };
  for (const { mine, theirs } of readings) {
    const m = mine.marks;
    const r = theirs.marks;
    const bounds: Array<[string, number | null | undefined]> = [
      ['keydown', mine.keydown],
      ['editApplied', m.editApplied],
      ['enginePosted', m.enginePosted],
      ['workerReceived', m.workerReceived],
      ['workerAnswered', m.workerAnswered],
      ['engineAnswered', m.engineAnswered],
      ['localJudged', mine.judged],
    ];
    const remoteBounds: Array<[string, number | null | undefined]> = [
      ['editApplied', m.editApplied],
      ['remoteApplied', r.remoteApplied],
      ['c.enginePosted', r.enginePosted],
      ['c.workerReceived', r.workerReceived],
      ['c.workerAnswered', r.workerAnswered],
      ['c.engineAnswered', r.engineAnswered],
      ['remoteJudged', theirs.judged],
    ];
    for (const [chain, list] of [['local', bounds], ['remote', remoteBounds]] as const) {
      const known = list.filter((b): b is [string, number] => typeof b[1] === 'number');
      for (let i = 0; i + 1 < known.length; i++) {
        const phase = `${chain}: ${known[i]![0]} → ${known[i + 1]![0]}`;
        walls.set(phase, [...(walls.get(phase) ?? []), known[i + 1]![1] - known[i]![1]]);
        const from = toTrace(known[i]![1]);
        const to = toTrace(known[i + 1]![1]);
        for (const [thread, s] of samples) {
          const [pid] = thread.split(':');
          if (Number(pid) !== editorPid && Number(pid) !== colleaguePid) continue;
          for (let k = 0; k < s.times.length; k++) {
            const t = s.times[k]!;
            if (t < from || t >= to) continue;
            const dt = (s.times[k + 1] ?? t) - t;
            add(phase, threadLabel(thread), s.names[k]!, Math.min(dt, 2000));
          }
        }
      }
    }
  }
  if (process.env.PROFILE_TIMELINE) printTimelines(readings.slice(0, Number(process.env.PROFILE_TIMELINE)), events, toTrace, new Set([editorPid, colleaguePid]), threadLabel);
  const n = readings.length;
  const local = readings.map(({ mine }) => mine.judged - mine.keydown);
  const remote = readings.map(({ mine, theirs }) => theirs.judged - mine.keydown);
  console.log(`edit → local goal median ${median(local).toFixed(1)} p95 ${percentile(local, 95).toFixed(1)} ms; → remote goal median ${median(remote).toFixed(1)} p95 ${percentile(remote, 95).toFixed(1)} ms`);
  const phaseMedians = new Map<string, number[]>();
  for (const { mine, theirs } of readings) for (const [k, v] of Object.entries(collabPhases(mine, theirs))) phaseMedians.set(k, [...(phaseMedians.get(k) ?? []), v]);
  console.log(`phases (medians, ms): ${[...phaseMedians].map(([k, v]) => `${k} ${median(v).toFixed(1)}`).join(', ')}`);
  for (const [phase, w] of walls) {
    console.log(`\n== ${phase}: wall median ${median(w).toFixed(1)} ms, p95 ${percentile(w, 95).toFixed(1)} ms`);
    for (const [thread, fns] of [...(totals.get(phase) ?? [])].sort()) {
      const busy = [...fns].filter(([name]) => !/^\((idle|program|garbage collector)\)/.test(name) || name.startsWith('(garbage')).reduce((a, [, us]) => a + us, 0);
      const top = [...fns].filter(([name]) => !name.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 8));
      console.log(`  ${thread}: busy ${(busy / 1000 / n).toFixed(1)} ms per edit`);
      for (const [name, us] of top) console.log(`    ${(us / 1000 / n).toFixed(2).padStart(6)} ms  ${name}`);
    }
  }
}

/** Timeline events worth a line: what a thread did, in the order it did it. */
const TIMELINE = new Set(['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'RunMicrotasks', 'HitTest', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ScheduleStyleRecalculation']);

/** Each edit's top-level timeline events per thread, from the keydown to the colleague's card (ms from the keydown). */
function printTimelines(readings: Array<{ mine: EditReading; theirs: EditReading }>, events: TraceEvent[], toTrace: (epochMs: number) => number, pids: Set<number>, threadLabel: (key: string) => string): void {
  for (const { mine, theirs } of readings) {
    const from = toTrace(mine.keydown);
    const to = toTrace(Math.max(mine.judged, theirs.judged)) + 5000;
    const at = (ts: number): string => ((ts - from) / 1000).toFixed(1);
    console.log(`\n-- edit: local ${(mine.judged - mine.keydown).toFixed(1)} ms, remote ${(theirs.judged - mine.keydown).toFixed(1)} ms; marks ${Object.entries({ ...mine.marks, judged: mine.judged }).map(([k, v]) => `${k} ${v === null ? '-' : at(toTrace(v))}`).join(', ')}; colleague ${Object.entries({ ...theirs.marks, judged: theirs.judged }).map(([k, v]) => `${k} ${v === null ? '-' : at(toTrace(v))}`).join(', ')}`);
    const byThread = new Map<string, TraceEvent[]>();
    for (const e of events) {
      if (!pids.has(e.pid) || e.ts < from || e.ts > to) continue;
      if (!(TIMELINE.has(e.name) || e.name.startsWith('fremskriv:'))) continue;
      const key = threadLabel(`${e.pid}:${e.tid}`);
      byThread.set(key, [...(byThread.get(key) ?? []), e]);
    }
    for (const [thread, list] of [...byThread].sort()) {
      // Nested events (a FunctionCall inside an EventDispatch) are skipped: only the outermost.
      let until = -1;
      const lines: string[] = [];
      for (const e of list.sort((a, b) => a.ts - b.ts)) {
        if (e.ts < until && !e.name.startsWith('fremskriv:')) continue;
        if (e.dur) until = e.ts + e.dur;
        const what = e.args?.data?.type ?? e.args?.data?.functionName ?? '';
        lines.push(`${at(e.ts)}${e.dur ? `+${(e.dur / 1000).toFixed(1)}` : ''} ${e.name}${what ? `(${what})` : ''}`);
      }
      console.log(`  ${thread}: ${lines.join(' · ')}`);
    }
  }
}

await main();

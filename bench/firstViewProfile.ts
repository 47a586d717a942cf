/**
 * What the page's main thread does on a first visit (issue 17), as a script:
 * `node --import tsx bench/firstViewProfile.ts [runs]`. Builds the client unminified (so that the
 * profile names our functions), opens the demo workspace in fresh contexts under the V8 sampling
 * profiler (CDP `Profiler`, 250 µs) and prints, for each phase between the page's marks
 * (client/src/session/pageMoments.ts), the functions that took the most self time, summed over the
 * runs, and our components' inclusive time. The first run is a warm-up. A diagnosis aid beside
 * bench/firstViewTrace.ts, not a benchmark. PROFILE_TIMELINE=1 prints each run's busy stretches
 * between the marks; PROFILE_FOCUS=GoalCard the self time under one function (e.g. a component).
 */
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/harness/browserHarness.js';
import { startServer } from '../test/harness/serverHarness.js';
import { CHROMIUM_ARGS } from './openBenchmark.js';
import { OPEN_PHASES_SCRIPT, type OpenPhases } from './pagePhases.js';
import { buildUnminified, frameName, type ProfileNode } from './unminifiedClient.js';

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Our own functions worth an inclusive reading besides components (capitalised names). */
const OWN = /^(createGrid|use[A-Z]\w*|startScenarioEngines|markMoment)$/;

const PHASES = ['synced', 'serverValues', 'engineStarted', 'gridCreating', 'gridReady'] as const;

/** Busy stretches (idle gaps over 4 ms split them) from the first to the last mark, each with its root frames. */
function printTimeline(profile: Profile, byId: Map<number, ProfileNode>, navigationStart: number, marks: Record<string, number>): void {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const rootFrame = (id: number): string => {
    const chain: number[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) chain.unshift(at);
    return chain.slice(1, 4).map((c) => frameName(byId.get(c)!)).join(' > ');
  };
  const from = Math.min(...Object.values(marks)) - 50;
  const to = Math.max(...Object.values(marks)) + 50;
  let t = profile.startTime;
  let segment: { start: number; end: number; roots: Map<string, number> } | null = null;
  const flush = (): void => {
    if (!segment) return;
    const roots = [...segment.roots].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([r, us]) => `${(us / 1000).toFixed(0)}ms ${r}`);
    console.log(`  ${segment.start.toFixed(0)}–${segment.end.toFixed(0)} (${(segment.end - segment.start).toFixed(0)} ms): ${roots.join(' | ')}`);
    segment = null;
  };
  console.log('marks', JSON.stringify(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v)]))));
  for (let s = 0; s < profile.samples.length; s++) {
    t += profile.timeDeltas[s]!;
    const ms = (t - navigationStart) / 1000;
    if (ms < from || ms > to) continue;
    const node = byId.get(profile.samples[s]!)!;
    if (node.callFrame.functionName === '(idle)') {
      if (segment && ms - segment.end > 4) flush();
      continue;
    }
    segment ??= { start: ms, end: ms, roots: new Map() };
    segment.end = ms;
    const dt = profile.timeDeltas[s + 1] ?? 250;
    const seen = new Set<string>();
    for (let at: number | undefined = node.id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!/^[A-Z]/.test(frame.functionName) && !OWN.test(frame.functionName)) continue;
      if (/^(VanillaFrameworkOverrides|AgBeanStub|AgComponentStub|AgContext)/.test(frame.functionName)) continue;
      const name = frame.functionName;
      if (seen.has(name)) continue;
      seen.add(name);
      segment.roots.set(name, (segment.roots.get(name) ?? 0) + dt);
    }
    if (seen.size === 0) segment.roots.set(rootFrame(node.id), (segment.roots.get(rootFrame(node.id)) ?? 0) + dt);
  }
  flush();
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const dir = buildUnminified();
  const server = await startServer({ env: { CLIENT_DIST_DIR: dir } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  // phase → function → µs of self time, summed over the runs; and each phase's wall time.
  const selfTime = new Map<string, Map<string, number>>();
  const wall = new Map<string, number[]>();
  const inclusiveTime = new Map<string, Map<string, number>>();
  try {
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
        await cdp.send('Profiler.start');
        await page.goto(`${server.url}/w/${server.demo!.workspaceId}#token=${server.demo!.editorToken}`, { waitUntil: 'commit' });
        const phases = (await page.evaluate(OPEN_PHASES_SCRIPT)) as OpenPhases | null;
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        if (!phases) throw new Error('no grid and judged goal within 20 s');
        if (i === 0) continue;
        // How much AG Grid rendered (rows × columns in the DOM) and how many goal cards.
        console.log('rendered', await page.evaluate(`JSON.stringify({ cells: document.querySelectorAll('.ag-cell').length, rows: document.querySelectorAll('.ag-row').length, headers: document.querySelectorAll('.ag-header-cell').length, goalCards: document.querySelectorAll('[data-goal-id]').length, viewport: document.querySelector('.ag-body-viewport')?.getBoundingClientRect().height })`));
        // The profile's clock is the metrics' monotonic clock; the marks count from navigation.
        const { metrics } = await cdp.send('Performance.getMetrics');
        const navigationStart = metrics.find((m) => m.name === 'NavigationStart')!.value * 1e6;
        const marks = (await page.evaluate(`Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('fremskriv:', ''), m.startTime]))`)) as Record<string, number>;
        const bounds: [string, number][] = [['navigation', 0], ...PHASES.filter((p) => p in marks).map((p): [string, number] => [p, marks[p]!]), ['firstCell', phases.firstCellMs], ['goalsJudged', phases.goalsJudgedMs]];
        bounds.sort((a, b) => a[1] - b[1]);
        for (let b = 0; b < bounds.length - 1; b++) {
          const key = `${bounds[b]![0]} → ${bounds[b + 1]![0]}`;
          wall.set(key, [...(wall.get(key) ?? []), bounds[b + 1]![1] - bounds[b]![1]]);
        }
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        const parentOf = new Map<number, number>();
        for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
        if (process.env.PROFILE_TIMELINE) printTimeline(profile, byId, navigationStart, marks);
        let t = profile.startTime;
        for (let s = 0; s < profile.samples.length; s++) {
          t += profile.timeDeltas[s]!;
          const ms = (t - navigationStart) / 1000;
          const phase = bounds.findLast(([, at]) => at <= ms);
          if (!phase || phase === bounds[bounds.length - 1]) continue;
          const next = bounds[bounds.indexOf(phase) + 1]!;
          const key = `${phase[0]} → ${next[0]}`;
          const dt = profile.timeDeltas[s + 1] ?? 250;
          const functions = selfTime.get(key) ?? new Map<string, number>();
          const name = frameName(byId.get(profile.samples[s]!)!);
          functions.set(name, (functions.get(name) ?? 0) + dt);
          selfTime.set(key, functions);
          // Inclusive time of our own components and functions (each frame once per sample).
          const inclusive = inclusiveTime.get(key) ?? new Map<string, number>();
          const seen = new Set<string>();
          for (let at: number | undefined = profile.samples[s]!; at !== undefined; at = parentOf.get(at)) {
            const frame = byId.get(at)!.callFrame;
            if (!/^[A-Z]/.test(frame.functionName) && !OWN.test(frame.functionName)) continue;
            const fname = frameName(byId.get(at)!);
            if (seen.has(fname)) continue;
            seen.add(fname);
            inclusive.set(fname, (inclusive.get(fname) ?? 0) + dt);
          }
          inclusiveTime.set(key, inclusive);
          // PROFILE_FOCUS=GoalDashboard: what a function's own time is spent in (self time under it).
          if (process.env.PROFILE_FOCUS && seen.size > 0 && [...seen].some((f) => f.startsWith(`${process.env.PROFILE_FOCUS} `))) {
            const focusKey = `under ${process.env.PROFILE_FOCUS}`;
            const under = inclusiveTime.get(focusKey) ?? new Map<string, number>();
            under.set(name, (under.get(name) ?? 0) + dt);
            for (const f of seen) under.set(`  (incl.) ${f}`, (under.get(`  (incl.) ${f}`) ?? 0) + dt);
            inclusiveTime.set(focusKey, under);
          }
        }
      } finally {
        await context.close();
      }
    }
    const focus = inclusiveTime.get(`under ${process.env.PROFILE_FOCUS}`);
    if (focus) {
      console.log(`\n== under ${process.env.PROFILE_FOCUS}, whole load`);
      for (const [name, us] of [...focus].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(us / 1000 / runs).toFixed(1).padStart(7)} ms  ${name}`);
    }
    for (const [key, functions] of selfTime) {
      const total = [...functions.values()].reduce((a, b) => a + b, 0);
      const idle = functions.get('(idle)') ?? 0;
      const w = wall.get(key) ?? [];
      console.log(`\n== ${key}: wall ${w.map((x) => x.toFixed(0)).join(', ')} ms; busy ${((total - idle) / 1000 / runs).toFixed(0)} ms per run`);
      const top = [...functions].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 25);
      for (const [name, us] of top) console.log(`${(us / 1000 / runs).toFixed(1).padStart(7)} ms  ${name}`);
      console.log('  inclusive:');
      const inclusive = [...(inclusiveTime.get(key) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 30);
      for (const [name, us] of inclusive) console.log(`${(us / 1000 / runs).toFixed(1).padStart(7)} ms  ${name}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

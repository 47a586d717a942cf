/**
 * The results as a Markdown table (readable in a terminal, pasted into bench/README.md): each
 * measure beside its baseline, the ratio, the bar from the benchmark issue and whether it is met.
 */
import { cpus } from 'node:os';
import type { BenchDetails, BenchResults } from './benchResults.js';

interface Row {
  measure: string;
  ours: number | null | undefined;
  baseline?: number | null;
  unit: string;
  bar: string;
  /** undefined: no bar (reported only). */
  met?: boolean;
}

function show(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = unit === 'B' ? Math.round(value).toLocaleString('en-US') : value.toFixed(digits);
  return `${text} ${unit}`.trim();
}

function ratio(ours: number | null | undefined, baseline: number | null | undefined): number | null {
  if (ours === null || ours === undefined || baseline === null || baseline === undefined || baseline === 0) return null;
  return ours / baseline;
}

const within = (ours: number | null | undefined, limit: number): boolean | undefined => (ours === null || ours === undefined ? undefined : ours <= limit);
const withinRatio = (ours: number | null | undefined, baseline: number | null | undefined, limit: number): boolean | undefined => {
  const r = ratio(ours, baseline);
  return r === null ? undefined : r <= limit;
};

function rows(results: Partial<BenchResults>): Row[] {
  const out: Row[] = [];
  const { engine, sync, capacity, durability, open, work, collab, analysis } = results;
  if (work) {
    out.push({ measure: `work: evaluation of ${work.evaluationCells.toLocaleString('en')} cells in a worker thread vs on the event loop (before)`, ours: work.evaluationWorkerMs, baseline: work.evaluationInProcessMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: 'work: the same evaluation again (cached by document state)', ours: work.evaluationCachedMs, unit: 'ms', bar: '(reported)' });
    const failed = (count: number) => (count > 0 ? `; ${count} polls without a 200 within 5 s` : '');
    out.push({ measure: `work: slowest /healthz while that evaluation ran${failed(work.healthzFailures.evaluation)}`, ours: work.healthzMaxMsDuringEvaluation, unit: 'ms', bar: '≤ 1000 ms', met: within(work.healthzMaxMsDuringEvaluation, 1000) });
    out.push({ measure: 'work: engine build with =SUM(A2:XFD40000) (before: out of memory)', ours: work.wideRangeBuildMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `work: new workspace from a ${work.refusedCells.toLocaleString('en')}-cell CSV (answered ${work.refused.status}: past MAX_WORKSPACE_BYTES; before: 500, then 48 s)`, ours: work.refused.ms, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `work: slowest /healthz meanwhile${failed(work.healthzFailures.refused)}`, ours: work.refused.healthzMaxMs, unit: 'ms', bar: '≤ 1000 ms', met: within(work.refused.healthzMaxMs, 1000) });
    out.push({ measure: `work: new workspace from ${(work.refusedJson.bytes / 1e6).toFixed(1)} MB of v1 JSON (answered ${work.refusedJson.status}; before: parsed on the event loop, 43–86 s at load 15)`, ours: work.refusedJson.ms, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `work: slowest /healthz meanwhile${failed(work.healthzFailures.refusedJson)}`, ours: work.refusedJson.healthzMaxMs, unit: 'ms', bar: '≤ 1000 ms', met: within(work.refusedJson.healthzMaxMs, 1000) });
    const statuses = work.largeImportStatuses.join(', ');
    out.push({ measure: `work: new workspace from a ${work.largeImportCells.toLocaleString('en')}-cell CSV (answered ${statuses.split(', ')[0]})`, ours: work.largeCreateMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `work: ${work.largeImportCells.toLocaleString('en')} more cells imported into it, near the bound (answered ${work.largeImportStatuses[1]})`, ours: work.largeImportMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `work: slowest /healthz meanwhile${failed(work.healthzFailures.largeImport)}`, ours: work.healthzMaxMsDuringLargeImport, unit: 'ms', bar: '≤ 1000 ms', met: within(work.healthzMaxMsDuringLargeImport, 1000) });
    out.push({ measure: `work: that workspace (${(work.load.bytes / 1e6).toFixed(1)} MB) loaded again after an unload, on the event loop`, ours: work.load.ms, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `work: slowest /healthz meanwhile${failed(work.healthzFailures.load)}`, ours: work.load.healthzMaxMs, unit: 'ms', bar: '≤ 1000 ms', met: within(work.load.healthzMaxMs, 1000) });
    const b = work.burst;
    out.push({ measure: `work: ${b.requests} concurrent evaluations from one viewer (${b.answered200} × 200, ${b.answered429} × 429${b.other.length ? `, other ${b.other.join(' ')}` : ''}), all answered`, ours: b.allAnsweredMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `work: slowest /healthz during that burst${failed(work.healthzFailures.burst)}`, ours: b.healthzMaxMs, unit: 'ms', bar: '≤ 1000 ms', met: within(b.healthzMaxMs, 1000) });
  }
  if (engine) {
    const t = engine.template;
    out.push({
      measure: `engine.template: assumption edit → ${t.scenarios} scenarios' goals (${t.formulaCells} formulas) vs raw HF`,
      ours: t.assumptionEditMs,
      baseline: t.rawHyperFormulaMs,
      unit: 'ms',
      bar: '≤ 1.2 × raw and ≤ 16 ms',
      met: withinRatio(t.assumptionEditMs, t.rawHyperFormulaMs, 1.2) === true && within(t.assumptionEditMs, 16) === true,
    });
    const l = engine.large;
    out.push({ measure: `engine.large: build from Yjs (${l.formulaCells} formulas) vs raw buildFromSheets`, ours: l.buildMs, baseline: l.rawBuildMs, unit: 'ms', bar: '≤ 1.2 × raw', met: withinRatio(l.buildMs, l.rawBuildMs, 1.2) });
    out.push({ measure: 'engine.large: assumption edit (12k cells) vs raw HF', ours: l.assumptionEditMs, baseline: l.rawHyperFormulaMs, unit: 'ms', bar: '≤ 1.2 × raw', met: withinRatio(l.assumptionEditMs, l.rawHyperFormulaMs, 1.2) });
    out.push({ measure: 'engine.large: one-row edit', ours: l.rowEditMs, unit: 'ms', bar: '≤ 2 ms', met: within(l.rowEditMs, 2) });
    out.push({ measure: 'engine.remoteApplyP95Ms: remote edit of a cell without dependents, p95', ours: engine.remoteApplyP95Ms, unit: 'ms', bar: '≤ 1 ms', met: within(engine.remoteApplyP95Ms, 1) });
  }
  if (sync) {
    out.push({ measure: `sync: ${sync.clients} clients, 50 edits/s, p50 vs @y/websocket-server`, ours: sync.p50Ms, baseline: sync.referenceP50Ms, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `sync: p99 vs @y/websocket-server`, ours: sync.p99Ms, baseline: sync.referenceP99Ms, unit: 'ms', bar: '≤ 1.5 × reference', met: withinRatio(sync.p99Ms, sync.referenceP99Ms, 1.5) });
  }
  if (capacity) {
    out.push({ measure: `capacity: ${capacity.workspaces} × ${capacity.editorsPerWorkspace} editors, 1 edit/s each, p99`, ours: capacity.p99Ms, unit: 'ms', bar: '≤ 50 ms', met: within(capacity.p99Ms, 50) });
    out.push({ measure: 'capacity: server RSS under load (max)', ours: capacity.rssMb, unit: 'MB', bar: '(reported)' });
    out.push({
      measure: 'capacity: server heap after idle unload vs baseline',
      ours: capacity.heapAfterIdleMb,
      baseline: capacity.heapBaselineMb,
      unit: 'MB',
      bar: '≤ 1.1 × baseline',
      met: withinRatio(capacity.heapAfterIdleMb, capacity.heapBaselineMb, 1.1),
    });
  }
  if (durability) {
    out.push({
      measure: 'durability: 5,000-edit burst, kill -9 at the last received; kept',
      ours: durability.editsKeptAfterKill9,
      baseline: durability.editsReceived,
      unit: '',
      bar: '100 % kept',
      met: durability.editsKeptAfterKill9 >= durability.editsReceived && durability.editsReceived > 0,
    });
  }
  if (open) {
    out.push({ measure: 'open: server restart → new client synced', ours: open.serverRestartToSyncedMs, unit: 'ms', bar: '≤ 200 ms', met: within(open.serverRestartToSyncedMs, 200) });
    out.push({ measure: 'open: Chromium navigation → grid and judged goals', ours: open.browserInteractiveMs, unit: 'ms', bar: '≤ 1.5 s', met: within(open.browserInteractiveMs, 1500) });
    out.push({ measure: 'open: initial JavaScript, gzipped', ours: open.initialJsGzipBytes, unit: 'B', bar: '(reported)' });
    const p = open.phases;
    if (p) {
      out.push({ measure: 'open.phases: JavaScript loaded', ours: p.jsLoadedMs, unit: 'ms', bar: '(reported)' });
      out.push({ measure: 'open.phases: synced', ours: p.syncedMs, unit: 'ms', bar: '(reported)' });
      out.push({ measure: 'open.phases: first cell with values', ours: p.firstCellMs, unit: 'ms', bar: '≤ 1.0 s', met: within(p.firstCellMs, 1000) });
      out.push({ measure: 'open.phases: goals judged', ours: p.goalsJudgedMs, unit: 'ms', bar: '≤ 1.5 s', met: within(p.goalsJudgedMs, 1500) });
    }
    const l = open.largeSheet;
    if (l) {
      out.push({ measure: 'open.largeSheet: longest frame scrolling 100 × 120', ours: l.scrollLongestFrameMs, unit: 'ms', bar: '≤ 33 ms', met: within(l.scrollLongestFrameMs, 33) });
      out.push({ measure: 'open.largeSheet: frames over 33 ms while scrolling', ours: l.scrollFramesOver33Ms, unit: '', bar: '(reported)' });
      out.push({ measure: 'open.largeSheet: longest frame in the first 300 ms after the grid shows', ours: l.startLongestFrameMs, unit: 'ms', bar: '(reported)' });
      out.push({ measure: 'open.largeSheet: longest frame of the click on C2', ours: l.clickLongestFrameMs, unit: 'ms', bar: '(reported)' });
      out.push({ measure: 'open.largeSheet: long tasks while scrolling', ours: l.scrollLongTasks, unit: '', bar: '(reported)' });
      out.push({ measure: 'open.largeSheet: assumption edit → goal', ours: l.editToGoalMs, unit: 'ms', bar: '(reported)' });
    }
  }
  if (collab) {
    const { editToLocalGoalMs: local, editToRemoteGoalMs: remote } = collab;
    out.push({ measure: 'collab.editToLocalGoalMs: keydown → own goal card, median', ours: local.medianMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: 'collab.editToLocalGoalMs: p95', ours: local.p95Ms, unit: 'ms', bar: '≤ 50 ms', met: within(local.p95Ms, 50) });
    out.push({ measure: "collab.editToRemoteGoalMs: keydown → colleague's goal card, median", ours: remote.medianMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: 'collab.editToRemoteGoalMs: p95', ours: remote.p95Ms, unit: 'ms', bar: '≤ 100 ms', met: within(remote.p95Ms, 100) });
  }
  if (analysis) {
    const a = analysis;
    out.push({ measure: 'analysis: solve LM2 × Forudsætninger!B6 (template) vs one plain evaluation', ours: a.solveMs, baseline: a.evaluationMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `analysis: sensitivity, ${a.goals} goals × ${a.assumptions} assumptions ±10 % vs one plain evaluation`, ours: a.sensitivityMs, baseline: a.evaluationMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `analysis: LM2's "Hvad skal der til?" from a cold start (${a.assumptions} goal seeks and its sensitivity)`, ours: a.goalAnswersMs, baseline: a.evaluationMs, unit: 'ms', bar: '(reported)' });
    out.push({ measure: `analysis: every goal card's "Hvad skal der til?" on one engine (${a.goals} goals × ${a.assumptions} assumptions, with sensitivity; ${a.allGoalsRecalculations ?? '?'} recalculations)`, ours: a.allGoalsAnswersMs, baseline: a.evaluationMs, unit: 'ms', bar: '≤ 1000 ms', met: within(a.allGoalsAnswersMs, 1000) });
  }
  return out;
}

function diagnostics(details: BenchDetails): string[] {
  const lines: string[] = [];
  const e = details.engine;
  if (e) {
    lines.push(
      `- engine.template: ours ÷ raw in each process ${e.template.processRatios.map((r) => r.toFixed(2)).join(', ')} ×; ` +
        `early (after 100 warm-up edits, 30 with --quick) ${show(e.template.earlyMs, 'ms')} vs raw ${show(e.template.earlyRawMs, 'ms')}, ` +
        `${(e.template.earlyMs / e.template.earlyRawMs).toFixed(2)} ×; ` +
        `every goal of every scenario judged again on unchanged engines (definitions re-read) ${show(e.template.goalsOnlyMs, 'ms')}`,
    );
    lines.push(`- engine.large: build, median of ours ÷ raw over adjacent pairs ${e.largeBuildPairedRatio.toFixed(2)} ×; raw HF one-row edit ${show(e.largeRawRowEditMs, 'ms')}`);
    lines.push(
      `- engine.remoteApply: p50 ${show(e.remoteApplyP50Ms, 'ms')}; p95 of Y.applyUpdate (engines follow inside it) ${show(e.remoteApplyUpdateOnlyP95Ms, 'ms')}, ` +
        `p95 of evaluate() after it ${show(e.remoteEvaluateOnlyP95Ms, 'ms')}`,
    );
  }
  const c = details.capacity;
  if (c) {
    lines.push(
      `- capacity: p50 ${show(c.p50Ms, 'ms')}, ${c.editsPerSecond.toFixed(0)} edits/s sent; server CPU ${c.serverCpuCores.toFixed(2)} cores, ` +
        `benchmark process ${c.benchCpuCores.toFixed(2)} cores; heap cold start ${show(c.heapColdStartMb, 'MB')}, under load ${show(c.heapLoadedMb, 'MB')}; ` +
        `all unloaded ${(c.unloadMs / 1000).toFixed(1)} s after the last editor left`,
    );
  }
  const o = details.open;
  if (o) {
    lines.push(`- open: restarts → synced ${o.restartRuns.map((ms) => ms.toFixed(0)).join(', ')} ms; browser runs ${o.browserRuns.map((ms) => ms.toFixed(0)).join(', ') || '–'} ms`);
    if (o.browserNote) lines.push(`- open: browser: ${o.browserNote}`);
    if (o.initialJsBytes !== null) lines.push(`- open: initial JS ${show(o.initialJsBytes, 'B')} raw in ${o.initialJsFiles.join(', ')}`);
    const l = o.largeSheet;
    const tasks = (ms: number[]): string => (ms.length === 0 ? 'none over 50 ms' : ms.map((t) => t.toFixed(0)).join(', '));
    if (l) {
      lines.push(
        `- open.largeSheet (100 × 120 in Chromium; a frame is 16.7 ms): longest frame in the first 300 ms ${show(l.startLongestFrameMs, 'ms')}, at the click ${show(l.clickLongestFrameMs, 'ms')}, while scrolling ${show(l.scrollLongestFrameMs, 'ms')}, ${l.scrollFramesOver33Ms} of ${l.scrollFrames} frames over 33 ms (long tasks: ${tasks(l.scrollLongTasksMs)}); ` +
          `assumption edit → goal judged again ${show(l.editToGoalMs, 'ms')}, longest frame meanwhile ${show(l.editLongestFrameMs, 'ms')} (long tasks: ${tasks(l.editLongTasksMs)})`,
      );
    }
    if (o.largeSheetNote) lines.push(`- open.largeSheet: ${o.largeSheetNote}`);
    for (const p of o.phaseRuns) lines.push(`- open.phases run: JS ${show(p.jsLoadedMs, 'ms')}, synced ${show(p.syncedMs, 'ms')}, first cell ${show(p.firstCellMs, 'ms')}, goals judged ${show(p.goalsJudgedMs, 'ms')}`);
    if (o.collabPhases) lines.push(`- collab phases (medians): ${Object.entries(o.collabPhases).map(([k, v]) => `${k} ${show(v, 'ms')}`).join(', ')}`);
    if (o.collabNote) lines.push(`- collab: ${o.collabNote}`);
  }
  for (const [name, failure] of Object.entries(details.failures)) lines.push(`- ${name} FAILED: ${failure.split('\n')[0]}`);
  return lines;
}

export function renderTable(results: Partial<BenchResults>, details: BenchDetails, run: { quick: boolean; seconds: number; loadAverage: number[] }): string {
  const header = '| measure | ours | baseline | ratio | bar | met |\n| --- | ---: | ---: | ---: | --- | :---: |';
  const body = rows(results).map((row) => {
    const r = ratio(row.ours, row.baseline);
    const verdict = row.met === undefined ? (row.bar === '(reported)' ? '' : '?') : row.met ? 'yes' : '**no**';
    return `| ${row.measure} | ${show(row.ours, row.unit)} | ${row.baseline === undefined ? '' : show(row.baseline, row.unit)} | ${r === null ? '' : `${r.toFixed(2)} ×`} | ${row.bar} | ${verdict} |`;
  });
  const took = Object.entries(details.seconds)
    .map(([name, s]) => `${name} ${s.toFixed(0)} s`)
    .join(', ');
  return [
    `Fremskriv benchmarks (${run.quick ? 'quick' : 'full'} run, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.versions.node}, load ${run.loadAverage.map((l) => l.toFixed(2)).join(' ')}; ` +
      `took ${run.seconds.toFixed(0)} s: ${took})`,
    '',
    header,
    ...body,
    '',
    ...diagnostics(details),
  ].join('\n');
}

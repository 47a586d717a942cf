/**
 * What a planner feels, measured inside Chromium pages (issue 17):
 * - `open.phases`: from the navigation's start, when the JavaScript the page fetched had arrived,
 *   when the document was synced (the page's `fremskriv:synced` mark), when the first grid cell
 *   showed text and when a goal was judged met or missed (then one animation frame: the paint).
 * - `collab.editToLocalGoalMs` / `editToRemoteGoalMs`: an assumption typed into the template
 *   (Forudsætninger!B6, 1 ⇄ 0,9, which flips goal MM3 between met and missed), timed from the
 *   Enter's keydown to the MM3 card's new `data-status` in the editor's page and in a colleague's
 *   page (a MutationObserver in each; both read `performance.timeOrigin + now()`, one clock on one
 *   machine). Each edit is also split into phases by the page's marks (client/src/session/pageMoments.ts).
 * Scripts are strings, so that the TypeScript loader's helpers never reach the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { goToCell } from '../test/harness/browserHarness.js';
import type { RunningServer } from '../test/harness/serverHarness.js';
import { NAME_ASKED_KEY } from '../client/src/session/userProfile.js';
import { createWorkspace } from './liveWorkspace.js';
import { median, percentile } from './stats.js';

export interface OpenPhases {
  /** The last JavaScript file the page fetched before the goals were judged had arrived. */
  jsLoadedMs: number;
  syncedMs: number;
  firstCellMs: number;
  goalsJudgedMs: number;
}

export interface Spread {
  medianMs: number;
  p95Ms: number;
}

export interface CollabResults {
  editToLocalGoalMs: Spread;
  editToRemoteGoalMs: Spread;
}

/** Medians over the edits of each phase (ms); see bench/README.md for where each starts and ends. */
export interface CollabPhases {
  localApplyMs: number;
  localToWorkerMs: number;
  localWorkerAnswerMs: number;
  localRenderMs: number;
  /** The worker answer split by the worker's own marks: posted → the worker took the message, */
  localWorkerQueueMs?: number;
  /** → the worker posted the focused scenario's goals (apply, recompute, judge), */
  localWorkerComputeMs?: number;
  /** → the page took the answer (the message and whatever the page's thread was doing). */
  localAnswerQueueMs?: number;
  syncHopMs: number;
  remoteToWorkerMs: number;
  remoteWorkerAnswerMs: number;
  remoteRenderMs: number;
  remoteWorkerQueueMs?: number;
  remoteWorkerComputeMs?: number;
  remoteAnswerQueueMs?: number;
}

export const OPEN_PHASES_SCRIPT = `new Promise((resolveReady) => {
  let firstCell = null;
  const judged = () => [...document.querySelectorAll('[data-goal-id][data-status]')].some((goal) => ['met', 'missed'].includes(goal.getAttribute('data-status') ?? ''));
  const cellShown = () => [...document.querySelectorAll('[data-cell]')].some((cell) => (cell.textContent ?? '').trim() !== '');
  const observer = new MutationObserver(() => check());
  const timer = setTimeout(() => { observer.disconnect(); resolveReady(null); }, 20000);
  function check() {
    if (firstCell === null && cellShown()) firstCell = performance.now();
    if (firstCell === null || !judged()) return;
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => {
      const goalsJudgedMs = performance.now();
      const js = performance.getEntriesByType('resource').filter((e) => /\\.js(\\?|$)/.test(e.name)).map((e) => e.responseEnd);
      const synced = performance.getEntriesByName('fremskriv:synced')[0];
      resolveReady({ jsLoadedMs: Math.max(0, ...js), syncedMs: synced ? synced.startTime : NaN, firstCellMs: firstCell, goalsJudgedMs });
    });
  }
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  check();
})`;

const MARKS = ['editApplied', 'remoteApplied', 'enginePosted', 'engineAnswered'];
/** Marked by the engine worker in its own timeline (read through Playwright's Worker). */
const WORKER_MARKS = ['workerReceived', 'workerAnswered'];

/** Armed in a page before the Enter: resolves with the absolute times of keydown (editor only), marks and the new status. */
const armScript = (goalId: string, status: string, editor: boolean): string => `(() => {
  const abs = (t) => performance.timeOrigin + t;
  window.fxEdit = new Promise((resolve) => {
    let keydown = ${editor ? 'null' : '0'};
    const onKey = (event) => { if (event.key === 'Enter' && keydown === null) keydown = abs(performance.now()); };
    ${editor ? "window.addEventListener('keydown', onKey, true);" : ''}
    const done = () => {
      observer.disconnect(); clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
      const marks = {};
      for (const name of ${JSON.stringify(MARKS)}) { const m = performance.getEntriesByName('fremskriv:' + name)[0]; marks[name] = m ? abs(m.startTime) : null; }
      resolve({ keydown, judged: abs(performance.now()), marks });
    };
    const check = () => { if (keydown !== null && document.querySelector('[data-goal-id="${goalId}"]')?.getAttribute('data-status') === '${status}') done(); };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, 10000);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
})()`;

const WORKER_MARKS_SCRIPT = `Object.fromEntries(${JSON.stringify(WORKER_MARKS)}.map((name) => { const m = performance.getEntriesByName('fremskriv:' + name)[0]; return [name, m ? performance.timeOrigin + m.startTime : null]; }))`;

/** One page's view of an edit: absolute times (ms since the epoch, one clock for every page and worker). */
export interface EditReading {
  /** The Enter's keydown (0 in the colleague's page). */
  keydown: number;
  /** MM3's card showed its new status. */
  judged: number;
  marks: Record<string, number | null>;
}

export interface Planner {
  context: BrowserContext;
  page: Page;
}

export async function newPlanner(browser: Browser, url: string): Promise<Planner> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
  await context.addInitScript((key) => localStorage.setItem(key, '1'), NAME_ASKED_KEY);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-goal-id="MM3"][data-status="met"]').waitFor({ timeout: 30_000 });
  return { context, page };
}

async function workerMarks(page: Page): Promise<Record<string, number | null>> {
  const worker = page.workers().find((w) => /scenarioEngine/.test(w.url()));
  return worker ? ((await worker.evaluate(WORKER_MARKS_SCRIPT)) as Record<string, number | null>) : {};
}

/**
 * Types `edits` assumption edits (after 2 warm-up edits) in the editor's page and reads each in
 * both pages, with the engine workers' marks.
 */
export async function typeCollabEdits(editor: Planner, colleague: Planner, edits: number): Promise<Array<{ mine: EditReading; theirs: EditReading }>> {
  const out: Array<{ mine: EditReading; theirs: EditReading }> = [];
  for (let i = 0; i < edits + 2; i++) {
    const [text, status] = i % 2 === 0 ? ['0,9', 'missed'] : ['1', 'met'];
    await goToCell(editor.page, 'B6');
    await editor.page.keyboard.type(text);
    await editor.page.evaluate(armScript('MM3', status, true));
    await colleague.page.evaluate(armScript('MM3', status, false));
    await editor.page.keyboard.press('Enter');
    const mine = (await editor.page.evaluate('window.fxEdit')) as EditReading | null;
    const theirs = (await colleague.page.evaluate('window.fxEdit')) as EditReading | null;
    if (!mine || !theirs) throw new Error(`edit ${i + 1}: MM3 did not turn ${status} within 10 s in ${mine ? "the colleague's" : "the editor's"} page`);
    if (i < 2) continue; // warm-up: the first edits compile the paths
    Object.assign(mine.marks, await workerMarks(editor.page));
    Object.assign(theirs.marks, await workerMarks(colleague.page));
    out.push({ mine, theirs });
  }
  return out;
}

type Marks = Record<string, number | null | undefined>;

/** From `start` (the edit in this page's document) through the worker to the card: to worker, answer, render. */
function pageChain(start: number | null | undefined, m: Marks, judged: number): [number, number, number] | null {
  if (!start || !m.enginePosted || !m.engineAnswered) return null;
  return [m.enginePosted - start, m.engineAnswered - m.enginePosted, judged - m.engineAnswered];
}

/** The worker's answer split by the worker's marks: to the worker, in it, back to the page. */
function workerSplit(m: Marks): [number, number, number] | null {
  if (!m.enginePosted || !m.workerReceived || !m.workerAnswered || !m.engineAnswered) return null;
  return [m.workerReceived - m.enginePosted, m.workerAnswered - m.workerReceived, m.engineAnswered - m.workerAnswered];
}

/** Each edit's phases (ms); see bench/README.md for where each starts and ends. */
export function collabPhases(mine: EditReading, theirs: EditReading): Partial<CollabPhases> {
  const m = mine.marks;
  const r = theirs.marks;
  const out: Partial<CollabPhases> = {};
  const local = pageChain(m.editApplied, m, mine.judged);
  if (local && m.editApplied) [out.localApplyMs, out.localToWorkerMs, out.localWorkerAnswerMs, out.localRenderMs] = [m.editApplied - mine.keydown, ...local];
  const remote = pageChain(r.remoteApplied, r, theirs.judged);
  if (remote && m.editApplied && r.remoteApplied) [out.syncHopMs, out.remoteToWorkerMs, out.remoteWorkerAnswerMs, out.remoteRenderMs] = [r.remoteApplied - m.editApplied, ...remote];
  const localWorker = workerSplit(m);
  if (localWorker) [out.localWorkerQueueMs, out.localWorkerComputeMs, out.localAnswerQueueMs] = localWorker;
  const remoteWorker = workerSplit(r);
  if (remoteWorker) [out.remoteWorkerQueueMs, out.remoteWorkerComputeMs, out.remoteAnswerQueueMs] = remoteWorker;
  return out;
}

/** `edits` assumption edits in one page, each watched there and in a colleague's page. */
export async function readCollabEdits(server: RunningServer, browser: Browser, edits: number): Promise<{ results: CollabResults; phases: CollabPhases }> {
  const { editorUrl } = await createWorkspace(server);
  const editor = await newPlanner(browser, editorUrl);
  const colleague = await newPlanner(browser, editorUrl);
  try {
    const readings = await typeCollabEdits(editor, colleague, edits);
    const local = readings.map(({ mine }) => mine.judged - mine.keydown);
    const remote = readings.map(({ mine, theirs }) => theirs.judged - mine.keydown);
    const phases = new Map<keyof CollabPhases, number[]>();
    for (const { mine, theirs } of readings) {
      for (const [key, ms] of Object.entries(collabPhases(mine, theirs)) as Array<[keyof CollabPhases, number]>) phases.set(key, [...(phases.get(key) ?? []), ms]);
    }
    const spread = (samples: number[]): Spread => ({ medianMs: median(samples), p95Ms: percentile(samples, 95) });
    return {
      results: { editToLocalGoalMs: spread(local), editToRemoteGoalMs: spread(remote) },
      phases: Object.fromEntries([...phases].map(([k, v]) => [k, median(v)])) as unknown as CollabPhases,
    };
  } finally {
    await editor.context.close();
    await colleague.context.close();
  }
}

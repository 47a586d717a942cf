/**
 * What a planner feels, measured inside Chromium pages (issue 17):
 * - `open.phases`: from the navigation's start, when the JavaScript the page fetched had arrived,
 *   when the document was synced (the page's `fremskriv:synced` mark), when the first cell showed
 *   text (on the static first screen or in the grid, whichever came first), when a goal was judged
 *   met or missed (then one animation frame: the paint), and when AG Grid was ready
 *   (`fremskriv:gridReady`: the grid takes keys and clicks itself).
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
  /** AG Grid ready (it replaced the static first screen). */
  gridReadyMs: number;
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
  syncHopMs: number;
  remoteToWorkerMs: number;
  remoteWorkerAnswerMs: number;
  remoteRenderMs: number;
}

export const OPEN_PHASES_SCRIPT = `new Promise((resolveReady) => {
  let firstCell = null;
  let goalsJudgedMs = null;
  const judged = () => [...document.querySelectorAll('[data-goal-id][data-status]')].some((goal) => ['met', 'missed'].includes(goal.getAttribute('data-status') ?? ''));
  const cellShown = () => [...document.querySelectorAll('[data-cell], [data-first-cell]')].some((cell) => (cell.textContent ?? '').trim() !== '');
  const gridReady = () => performance.getEntriesByName('fremskriv:gridReady')[0];
  const observer = new MutationObserver(() => check());
  // The grid's ready mark sets no DOM of its own after the last mutation: looked at on a timer too.
  const poll = setInterval(() => check(), 50);
  const timer = setTimeout(() => { observer.disconnect(); clearInterval(poll); resolveReady(null); }, 20000);
  function check() {
    if (firstCell === null && cellShown()) firstCell = performance.now();
    if (firstCell !== null && goalsJudgedMs === null && judged()) {
      goalsJudgedMs = -1;
      requestAnimationFrame(() => { goalsJudgedMs = performance.now(); check(); });
    }
    if (firstCell === null || goalsJudgedMs === null || goalsJudgedMs < 0 || !gridReady()) return;
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
    const js = performance.getEntriesByType('resource').filter((e) => /\\.js(\\?|$)/.test(e.name) && e.responseEnd <= goalsJudgedMs).map((e) => e.responseEnd);
    const synced = performance.getEntriesByName('fremskriv:synced')[0];
    resolveReady({ jsLoadedMs: Math.max(0, ...js), syncedMs: synced ? synced.startTime : NaN, firstCellMs: firstCell, goalsJudgedMs, gridReadyMs: gridReady().startTime });
  }
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  check();
})`;

const MARKS = ['editApplied', 'remoteApplied', 'enginePosted', 'engineAnswered'];

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

interface EditReading {
  keydown: number;
  judged: number;
  marks: Record<string, number | null>;
}

async function newPlanner(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
  await context.addInitScript((key) => localStorage.setItem(key, '1'), NAME_ASKED_KEY);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-goal-id="MM3"][data-status="met"]').waitFor({ timeout: 30_000 });
  return { context, page };
}

/** `edits` assumption edits in one page, each watched there and in a colleague's page. */
export async function readCollabEdits(server: RunningServer, browser: Browser, edits: number): Promise<{ results: CollabResults; phases: CollabPhases }> {
  const { editorUrl } = await createWorkspace(server);
  const editor = await newPlanner(browser, editorUrl);
  const colleague = await newPlanner(browser, editorUrl);
  try {
    const local: number[] = [];
    const remote: number[] = [];
    const phases: Record<keyof CollabPhases, number[]> = {
      localApplyMs: [],
      localToWorkerMs: [],
      localWorkerAnswerMs: [],
      localRenderMs: [],
      syncHopMs: [],
      remoteToWorkerMs: [],
      remoteWorkerAnswerMs: [],
      remoteRenderMs: [],
    };
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
      local.push(mine.judged - mine.keydown);
      remote.push(theirs.judged - mine.keydown);
      const m = mine.marks;
      const r = theirs.marks;
      if (m.editApplied && m.enginePosted && m.engineAnswered) {
        phases.localApplyMs.push(m.editApplied - mine.keydown);
        phases.localToWorkerMs.push(m.enginePosted - m.editApplied);
        phases.localWorkerAnswerMs.push(m.engineAnswered - m.enginePosted);
        phases.localRenderMs.push(mine.judged - m.engineAnswered);
      }
      if (m.editApplied && r.remoteApplied && r.enginePosted && r.engineAnswered) {
        phases.syncHopMs.push(r.remoteApplied - m.editApplied);
        phases.remoteToWorkerMs.push(r.enginePosted - r.remoteApplied);
        phases.remoteWorkerAnswerMs.push(r.engineAnswered - r.enginePosted);
        phases.remoteRenderMs.push(theirs.judged - r.engineAnswered);
      }
    }
    const spread = (samples: number[]): Spread => ({ medianMs: median(samples), p95Ms: percentile(samples, 95) });
    return {
      results: { editToLocalGoalMs: spread(local), editToRemoteGoalMs: spread(remote) },
      phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, median(v)])) as unknown as CollabPhases,
    };
  } finally {
    await editor.context.close();
    await colleague.context.close();
  }
}

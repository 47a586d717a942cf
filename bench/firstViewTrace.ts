/**
 * Where a first visit's time goes (issue 17), as a script: `node --import tsx bench/firstViewTrace.ts [runs]`.
 * Builds the client, starts a server, opens the demo workspace in fresh browser contexts (no
 * cache, no stored values) and prints, in ms from the navigation's start, the page's and the
 * engine worker's marks (client/src/session/pageMoments.ts) beside the worker script's and the
 * chunks' downloads, the first cell with text and the first judged goal. One run is a warm-up.
 * Visits alternate between a page that gets the server's values (GET …/values) and one whose
 * request for them is aborted (the page as it was before them), so both columns share one load.
 * `--without=screen`: the other page gets the values without the pre-screen's text (`?screen`
 * dropped from the request, so nothing is painted before the app), the pre-screen's own A/B.
 */
import { rmSync } from 'node:fs';
import { chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/harness/browserHarness.js';
import { startServer } from '../test/harness/serverHarness.js';
import { buildClient, CHROMIUM_ARGS } from './openBenchmark.js';
import { OPEN_PHASES_SCRIPT, type OpenPhases } from './pagePhases.js';
import { median } from './stats.js';

interface TimedEntry {
  name: string;
  start: number;
  /** A resource's request sent (after any wait for a connection); a mark's time. */
  sent: number;
  end: number;
}

const ENTRIES_SCRIPT = `({ origin: performance.timeOrigin, entries: performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'resource').map((e) => ({ name: e.name, start: e.startTime, sent: e.entryType === 'resource' ? e.requestStart : e.startTime, end: e.entryType === 'resource' ? e.responseEnd : e.startTime })) })`;

async function entriesOf(target: Pick<Page | Worker, 'url'> & { evaluate(script: string): Promise<unknown> }): Promise<TimedEntry[]> {
  const { origin, entries } = (await target.evaluate(ENTRIES_SCRIPT)) as { origin: number; entries: TimedEntry[] };
  return entries.map((e) => ({ name: e.name, start: origin + e.start, sent: origin + e.sent, end: origin + e.end }));
}

/**
 * The server's own log lines during a visit (same machine, same clock): when each request was
 * answered and how long the server took for it, when the websocket opened and when its sync began
 * (the workspace loaded), so a late answer shows whether the server or the way to it was slow.
 */
function serverLines(log: string, navigation: number): { name: string; ms: number }[] {
  const lines: { name: string; ms: number }[] = [];
  for (const line of log.split('\n')) {
    const match = /^(\S+Z) (http|sync\.open|sync\.begin)\b(.*)$/.exec(line);
    if (!match) continue;
    const at = Date.parse(match[1]!) - navigation;
    const fields = Object.fromEntries([...match[3]!.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
    if (match[2] !== 'http') {
      lines.push({ name: `server ${match[2]}`, ms: at });
      if (fields.waitedMs) lines.push({ name: `server ${match[2]} waited (ms)`, ms: Number(fields.waitedMs) });
      continue;
    }
    const path = (fields.path ?? '').replace(/^\/api\/workspaces\/[^/]+/, '…').replace(/^\/assets\/(.*?)-[\w-]{8}\.js$/, '$1.js');
    if (!/^…|\.js$|^\/w\//.test(path)) continue;
    lines.push({ name: `server ${path} (answered)`, ms: at });
    lines.push({ name: `server ${path} (took ms)`, ms: Number(fields.ms) });
  }
  return lines;
}

/** Wraps the page's fetch; `off`: a request for the values goes without `?screen=` (no pre-screen). */
const SCREEN_OFF_SCRIPT = (off: boolean): string =>
  `{ const sent = window.fetch; window.fetch = (url, init) => sent(${off} && typeof url === 'string' ? url.replace(/\\?screen=[^&]*/, '') : url, init); }`;

const shortName = (name: string): string => name.replace(/^.*\/assets\//, '').replace(/^fremskriv:/, '');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args.find((arg) => !arg.startsWith('--')) ?? 3);
  const withoutScreen = args.includes('--without=screen');
  const built = buildClient(console.log);
  if ('error' in built) throw new Error(built.error);
  const server = await startServer({ env: { CLIENT_DIST_DIR: built.dir } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const readings = { with: new Map<string, number[]>(), without: new Map<string, number[]>() };
  let column = readings.with;
  const note = (name: string, ms: number): void => void column.set(name, [...(column.get(name) ?? []), ms]);
  try {
    const demo = server.demo!;
    for (let i = 0; i < 2 * runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
      column = i % 2 === 1 ? readings.with : readings.without;
      // Without the pre-screen: the page's own fetch drops `?screen`, in both columns the same
      // wrapper (a route would send every request of one column through Playwright, slower).
      if (withoutScreen) await context.addInitScript(SCREEN_OFF_SCRIPT(column === readings.without));
      else if (column === readings.without) await context.route(/\/api\/workspaces\/[^/]+\/values(\?|$)/, (route) => route.abort());
      try {
        const page = await context.newPage();
        const logFrom = server.output().length;
        const worker = page.waitForEvent('worker');
        await page.goto(`${server.url}/w/${demo.workspaceId}#token=${demo.editorToken}`, { waitUntil: 'commit' });
        const phases = (await page.evaluate(OPEN_PHASES_SCRIPT)) as OpenPhases | null;
        if (!phases) throw new Error('no grid and judged goal within 20 s');
        const navigation = (await page.evaluate('performance.timeOrigin')) as number;
        const entries = [...(await entriesOf(page)), ...(await entriesOf(await worker))];
        if (i === 0) continue;
        for (const [key, ms] of Object.entries(phases)) note(key, ms);
        for (const line of serverLines(server.output().slice(logFrom), navigation)) note(line.name, line.ms);
        for (const e of entries) {
          const name = shortName(e.name);
          if (e.name.startsWith('fremskriv:')) note(`mark ${name}`, e.start - navigation);
          else if (/\.js(\?|$)/.test(e.name)) note(`js ${name.replace(/-[\w-]{8}\.js$/, '.js')} (end)`, e.end - navigation);
          else if (/\/api\//.test(e.name)) {
            const api = `api ${new URL(e.name).pathname.replace(/^\/api\/workspaces\/[^/]+/, '…')}`;
            note(`${api} (fetch called)`, e.start - navigation);
            note(`${api} (request sent)`, e.sent - navigation);
            note(`${api} (end)`, e.end - navigation);
          }
        }
      } finally {
        await context.close();
      }
    }
    const rows = [...readings.with].map(([name, ms]) => [name, median(ms), readings.without.has(name) ? median(readings.without.get(name)!) : NaN] as const).sort((a, b) => a[1] - b[1]);
    console.log(`first view, medians of ${runs} fresh visits each (ms from navigation): with the server's values | without ${withoutScreen ? 'the pre-screen' : 'them'}`);
    for (const [name, ms, without] of rows) console.log(`${ms.toFixed(0).padStart(6)} | ${Number.isNaN(without) ? '     –' : without.toFixed(0).padStart(6)}  ${name}`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(built.dir, { recursive: true, force: true });
  }
}

await main();

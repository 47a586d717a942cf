/**
 * work: heavy work off the event loop (issue 15; server/work/).
 * - evaluationInProcessMs: `evaluateWorkbook` on a workspace of 40,000 × 10 numbers and a column of
 *   sums, in this process: what blocked the server's event loop for every workspace before.
 * - evaluationWorkerMs: the same workspace's `GET …/evaluation` through the server's worker thread
 *   (the first, uncached request); evaluationCachedMs: the same request again (same state).
 * - healthzMaxMsDuringEvaluation: the slowest `/healthz` answer while that evaluation ran, asked
 *   back to back from a worker thread (healthzFailures: polls with no 200 within 5 s).
 * - wideRangeBuildMs: an engine built for a workbook holding `=SUM(A2:XFD40000)` over a few cells
 *   (before: out of memory after 105 s).
 * - The scale checks moved here from test/server/heavyWork.test.ts (which runs the same behaviours
 *   at a moderate size): largeCreateMs, a workspace made from a CSV of 40,000 × 10 numbers
 *   (400,000 cells; before: 500), and largeImportMs, 400,000 more imported into it as a second
 *   sheet; healthzMaxMsDuringLargeImport, the slowest /healthz meanwhile, shows the known gap
 *   (server/README.md, Heavy work: loading the workspace and applying the worker's update run on
 *   the event loop). largeImportStatuses: the two answers (201, 200).
 * - burst: 200 concurrent evaluations of that workspace from one viewer (WORK_PER_TOKEN 2):
 *   how many were answered 200 and 429, the time until all were answered, and the slowest /healthz.
 */
import { WorkbookEngine } from '../models/engine/WorkbookEngine.js';
import { evaluateWorkbook } from '../models/evaluation/evaluationReport.js';
import type { WorkbookFile } from '../models/format/workbookFile.js';
import { documentFromFile } from '../models/templates/templates.js';
import { startServer, type RunningServer } from '../test/harness/serverHarness.js';
import { watchHealth } from '../test/server/support/attackWatch.js';

export interface WorkResults {
  evaluationInProcessMs: number;
  evaluationWorkerMs: number;
  evaluationCachedMs: number;
  healthzMaxMsDuringEvaluation: number;
  wideRangeBuildMs: number;
  /** Cells of the evaluated workspace (numbers and row sums) and of the imported CSV (a quick run: a tenth). */
  evaluationCells: number;
  largeImportCells: number;
  largeCreateMs: number;
  largeImportMs: number;
  largeImportStatuses: number[];
  healthzMaxMsDuringLargeImport: number;
  burst: { requests: number; answered200: number; answered429: number; other: number[]; allAnsweredMs: number; healthzMaxMs: number };
  /** /healthz polls that got no 200 within 5 s, while the evaluation, the large import and the burst ran. */
  healthzFailures: { evaluation: number; largeImport: number; burst: number };
}

function largeFile(rows: number): WorkbookFile {
  const cells: Record<string, number | string> = {};
  for (let r = 1; r <= rows; r++) {
    for (let c = 0; c < 10; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = r * 10 + c;
    cells[`K${r}`] = `=SUM(A${r}:J${r})`;
  }
  return { format: 'fremskriv.workbook', version: 1, title: 'Stor', locale: 'da-DK', sheets: [{ name: 'Data', cells }] };
}

/** A CSV of rows × 10 numbers. */
function numbersCsv(rows: number): Uint8Array {
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: 10 }, (_, c) => String(r * 10 + c)).join(';'));
  return new TextEncoder().encode(lines.join('\r\n'));
}

async function upload(url: string, token: string, bytes: Uint8Array, name: string, fields: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(bytes)]), name);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, json: await response.json() };
}

/**
 * Runs `work` while /healthz is asked back to back from a worker thread (its own event loop, a
 * fresh connection each time: test/server/support/attackWatch.ts); returns its result, the
 * slowest answer and the polls that failed (no answer within 5 s, or not 200).
 */
async function watchingHealth<T>(server: RunningServer, work: () => Promise<T>): Promise<{ value: T; healthzMaxMs: number; healthzFailures: number }> {
  const health = watchHealth(server);
  let value: T;
  try {
    value = await work();
  } catch (error) {
    await health.stop();
    throw error;
  }
  const watched = await health.stop();
  return { value, healthzMaxMs: watched.slowestMs, healthzFailures: watched.failures.length };
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export async function runWorkBenchmark(options: { quick: boolean; log(line: string): void }): Promise<WorkResults> {
  const file = largeFile(options.quick ? 4_000 : 40_000);
  const doc = documentFromFile(file);
  const inProcess = await timed(() => evaluateWorkbook(doc));
  doc.destroy();
  options.log(`work: in-process evaluation ${inProcess.ms.toFixed(0)} ms`);

  const wide = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Bred', locale: 'da-DK', sheets: [{ name: 'Ark1', cells: { A2: 1, B3: 2, E1: '=SUM(A2:XFD40000)' } }] });
  const wideBuild = await timed(() => new WorkbookEngine(wide));
  wideBuild.value.destroy();
  wide.destroy();

  const server = await startServer({ env: { WORK_TIMEOUT_MS: '600000' } });
  try {
    const created = await fetch(`${server.url}/api/workspaces`, { method: 'POST', headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(file) });
    const { id, viewerToken } = (await created.json()) as { id: string; viewerToken: string };
    const evaluate = () => fetch(`${server.url}/api/workspaces/${id}/evaluation`, { headers: { authorization: `Bearer ${viewerToken}` } }).then((r) => r.arrayBuffer());
    const { value: worker, healthzMaxMs: healthzMax, healthzFailures: evaluationFailures } = await watchingHealth(server, () => timed(evaluate));
    const cached = await timed(evaluate);
    options.log(`work: worker evaluation ${worker.ms.toFixed(0)} ms, /healthz max ${healthzMax.toFixed(0)} ms`);

    const csv = numbersCsv(options.quick ? 4_000 : 40_000);
    const large = await watchingHealth(server, async () => {
      const create = await timed(() => upload(`${server.url}/api/workspaces`, server.adminToken, csv, 'stor.csv', { sheet: 'Stor' }));
      const created = create.value.json as { id: string; editorToken: string; viewerToken: string };
      const more = await timed(() => upload(`${server.url}/api/workspaces/${created.id}/import`, created.editorToken, csv, 'mere.csv'));
      return { create, more, created };
    });
    options.log(`work: ${csv.length} bytes of CSV created in ${large.value.create.ms.toFixed(0)} ms, imported in ${large.value.more.ms.toFixed(0)} ms, /healthz max ${large.healthzMaxMs.toFixed(0)} ms`);

    const requests = options.quick ? 20 : 200;
    const burst = await watchingHealth(server, () =>
      timed(() =>
        Promise.all(
          Array.from({ length: requests }, () =>
            fetch(`${server.url}/api/workspaces/${large.value.created.id}/evaluation`, { headers: { authorization: `Bearer ${large.value.created.viewerToken}` } }).then(async (r) => {
              await r.arrayBuffer();
              return r.status;
            }),
          ),
        ),
      ),
    );
    const statuses = burst.value.value;
    options.log(`work: ${requests} concurrent evaluations answered in ${burst.value.ms.toFixed(0)} ms`);
    return {
      evaluationInProcessMs: inProcess.ms,
      evaluationWorkerMs: worker.ms,
      evaluationCachedMs: cached.ms,
      healthzMaxMsDuringEvaluation: healthzMax,
      wideRangeBuildMs: wideBuild.ms,
      evaluationCells: (options.quick ? 4_000 : 40_000) * 11,
      largeImportCells: (options.quick ? 4_000 : 40_000) * 10,
      largeCreateMs: large.value.create.ms,
      largeImportMs: large.value.more.ms,
      largeImportStatuses: [large.value.create.value.status, large.value.more.value.status],
      healthzMaxMsDuringLargeImport: large.healthzMaxMs,
      burst: {
        requests,
        answered200: statuses.filter((status) => status === 200).length,
        answered429: statuses.filter((status) => status === 429).length,
        other: statuses.filter((status) => status !== 200 && status !== 429),
        allAnsweredMs: burst.value.ms,
        healthzMaxMs: burst.healthzMaxMs,
      },
      healthzFailures: { evaluation: evaluationFailures, largeImport: large.healthzFailures, burst: burst.healthzFailures },
    };
  } finally {
    await server.stop();
  }
}

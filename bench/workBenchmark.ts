/**
 * work: heavy work off the event loop and the bound on a workspace's size (issue 15; server/work/,
 * server/store/workspaceSize.ts). The server runs with its default limits (MAX_WORKSPACE_BYTES
 * 2 MiB; WORK_TIMEOUT_MS 600 s, IDLE_UNLOAD_MS 2 s so that a workspace unloads between steps).
 * - evaluationInProcessMs: `evaluateWorkbook` on a workspace of 4,000 × 10 numbers and a column of
 *   sums (44,000 cells, 1.8 MB: about the largest the bound allows), in this process: what blocked
 *   the server's event loop for every workspace before.
 * - evaluationWorkerMs: the same workspace's `GET …/evaluation` through the server's worker thread
 *   (the first, uncached request); evaluationCachedMs: the same request again (same state).
 * - healthzMaxMsDuringEvaluation: the slowest `/healthz` answer while that evaluation ran, asked
 *   back to back from a worker thread (healthzFailures: polls with no 200 within 5 s).
 * - wideRangeBuildMs: an engine built for a workbook holding `=SUM(A2:XFD40000)` over a few cells
 *   (before: out of memory after 105 s).
 * - refused: a new workspace from a CSV of 40,000 × 10 numbers (400,000 cells; before: 500, then 48 s
 *   and /healthz unanswered for over 5 s): now its answer (413) and time, and the slowest /healthz.
 * - refusedJson: a new workspace from a v1 file of 40,000 rows × 11 cells (440,000 cells, about 7 MB
 *   of JSON, under the 16 MiB body limit, past MAX_WORKSPACE_BYTES once built; before the twenty-first session it was parsed and checked
 *   on the event loop, 43–86 s to its 413 with /healthz unanswered for 11–26 s at load 15): its
 *   answer, time and the slowest /healthz.
 * - atBound: a workspace made from 2,500 × 10 numbers and as many imported into it as a second sheet
 *   (50,000 cells, 1.7 MB): largeCreateMs, largeImportMs, their answers (201, 200) and the slowest
 *   /healthz meanwhile; then, once it was unloaded, loadMs (the server's `workspace.loaded … ms=`
 *   line) and the slowest /healthz while a request loaded it again.
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
  /** Cells of the evaluated workspace (numbers and row sums), of the refused CSV and of the workspace at the bound (a quick run: a tenth). */
  evaluationCells: number;
  refusedCells: number;
  largeImportCells: number;
  refused: { status: number; ms: number; healthzMaxMs: number };
  refusedJson: { bytes: number; status: number; ms: number; healthzMaxMs: number };
  largeCreateMs: number;
  largeImportMs: number;
  largeImportStatuses: number[];
  healthzMaxMsDuringLargeImport: number;
  /** Loading the workspace at the bound again after it was unloaded (the server's own measure) and /healthz meanwhile. */
  load: { bytes: number; ms: number; healthzMaxMs: number };
  burst: { requests: number; answered200: number; answered429: number; other: number[]; allAnsweredMs: number; healthzMaxMs: number };
  /** /healthz polls that got no 200 within 5 s, in each step. */
  healthzFailures: { evaluation: number; refused: number; refusedJson: number; largeImport: number; load: number; burst: number };
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

/** The server's log lines matching `pattern` (global), once there are `count` (a line may arrive after the answer it belongs to). */
async function linesOf(server: RunningServer, pattern: RegExp, count: number): Promise<RegExpMatchArray[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const lines = [...server.output().matchAll(pattern)];
    if (lines.length >= count) return lines;
    if (Date.now() > deadline) throw new Error(`the server did not print ${count} lines matching ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export async function runWorkBenchmark(options: { quick: boolean; log(line: string): void }): Promise<WorkResults> {
  const scale = options.quick ? 10 : 1;
  const evaluationRows = 4_000 / scale;
  const file = largeFile(evaluationRows);
  const doc = documentFromFile(file);
  const inProcess = await timed(() => evaluateWorkbook(doc));
  doc.destroy();
  options.log(`work: in-process evaluation ${inProcess.ms.toFixed(0)} ms`);

  const wide = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Bred', locale: 'da-DK', sheets: [{ name: 'Ark1', cells: { A2: 1, B3: 2, E1: '=SUM(A2:XFD40000)' } }] });
  const wideBuild = await timed(() => new WorkbookEngine(wide));
  wideBuild.value.destroy();
  wide.destroy();

  const server = await startServer({ env: { WORK_TIMEOUT_MS: '600000', IDLE_UNLOAD_MS: '2000' } });
  try {
    const created = await fetch(`${server.url}/api/workspaces`, { method: 'POST', headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(file) });
    if (created.status !== 201) throw new Error(`creating the evaluated workspace answered ${created.status}: ${await created.text()}`);
    const { id, viewerToken } = (await created.json()) as { id: string; viewerToken: string };
    const evaluate = () => fetch(`${server.url}/api/workspaces/${id}/evaluation`, { headers: { authorization: `Bearer ${viewerToken}` } }).then((r) => r.arrayBuffer());
    const { value: worker, healthzMaxMs: healthzMax, healthzFailures: evaluationFailures } = await watchingHealth(server, () => timed(evaluate));
    const cached = await timed(evaluate);
    options.log(`work: worker evaluation ${worker.ms.toFixed(0)} ms, /healthz max ${healthzMax.toFixed(0)} ms`);

    const refusedCsv = numbersCsv(40_000 / scale);
    const refused = await watchingHealth(server, () => timed(() => upload(`${server.url}/api/workspaces`, server.adminToken, refusedCsv, 'alt.csv', { sheet: 'Alt' })));
    options.log(`work: ${refusedCsv.length} bytes of CSV answered ${refused.value.value.status} in ${refused.value.ms.toFixed(0)} ms, /healthz max ${refused.healthzMaxMs.toFixed(0)} ms`);

    const refusedJsonBody = JSON.stringify(largeFile(40_000 / scale));
    const postJson = () => fetch(`${server.url}/api/workspaces`, { method: 'POST', headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' }, body: refusedJsonBody }).then(async (r) => (await r.arrayBuffer(), r.status));
    const refusedJson = await watchingHealth(server, () => timed(postJson));
    options.log(`work: ${refusedJsonBody.length} bytes of v1 JSON answered ${refusedJson.value.value} in ${refusedJson.value.ms.toFixed(0)} ms, /healthz max ${refusedJson.healthzMaxMs.toFixed(0)} ms`);

    const csv = numbersCsv(2_500 / scale);
    const large = await watchingHealth(server, async () => {
      const create = await timed(() => upload(`${server.url}/api/workspaces`, server.adminToken, csv, 'stor.csv', { sheet: 'Stor' }));
      const created = create.value.json as { id: string; editorToken: string; viewerToken: string };
      const more = await timed(() => upload(`${server.url}/api/workspaces/${created.id}/import`, created.editorToken, csv, 'mere.csv'));
      return { create, more, created };
    });
    const atBound = large.value.created;
    options.log(`work: ${csv.length} bytes of CSV created in ${large.value.create.ms.toFixed(0)} ms, imported in ${large.value.more.ms.toFixed(0)} ms, /healthz max ${large.healthzMaxMs.toFixed(0)} ms`);

    // Loaded again from the store once nobody holds it: what a planner opening it in the morning
    // costs everyone. (It may have unloaded and loaded again while the import's job ran.)
    const loadLine = new RegExp(`workspace\\.loaded workspace=${atBound.id} .*bytes=(\\d+) ms=(\\d+)`, 'g');
    const loadsBefore = (await linesOf(server, loadLine, 1)).length;
    await linesOf(server, new RegExp(`workspace\\.unloaded workspace=${atBound.id}`, 'g'), loadsBefore);
    const loaded = await watchingHealth(server, evaluateAtBound);
    const lastLoad = (await linesOf(server, loadLine, loadsBefore + 1)).at(-1);
    const load = { bytes: Number(lastLoad?.[1] ?? 0), ms: Number(lastLoad?.[2] ?? 0), healthzMaxMs: loaded.healthzMaxMs };
    options.log(`work: the workspace at the bound (${load.bytes} bytes) loaded again in ${load.ms} ms, /healthz max ${load.healthzMaxMs.toFixed(0)} ms`);

    function evaluateAtBound(): Promise<number> {
      return fetch(`${server.url}/api/workspaces/${atBound.id}/evaluation`, { headers: { authorization: `Bearer ${atBound.viewerToken}` } }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
    }

    const requests = options.quick ? 20 : 200;
    const burst = await watchingHealth(server, () => timed(() => Promise.all(Array.from({ length: requests }, evaluateAtBound))));
    const statuses = burst.value.value;
    options.log(`work: ${requests} concurrent evaluations answered in ${burst.value.ms.toFixed(0)} ms`);
    return {
      evaluationInProcessMs: inProcess.ms,
      evaluationWorkerMs: worker.ms,
      evaluationCachedMs: cached.ms,
      healthzMaxMsDuringEvaluation: healthzMax,
      wideRangeBuildMs: wideBuild.ms,
      evaluationCells: evaluationRows * 11,
      refusedCells: (40_000 / scale) * 10,
      largeImportCells: (2_500 / scale) * 10,
      refused: { status: refused.value.value.status, ms: refused.value.ms, healthzMaxMs: refused.healthzMaxMs },
      refusedJson: { bytes: refusedJsonBody.length, status: refusedJson.value.value, ms: refusedJson.value.ms, healthzMaxMs: refusedJson.healthzMaxMs },
      largeCreateMs: large.value.create.ms,
      largeImportMs: large.value.more.ms,
      largeImportStatuses: [large.value.create.value.status, large.value.more.value.status],
      healthzMaxMsDuringLargeImport: large.healthzMaxMs,
      load,
      burst: {
        requests,
        answered200: statuses.filter((status) => status === 200).length,
        answered429: statuses.filter((status) => status === 429).length,
        other: statuses.filter((status) => status !== 200 && status !== 429),
        allAnsweredMs: burst.value.ms,
        healthzMaxMs: burst.healthzMaxMs,
      },
      healthzFailures: { evaluation: evaluationFailures, refused: refused.healthzFailures, refusedJson: refusedJson.healthzFailures, largeImport: large.healthzFailures, load: loaded.healthzFailures, burst: burst.healthzFailures },
    };
  } finally {
    await server.stop();
  }
}

/**
 * work: heavy work off the event loop (issue 15; server/work/).
 * - evaluationInProcessMs: `evaluateWorkbook` on a workspace of 40,000 × 10 numbers and a column of
 *   sums, in this process: what blocked the server's event loop for every workspace before.
 * - evaluationWorkerMs: the same workspace's `GET …/evaluation` through the server's worker thread
 *   (the first, uncached request); evaluationCachedMs: the same request again (same state).
 * - healthzMaxMsDuringEvaluation: the slowest `/healthz` answer while that evaluation ran.
 * - wideRangeBuildMs: an engine built for a workbook holding `=SUM(A2:XFD40000)` over a few cells
 *   (before: out of memory after 105 s).
 */
import { WorkbookEngine } from '../models/engine/WorkbookEngine.js';
import { evaluateWorkbook } from '../models/evaluation/evaluationReport.js';
import type { WorkbookFile } from '../models/format/workbookFile.js';
import { documentFromFile } from '../models/templates/templates.js';
import { startServer } from '../test/harness/serverHarness.js';

export interface WorkResults {
  evaluationInProcessMs: number;
  evaluationWorkerMs: number;
  evaluationCachedMs: number;
  healthzMaxMsDuringEvaluation: number;
  wideRangeBuildMs: number;
}

function largeFile(rows: number): WorkbookFile {
  const cells: Record<string, number | string> = {};
  for (let r = 1; r <= rows; r++) {
    for (let c = 0; c < 10; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = r * 10 + c;
    cells[`K${r}`] = `=SUM(A${r}:J${r})`;
  }
  return { format: 'fremskriv.workbook', version: 1, title: 'Stor', locale: 'da-DK', sheets: [{ name: 'Data', cells }] };
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
    let healthzMax = 0;
    let evaluating = true;
    const watch = (async () => {
      while (evaluating) {
        const answer = await timed(() => fetch(`${server.url}/healthz`).then((r) => r.arrayBuffer()));
        healthzMax = Math.max(healthzMax, answer.ms);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const evaluate = () => fetch(`${server.url}/api/workspaces/${id}/evaluation`, { headers: { authorization: `Bearer ${viewerToken}` } }).then((r) => r.arrayBuffer());
    const worker = await timed(evaluate);
    evaluating = false;
    await watch;
    const cached = await timed(evaluate);
    options.log(`work: worker evaluation ${worker.ms.toFixed(0)} ms, /healthz max ${healthzMax.toFixed(0)} ms`);
    return {
      evaluationInProcessMs: inProcess.ms,
      evaluationWorkerMs: worker.ms,
      evaluationCachedMs: cached.ms,
      healthzMaxMsDuringEvaluation: healthzMax,
      wideRangeBuildMs: wideBuild.ms,
    };
  } finally {
    await server.stop();
  }
}

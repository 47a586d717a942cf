/**
 * A burst of version saves (server/README.md, "Versions"), standalone: `npx tsx bench/versionBurst.ts`
 * (SAVES=20, RATE=6 for VERSION_SAVES_PER_MINUTE; RATE=1000 takes the rate out of the way).
 * A workspace of 4,000 × 10 numbers and row sums (1.8 MB) gets SAVES concurrent `POST …/versions`
 * while /healthz is polled back to back from a worker thread and a colleague syncs another
 * workspace; first 8 s of the same without saves (the machine's own noise). Prints the answers,
 * the time until all were answered, the slowest /healthz, the load, and the SQLite files' sizes
 * after the saves and after deleting every saved version.
 */
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { startServer } from '../test/harness/serverHarness.js';
import { watchHealth, colleagueKeepsWorking } from '../test/server/support/attackWatch.js';
import { api, createWorkspace } from '../test/server/support/api.js';

function largeFile(rows: number): { format: string; version: number; title: string; locale: string; sheets: { name: string; cells: Record<string, number | string> }[] } {
  const cells: Record<string, number | string> = {};
  for (let r = 1; r <= rows; r++) {
    for (let c = 0; c < 10; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = r * 10 + c;
    cells[`K${r}`] = `=SUM(A${r}:J${r})`;
  }
  return { format: 'fremskriv.workbook', version: 1, title: 'Stor', locale: 'da-DK', sheets: [{ name: 'Data', cells }] };
}
const saves = Number(process.env.SAVES ?? 20);
const rate = process.env.RATE ?? '6';
const server = await startServer({ env: { VERSION_SAVES_PER_MINUTE: rate, WORK_TIMEOUT_MS: '600000' } });
function sizes(): string {
  return readdirSync(server.dataDir).filter((f) => f.includes('sqlite')).map((f) => `${f}=${(statSync(join(server.dataDir, f)).size / 1e6).toFixed(1)}MB`).join(' ');
}
try {
  const big = await createWorkspace(server, largeFile(4000));
  const other = await createWorkspace(server);
  const s = await api(server, 'GET', `/api/workspaces/${big.id}/workbook.json`, big.editorToken);
  console.log('created', s.status, sizes());
  {
    const quiet = watchHealth(server);
    const l = loadavg()[0]!;
    const quietColleague = colleagueKeepsWorking(server, other, new Promise((r) => setTimeout(r, 8000)));
    await quietColleague;
    const q = await quiet.stop();
    console.log(`control (no saves, 8 s): healthzMax=${q.slowestMs.toFixed(0)}ms polls=${q.polls} load=${l.toFixed(1)}`);
  }
  const load0 = loadavg()[0]!;
  const health = watchHealth(server);
  const started = performance.now();
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  const colleague = colleagueKeepsWorking(server, other, finished);
  const statuses: number[] = [];
  const ids: string[] = [];
  await Promise.all(
    Array.from({ length: saves }, async (_, i) => {
      const r = await api(server, 'POST', `/api/workspaces/${big.id}/versions`, big.editorToken, { name: `v${i}` });
      statuses.push(r.status);
      if (r.status === 201) ids.push((r.json as { id: string }).id);
    }),
  );
  const ms = performance.now() - started;
  done();
  const { edits } = await colleague;
  const h = await health.stop();
  const counts = statuses.reduce<Record<number, number>>((a, s) => ((a[s] = (a[s] ?? 0) + 1), a), {});
  console.log(`saves=${saves} rate=${rate} statuses=${JSON.stringify(counts)} all=${ms.toFixed(0)}ms healthzMax=${h.slowestMs.toFixed(0)}ms polls=${h.polls} failures=${h.failures.length} colleagueEdits=${edits} load=${load0.toFixed(1)}/${loadavg()[0]!.toFixed(1)}`);
  console.log('after saves', sizes());
  const health2 = watchHealth(server);
  for (const id of ids) await api(server, 'DELETE', `/api/workspaces/${big.id}/versions/${id}`, big.editorToken);
  const h2 = await health2.stop();
  await new Promise((r) => setTimeout(r, 2000));
  console.log(`after deletes healthzMax=${h2.slowestMs.toFixed(0)}ms`, sizes());
} finally {
  await server.stop();
}

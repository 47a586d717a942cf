/**
 * `npm run bench` — every benchmark, side by side with its baseline, in one run on one machine;
 * prints a table and writes bench/results.json. `-- --quick`: a shortened smoke run (< 2 min).
 * `-- --only=engine,sync,capacity,durability,open,analysis,work`: a subset (results.json keeps only the full
 * shape when everything ran). `-- --profile`: CPU profiles of our server during the sync and
 * capacity load, written to bench/profiles/*.cpuprofile (open them in Chrome DevTools). See bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/harness/serverHarness.js';
import { BENCHMARKS, type BenchDetails, type BenchmarkName, type BenchResults } from './benchResults.js';
import { runAnalysisBenchmark } from './analysisBenchmark.js';
import { runCapacityBenchmark } from './capacityBenchmark.js';
import { runDurabilityBenchmark } from './durabilityBenchmark.js';
import { runEngineBenchmark } from './engineBenchmark.js';
import { runOpenBenchmark } from './openBenchmark.js';
import { renderTable } from './resultsTable.js';
import { round } from './stats.js';
import { runSyncBenchmark } from './syncBenchmark.js';
import { runWorkBenchmark } from './workBenchmark.js';

function parseArgs(argv: readonly string[]): { quick: boolean; only: Set<BenchmarkName>; profile: boolean } {
  const quick = argv.includes('--quick');
  const profile = argv.includes('--profile');
  const onlyArg = argv.find((a) => a.startsWith('--only='));
  const only = new Set<BenchmarkName>(
    onlyArg
      ? onlyArg
          .slice('--only='.length)
          .split(',')
          .map((name) => {
            if (!(BENCHMARKS as readonly string[]).includes(name)) throw new Error(`unknown benchmark ${name}; one of ${BENCHMARKS.join(', ')}`);
            return name as BenchmarkName;
          })
      : BENCHMARKS,
  );
  for (const arg of argv) if (arg !== '--quick' && arg !== '--profile' && !arg.startsWith('--only=')) throw new Error(`unknown argument ${arg}`);
  return { quick, only, profile };
}

/** Rounds every number in a results object for the file. */
function rounded<T>(value: T): T {
  if (typeof value === 'number') return round(value) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) as T;
}

async function main(): Promise<void> {
  const { quick, only, profile } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const log = (line: string): void => void process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const profileDir = join(REPO_ROOT, 'bench/profiles');
  if (profile) mkdirSync(profileDir, { recursive: true });
  const profiles = profile ? profileDir : undefined;
  log(`${quick ? 'quick' : 'full'} run: ${[...only].join(', ')} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const results: Partial<BenchResults> = {};
  const details: BenchDetails = { seconds: {}, failures: {} };
  const run = async (name: BenchmarkName, fn: () => Promise<void>): Promise<void> => {
    if (!only.has(name)) return;
    const t0 = performance.now();
    try {
      await fn();
    } catch (error) {
      details.failures[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`${name} FAILED: ${details.failures[name]}`);
    }
    details.seconds[name] = (performance.now() - t0) / 1000;
  };

  await run('engine', async () => {
    const engine = runEngineBenchmark({ quick, log });
    results.engine = engine.results;
    details.engine = engine.details;
  });
  await run('sync', async () => {
    results.sync = await runSyncBenchmark({ quick, log, profileDir: profiles });
  });
  await run('capacity', async () => {
    const capacity = await runCapacityBenchmark({ quick, log, profileDir: profiles });
    results.capacity = capacity.results;
    details.capacity = capacity.details;
  });
  await run('durability', async () => {
    results.durability = await runDurabilityBenchmark({ quick, log });
  });
  await run('open', async () => {
    const open = await runOpenBenchmark({ quick, log });
    results.open = open.results;
    if (open.collab) results.collab = open.collab;
    details.open = open.details;
  });
  await run('analysis', async () => {
    results.analysis = runAnalysisBenchmark({ quick, log });
  });

  await run('work', async () => {
    results.work = await runWorkBenchmark({ quick, log });
  });

  const seconds = (performance.now() - started) / 1000;
  const file = join(REPO_ROOT, 'bench/results.json');
  if (only.size === BENCHMARKS.length && Object.keys(details.failures).length === 0 && results.collab) {
    writeFileSync(file, `${JSON.stringify(rounded(results), null, 2)}\n`);
  } else {
    log('results.json not written: not every benchmark ran');
  }
  process.stdout.write(`\n${renderTable(results, details, { quick, seconds, loadAverage: loadavg() })}\n`);
  if (Object.keys(details.failures).length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

/** The shape of bench/results.json (exactly these keys) and the extra readings the table shows. */
import type { AnalysisResults } from './analysisBenchmark.js';
import type { CapacityDetails, CapacityResults } from './capacityBenchmark.js';
import type { DurabilityResults } from './durabilityBenchmark.js';
import type { EngineDetails, EngineResults } from './engineBenchmark.js';
import type { OpenDetails, OpenResults } from './openBenchmark.js';
import type { SyncResults } from './syncBenchmark.js';
import type { WorkResults } from './workBenchmark.js';
import type { CollabResults } from './pagePhases.js';

export const BENCHMARKS = ['engine', 'sync', 'capacity', 'durability', 'open', 'analysis', 'work'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

export interface BenchResults {
  engine: EngineResults;
  sync: SyncResults;
  capacity: CapacityResults;
  durability: DurabilityResults;
  open: OpenResults;
  analysis: AnalysisResults;
  work: WorkResults;
  /** Read by the open benchmark (same client build, server and browser). */
  collab: CollabResults;
}

/** Not written to results.json: diagnostics for the table and the analysis. */
export interface BenchDetails {
  engine?: EngineDetails;
  capacity?: CapacityDetails;
  open?: OpenDetails;
  seconds: Partial<Record<BenchmarkName, number>>;
  failures: Partial<Record<BenchmarkName, string>>;
}

/**
 * Rank goals read on a benchmark ranking (issue 14): "blandt de bedste 20 % af landets kommuner".
 * A rank goal is declared as the plan's other goals are, its target a percentile of the other
 * municipalities' figures (`=PERCENTILE(Benchmark!C4:C100,0.8)`, FORMAT.md). Where the workbook
 * also holds Jobindsats' ranking of all municipalities ("Placering på benchmarkranglisten",
 * actuals/rankingSheets.ts), the card says the municipality's rank in the latest period and
 * whether it is among the best share: rank 1 is the best, and the best 20 % of 98 are nr. 1–19.
 */
import type { GoalDefinition } from './goalModel.js';

/** PERCENTILE, PERCENTILE.INC or PERCENTILE.EXC of one range with a constant k. */
const PERCENTILE_TARGET = /^=?\s*PERCENTILE(?:\.INC|\.EXC)?\s*\(\s*[^,()]+,\s*(0?\.\d+|1(?:\.0*)?|0)\s*\)\s*$/i;

/**
 * The share of municipalities a rank goal names: the best 20 % for `>= PERCENTILE(…, 0.8)` (higher
 * is better), the best 15 % for `<= PERCENTILE(…, 0.15)` (lower is better: the largest fall).
 * null for a goal whose target is not such a percentile.
 */
export function rankGoalShare(goal: GoalDefinition): number | null {
  if (typeof goal.target !== 'string' || goal.comparator === undefined) return null;
  const match = PERCENTILE_TARGET.exec(goal.target.trim());
  if (!match) return null;
  const k = Number(match[1]);
  const share = goal.comparator === '>=' || goal.comparator === '>' ? 1 - k : k;
  // 1 − 0.8 is 0.19999999999999996 in floating point; a planner wrote 20 %.
  const rounded = Math.round(share * 1e6) / 1e6;
  return rounded > 0 && rounded < 1 ? rounded : null;
}

/** A ranking as imported: one row per municipality, one column per period, rank 1 the best. */
export interface RankingTable {
  sheetName: string;
  periods: string[];
  rows: Array<{ label: string; ranks: Array<number | null> }>;
}

export interface BenchmarkStanding {
  municipality: string;
  /** The latest period in which the municipality has a rank, as the sheet labels it. */
  period: string;
  rank: number;
  /** How many municipalities are ranked in that period. */
  of: number;
  /** The goal's share (0.2 for the best 20 %). */
  share: number;
  /** The worst rank still among the best share: floor(of × share), at least 1. */
  best: number;
  met: boolean;
  sheetName: string;
}

/**
 * The municipality's standing in the latest period it is ranked in; null when it is not a row of
 * the ranking or has no rank.
 *
 * @example
 *   benchmarkStanding(y30r21, 'Roskilde', 0.2)
 *   // → { municipality: 'Roskilde', period: '2023-12', rank: 14, of: 98, best: 19, met: true, … }
 */
export function benchmarkStanding(table: RankingTable, municipality: string, share: number): BenchmarkStanding | null {
  const row = table.rows.find((r) => r.label.trim().toLowerCase() === municipality.trim().toLowerCase());
  if (!row) return null;
  for (let col = Math.min(table.periods.length, row.ranks.length) - 1; col >= 0; col--) {
    const rank = row.ranks[col];
    if (typeof rank !== 'number') continue;
    const of = table.rows.filter((r) => typeof r.ranks[col] === 'number').length;
    const best = Math.max(1, Math.floor(of * share + 1e-9));
    return { municipality: row.label, period: table.periods[col]!, rank, of, share, best, met: rank <= best, sheetName: table.sheetName };
  }
  return null;
}

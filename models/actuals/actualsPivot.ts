/**
 * The one primitive behind actuals and benchmarks: a measure of a Jobindsats table laid out with
 * one row per value of a dimension (the area by default) and one column per period, after
 * filtering the other dimensions. Roskilde's own actuals are `rows: "Ydelsesgrupper"` with
 * `filters: { Område: "Roskilde" }`; the benchmark of 98 municipalities is `rows: "Område"`.
 *
 * A dimension that still has several values after the filters would put several figures in one
 * cell: that is refused, naming the dimension and its values, so the planner picks one. A filter
 * on the rows' own dimension keeps just that row.
 */
import { JobindsatsError, type JobindsatsTable } from './jobindsatsTable.js';

export interface PivotChoice {
  measure: string;
  /** Dimension name → the one value kept. */
  filters?: Record<string, string>;
  /** The dimension whose values make the rows; default the area. */
  rows?: string;
}

export interface ActualsPivot {
  /** The rows' dimension. */
  dimension: string;
  measure: string;
  /** Period labels, in the data's order. */
  periods: string[];
  /** Row labels, in the data's order. */
  rowLabels: string[];
  /** values[row][period]; null where the data has no figure. */
  values: Array<Array<number | null>>;
}

const LISTED = 12;

/**
 * The value a filter keeps for `dimension`, or undefined when it names none. Dimensions are named
 * by the data (`constructor`, `toString` are possible names), so only own keys count.
 */
export function filterValue(filters: Readonly<Record<string, string>>, dimension: string): string | undefined {
  return Object.hasOwn(filters, dimension) ? filters[dimension] : undefined;
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).map((n) => `"${n}"`).join(', ');
  return names.length > LISTED ? `${shown} … (${names.length} in all)` : shown;
}

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Checks the choice against the table, naming what exists when it names something that does not. */
function checkChoice(table: JobindsatsTable, choice: PivotChoice): { rows: string; filters: Record<string, string> } {
  if (!table.measures.includes(choice.measure)) throw new JobindsatsError(`unknown measure "${choice.measure}"; the measures are ${listed(table.measures)}`);
  const rows = choice.rows ?? table.area;
  if (!table.dimensions.includes(rows) || rows === table.period) {
    throw new JobindsatsError(`unknown rows dimension "${rows}"; the dimensions are ${listed(table.dimensions.filter((d) => d !== table.period))}`);
  }
  const filters = choice.filters ?? {};
  for (const [dimension, value] of Object.entries(filters)) {
    if (!table.dimensions.includes(dimension)) throw new JobindsatsError(`unknown filter dimension "${dimension}"; the dimensions are ${listed(table.dimensions)}`);
    const values = distinct(table.records.map((r) => r.dimensions[dimension]!));
    if (!values.includes(value)) throw new JobindsatsError(`unknown value "${value}" for ${dimension}; its values are ${listed(values)}`);
  }
  return { rows, filters };
}

export function pivotActuals(table: JobindsatsTable, choice: PivotChoice): ActualsPivot {
  const { rows, filters } = checkChoice(table, choice);
  const kept = table.records.filter((r) => Object.entries(filters).every(([d, v]) => r.dimensions[d] === v));
  for (const dimension of table.dimensions) {
    // `dimension in filters` counted Object.prototype's `constructor` and `toString` as filtered (thirteenth hostile pass).
    if (dimension === rows || dimension === table.period || filterValue(filters, dimension) !== undefined) continue;
    const values = distinct(kept.map((r) => r.dimensions[dimension]!));
    if (values.length > 1) throw new JobindsatsError(`${dimension} has several values (${listed(values)}): choose one with --filter '${dimension}=…'`);
  }
  const periods = distinct(kept.map((r) => r.dimensions[table.period]!));
  const rowLabels = distinct(kept.map((r) => r.dimensions[rows]!));
  const periodAt = new Map(periods.map((p, i) => [p, i]));
  const rowAt = new Map(rowLabels.map((l, i) => [l, i]));
  const values = rowLabels.map(() => periods.map((): number | null => null));
  for (const record of kept) {
    values[rowAt.get(record.dimensions[rows]!)!]![periodAt.get(record.dimensions[table.period]!)!] = record.measures[choice.measure] ?? null;
  }
  return { dimension: rows, measure: choice.measure, periods, rowLabels, values };
}

/**
 * Which assumption moves each goal most: under one scenario, every goal's margin with each
 * assumption moved down and up by a step (default ±10 % of its value; ± the step itself, as an
 * absolute amount, for an assumption at 0), kept within the values the assumption may take
 * (allowedValues: a share within [0; 1], a count not below 0), the others held. Inputs are sorted by the size of the
 * swing, |marginHigh − marginLow|, largest first; a goal without a margin (qualitative, tracked,
 * an error) has an empty list.
 */
import type * as Y from 'yjs';
import { readGoals, type GoalDefinition } from '../goals/goalModel.js';
import type { Scenario } from '../scenarios/scenarioModel.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray } from '../workbook/workbookSchema.js';
import type { AssumptionBounds } from '../workbook/assumptionBounds.js';
import { allowedValues } from './allowedValues.js';
import { assumptionInput, listAssumptions } from './assumptions.js';
import { AssumptionWorkbench } from './AssumptionWorkbench.js';
import { swingOf, type InputSwing, type SensitivityReport } from './sensitivityReport.js';

export const DEFAULT_STEP = 0.1;

/**
 * The values an assumption is tried at, each within `allowed` (a tried value past an end is that
 * end: a share of 95 % is tried at 85,5 % and 100 %, a count at 0 at 0 and 0,10).
 */
export function stepped(value: number, step: number, allowed: AssumptionBounds = {}): { low: number; high: number } {
  const delta = value === 0 ? step : Math.abs(value) * step;
  const within = (x: number): number => Math.min(allowed.max ?? Infinity, Math.max(allowed.min ?? -Infinity, x));
  return { low: within(value - delta), high: within(value + delta) };
}

/** Pass a workbench of this scenario on the current document to reuse its engine (values are put back). */
export function sensitivity(doc: Y.Doc, scenario: Scenario, step: number = DEFAULT_STEP, workbench?: AssumptionWorkbench): SensitivityReport {
  const bench = workbench ?? new AssumptionWorkbench(doc, scenario);
  try {
    return { scenario: scenario.name, step, goals: goalSwings(doc, scenario, step, readGoals(goalsArray(doc), workbookGrid(doc)), bench) };
  } finally {
    if (!workbench) bench.destroy();
  }
}

/**
 * The sensitivity of the given goals on a workbench of the scenario (its assumptions at their
 * current values; each is put back after its swing), so that "Hvad skal der til?" measures one
 * goal on the engine its goal seeks already built.
 */
export function goalSwings(doc: Y.Doc, scenario: Scenario, step: number, goals: readonly GoalDefinition[], bench: AssumptionWorkbench): SensitivityReport['goals'] {
  const assumptions = listAssumptions(doc).flatMap((assumption) => {
    const value = assumptionInput(doc, scenario, assumption);
    return typeof value === 'number' && Number.isFinite(value) ? [{ assumption, value, ...stepped(value, step, allowedValues(doc, assumption, value)) }] : [];
  });
  const base = goals.map((goal) => bench.judge(goal).margin);
  const swings = goals.map((): InputSwing[] => []);
  for (const { assumption, value, low, high } of assumptions) {
    bench.set(assumption, low);
    const lows = goals.map((goal) => bench.judge(goal).margin);
    bench.set(assumption, high);
    const highs = goals.map((goal) => bench.judge(goal).margin);
    bench.set(assumption, value);
    goals.forEach((_, g) => swings[g]!.push({ input: assumption.address, value, low, high, marginLow: lows[g]!, marginHigh: highs[g]! }));
  }
  return goals.map((goal, g) => ({
    id: goal.id,
    margin: base[g]!,
    inputs: base[g] === null ? [] : swings[g]!.sort((a, b) => swingOf(b) - swingOf(a)),
  }));
}

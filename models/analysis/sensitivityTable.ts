/**
 * The sensitivity report as a table across all goals: rows goals, columns assumptions, cells the
 * swing |marginHigh − marginLow| (how much the goal's margin moves as the assumption goes from
 * its low tried value to its high one), and the values each assumption was tried at. Pure, so the page can lay it out without loading an engine.
 */
import { swingOf, type InputSwing, type SensitivityReport } from './sensitivityReport.js';

/** An assumption's value and the values the sensitivity tried it at (low below, high above). */
export type TriedValues = Pick<InputSwing, 'value' | 'low' | 'high'>;

export interface SensitivityTable {
  scenario: string;
  step: number;
  /** Assumption addresses, sorted (Sheet!A1 text order). */
  inputs: string[];
  /** Per assumption, its value and the two values it was tried at (as `inputs`). */
  tried: TriedValues[];
  rows: Array<{ id: string; margin: number | null; swings: Array<number | null> }>;
}

export function sensitivityTable(report: SensitivityReport): SensitivityTable {
  // Every goal with a margin tried each assumption at the same values: the first one's stand for all.
  const tried = new Map<string, TriedValues>();
  for (const { input, value, low, high } of report.goals.flatMap((g) => g.inputs)) if (!tried.has(input)) tried.set(input, { value, low, high });
  const inputs = [...tried.keys()].sort();
  return {
    scenario: report.scenario,
    step: report.step,
    inputs,
    tried: inputs.map((input) => tried.get(input)!),
    rows: report.goals
      .filter((g) => g.margin !== null)
      .map((g) => {
        const byInput = new Map(g.inputs.map((i) => [i.input, swingOf(i)]));
        return { id: g.id, margin: g.margin, swings: inputs.map((input) => byInput.get(input) ?? null) };
      }),
  };
}

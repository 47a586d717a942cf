/**
 * The sensitivity report as a table across all goals: rows goals, columns assumptions, cells the
 * swing |marginHigh − marginLow| (how much the goal's margin moves as the assumption goes from
 * −step to +step). Pure, so the page can lay it out without loading an engine.
 */
import { swingOf, type SensitivityReport } from './sensitivityReport.js';

export interface SensitivityTable {
  scenario: string;
  step: number;
  /** Assumption addresses, sorted (Sheet!A1 text order). */
  inputs: string[];
  rows: Array<{ id: string; margin: number | null; swings: Array<number | null> }>;
}

export function sensitivityTable(report: SensitivityReport): SensitivityTable {
  const inputs = [...new Set(report.goals.flatMap((g) => g.inputs.map((i) => i.input)))].sort();
  return {
    scenario: report.scenario,
    step: report.step,
    inputs,
    rows: report.goals
      .filter((g) => g.margin !== null)
      .map((g) => {
        const byInput = new Map(g.inputs.map((i) => [i.input, swingOf(i)]));
        return { id: g.id, margin: g.margin, swings: inputs.map((input) => byInput.get(input) ?? null) };
      }),
  };
}

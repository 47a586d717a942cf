/**
 * The shape of a sensitivity report (`npm run sensitivity`, GET …/sensitivity, the engine
 * worker's answer) and the swing it sorts by. Types and one pure function only, so the page can
 * read a report without loading the engine that computes it (models/analysis/sensitivity.ts).
 */

export interface InputSwing {
  input: string;
  value: number;
  low: number;
  high: number;
  marginLow: number | null;
  marginHigh: number | null;
}

export interface SensitivityReport {
  scenario: string;
  step: number;
  goals: Array<{ id: string; margin: number | null; inputs: InputSwing[] }>;
}

/** How much the margin moves across the step, |marginHigh − marginLow|; 0 where either end has no margin. */
export function swingOf(input: InputSwing): number {
  return input.marginLow === null || input.marginHigh === null ? 0 : Math.abs(input.marginHigh - input.marginLow);
}

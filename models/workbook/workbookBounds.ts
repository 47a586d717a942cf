/**
 * How many sheets, goals and scenarios one workbook holds at most: bounds a planner never meets
 * (the template has 5 sheets, 8 goals and 3 scenarios; a job centre's plan has tens of goals and a
 * handful of scenarios), so that a careless or hostile editor cannot make every browser on the
 * workspace judge thousands of goals under each of thousands of scenarios. The v1 file, the
 * import, the operations and the server's check of every live update all hold to them
 * (README.md, contracts).
 */

/** Every engine build pays per sheet; the v1 file and the import hold the same number. */
export const MAX_SHEETS = 200;
/**
 * Every browser judges each goal under each scenario after every edit (5,000 goals in one update
 * took the evaluation 24 s); 200 is 25 times the template's.
 */
export const MAX_GOALS = 200;
/** Each scenario is a whole computation of the workbook in every browser after every edit. */
export const MAX_SCENARIOS = 50;

/**
 * Assumptions (inputs) of one scenario: each replaces one cell while every browser computes the
 * scenario, and the assumptions overview lists them all. A planner marks an assumption one cell
 * at a time (the template's scenarios hold 0–2; Excel's Scenario Manager allows 32 changing
 * cells); before this bound only the workspace's size limited them (about 40,000 in 2 MiB).
 */
export const MAX_SCENARIO_INPUTS = 1_000;

/** The sentence the server, the operations and the file check say when a scenario would hold too many assumptions. */
export function scenarioInputsBoundMessage(): string {
  return `a scenario holds at most ${MAX_SCENARIO_INPUTS} assumptions`;
}

export type BoundedRecord = 'sheets' | 'goals' | 'scenarios';

export const RECORD_BOUNDS: Readonly<Record<BoundedRecord, number>> = { sheets: MAX_SHEETS, goals: MAX_GOALS, scenarios: MAX_SCENARIOS };

/** The sentence the server, the operations and the file check say when a workbook would hold too many. */
export function recordBoundMessage(record: BoundedRecord): string {
  return `a workbook holds at most ${RECORD_BOUNDS[record]} ${record}`;
}

/**
 * The engine whose values an export shows: the workbook's own values, or one scenario's (chosen
 * by name). Pair with `release()`.
 */
import type * as Y from 'yjs';
import { WorkbookEngine } from '../engine/WorkbookEngine.js';
import { ScenarioEngines } from '../scenarios/ScenarioEngines.js';
import type { Scenario } from '../scenarios/scenarioModel.js';

/** The scenario asked for does not exist; `message` names it. */
export class UnknownScenarioError extends Error {
  constructor(readonly scenario: string) {
    super(`no scenario named "${scenario}"`);
    this.name = 'UnknownScenarioError';
  }
}

export interface ValueSource {
  engines: ScenarioEngines;
  engine: WorkbookEngine;
  /** The chosen scenario, or undefined for the workbook's own values. */
  scenario: Scenario | undefined;
  release(): void;
}

/** A scenario by name (exact, then ignoring case); throws UnknownScenarioError. */
export function findScenario(scenarios: readonly Scenario[], name: string): Scenario {
  const found = scenarios.find((s) => s.name === name) ?? scenarios.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new UnknownScenarioError(name);
  return found;
}

export function valueSource(doc: Y.Doc, scenarioName: string | undefined): ValueSource {
  const engines = new ScenarioEngines(doc);
  let scenario: Scenario | undefined;
  try {
    scenario = scenarioName === undefined ? undefined : findScenario(engines.scenarios(), scenarioName);
  } catch (error) {
    engines.destroy();
    throw error;
  }
  // Without a scenario (or the implicit Basis) the cells hold the document's own inputs.
  const own = scenario && scenario.id !== '' ? null : new WorkbookEngine(doc);
  return {
    engines,
    engine: own ?? engines.engine(scenario!.id),
    scenario,
    release() {
      own?.destroy();
      engines.destroy();
    },
  };
}

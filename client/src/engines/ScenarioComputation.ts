/**
 * What the workbook's views need from the scenario engines: the scenarios and goals as the
 * document defines them, every cell's value under each scenario, and every goal judged under every
 * scenario. In the browser the engines run in a Web Worker (`WorkerScenarioEngines`) so the grid
 * never waits for a recomputation; `ScenarioEngines` from models/ fits the same shape in-thread.
 */
import type { GoalAnswers } from '../../../models/analysis/goalAnswers.js';
import type { SensitivityReport } from '../../../models/analysis/sensitivityReport.js';
import type { CellValue } from '../../../models/engine/cellValue.js';
import type { NameValue } from '../../../models/engine/nameValues.js';
import type { EngineUpdate } from '../../../models/engine/WorkbookEngine.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import type { ScenarioEvaluation } from '../../../models/scenarios/ScenarioEngines.js';
import type { Scenario } from '../../../models/scenarios/scenarioModel.js';

export interface ScenarioCellValues {
  /** The value of a cell by its position in the document as it is now. */
  value(sheetId: string, row: number, col: number): CellValue;
}

export type ScenarioUpdate = EngineUpdate & { scenarioId: string };

export interface ScenarioComputation {
  scenarios(): Scenario[];
  goals(): GoalDefinition[];
  /** The values under a scenario (the first scenario's when the id is unknown). */
  engine(scenarioId: string): ScenarioCellValues;
  /** Every goal under every scenario, as last computed. */
  evaluate(): ScenarioEvaluation[];
  /** The scenario on screen: after each change its values are computed before the others'. */
  focus(scenarioId: string): void;
  /** Starts computing the changes made so far now rather than at the end of the task. */
  flush?(): void;
  /** Called when values changed under a scenario; `changes` empty when only goals moved. */
  onUpdate(listener: (update: ScenarioUpdate) => void): () => void;
  /**
   * Called once, after the `onUpdate` listeners, when the next goal results arrive (engines that
   * answer in another thread; in-thread engines have answered by the time an edit returns).
   * Returns a function that cancels the call.
   */
  onceGoalsAnswered?(listener: () => void): () => void;
  destroy(): void;
}

/** What the engine worker also answers on request: goal seek, sensitivity and the names' values, off the main thread. */
export interface GoalAnalysis {
  /** Every defined name's value under a scenario (Navnestyring's Value column). */
  nameValues(scenarioId: string): Promise<NameValue[]>;
  /** The formula's cell whose spilled result holds or fills a cell under a scenario, null where none does (the formula bar's greyed formula). */
  spillCorner(scenarioId: string, sheetId: string, row: number, col: number): Promise<{ row: number; col: number } | null>;
  /** "Hvad skal der til?" for one goal under a scenario. */
  answerGoal(scenarioId: string, goalId: string): Promise<GoalAnswers>;
  /** The planner is about to ask `answerGoal` under this scenario: its engine may be built now (no answer). */
  prepareAnswers?(scenarioId: string): void;
  /** Every goal's sensitivity under a scenario (`step` 0.1 is ±10 %). */
  sensitivity(scenarioId: string, step: number): Promise<SensitivityReport>;
}

/** An analysis a newer request for the same goal replaced before it started: nothing to show. */
export class AnalysisSuperseded extends Error {
  constructor() {
    super('superseded');
    this.name = 'AnalysisSuperseded';
  }
}

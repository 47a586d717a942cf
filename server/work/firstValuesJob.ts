/**
 * A workspace's last computed values for one scenario, for the first view of a browser that has
 * none (GET /api/workspaces/:id/values, issue 17): the grid shows them as soon as its document is
 * synced, while its own engine worker loads and builds. Only one scenario's engine is built.
 *
 * The answer (models/api/valuesAnswers.ts) names the document state it was computed from
 * (`document`: a Yjs snapshot, its state vector and delete set, base64url): a page shows the
 * values only if its synced document has exactly that state, so a value is never shown for
 * formulas that have changed since.
 */
import type * as Y from 'yjs';
import { documentStateOf } from '../../models/scenarios/documentState.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { readGoals } from '../../models/goals/goalModel.js';
import { identifiedValues } from '../../models/scenarios/identifiedValues.js';
import { GoalJudgements } from '../../models/scenarios/goalJudgements.js';
import { scenariosToEvaluate } from '../../models/scenarios/scenarioModel.js';
import type { ValuesAnswer } from '../../models/api/valuesAnswers.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { goalsArray, scenariosArray } from '../../models/workbook/workbookSchema.js';
import { firstSheetScreen } from '../../models/scenarios/firstSheetScreen.js';
import type { WorkbookLocale } from '../../models/workbook/workbookReader.js';
import { AnalysisRefusal } from './analysisJobs.js';

/** At most this many cells per answer (about 10 MB of JSON); a larger workbook's rest comes from the browser's engine. */
export const FIRST_VALUES_MAX_CELLS = 200_000;


/**
 * `scenarioId`: undefined for the first scenario (the one a page shows when it opens);
 * `screenLocale`: also the first sheet's screen as text in that locale (firstSheetScreen.ts).
 */
export function firstValuesJob(doc: Y.Doc, scenarioId: string | undefined, screenLocale?: WorkbookLocale, maxCells = FIRST_VALUES_MAX_CELLS): ValuesAnswer {
  const grid = workbookGrid(doc);
  const scenarios = scenariosToEvaluate(scenariosArray(doc), grid);
  const scenario = scenarioId === undefined ? scenarios[0] : scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new AnalysisRefusal(404, `unknown scenario id "${scenarioId}"; the scenarios are ${scenarios.map((s) => `"${s.id}" (${s.name})`).join(', ')}`);
  const engine = new WorkbookEngine(doc, scenario.id === '' ? undefined : scenario.id, false);
  try {
    const { cells, complete } = identifiedValues(doc, engine, maxCells);
    const definitions = readGoals(goalsArray(doc), grid);
    const goals = new GoalJudgements().judge(engine, definitions);
    const answer: ValuesAnswer = { scenario: scenario.id, document: documentStateOf(doc), cells, complete, evaluation: { scenario, goals } };
    if (screenLocale) answer.screen = firstSheetScreen(doc, engine, scenario, definitions, goals, screenLocale);
    return answer;
  } finally {
    engine.destroy();
  }
}

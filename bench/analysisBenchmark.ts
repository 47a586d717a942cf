/**
 * analysis: "Hvad skal der til?" and sensitivity (issue 13) on the template, beside one plain
 * evaluation of the same workbook. Each of them builds its own throw-away engines from the
 * document, as `npm run evaluate`, `npm run solve` and `npm run sensitivity` do, so the three are
 * measured alike (interleaved with the evaluation, medians).
 *
 * - evaluationMs: `evaluateWorkbook` (every goal of every scenario).
 * - solveMs: one goal seek, LM2 × Forudsætninger!B6 under Basis (`npm run solve`'s work).
 * - sensitivityMs: every goal × every assumption at ±10 % under Basis (`npm run sensitivity`).
 * - goalAnswersMs: one goal card's panel from a cold start (LM2 under Basis): its own engine,
 *   each assumption's goal seek and the goal's sensitivity.
 * - allGoalsAnswersMs: every goal card's panel under Basis on an unchanged workbook, as the engine
 *   worker answers them: one engine built, then each goal × each assumption's goal seek and each
 *   goal's sensitivity on it (the issue's "all goals × assumptions in well under a second").
 * - allGoalsRecalculations: how often that run recalculated the workbook (independent of the
 *   machine's load; the workbench shares each trial value among the goals, models/analysis).
 *
 * Readings (allGoalsAnswersMs, `npm run bench -- --only=analysis`, median of 3 runs):
 * - before (111e313, 555 recalculations): 6,797 ms median at load 10–13 (runs: 4,869 / 6,797 / 13,944 ms
 *   at loads 1.6–10, 10–13, 13–22); last session 2,300 ms at load 1.1.
 * - after (199 recalculations): 6,496 ms median at load 15–23 (runs: 6,496 / 7,366 / 4,384 ms);
 *   3.4 × the interleaved plain evaluation, against 13.0 × before. The process CPU time
 *   (process.cpuUsage) of one workbench build and every goal's answers, before and after run
 *   alternately at load ~17: about 3.5 s against 0.9 s. The 1 s bar was not shown on this loaded machine; at last session's load 1.1
 *   the before run took 2.3 s.
 */
import type * as Y from 'yjs';
import { AssumptionWorkbench } from '../models/analysis/AssumptionWorkbench.js';
import { answerGoal } from '../models/analysis/goalAnswers.js';
import { findAssumption, findGoal, findScenario } from '../models/analysis/analysisRequest.js';
import { seekGoal } from '../models/analysis/goalSeek.js';
import { sensitivity } from '../models/analysis/sensitivity.js';
import { evaluateWorkbook } from '../models/evaluation/evaluationReport.js';
import { readGoals } from '../models/goals/goalModel.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../models/templates/templates.js';
import { workbookGrid } from '../models/workbook/WorkbookGrid.js';
import { goalsArray } from '../models/workbook/workbookSchema.js';
import { median, sampleInterleaved } from './stats.js';

export interface AnalysisResults {
  goals: number;
  assumptions: number;
  evaluationMs: number;
  solveMs: number;
  sensitivityMs: number;
  goalAnswersMs: number;
  allGoalsAnswersMs: number;
  allGoalsRecalculations: number;
}

/** Times `work` interleaved with a plain evaluation; both medians. */
function besideEvaluation(doc: Y.Doc, runs: number, work: () => void): { ms: number; evaluationMs: number } {
  const [ours, evaluation] = sampleInterleaved(runs, 2, work, () => void evaluateWorkbook(doc));
  return { ms: median(ours), evaluationMs: median(evaluation) };
}

export function runAnalysisBenchmark(options: { quick: boolean; log(line: string): void }): AnalysisResults {
  const runs = options.quick ? 5 : 15;
  const doc = documentFromFile(beskaeftigelsesplanTemplate());
  try {
    const basis = findScenario(doc, 'Basis');
    const lm2 = findGoal(doc, 'LM2');
    const b6 = findAssumption(doc, 'Forudsætninger!B6');
    const report = sensitivity(doc, basis);
    const withMargin = readGoals(goalsArray(doc), workbookGrid(doc)).filter((g) => report.goals.find((r) => r.id === g.id)?.margin !== null);
    const assumptions = report.goals.find((g) => g.inputs.length > 0)?.inputs.length ?? 0;

    const solve = besideEvaluation(doc, runs, () => void seekGoal(doc, lm2, basis, b6));
    const swings = besideEvaluation(doc, runs, () => void sensitivity(doc, basis));
    const one = besideEvaluation(doc, runs, () => void answerGoal(doc, lm2, basis));
    let allGoalsRecalculations = 0;
    const all = besideEvaluation(doc, runs, () => {
      const workbench = new AssumptionWorkbench(doc, basis);
      try {
        for (const goal of withMargin) answerGoal(doc, goal, basis, { workbench });
        allGoalsRecalculations = workbench.recalculations;
      } finally {
        workbench.destroy();
      }
    });
    const evaluationMs = median([solve.evaluationMs, swings.evaluationMs, one.evaluationMs, all.evaluationMs]);
    options.log(`analysis: evaluation ${evaluationMs.toFixed(1)} ms, solve ${solve.ms.toFixed(1)} ms, sensitivity ${swings.ms.toFixed(1)} ms, LM2's answers ${one.ms.toFixed(0)} ms, ${withMargin.length} goals' answers ${all.ms.toFixed(0)} ms (${allGoalsRecalculations} recalculations)`);
    return { goals: withMargin.length, assumptions, evaluationMs, solveMs: solve.ms, sensitivityMs: swings.ms, goalAnswersMs: one.ms, allGoalsAnswersMs: all.ms, allGoalsRecalculations };
  } finally {
    doc.destroy();
  }
}
